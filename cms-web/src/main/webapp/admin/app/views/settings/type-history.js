// A type's definition history, newest version first, with what changed in each.
import {CmsElement, html, nothing} from '../../ui/element.js';
import {t} from '../../core/i18n.js';
import {api} from '../../core/api.js';
import {dateTime} from '../../core/format.js';
import {problemText} from '../../ui/dialogs.js';
import {changeText} from './type-save.js';
import {FIELD_TYPES} from './field-types.js';

const SHOWN = 8;

export class TypeHistory extends CmsElement {
  static properties = {
    kind: {attribute: false},
    typeKey: {attribute: false},
    version: {attribute: false},
    versions: {state: true},
    error: {state: true},
    all: {state: true}
  };

  updated(changed) {
    if ((changed.has('typeKey') || changed.has('version')) && this.typeKey) this.load();
  }

  async load() {
    try {
      const {data} = await api.get(`manage/${this.kind}-types/${encodeURIComponent(this.typeKey)}/versions`);
      this.versions = [...data.items].sort((a, b) => b.version - a.version);
      this.error = null;
    } catch (error) {
      this.error = error;
    }
  }

  /** The server's detail of a change: a new field's type in words, otherwise as it is given. */
  detail(change) {
    if (!change.detail) return nothing;
    if (change.change === 'field_added' && FIELD_TYPES.includes(change.detail)) {
      return html` <span class="muted">(${t(`settings.fieldType.${change.detail}`)})</span>`;
    }
    return html` <span class="muted small" lang="en">– ${change.detail}</span>`;
  }

  render() {
    if (this.error) return html`<p class="notice notice--error">${problemText(this.error)}</p>`;
    if (!this.versions) return html`<p class="muted"><span class="spinner" aria-hidden="true"></span> ${t('common.loading')}</p>`;
    const versions = this.all ? this.versions : this.versions.slice(0, SHOWN);
    return html`<ol class="type-history">
        ${versions.map((version) => html`<li>
          <div class="type-history__head">
            <strong>${t('settings.history.version', {version: version.version})}</strong>
            <time datetime=${version.createdAt}>${dateTime(version.createdAt)}</time>
            <span class="muted">${t('common.by', {name: version.createdBy})}</span>
          </div>
          <ul class="type-history__changes">
            ${(version.changes || []).map((change) => html`<li>${changeText(change)}${this.detail(change)}</li>`)}
          </ul>
        </li>`)}
      </ol>
      ${this.versions.length > SHOWN && !this.all
        ? html`<button class="button button--small" type="button" @click=${() => (this.all = true)}>${t('settings.history.all', {count: this.versions.length})}</button>`
        : nothing}`;
  }
}
customElements.define('cms-type-history', TypeHistory);
