// Defining and changing a content type or block type: its properties, its ordered fields with their
// options, and its history. Saves honour the API's refuse-or-migrate rule (see type-save.js).
import {CmsElement, html, nothing} from '../../ui/element.js';
import {t, uiLanguage} from '../../core/i18n.js';
import {api} from '../../core/api.js';
import {invalidateCatalog, defaultLocale} from '../../core/catalog.js';
import {href, navigate, setLeaveGuard} from '../../core/router.js';
import {isAdmin} from '../../core/session.js';
import {icon} from '../../ui/icons.js';
import {toast, confirmDialog, problemText} from '../../ui/dialogs.js';
import {editable, cleanType} from './field-types.js';
import {confirmMigration, conflictNotice} from './type-save.js';
import {adminOnly, refreshShell} from './settings-common.js';
import './type-general.js';
import './field-list.js';
import './type-history.js';

export class TypeEditor extends CmsElement {
  static properties = {
    route: {attribute: false},
    draft: {state: true},
    errors: {state: true},
    conflict: {state: true},
    notice: {state: true},
    saving: {state: true},
    loadError: {state: true},
    blockTypes: {state: true},
    version: {state: true}
  };

  constructor() {
    super();
    this.errors = {};
    this.beforeUnload = (event) => {
      if (this.dirty()) event.preventDefault();
    };
  }

