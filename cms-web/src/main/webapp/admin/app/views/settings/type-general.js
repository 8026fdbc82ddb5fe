// The type-wide properties in the type editor: key (only when new), names and descriptions per
// locale, and for content types the title field, whether publishing needs review, the URL pattern.
import {CmsElement, html, nothing} from '../../ui/element.js';
import {t} from '../../core/i18n.js';
import {localeCodes, localeName, defaultLocale} from '../../core/catalog.js';

export class TypeGeneral extends CmsElement {
  static properties = {
    draft: {attribute: false},
    kind: {attribute: false},
    isNew: {attribute: false},
    errors: {attribute: false}
  };

  set(changes) {
    this.emit('type-change', changes);
  }

  error(path) {
    const errors = this.errors || {};
    return errors[path] || Object.entries(errors).filter(([key]) => key.startsWith(`${path}.`)).map(([, m]) => m).join('; ');
  }

  perLocale(name, legend, hint) {
    const values = this.draft[name] || {};
    const error = this.error(name);
    const required = name === 'name';
    return html`<fieldset class="${error ? 'field--invalid' : ''}" aria-describedby=${error ? `type-${name}-error` : `type-${name}-hint`}>
      <legend>${legend}</legend>
      <p class="hint" id="type-${name}-hint">${hint}</p>
      ${error ? html`<p class="error-text" id="type-${name}-error">${error}</p>` : nothing}
      <div class="settings-grid">
        ${localeCodes().map((code) => {
          const id = `type-${name}-${code}`;
          const mandatory = required && code === defaultLocale();
          const change = (e) => this.set({[name]: {...values, [code]: e.target.value}});
          return html`<div class="field"><label for=${id}>${localeName(code)} <span class="muted mono">(${code})</span></label>
            <input id=${id} type="text" lang=${code} .value=${values[code] || ''} ?required=${mandatory}
              aria-invalid=${mandatory && error ? 'true' : 'false'} @input=${change}>
          </div>`;
        })}
      </div>
    </fieldset>`;
  }

  input(name, label, hint, {mono = false} = {}) {
    const id = `type-${name}`;
    const error = this.error(name);
    return html`<div class="field ${error ? 'field--invalid' : ''}">
      <label for=${id}>${label}</label>
      <span class="hint" id="${id}-hint">${hint}</span>
      <input id=${id} type="text" class=${mono ? 'mono' : ''} spellcheck="false" autocomplete="off" .value=${this.draft[name] || ''}
        aria-invalid=${error ? 'true' : 'false'} aria-describedby=${[`${id}-hint`, error ? `${id}-error` : ''].join(' ').trim()}
        @input=${(e) => this.set({[name]: e.target.value})}>
      ${error ? html`<p class="error-text" id="${id}-error">${error}</p>` : nothing}
    </div>`;
  }

  render() {
    const draft = this.draft;
    const content = this.kind === 'content';
    const textFields = draft.fields.filter((f) => f.type === 'text' && f.key);
    const titleError = this.error('titleField');
    return html`
      <div class="settings-grid">
        ${this.isNew
          ? this.input('key', t('settings.type.key'), t('settings.type.key.hint'), {mono: true})
          : html`<div class="field"><span class="label">${t('settings.type.key')}</span>
              <p class="mono settings-readonly">${draft.key}</p><span class="hint">${t('settings.type.key.fixed')}</span></div>`}
        ${content
          ? html`<div class="field ${titleError ? 'field--invalid' : ''}">
              <label for="type-titleField">${t('settings.type.titleField')}</label>
              <span class="hint" id="type-titleField-hint">${t('settings.type.titleField.hint')}</span>
              <select id="type-titleField" aria-describedby=${['type-titleField-hint', titleError ? 'type-titleField-error' : ''].join(' ').trim()}
                aria-invalid=${titleError ? 'true' : 'false'} @change=${(e) => this.set({titleField: e.target.value || undefined})}>
                <option value="" ?selected=${!draft.titleField}>${t('settings.type.titleField.none')}</option>
                ${textFields.map((f) => html`<option value=${f.key} ?selected=${draft.titleField === f.key}>${f.key}</option>`)}
              </select>
              ${titleError ? html`<p class="error-text" id="type-titleField-error">${titleError}</p>` : nothing}
            </div>`
          : nothing}
      </div>
      ${this.perLocale('name', t('settings.type.name'), t('settings.type.name.hint'))}
      ${this.perLocale('description', t('settings.type.description'), t('settings.type.description.hint'))}
      ${content
        ? html`<div class="settings-grid">
            ${this.input('urlPattern', t('settings.type.urlPattern'), t('settings.type.urlPattern.hint'), {mono: true})}
            ${this.input('previewUrl', t('settings.type.previewUrl'), t('settings.type.previewUrl.hint'), {mono: true})}
            <div class="field"><span class="label">${t('settings.type.workflow')}</span>
              <div class="check"><input type="checkbox" id="type-reviewRequired" .checked=${Boolean(draft.reviewRequired)}
                aria-describedby="type-reviewRequired-hint" @change=${(e) => this.set({reviewRequired: e.target.checked})}>
                <label for="type-reviewRequired">${t('settings.type.reviewRequired')}
                  <span class="hint" id="type-reviewRequired-hint">${t('settings.type.reviewRequired.hint')}</span></label></div>
            </div>
          </div>`
        : nothing}`;
  }
}
customElements.define('cms-type-general', TypeGeneral);
