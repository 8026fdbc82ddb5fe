// <cms-field-reference>: links to other items (one, or several in order): a combobox that searches
// items of the allowed types by title (arrow keys, Enter to pick, Escape to close), and the picked
// items by title with remove and, for several, move up/down.
import {html, nothing} from 'lit';
import {t} from '../../../core/i18n.js';
import {typeName} from '../../../core/catalog.js';
import {icon} from '../../../ui/icons.js';
import {FieldWidget, moved} from './base.js';
import {itemSummary, searchItems} from '../lookups.js';

export class ReferenceField extends FieldWidget {
  static properties = {...FieldWidget.properties, results: {state: true}, active: {state: true}, open: {state: true}, searching: {state: true}};

  constructor() {
    super();
    this.results = [];
    this.active = -1;
    this.open = false;
    this.titles = {};
  }

  get multiple() {
    return this.field.type === 'list' || this.field.multiple === true;
  }

  get ids() {
    if (Array.isArray(this.value)) return this.value;
    return this.value ? [this.value] : [];
  }

  willUpdate() {
    for (const id of this.ids) {
      if (!this.titles[id]) {
        this.titles[id] = {id, title: '…', pending: true};
        itemSummary(id, this.ctx.locale).then((summary) => {
          this.titles[id] = summary;
          this.requestUpdate();
        });
      }
    }
  }

