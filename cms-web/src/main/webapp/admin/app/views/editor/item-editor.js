// The item editor: /content/:type/new (a new item) and /items/:id/:locale (one locale variant).
// A form generated from the content type, saved with the variant's ETag; validation problems
// beside their fields with a summary on top; a newer version met on saving is merged field by
// field (conflict.js); the advisory editing lock is held while the editor is open; unsaved
// changes are guarded. The side panel leaves room for the workflow panel.
import {CmsElement, html, nothing} from '../../ui/element.js';
import {api} from '../../core/api.js';
import {t} from '../../core/i18n.js';
import {defaultLocale, localeName, typeName} from '../../core/catalog.js';
import {has, mayEditLocale} from '../../core/session.js';
import {navigate, setLeaveGuard, updateQuery} from '../../core/router.js';
import {icon} from '../../ui/icons.js';
import {toast, problemText} from '../../ui/dialogs.js';
import {shortcutText} from '../../ui/richtext-commands.js';
import {same} from './values.js';
import {payload, defaults, valuesOf, fieldErrorsOf, slugOf, titleOf} from './editor-save.js';
import {EditLock, parseLockHeader} from './editor-lock.js';
import {resolveConflict} from './conflict.js';
import {localeSwitcher, sidePanel, lockNotice, errorSummary, breadcrumbs, startVariant, newLocaleChooser} from './editor-parts.js';
import './variant-form.js';
import './workflow-panel.js';

const ID_PREFIX = 'ed';
let blockTypesCache = null;

export class ItemEditor extends CmsElement {
  static properties = {
    route: {attribute: false},
    definition: {state: true}, item: {state: true}, values: {state: true}, errors: {state: true},
    saving: {state: true}, notice: {state: true}, lock: {state: true}, failed: {state: true}, start: {state: true}
  };

