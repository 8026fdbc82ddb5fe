// The translators' desk, /translations/:id/:locale: the source (left, read-only, in its language)
// beside the translation (right, editable, in the target language), field by field and block by
// block; the source's changes since the translated revision marked (GET …/translations/{id}/{locale}),
// with Alt+↓ / Alt+↑ (or the buttons) to go from change to change. A missing translation starts
// as a copy of the source or empty; saving (Ctrl+S) uses the variant's ETag, a newer version is
// merged as in the item editor; "mark up to date" and "submit for review" when they apply.
import {CmsElement, html, nothing} from '../../ui/element.js';
import {api} from '../../core/api.js';
import {t} from '../../core/i18n.js';
import {localeName, typeName} from '../../core/catalog.js';
import {mayEditLocale} from '../../core/session.js';
import {href, setLeaveGuard} from '../../core/router.js';
import {icon} from '../../ui/icons.js';
import {problemText} from '../../ui/dialogs.js';
import {localeChip} from '../../ui/locale-states.js';
import {same} from '../editor/values.js';
import {EditLock} from '../editor/editor-lock.js';
import {lockNotice, errorSummary} from '../editor/editor-parts.js';
import {lookUp} from '../editor/conflict.js';
import {deskGrid, ID_PREFIX} from './desk-rows.js';
import {saveTranslation} from './desk-actions.js';
import {deskToolbar, startChoice, changeAnchors, jumpIndex, targetOf, focusIn} from './desk-parts.js';
import {BlockAligner} from './desk-align.js';

let blockTypesCache = null;
const enc = encodeURIComponent;

export class TranslationDesk extends CmsElement {
  static properties = {
    route: {attribute: false},
    detail: {state: true}, item: {state: true}, definition: {state: true}, values: {state: true}, errors: {state: true},
    saving: {state: true}, busy: {state: true}, notice: {state: true}, lock: {state: true}, failed: {state: true},
    allowed: {state: true}, names: {state: true}, started: {state: true}, announcement: {state: true}
  };

  constructor() {
    super();
    this.errors = {};
    this.names = {};
    this.allowed = [];
    this.singles = {};
    this.aligners = new Map();
    this.changeIndex = -1;
    this.onKey = (event) => this.key(event);
    this.onBeforeUnload = (event) => {
      if (this.dirty) {
        event.preventDefault();
        event.returnValue = '';
      }
    };
  }

