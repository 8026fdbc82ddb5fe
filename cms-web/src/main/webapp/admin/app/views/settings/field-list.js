// The ordered fields of a type being edited: add, remove, reorder (drag by the handle, the move
// buttons, or Alt+Arrow keys), and open one to edit it.
import {CmsElement, html, nothing} from '../../ui/element.js';
import {repeat} from 'lit/directives/repeat.js';
import {t} from '../../core/i18n.js';
import {icon} from '../../ui/icons.js';
import {newField} from './field-types.js';
import {Reorder} from './reorder.js';
import './field-editor.js';

/** The errors of field `index` from the API's paths ("fields[2].maxLength" → {maxLength: …}). */
export function errorsOfField(errors, index) {
  const prefix = `fields[${index}]`;
  const out = {};
  for (const [path, message] of Object.entries(errors || {})) {
    if (path === prefix) out[''] = message;
    else if (path.startsWith(`${prefix}.`)) {
      const name = path.slice(prefix.length + 1).split(/[.[]/)[0];
      out[name] = out[name] ? `${out[name]}; ${message}` : message;
    }
  }
  return out;
}

export class FieldList extends CmsElement {
  static properties = {
    fields: {attribute: false},
    kind: {attribute: false},
    titleField: {attribute: false},
    blockTypes: {attribute: false},
    errors: {attribute: false},
    open: {state: true}
  };

  constructor() {
    super();
    this.open = new Set();
    this.reorder = new Reorder(this, {
      get: () => this.fields,
      set: (fields) => this.emit('fields-change', fields),
      label: (field) => field.key,
      id: (field) => field._id
    });
  }

  /** Opens the fields that have errors, so the messages are seen. */
  willUpdate(changed) {
    if (changed.has('errors') && this.errors) {
      const open = new Set(this.open);
      (this.fields || []).forEach((field, index) => {
        if (Object.keys(errorsOfField(this.errors, index)).length) open.add(field._id);
      });
      this.open = open;
    }
  }

  toggle(field) {
    const open = new Set(this.open);
    if (open.has(field._id)) open.delete(field._id);
    else open.add(field._id);
    this.open = open;
  }

  change(index, field) {
    const fields = [...this.fields];
    fields[index] = field;
    this.emit('fields-change', fields);
  }

  removeField(index) {
    const field = this.fields[index];
    this.emit('fields-change', this.fields.filter((_, i) => i !== index));
    this.reorder.announce(t('settings.fields.removed', {name: field.key}));
    this.updateComplete.then(() => {
      const rows = this.querySelectorAll('.field-row__toggle');
      (rows[Math.min(index, rows.length - 1)] || this.querySelector('.field-list__add'))?.focus();
    });
  }

  add() {
    const field = newField(this.kind, this.fields.map((f) => f.key));
    this.open = new Set([...this.open, field._id]);
    this.focusNew = field._id;
    this.emit('fields-change', [...this.fields, field]);
  }

  /** A field just added gets the focus in its key, once the type editor has passed it down. */
  updated() {
    if (!this.focusNew) return;
    const editor = this.querySelector(`[data-reorder-id="${this.focusNew}"] cms-field-editor`);
    if (!editor) return;
    this.focusNew = null;
    editor.updateComplete.then(() => {
      const input = editor.querySelector('input');
      if (input) {
        input.focus();
        input.select();
      }
    });
  }

  row(field, index) {
    const open = this.open.has(field._id);
    const errors = errorsOfField(this.errors, index);
    const invalid = Object.keys(errors).length > 0;
    const handlers = this.reorder.rowHandlers(index);
    const name = field.key || t('settings.fields.unnamed');
    const localized = this.kind === 'content' && (field.type === 'slug' || field.localized);
    const bodyId = `${field._id}-body`;
    return html`<li class="field-row ${invalid ? 'field-row--invalid' : ''}" data-reorder-id=${field._id}
        @keydown=${handlers.keydown} @dragover=${handlers.dragover} @dragleave=${handlers.dragleave} @drop=${handlers.drop}>
      <div class="field-row__header">
        <span class="field-row__move">${this.reorder.controls(index, name)}</span>
        <button class="field-row__toggle" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${bodyId}
          @click=${() => this.toggle(field)}>
          ${icon(open ? 'up' : 'down')}
          <span class="mono field-row__key">${name}</span>
          <span class="field-row__type">${t(`settings.fieldType.${field.type}`)}${field.type === 'list' && field.itemType ? ` (${t(`settings.fieldType.${field.itemType}`)})` : ''}</span>
        </button>
        <span class="field-row__badges">
          ${this.kind === 'content'
            ? html`<span class="settings-tag">${localized ? t('settings.field.perLocale') : html`${icon('shared')}${t('settings.field.shared')}`}</span>`
            : nothing}
          ${field.required ? html`<span class="settings-tag settings-tag--strong">${t('settings.field.requiredTag')}</span>` : nothing}
          ${this.titleField && this.titleField === field.key ? html`<span class="settings-tag">${t('settings.field.titleTag')}</span>` : nothing}
          ${invalid ? html`<span class="settings-tag settings-tag--error">${icon('warning')}${t('settings.field.hasErrors')}</span>` : nothing}
        </span>
        <button class="button button--quiet button--small" type="button" aria-label=${t('settings.fields.remove', {name})}
          title=${t('settings.fields.remove', {name})} @click=${() => this.removeField(index)}>${icon('trash')}</button>
      </div>
      <div class="field-row__body" id=${bodyId} ?hidden=${!open}>
        ${open
          ? html`<cms-field-editor .field=${field} .kind=${this.kind} .siblings=${this.fields} .blockTypes=${this.blockTypes}
              .errors=${errors} @field-change=${(e) => this.change(index, e.detail)}></cms-field-editor>`
          : nothing}
      </div>
    </li>`;
  }

  render() {
    const fields = this.fields || [];
    return html`${this.reorder.status()}
      <p class="muted">${t('settings.fields.hint')}</p>
      ${fields.length
        ? html`<ol class="field-list">${repeat(fields, (field) => field._id, (field, index) => this.row(field, index))}</ol>`
        : html`<p class="empty">${t('settings.fields.empty')}</p>`}
      <button class="button field-list__add" type="button" @click=${this.add}>${icon('plus')}${t('settings.fields.add')}</button>`;
  }
}
customElements.define('cms-field-list', FieldList);
