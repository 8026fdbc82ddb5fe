// One field of a type being edited: key, type, localized or shared, required, fallback, labels per
// locale, default value, and the options of its type. Reports every change as a new field object.
import {CmsElement, html, nothing} from '../../ui/element.js';
import {t} from '../../core/i18n.js';
import {localeCodes, localeName} from '../../core/catalog.js';
import {FIELD_TYPES, BLOCK_FIELD_TYPES, DEFAULTABLE, withType} from './field-types.js';
import {fieldError, optionsTemplate} from './field-options.js';

export class FieldEditor extends CmsElement {
  static properties = {
    field: {attribute: false},
    kind: {attribute: false},
    siblings: {attribute: false},
    blockTypes: {attribute: false},
    errors: {attribute: false}
  };

  fid(name) {
    return `${this.field._id}-${name}`;
  }

  set(changes) {
    const next = {...this.field, ...changes};
    for (const [key, value] of Object.entries(changes)) if (value === undefined) delete next[key];
    this.emit('field-change', next);
  }

  onType(event) {
    this.emit('field-change', withType(this.field, event.target.value, this.kind));
  }

  check(name, label, checked, onChange, {disabled = false, hint} = {}) {
    const id = this.fid(name);
    return html`<div class="check">
      <input type="checkbox" id=${id} .checked=${Boolean(checked)} ?disabled=${disabled}
        aria-describedby=${hint ? `${id}-hint` : nothing} @change=${(e) => onChange(e.target.checked)}>
      <label for=${id}>${label}${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : nothing}</label>
    </div>`;
  }

  defaultInput() {
    const field = this.field;
    if (!DEFAULTABLE.has(field.type)) return nothing;
    const id = this.fid('default');
    const error = fieldError(this.errors, 'default');
    const value = field.default;
    const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].join(' ').trim();
    let input;
    if (field.type === 'boolean') {
      input = html`<select id=${id} aria-describedby=${describedBy}
          @change=${(e) => this.set({default: e.target.value === '' ? undefined : e.target.value === 'true'})}>
        <option value="" ?selected=${value === undefined || value === null}>${t('settings.field.default.none')}</option>
        <option value="true" ?selected=${value === true}>${t('common.yes')}</option>
        <option value="false" ?selected=${value === false}>${t('common.no')}</option></select>`;
    } else if (field.type === 'number') {
      input = html`<input id=${id} type="number" step="any" .value=${value ?? ''} aria-describedby=${describedBy}
        aria-invalid=${error ? 'true' : 'false'} @change=${(e) => this.set({default: e.target.value === '' ? undefined : Number(e.target.value)})}>`;
    } else if (field.type === 'tags') {
      input = html`<input id=${id} type="text" .value=${(value || []).join(', ')} aria-describedby=${describedBy}
        aria-invalid=${error ? 'true' : 'false'}
        @change=${(e) => this.set({default: e.target.value.split(',').map((v) => v.trim()).filter(Boolean)})}>`;
    } else {
      const type = field.type === 'date' ? 'date' : 'text';
      input = html`<input id=${id} type=${type} .value=${value ?? ''} aria-describedby=${describedBy}
        aria-invalid=${error ? 'true' : 'false'} @change=${(e) => this.set({default: e.target.value === '' ? undefined : e.target.value})}>`;
    }
    return html`<div class="field ${error ? 'field--invalid' : ''}">
      <label for=${id}>${t('settings.field.default')}</label>
      <span class="hint" id="${id}-hint">${t(field.type === 'dateTime' ? 'settings.field.default.dateTimeHint' : 'settings.field.default.hint')}</span>
      ${input}
      ${error ? html`<p class="error-text" id="${id}-error">${error}</p>` : nothing}
    </div>`;
  }

  labels() {
    const field = this.field;
    const label = field.label || {};
    return html`<fieldset class="field-editor__labels">
      <legend>${t('settings.field.label')}</legend>
      <p class="hint">${t('settings.field.label.hint')}</p>
      <div class="settings-grid">
        ${localeCodes().map((code) => {
          const id = this.fid(`label-${code}`);
          return html`<div class="field"><label for=${id}>${localeName(code)} <span class="muted mono">(${code})</span></label>
            <input id=${id} type="text" lang=${code} .value=${label[code] || ''}
              @change=${(e) => this.set({label: {...label, [code]: e.target.value}})}></div>`;
        })}
      </div>
    </fieldset>`;
  }

  render() {
    const field = this.field;
    const kind = this.kind;
    const types = kind === 'block' ? BLOCK_FIELD_TYPES : FIELD_TYPES;
    const keyError = fieldError(this.errors, 'key');
    const typeError = fieldError(this.errors, 'type');
    const localized = field.type === 'slug' || Boolean(field.localized);
    const general = fieldError(this.errors, '');
    return html`<div class="field-editor">
      ${general ? html`<p class="error-text" role="alert">${general}</p>` : nothing}
      <div class="settings-grid">
        <div class="field ${keyError ? 'field--invalid' : ''}">
          <label for=${this.fid('key')}>${t('settings.field.key')}</label>
          <span class="hint" id=${this.fid('key-hint')}>${t('settings.field.key.hint')}</span>
          <input id=${this.fid('key')} class="mono" type="text" required autocomplete="off" spellcheck="false"
            .value=${field.key} aria-invalid=${keyError ? 'true' : 'false'}
            aria-describedby=${[this.fid('key-hint'), keyError ? this.fid('key-error') : ''].join(' ').trim()}
            @input=${(e) => this.set({key: e.target.value.trim()})}>
          ${keyError ? html`<p class="error-text" id=${this.fid('key-error')}>${keyError}</p>` : nothing}
        </div>
        <div class="field ${typeError ? 'field--invalid' : ''}">
          <label for=${this.fid('type')}>${t('settings.field.type')}</label>
          <span class="hint" id=${this.fid('type-hint')}>${t('settings.field.type.hint')}</span>
          <select id=${this.fid('type')} aria-invalid=${typeError ? 'true' : 'false'}
            aria-describedby=${[this.fid('type-hint'), typeError ? this.fid('type-error') : ''].join(' ').trim()} @change=${this.onType}>
            ${types.map((type) => html`<option value=${type} ?selected=${field.type === type}>${t(`settings.fieldType.${type}`)}</option>`)}
          </select>
          ${typeError ? html`<p class="error-text" id=${this.fid('type-error')}>${typeError}</p>` : nothing}
        </div>
      </div>
      <div class="field-editor__checks">
        ${kind === 'content'
          ? this.check('localized', t('settings.field.localized'), localized, (v) => this.set({localized: v}), {
              disabled: field.type === 'slug', hint: t(field.type === 'slug' ? 'settings.field.localized.slug' : 'settings.field.localized.hint')})
          : nothing}
        ${this.check('required', t('settings.field.required'), field.required, (v) => this.set({required: v}), {hint: t('settings.field.required.hint')})}
        ${kind === 'content' && localized
          ? this.check('fallback', t('settings.field.fallback'), field.fallback !== false, (v) => this.set({fallback: v}), {hint: t('settings.field.fallback.hint')})
          : nothing}
      </div>
      ${optionsTemplate(this)}
      ${this.defaultInput()}
      ${this.labels()}
    </div>`;
  }
}
customElements.define('cms-field-editor', FieldEditor);
