// <cms-field-list>: a list of values of one simple type (text, number, date, url …), in order:
// add, remove, move up/down. Lists of references and of assets use those widgets.
import {html, nothing} from 'lit';
import {repeat} from 'lit/directives/repeat.js';
import {t} from '../../../core/i18n.js';
import {icon} from '../../../ui/icons.js';
import {FieldWidget, moved} from './base.js';
import {labelOf} from '../values.js';

export class ListField extends FieldWidget {
  constructor() {
    super();
    this.keys = [];
    this.counter = 0;
  }

  get items() {
    return Array.isArray(this.value) ? this.value : [];
  }

  /** Stable keys for rows, so inputs keep their focus while others move. */
  rowKeys() {
    while (this.keys.length < this.items.length) this.keys.push(`r${(this.counter += 1)}`);
    this.keys.length = this.items.length;
    return this.keys;
  }

  set(index, value) {
    const next = [...this.items];
    next[index] = value;
    this.change(next, `${this.path}[${index}]`);
  }

  add() {
    this.keys.push(`r${(this.counter += 1)}`);
    this.change([...this.items, null]);
    this.updateComplete.then(() => {
      const rows = this.querySelectorAll('.list-field__row');
      rows[rows.length - 1]?.querySelector('input, select, textarea')?.focus();
    });
  }

  remove(index) {
    this.keys.splice(index, 1);
    this.change(this.items.filter((_, i) => i !== index));
    this.announce(t('editor.list.removed', {position: index + 1}));
    this.updateComplete.then(() => {
      const rows = this.querySelectorAll('.list-field__row');
      (rows[Math.min(index, rows.length - 1)]?.querySelector('input, select, textarea') || this.querySelector('.list-field__add'))?.focus();
    });
  }

  move(index, to, which) {
    if (to < 0 || to >= this.items.length) return;
    this.keys = moved(this.keys, index, to);
    this.change(moved(this.items, index, to));
    this.announce(t('editor.list.moved', {position: to + 1, count: this.items.length}));
    this.updateComplete.then(() => {
      const row = this.querySelectorAll('.list-field__row')[to];
      (row?.querySelector(`[data-move=${which}]:not([aria-disabled=true])`) || row?.querySelector('input'))?.focus();
    });
  }

  render() {
    if (!this.field) return nothing;
    const itemType = this.field.itemType;
    if (itemType === 'reference') {
      return html`<cms-field-reference .field=${this.field} .value=${this.items} .ctx=${this.ctx} path=${this.path}
        input-id=${this.inputId} label-id=${this.labelId} describedby=${this.describedby || nothing} ?invalid=${this.invalid}
        ?readonly=${this.readonly} @field-change=${this.forward}></cms-field-reference>`;
    }
    if (itemType === 'asset') {
      return html`<cms-field-asset .field=${this.field} .value=${this.items} .ctx=${this.ctx} path=${this.path}
        input-id=${this.inputId} label-id=${this.labelId} describedby=${this.describedby || nothing} ?invalid=${this.invalid}
        ?readonly=${this.readonly} @field-change=${this.forward}></cms-field-asset>`;
    }
    const element = {...this.field, type: itemType};
    const label = labelOf(this.field);
    const keys = this.rowKeys();
    const count = this.items.length;
    return html`${count ? html`<ol class="list-field">${repeat(keys, (key) => key, (key, i) => html`<li class="list-field__row">
        <cms-field-simple .field=${element} .value=${this.items[i]} .ctx=${this.ctx} path="${this.path}[${i}]"
          input-id="${this.inputId}-${i}" row-label=${t('editor.list.item', {label, position: i + 1})}
          describedby=${this.describedby || nothing} content-lang=${this.contentLang || nothing} ?readonly=${this.readonly}
          @field-change=${(e) => (e.stopPropagation(), this.set(i, e.detail.value))}></cms-field-simple>
        ${this.readonly ? nothing : html`<span class="list-field__actions">
          <button type="button" class="button button--quiet button--small" data-move="up" aria-disabled=${i === 0 ? 'true' : 'false'}
            aria-label=${t('editor.list.up', {position: i + 1})} @click=${() => this.move(i, i - 1, 'up')}>${icon('up')}</button>
          <button type="button" class="button button--quiet button--small" data-move="down" aria-disabled=${i === count - 1 ? 'true' : 'false'}
            aria-label=${t('editor.list.down', {position: i + 1})} @click=${() => this.move(i, i + 1, 'down')}>${icon('down')}</button>
          <button type="button" class="button button--quiet button--small" aria-label=${t('editor.list.remove', {position: i + 1})}
            @click=${() => this.remove(i)}>${icon('close')}</button></span>`}
      </li>`)}</ol>` : this.readonly ? html`<p class="muted small">${t('common.none')}</p>` : nothing}
      ${this.readonly ? nothing : html`<button type="button" class="button button--small list-field__add" id=${this.inputId}
        @click=${this.add}>${icon('plus')}${t('editor.list.add')}</button>`}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement || ''}</p>`;
  }

  forward = (event) => {
    event.stopPropagation();
    this.change(event.detail.value, event.detail.path);
  };
}
customElements.define('cms-field-list', ListField);