  connectedCallback() {
    super.connectedCallback();
    document.addEventListener('keydown', this.onKey, true);
    window.addEventListener('beforeunload', this.onBeforeUnload);
    setLeaveGuard(() => !this.dirty || window.confirm(t('common.unsaved')));
    this.load();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.onKey, true);
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    setLeaveGuard(null);
    this.aligners.forEach((aligner) => aligner.disconnect());
    this.aligners.clear();
    if (this.editLock) this.editLock.release();
  }

  get itemId() {
    return this.route.params.id;
  }

  get locale() {
    return this.route.params.locale;
  }

  get sourceLocale() {
    return this.detail.source.locale;
  }

  get translation() {
    return this.detail && this.detail.translation;
  }

  get dirty() {
    return Boolean(this.values && this.base && !same(this.values.localized, this.base.localized));
  }

  get editable() {
    if (!mayEditLocale(this.locale)) return false;
    return !(this.lock && !this.lock.held && !this.lock.unavailable && this.translation);
  }

  get blockTypesByKey() {
    return Object.fromEntries((this.blockTypes || []).map((b) => [b.key, b]));
  }

  /** The type with just one field: the form of one row. */
  single(field) {
    if (!this.singles[field.key]) this.singles[field.key] = {...this.definition, fields: [field]};
    return this.singles[field.key];
  }

  formFor(path) {
    const key = (/^fields\.([^.[]+)/.exec(path) || [])[1];
    return key ? this.querySelector(`cms-variant-form[data-field="${CSS.escape(key)}"]`) : null;
  }

  async load() {
    this.failed = null;
    try {
      const [detail, item, blockTypes] = await Promise.all([
        api.get(`manage/translations/${enc(this.itemId)}/${enc(this.locale)}`),
        api.get(`manage/items/${enc(this.itemId)}`),
        blockTypesCache || api.get('manage/block-types').then(({data}) => (blockTypesCache = data.items))
      ]);
      this.blockTypes = blockTypes;
      this.definition = (await api.get(`manage/content-types/${enc(item.data.type)}`)).data;
      this.take(detail.data, item.data);
      this.loadTransitions();
      this.startLock();
      lookUp([{base: detail.data.source.fields}], detail.data.source.locale).then((names) => (this.names = names), () => null);
    } catch (error) {
      this.failed = error.status === 404 ? t('translations.desk.notFound')
        : error.type === 'not-a-translation' ? t('translations.desk.original') : problemText(error);
    }
  }

  /** Reads the translation again (after a save or a step); what was typed meanwhile stays. */
  async refresh(sent) {
    const [detail, item] = await Promise.all([
      api.get(`manage/translations/${enc(this.itemId)}/${enc(this.locale)}`),
      api.get(`manage/items/${enc(this.itemId)}`)
    ]);
    this.take(detail.data, item.data, sent);
    this.loadTransitions();
    this.startLock();
  }

  take(detail, item, sent) {
    this.detail = detail;
    this.item = item;
    const variant = (item.variants || {})[this.locale];
    this.etag = variant ? variant.etag : item.etag;
    const fresh = {localized: {...((detail.translation && detail.translation.fields) || {})}, shared: {...(item.shared || {})}};
    this.base = fresh;
    this.values = !this.values || !sent || this.values === sent ? fresh : {...this.values, shared: fresh.shared};
  }

  async loadTransitions() {
    if (!this.translation) {
      this.allowed = [];
      return;
    }
    try {
      this.allowed = (await api.get(`manage/items/${enc(this.itemId)}/variants/${enc(this.locale)}/transitions`)).data.allowed || [];
    } catch (error) {
      this.allowed = [];
    }
  }

  startLock() {
    if (!this.translation || !mayEditLocale(this.locale) || this.editLock) return;
    this.editLock = new EditLock(this.itemId, this.locale, (state) => (this.lock = state));
    this.editLock.take();
  }

  /** A new translation: from a copy of the source (to overwrite) or empty. */
  begin(copy) {
    const fields = copy ? structuredClone(this.detail.source.fields || {}) : {};
    const slug = this.definition.fields.find((f) => f.type === 'slug');
    if (slug) delete fields[slug.key];
    this.values = {...this.values, localized: fields};
    this.started = true;
    const first = this.definition.fields.find((f) => f.localized && f.key === this.definition.titleField) || this.definition.fields.find((f) => f.localized);
    if (first) this.updateComplete.then(() => this.formFor(`fields.${first.key}`)?.focusPath(`fields.${first.key}`));
  }

  onValues(event) {
    const {localized, key, path} = event.detail;
    const next = {...this.values.localized};
    if (localized[key] === undefined) delete next[key];
    else next[key] = localized[key];
    this.values = {...this.values, localized: next};
    this.started = true;
    if (Object.keys(this.errors).some((p) => p.startsWith(`fields.${key}`))) {
      this.errors = Object.fromEntries(Object.entries(this.errors).filter(([p]) => !(p === path || p.startsWith(`${path}.`) || p.startsWith(`${path}[`) || p === `fields.${key}`)));
    }
  }

  setBlocks(key, blocks) {
    this.values = {...this.values, localized: {...this.values.localized, [key]: blocks}};
    this.started = true;
  }

  /** Copies a source block the translation lacks in after the block it follows in the source. */
  insertBlock(field, block, sourceIndex) {
    const source = (this.detail.source.fields || {})[field.key] || [];
    const target = [...(this.values.localized[field.key] || [])];
    let at = 0;
    for (let i = sourceIndex - 1; i >= 0; i--) {
      const found = target.findIndex((b) => source[i] && b.id === source[i].id);
      if (found >= 0) {
        at = found + 1;
        break;
      }
    }
    target.splice(at, 0, structuredClone(block));
    this.setBlocks(field.key, target);
    this.announce(t('translations.desk.inserted', {position: at + 1}));
    const type = this.blockTypesByKey[block.type];
    const inner = type && type.fields[0];
    const path = `fields.${field.key}[${at}]${inner ? `.fields.${inner.key}` : ''}`;
    this.updateComplete.then(() => setTimeout(() => this.formFor(path)?.focusPath(path), 30));
  }

  removeBlock(field, block) {
    this.setBlocks(field.key, (this.values.localized[field.key] || []).filter((b) => b.id !== block.id));
    this.announce(t('translations.desk.removed'));
    this.updateComplete.then(() => this.querySelector(`.desk-blocks > .desk-block[data-block-id="${CSS.escape(block.id)}"]`)?.focus());
  }

  announce(text) {
    this.announcement = '';
    setTimeout(() => (this.announcement = text), 50);
  }

  key(event) {
    if (document.querySelector('dialog[open]') || !this.definition) return;
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
      event.preventDefault();
      this.save();
    } else if (event.altKey && !event.ctrlKey && !event.metaKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      this.jump(event.key === 'ArrowDown' ? 1 : -1);
    }
  }

  /** Goes to the next (1) or previous (-1) change: its place in the translation, else the source. */
  jump(step) {
    const anchors = changeAnchors(this);
    if (!anchors.length) return this.announce(t('translations.desk.noChanges'));
    const index = jumpIndex(this, anchors, step);
    const anchor = anchors[index];
    this.changeIndex = index;
    anchors.forEach((a) => a.toggleAttribute('data-current', a === anchor));
    anchor.scrollIntoView({block: 'center'});
    const target = this.editable && targetOf(this, anchor);
    if (target) focusIn(target, this.formFor(anchor.dataset.change));
    else (anchor.querySelector('.desk-block__action') || anchor).focus();
    const row = anchor.closest('.desk-row');
    const label = row ? row.querySelector('.desk-source__label')?.textContent : '';
    this.announce(t('translations.desk.changeAt', {position: index + 1, count: anchors.length, field: label}));
  }

  save() {
    return saveTranslation(this);
  }

  updated() {
    for (const row of this.querySelectorAll('.desk-row--blocks')) {
      if (!this.aligners.has(row)) this.aligners.set(row, new BlockAligner(row));
    }
    for (const [row, aligner] of this.aligners) {
      if (!row.isConnected) {
        aligner.disconnect();
        this.aligners.delete(row);
      } else aligner.schedule();
    }
  }

  render() {
    if (this.failed) {
      return html`<div class="page-header"><h1>${t('translations.desk.title')}</h1></div>
        <div class="notice notice--error" role="alert">${icon('warning')}<div><p>${this.failed}</p>
        <p><a href=${href(`/translations?locale=${enc(this.locale)}`)}>${t('translations.desk.backToQueue')}</a></p></div></div>`;
    }
    if (!this.detail || !this.definition || !this.values) {
      return html`<div class="page-header"><h1>${t('translations.desk.title')}</h1></div>
        <p class="muted" role="status"><span class="spinner" aria-hidden="true"></span> ${t('common.loading')}</p>`;
    }
    const source = this.detail.source;
    const from = this.translation && this.translation.translatedFromRevision;
    return html`<nav class="breadcrumbs" aria-label=${t('translations.desk.breadcrumbs')}><ol>
        <li><a href=${href(`/translations?locale=${enc(this.locale)}`)}>${t('translations.queue.title')} · ${localeName(this.locale)}</a></li></ol></nav>
      <div class="page-header desk-header"><div>
        <h1 lang=${source.locale}>${source.title || t('translations.untitled')}</h1>
        <p class="lede">${typeName(this.detail.type)} · ${t('translations.desk.direction', {from: localeName(source.locale), to: localeName(this.locale)})}
          ${localeChip(this.locale, this.detail.status)}</p>
        ${from && from !== source.revision ? html`<p class="small muted">${t('translations.desk.fromRevision', {from, now: source.revision})}</p>` : nothing}
      </div>
      ${mayEditLocale(this.locale) ? html`<div class="page-header__actions"><a class="button button--quiet button--small" href=${href(`/items/${enc(this.itemId)}/${enc(this.locale)}`)}>${t('translations.desk.openEditor')}</a></div>` : nothing}</div>
      ${deskToolbar(this)}
      ${lockNotice(this.lock, {onForce: () => this.editLock.take(true)})}
      ${this.notice ? html`<div class="notice notice--${this.notice.type}" role="status">${icon(this.notice.type === 'error' ? 'warning' : 'info')}<p>${this.notice.text}</p></div>` : nothing}
      ${!mayEditLocale(this.locale) ? html`<div class="notice notice--info">${icon('info')}<p>${t('translations.desk.readOnly')}</p></div>` : nothing}
      ${errorSummary(this.errors, this.definition, {idPrefix: ID_PREFIX, onJump: (path) => this.formFor(path)?.focusPath(path)})}
      ${!this.translation && !this.started && this.editable ? startChoice(this) : nothing}
      ${deskGrid(this)}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement || ''}</p>`;
  }
}
customElements.define('cms-translation-desk', TranslationDesk);