  connectedCallback() {
    super.connectedCallback();
    this.kind = this.route.query.kind === 'block' ? 'block' : 'content';
    this.isNew = this.route.path === '/settings/types/new';
    this.typeKey = this.route.params.key;
    window.addEventListener('beforeunload', this.beforeUnload);
    setLeaveGuard(() => !this.dirty() || window.confirm(t('common.unsaved')));
    if (isAdmin()) this.load();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.beforeUnload);
    setLeaveGuard(null);
  }

  api(path = '') {
    return `manage/${this.kind}-types${path}`;
  }

  async load() {
    try {
      const blocks = api.get('manage/block-types');
      if (this.isNew) {
        this.adopt({key: '', name: {}, description: {}, reviewRequired: false, fields: []}, null);
      } else {
        const answer = await api.get(this.api(`/${encodeURIComponent(this.typeKey)}`));
        this.adopt(answer.data, answer.etag);
      }
      this.blockTypes = (await blocks).data.items;
    } catch (error) {
      this.loadError = error;
    }
  }

  adopt(type, etag) {
    this.type = type;
    this.etag = etag;
    this.version = type.version;
    this.draft = {...type, name: {...(type.name || {})}, description: {...(type.description || {})},
      fields: (type.fields || []).map(editable)};
    this.saved = JSON.stringify(cleanType(this.draft, this.kind));
  }

  dirty() {
    return Boolean(this.draft) && JSON.stringify(cleanType(this.draft, this.kind)) !== this.saved;
  }

  change(changes) {
    this.draft = {...this.draft, ...changes};
    this.notice = null;
  }

  async save(event, migrate = false) {
    if (event) event.preventDefault();
    if (this.saving) return;
    this.saving = true;
    this.errors = {};
    this.conflict = null;
    this.notice = null;
    const body = cleanType(this.draft, this.kind);
    try {
      if (this.isNew) {
        await api.post(this.api(), body);
        this.saved = JSON.stringify(body);
        await invalidateCatalog();
        toast(t('settings.type.created', {name: this.displayName()}));
        await navigate(`/settings/types/${encodeURIComponent(body.key)}${this.kind === 'block' ? '?kind=block' : ''}`, {replace: true});
        return;
      }
      const answer = await api.put(this.api(`/${encodeURIComponent(this.typeKey)}${migrate ? '?migrate=true' : ''}`), body, {ifMatch: this.etag});
      this.adopt(answer.data, answer.etag);
      await invalidateCatalog();
      refreshShell();
      const migrations = (answer.data.migrations || []).length;
      toast(migrations ? t('settings.type.savedMigrated', {count: migrations}) : t('settings.type.saved'), {type: 'ok'});
    } catch (error) {
      await this.refused(error, migrate);
    } finally {
      this.saving = false;
    }
  }

  async refused(error, migrated) {
    if (error.status === 409 && error.type === 'migration-required' && !migrated) {
      this.saving = false;
      if (await confirmMigration(error.problem)) await this.save(null, true);
      else this.notice = {type: 'info', text: t('settings.migration.cancelled')};
      return;
    }
    if (error.status === 409 && error.type === 'type-change-conflict') this.conflict = error.problem;
    else if (error.status === 412) this.notice = {type: 'error', text: t('settings.type.stale'), reload: true};
    else if (error.status === 400 && Object.keys(error.fieldErrors).length) {
      this.errors = error.fieldErrors;
      this.notice = {type: 'error', text: t('settings.type.invalid')};
    } else this.notice = {type: 'error', text: problemText(error)};
    await this.updateComplete;
    this.querySelector('.type-editor__notices [role=alert], .type-editor__notices .notice')?.focus();
  }

  async deleteType() {
    const ok = await confirmDialog({title: t('settings.type.delete.title', {name: this.displayName()}),
      message: t('settings.type.delete.text'), confirmLabel: t('common.delete'), danger: true});
    if (!ok) return;
    try {
      await api.delete(this.api(`/${encodeURIComponent(this.typeKey)}`), {ifMatch: this.etag});
      this.saved = JSON.stringify(cleanType(this.draft, this.kind));
      this.draft = null;
      await invalidateCatalog();
      toast(t('settings.type.deleted'));
      navigate(`/settings/types${this.kind === 'block' ? '?kind=block' : ''}`);
    } catch (error) {
      this.notice = {type: 'error', text: problemText(error)};
    }
  }

  displayName() {
    const names = this.draft.name || {};
    return names[uiLanguage()] || names[defaultLocale()] || names.nb || this.draft.key || '';
  }

  renderNotices() {
    const notice = this.notice;
    const general = Object.entries(this.errors).filter(([path]) => !path.startsWith('fields['));
    return html`<div class="type-editor__notices">
      ${this.conflict ? conflictNotice(this.conflict) : nothing}
      ${notice
        ? html`<div class="notice notice--${notice.type}" role=${notice.type === 'error' ? 'alert' : 'status'} tabindex="-1">
            ${icon(notice.type === 'error' ? 'warning' : 'info')}<div><p>${notice.text}</p>
            ${general.length ? html`<ul>${general.map(([path, message]) => html`<li><span class="mono">${path}</span>: ${message}</li>`)}</ul>` : nothing}
            ${notice.reload ? html`<button class="button button--small" type="button" @click=${() => this.load()}>${t('settings.type.reload')}</button>` : nothing}</div></div>`
          : nothing}
    </div>`;
  }

  render() {
    if (!isAdmin()) return adminOnly(t('nav.types'));
    const listHref = href(`/settings/types${this.kind === 'block' ? '?kind=block' : ''}`);
    const listName = t(this.kind === 'block' ? 'settings.types.blocks' : 'settings.types.content');
    if (this.loadError) {
      return html`<div class="page-header"><h1>${t('settings.type.notFound')}</h1></div>
        <p class="notice notice--error">${problemText(this.loadError)}</p><a href=${listHref}>${listName}</a>`;
    }
    if (!this.draft) return html`<p class="muted" role="status"><span class="spinner" aria-hidden="true"></span> ${t('common.loading')}</p>`;
    const title = this.isNew ? t(this.kind === 'block' ? 'settings.type.newBlock' : 'settings.type.newContent') : this.displayName();
    return html`<nav class="breadcrumbs" aria-label=${t('settings.breadcrumbs')}><ol>
        <li><a href=${listHref}>${listName}</a></li><li aria-current="page">${title}</li></ol></nav>
      <form class="type-editor" @submit=${this.save} novalidate>
        <div class="page-header"><div><h1>${title}</h1>
          ${this.isNew ? nothing : html`<p class="lede"><span class="mono">${this.typeKey}</span> · ${t('settings.history.version', {version: this.version})}${this.type.builtIn ? html` · ${t('settings.types.builtIn')}` : nothing}</p>`}</div>
          <div class="page-header__actions">
            ${this.isNew ? nothing : html`<button class="button button--danger" type="button" @click=${this.deleteType}>${icon('trash')}${t('common.delete')}</button>`}
            <button class="button button--primary" type="submit" ?disabled=${this.saving}>${this.saving ? t('common.saving') : t(this.isNew ? 'settings.type.create' : 'common.save')}</button>
          </div></div>
        ${this.renderNotices()}
        <section class="card" aria-labelledby="type-general-title"><h2 id="type-general-title">${t('settings.type.general')}</h2>
          <cms-type-general .draft=${this.draft} .kind=${this.kind} .isNew=${this.isNew} .errors=${this.errors}
            @type-change=${(e) => this.change(e.detail)}></cms-type-general></section>
        <section class="card" aria-labelledby="type-fields-title"><h2 id="type-fields-title">${t('settings.type.fields', {count: this.draft.fields.length})}</h2>
          <cms-field-list .fields=${this.draft.fields} .kind=${this.kind} .titleField=${this.draft.titleField} .blockTypes=${this.blockTypes}
            .errors=${this.errors} @fields-change=${(e) => this.change({fields: e.detail})}></cms-field-list></section>
        <div class="type-editor__bar" role="group" aria-label=${t('settings.type.saveBar')}>
          <span class="muted">${this.dirty() ? t('settings.type.unsaved') : t('settings.type.noChanges')}</span>
          <button class="button button--primary" type="submit" ?disabled=${this.saving}>${this.saving ? t('common.saving') : t(this.isNew ? 'settings.type.create' : 'common.save')}</button>
        </div>
      </form>
      ${this.isNew ? nothing : html`<section class="card" aria-labelledby="type-history-title"><h2 id="type-history-title">${t('settings.history.title')}</h2>
        <cms-type-history .kind=${this.kind} .typeKey=${this.typeKey} .version=${this.version}></cms-type-history></section>`}`;
  }
}
customElements.define('cms-type-editor', TypeEditor);