  constructor() {
    super();
    this.errors = {};
    this.onKey = (event) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        if (!document.querySelector('dialog[open]')) this.save();
      }
    };
    this.onBeforeUnload = (event) => {
      if (this.dirty) {
        event.preventDefault();
        event.returnValue = '';
      }
    };
  }

  connectedCallback() {
    super.connectedCallback();
    document.addEventListener('keydown', this.onKey);
    window.addEventListener('beforeunload', this.onBeforeUnload);
    setLeaveGuard(() => !this.dirty || window.confirm(t('common.unsaved')));
    this.load();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.onKey);
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    setLeaveGuard(null);
    if (this.editLock) this.editLock.release();
  }

  get creating() {
    return !this.route.params.id;
  }

  get locale() {
    return this.creating ? this.route.query.locale || defaultLocale() : this.route.params.locale;
  }

  get variant() {
    return this.item && (this.item.variants || {})[this.locale];
  }

  get dirty() {
    return Boolean(this.values && this.base && !(same(this.values.localized, this.base.localized) && same(this.values.shared, this.base.shared)));
  }

  get mayEditShared() {
    return has('admin') || has('editor');
  }

  get readonly() {
    if (!mayEditLocale(this.locale)) return true;
    if (this.lock && !this.lock.held && !this.lock.unavailable && this.variant) return true;
    if (this.mayEditShared) return false;
    return this.definition ? this.definition.fields.filter((f) => !f.localized).map((f) => f.key) : true;
  }

  async load() {
    this.failed = null;
    try {
      const typeKey = this.creating ? this.route.params.type : null;
      const [itemAnswer, blockTypes] = await Promise.all([
        this.creating ? null : api.get(`manage/items/${encodeURIComponent(this.route.params.id)}`),
        blockTypesCache || api.get('manage/block-types').then(({data}) => (blockTypesCache = data.items))
      ]);
      this.blockTypes = blockTypes;
      if (itemAnswer) this.item = itemAnswer.data;
      const {data: definition} = await api.get(`manage/content-types/${encodeURIComponent(typeKey || this.item.type)}`);
      this.definition = definition;
      if (this.creating) {
        this.base = defaults(definition);
        this.values = defaults(definition);
      } else if (this.variant) {
        this.take(this.item);
        this.startLock();
      } else {
        // a language version that does not exist yet: first choose how to start it
        this.start = 'choose';
      }
    } catch (error) {
      this.failed = error.status === 404 ? t('editor.notFound') : problemText(error);
    }
  }

  /** Takes a saved or loaded item as the new starting point (base) of the form. */
  take(item, sent) {
    this.item = item;
    this.etag = item.variants[this.locale].etag;
    const fresh = valuesOf(item, this.locale);
    this.base = fresh;
    // what was typed while the save was on its way stays
    if (!sent || this.values === sent) this.values = fresh;
  }

  startLock() {
    if (!mayEditLocale(this.locale) || this.editLock) return;
    this.editLock = new EditLock(this.item.id, this.locale, (state) => (this.lock = state));
    this.editLock.take();
  }

  beginVariant(copy) {
    const source = this.item.originalLocale;
    const fields = copy ? {...((this.item.variants[source] || {}).fields || {})} : {};
    const slug = this.definition.fields.find((f) => f.type === 'slug');
    if (slug) delete fields[slug.key];
    this.base = {localized: {}, shared: {...(this.item.shared || {})}};
    this.values = {localized: fields, shared: {...(this.item.shared || {})}};
    this.etag = this.item.etag;
    this.start = null;
    this.updateComplete.then(() => this.querySelector('cms-variant-form')?.focusPath(`fields.${this.definition.titleField || this.definition.fields[0].key}`));
  }

  onValues(event) {
    const {localized, shared, path} = event.detail;
    this.values = {localized, shared};
    const key = path.replace(/^(fields\.[^.[]+).*$/, '$1');
    if (Object.keys(this.errors).some((p) => p.startsWith(key))) {
      this.errors = Object.fromEntries(Object.entries(this.errors).filter(([p]) => !(p === path || p.startsWith(`${path}.`) || p.startsWith(`${path}[`) || p === key)));
    }
  }

  async save() {
    if (this.saving || !this.values || this.readonly === true) return;
    const form = this.querySelector('cms-variant-form');
    this.saving = true;
    this.notice = null;
    const sent = this.values;
    try {
      if (form) await form.flush();
      const fields = payload(this.definition, sent, this.base, {creating: this.creating, mayEditShared: this.mayEditShared});
      if (this.creating) {
        const {data} = await api.post('manage/items', {type: this.definition.key, locale: this.locale, fields});
        this.base = this.values;
        toast(t('editor.created'), {type: 'ok'});
        await navigate(`/items/${data.id}/${this.locale}`, {replace: true});
        return;
      }
      const hadSlug = slugOf(this.definition, this.values);
      const created = !this.variant;
      const body = created ? {fields, sourceLocale: this.item.originalLocale} : {fields};
      const answer = await api.put(`manage/items/${this.item.id}/variants/${this.locale}`, body, {ifMatch: this.etag});
      this.errors = {};
      this.take(answer.data, sent);
      const other = parseLockHeader(answer.headers.get('X-Edit-Lock'));
      if (other) this.notice = {type: 'warn', text: t('editor.lock.savedWhileHeld', {name: other.holder})};
      const slug = slugOf(this.definition, this.values);
      toast(!hadSlug && slug ? t('editor.savedWithSlug', {slug}) : t('common.saved'), {type: 'ok'});
      if (created) this.startLock();
    } catch (error) {
      await this.refused(error, sent);
    } finally {
      this.saving = false;
    }
  }

  async refused(error, sent) {
    if (error.status === 412) return this.conflict(sent);
    const errors = fieldErrorsOf(error);
    if (Object.keys(errors).length) {
      this.errors = errors;
      await this.updateComplete;
      this.querySelector('.error-summary')?.focus();
      return;
    }
    this.notice = {type: 'error', text: error.status === 403 ? t('editor.forbidden') : problemText(error)};
  }

  async conflict(sent) {
    let theirs;
    try {
      const answer = await api.get(`manage/items/${this.item.id}/variants/${this.locale}`);
      theirs = answer.data;
    } catch (error) {
      this.notice = {type: 'error', text: problemText(error)};
      return;
    }
    const merged = await resolveConflict({
      type: this.definition, base: this.base, mine: this.values,
      theirs: {localized: theirs.fields, shared: theirs.shared},
      who: theirs.updatedBy, when: theirs.updatedAt, blockTypes: this.blockTypes, locale: this.locale
    });
    if (!merged) {
      this.notice = {type: 'warn', text: t('editor.conflict.notSaved')};
      return;
    }
    this.base = {localized: theirs.fields, shared: theirs.shared};
    this.values = merged;
    this.etag = theirs.etag;
    this.saving = false;
    await this.updateComplete;
    return this.save();
  }

  async forceLock() {
    await this.editLock.take(true);
  }

  async reload() {
    const {data} = await api.get(`manage/items/${this.item.id}`);
    if (this.dirty) {
      // a workflow step changes the ETag, not the values: keep typing, save without a conflict
      if (same(valuesOf(data, this.locale), this.base) && data.variants[this.locale]) this.etag = data.variants[this.locale].etag;
      this.item = data;
    } else {
      this.take(data);
    }
  }

  title() {
    const title = titleOf(this.definition, this.values) || (this.variant && this.variant.title);
    return title || (this.creating ? t('editor.newTitle', {type: typeName(this.definition.key).toLowerCase()}) : t('editor.untitled'));
  }

  renderSaveBar(top) {
    const readonly = this.readonly === true;
    const status = this.saving ? t('common.saving') : this.dirty ? t('editor.unsaved') : this.variant ? t('editor.allSaved') : '';
    return html`<div class="save-bar">
      <span class="save-bar__status ${this.dirty ? 'save-bar__status--dirty' : ''}" role=${top ? 'status' : nothing}>${this.dirty && !this.saving ? icon('info') : nothing}${status}</span>
      ${readonly ? nothing : html`<button type="button" class="button button--primary" @click=${() => this.save()} ?disabled=${this.saving}
        aria-keyshortcuts="Control+S" title=${`${t('common.save')} (${shortcutText('Mod-S')})`}>${this.saving ? html`<span class="spinner" aria-hidden="true"></span>` : icon('check')}${this.creating || !this.variant ? t('editor.create') : t('common.save')}</button>`}
    </div>`;
  }

  render() {
    if (this.failed) {
      return html`<div class="page-header"><h1>${t('editor.title')}</h1></div><p class="notice notice--error" role="alert">${this.failed}</p>`;
    }
    if (!this.definition || (!this.values && !this.start)) {
      return html`<div class="page-header"><h1>${t('editor.title')}</h1></div>
        <p class="muted" role="status"><span class="spinner" aria-hidden="true"></span> ${t('common.loading')}</p>`;
    }
    const typeKey = this.definition.key;
    const readonly = this.readonly;
    return html`${breadcrumbs(typeKey)}
      <div class="page-header editor-header">
        <div><h1 lang=${this.start ? this.item.originalLocale : this.locale}>${this.start ? (this.item.variants[this.item.originalLocale] || {}).title || this.item.id : this.title()}</h1>
          <p class="lede">${typeName(typeKey)} · ${localeName(this.locale)}${this.creating ? '' : html` · <span class="muted">${t('editor.original', {locale: localeName(this.item.originalLocale)})}</span>`}</p></div>
      </div>
      ${this.creating ? newLocaleChooser(this.locale, (locale) => (updateQuery({locale}), this.requestUpdate())) : localeSwitcher(this.item, this.locale)}
      ${lockNotice(this.lock, {onForce: () => this.forceLock()})}
      ${this.notice ? html`<div class="notice notice--${this.notice.type}" role="status">${icon(this.notice.type === 'error' ? 'warning' : 'info')}<p>${this.notice.text}</p></div>` : nothing}
      ${!mayEditLocale(this.locale) ? html`<div class="notice notice--info">${icon('info')}<p>${t('editor.readOnly')}</p></div>` : nothing}
      <div class="editor-layout">
        <div class="editor-main">
          ${this.start ? startVariant(this.item, this.locale, (copy) => this.beginVariant(copy)) : html`
            ${this.renderSaveBar(true)}
            ${errorSummary(this.errors, this.definition, {idPrefix: ID_PREFIX, onJump: (path) => this.querySelector('cms-variant-form').focusPath(path)})}
            <section class="card editor-form" aria-labelledby="editor-form-title">
              <h2 id="editor-form-title" class="visually-hidden">${t('editor.form', {locale: localeName(this.locale)})}</h2>
              <p class="muted small editor-form__legend"><span aria-hidden="true">*</span> ${t('editor.requiredLegend')}</p>
              <cms-variant-form .type=${this.definition} .blockTypes=${this.blockTypes} locale=${this.locale}
                .localized=${this.values.localized} .shared=${this.values.shared} .readonly=${readonly} .errors=${this.errors}
                .sharedLocale=${this.item ? this.item.originalLocale : this.locale} .itemId=${this.item ? this.item.id : undefined}
                .mayEditAssetTexts=${mayEditLocale(this.locale)} .idPrefix=${ID_PREFIX}
                @values-change=${this.onValues}></cms-variant-form>
            </section>
            ${this.renderSaveBar(false)}`}
        </div>
        ${sidePanel({item: this.item, locale: this.locale, variant: this.variant, onChanged: () => this.reload()})}
      </div>`;
  }
}
customElements.define('cms-item-editor', ItemEditor);