  onInput(event) {
    const q = event.target.value;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.search(q), 250);
  }

  async search(q) {
    this.searching = true;
    const serial = (this.serial = (this.serial || 0) + 1);
    try {
      const exclude = [...this.ids, this.ctx.itemId].filter(Boolean);
      const results = await searchItems(this.field.allowedTypes, q.trim(), this.ctx.locale, exclude);
      if (serial !== this.serial) return;
      this.results = results;
      results.forEach((r) => (this.titles[r.id] = r));
      this.open = true;
      this.active = results.length ? 0 : -1;
      this.announce(results.length ? t('editor.reference.found', {count: results.length}) : t('editor.reference.none'));
    } catch (error) {
      this.results = [];
      this.open = false;
      this.announce(t('common.failed'));
    } finally {
      this.searching = false;
    }
  }

  onKey(event) {
    const input = event.target;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!this.open) return this.search(input.value);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const count = this.results.length;
      if (count) this.active = (this.active + step + count) % count;
    } else if (event.key === 'Enter') {
      if (this.open && this.active >= 0) {
        event.preventDefault();
        this.pick(this.results[this.active], input);
      }
    } else if (event.key === 'Escape') {
      if (this.open) {
        event.preventDefault();
        event.stopPropagation();
        this.open = false;
      } else if (input.value) {
        input.value = '';
      }
    }
  }

  pick(result, input) {
    if (!result) return;
    this.titles[result.id] = result;
    this.change(this.multiple ? [...this.ids, result.id] : result.id);
    this.open = false;
    this.results = [];
    if (input) input.value = '';
    this.announce(t('editor.reference.picked', {title: result.title}));
  }

  remove(index) {
    const title = (this.titles[this.ids[index]] || {}).title;
    const next = this.ids.filter((_, i) => i !== index);
    this.change(this.multiple ? next : null);
    this.announce(t('editor.reference.removed', {title}));
    this.updateComplete.then(() => this.querySelector('input[role=combobox]')?.focus());
  }

  move(index, to, event) {
    if (to < 0 || to >= this.ids.length) return;
    const title = (this.titles[this.ids[index]] || {}).title;
    this.change(moved(this.ids, index, to));
    this.announce(t('editor.moved', {title, position: to + 1, count: this.ids.length}));
    const which = event.currentTarget.dataset.move;
    this.updateComplete.then(() => {
      const row = this.querySelectorAll('.picked > li')[to];
      const button = row && row.querySelector(`[data-move=${which}]:not([aria-disabled=true])`);
      (button || row?.querySelector('button'))?.focus();
    });
  }

  renderPicked() {
    const ids = this.ids;
    if (!ids.length) return this.readonly ? html`<p class="muted small">${t('common.none')}</p>` : nothing;
    return html`<ol class="picked ${this.multiple ? '' : 'picked--single'}">${ids.map((id, i) => {
      const item = this.titles[id] || {title: id};
      return html`<li class="picked__item">
        <span class="picked__title" lang=${item.lang || nothing}>${item.missing ? t('editor.reference.missing') : item.title}</span>
        ${item.type ? html`<span class="picked__meta">${typeName(item.type)}</span>` : nothing}
        ${this.readonly ? nothing : html`<span class="picked__actions">
          ${this.multiple ? html`
            <button type="button" class="button button--quiet button--small" data-move="up" aria-disabled=${i === 0 ? 'true' : 'false'}
              aria-label=${t('editor.moveUpNamed', {title: item.title})} @click=${(e) => this.move(i, i - 1, e)}>${icon('up')}</button>
            <button type="button" class="button button--quiet button--small" data-move="down" aria-disabled=${i === ids.length - 1 ? 'true' : 'false'}
              aria-label=${t('editor.moveDownNamed', {title: item.title})} @click=${(e) => this.move(i, i + 1, e)}>${icon('down')}</button>` : nothing}
          <button type="button" class="button button--quiet button--small" aria-label=${t('editor.removeNamed', {title: item.title})}
            @click=${() => this.remove(i)}>${icon('close')}</button></span>`}
      </li>`;
    })}</ol>`;
  }

  render() {
    if (!this.field) return nothing;
    const listId = `${this.inputId}-options`;
    const searchHint = `${this.inputId}-search`;
    const activeId = this.open && this.active >= 0 ? `${listId}-${this.active}` : nothing;
    const types = (this.field.allowedTypes || []).map((key) => typeName(key)).join(', ');
    return html`${this.renderPicked()}
      ${this.readonly ? nothing : html`<div class="combobox">
        <span class="visually-hidden" id=${searchHint}>${this.ids.length && !this.multiple ? t('editor.reference.replace') : t('editor.reference.search')}</span>
        <span class="combobox__icon" aria-hidden="true">${icon('search')}</span>
        <input id=${this.inputId} type="text" role="combobox" autocomplete="off" aria-autocomplete="list"
          aria-expanded=${this.open ? 'true' : 'false'} aria-controls=${listId} aria-activedescendant=${activeId}
          aria-labelledby="${this.labelId} ${searchHint}" aria-describedby=${this.describedby || nothing}
          aria-invalid=${this.invalid ? 'true' : 'false'}
          placeholder=${types ? t('editor.reference.placeholderTypes', {types}) : t('editor.reference.placeholder')}
          @input=${this.onInput} @keydown=${this.onKey} @blur=${() => setTimeout(() => (this.open = false), 150)}>
        ${this.searching ? html`<span class="spinner combobox__spinner" aria-hidden="true"></span>` : nothing}
        <ul class="combobox__list" role="listbox" id=${listId} aria-label=${t('editor.reference.results')} ?hidden=${!this.open}>
          ${!this.open ? nothing : this.results.length
            ? this.results.map((r, i) => html`<li role="option" id="${listId}-${i}" aria-selected=${i === this.active ? 'true' : 'false'}
                class="combobox__option ${i === this.active ? 'combobox__option--active' : ''}"
                @mousedown=${(e) => e.preventDefault()} @click=${() => this.pick(r, this.querySelector(`#${CSS.escape(this.inputId)}`))}>
                <span lang=${r.lang || nothing}>${r.title}</span><span class="muted small">${typeName(r.type)}${r.status ? ` · ${t(`status.${r.status}`)}` : ''}</span></li>`)
            : html`<li class="combobox__empty" role="option" aria-disabled="true" aria-selected="false">${t('editor.reference.none')}</li>`}
        </ul>
      </div>`}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement || ''}</p>`;
  }
}
customElements.define('cms-field-reference', ReferenceField);
