// One content type's items: search, filters by locale, status and translation state, two orders,
// and pages by cursor. Filters and the page live in the address, so a reload or a shared link
// shows the same list; the cursors of earlier pages are kept in a stack for "previous".
import {CmsElement, html, nothing} from '../../ui/element.js';
import {t, tn, uiLanguage} from '../../core/i18n.js';
import {api, query} from '../../core/api.js';
import {contentType, typeName, localeName, defaultLocale, localeCodes} from '../../core/catalog.js';
import {href, updateQuery} from '../../core/router.js';
import {has, isAdmin, currentUser} from '../../core/session.js';
import {icon} from '../../ui/icons.js';
import {problemText} from '../../ui/dialogs.js';
import {FILTER_KEYS, normalizeFilters} from './content-filters.js';
import './content-filters.js';
import './content-table.js';

export const PAGE_SIZE = 25;
const STACK_KEY = 'cms.contentList.pages';

/** May the signed-in person create items of this type? */
export function mayCreate(typeKey) {
  const me = currentUser();
  if (!me || !(isAdmin() || has('editor'))) return false;
  return !me.contentTypes || me.contentTypes.length === 0 || me.contentTypes.includes(typeKey);
}

export class ContentList extends CmsElement {
  static properties = {
    route: {attribute: false},
    page: {state: true},
    loading: {state: true},
    error: {state: true}
  };

  constructor() {
    super();
    this.page = null;
    this.stack = [];
    this.requestNumber = 0;
    this.onKey = this.onKey.bind(this);
  }

  connectedCallback() {
    super.connectedCallback();
    const q = (this.route && this.route.query) || {};
    this.typeKey = this.route.params.type;
    this.filters = normalizeFilters(Object.fromEntries(FILTER_KEYS.map((key) => [key, q[key]]).filter(([, v]) => v)));
    if (this.filters.locale && !localeCodes().includes(this.filters.locale)) this.filters = {};
    this.cursor = q.cursor || null;
    this.stack = this.cursor ? this.restoreStack() : [];
    document.addEventListener('keydown', this.onKey);
    if (contentType(this.typeKey)) this.load();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.onKey);
    if (this.controller) this.controller.abort();
  }

  /** "/" focuses the search box, unless one is typing somewhere. */
  onKey(event) {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    if (target.closest && target.closest('input, textarea, select, [contenteditable], dialog')) return;
    if (document.querySelector('dialog[open]')) return;
    event.preventDefault();
    this.querySelector('cms-content-filters')?.focusSearch();
  }

  signature() {
    return JSON.stringify([this.typeKey, this.filters, this.cursor]);
  }

  restoreStack() {
    try {
      const stored = JSON.parse(sessionStorage.getItem(STACK_KEY) || 'null');
      if (stored && stored.signature === this.signature() && Array.isArray(stored.stack)) return stored.stack;
    } catch (ignored) {
      // a damaged entry: start a new stack
    }
    return [];
  }

  keepStack() {
    sessionStorage.setItem(STACK_KEY, JSON.stringify({signature: this.signature(), stack: this.stack}));
  }

  /** What the API is asked: the filters, plus the locale whose alphabet a title order follows. */
  apiQuery() {
    const f = this.filters;
    return {
      type: this.typeKey,
      q: f.q,
      locale: f.locale || (f.sort === 'title' ? defaultLocale() : undefined),
      status: f.status,
      translation: f.translation,
      sort: f.sort,
      limit: PAGE_SIZE,
      cursor: this.cursor
    };
  }

  async load({focus = false} = {}) {
    if (this.controller) this.controller.abort();
    this.controller = new AbortController();
    const number = ++this.requestNumber;
    this.loading = true;
    this.error = null;
    try {
      const {data} = await api.get(`manage/items${query(this.apiQuery())}`, {signal: this.controller.signal});
      if (number !== this.requestNumber) return;
      this.page = data;
    } catch (error) {
      if (error.name === 'AbortError' || number !== this.requestNumber) return;
      if (error.status === 400 && this.cursor) {
        // a cursor from an older list: start again at the first page
        this.cursor = null;
        this.stack = [];
        this.syncAddress();
        this.load({focus});
        return;
      }
      this.error = error;
    } finally {
      if (number === this.requestNumber) this.loading = false;
    }
    if (focus) {
      await this.updateComplete;
      this.querySelector('.content-list__summary')?.focus();
    }
  }

  syncAddress() {
    const params = Object.fromEntries(FILTER_KEYS.map((key) => [key, this.filters[key] || null]));
    updateQuery({...params, cursor: this.cursor});
    this.keepStack();
  }

  onFilters(event) {
    this.filters = event.detail;
    this.cursor = null;
    this.stack = [];
    this.syncAddress();
    this.load();
  }

  next() {
    if (!this.page || !this.page.next) return;
    this.stack = [...this.stack, this.cursor || ''];
    this.cursor = this.page.next;
    this.syncAddress();
    this.load({focus: true});
  }

  previous() {
    if (!this.stack.length) return;
    const stack = [...this.stack];
    this.cursor = stack.pop() || null;
    this.stack = stack;
    this.syncAddress();
    this.load({focus: true});
  }

  first() {
    this.cursor = null;
    this.stack = [];
    this.syncAddress();
    this.load({focus: true});
  }

  clearFilters() {
    this.onFilters({detail: {}});
    const search = this.querySelector('input[type=search]');
    if (search) search.value = '';
  }

  summary(items) {
    const pageNumber = this.stack.length + 1;
    const f = this.filters;
    const parts = [tn('content.summary.count', items.length)];
    if (pageNumber > 1 || (this.page && this.page.next)) parts.push(t('content.summary.page', {page: pageNumber}));
    if (f.sort === 'title') parts.push(t('content.summary.byTitle', {locale: localeName(f.locale || defaultLocale())}));
    return parts.join(' · ');
  }

  renderPager() {
    const page = this.page;
    if (!page || (!page.next && !this.stack.length)) return nothing;
    const onFirst = this.stack.length === 0;
    return html`<nav class="pager content-list__pager" aria-label=${t('content.pager.label')}>
      <div class="row">
        <button class="button button--small" type="button" ?disabled=${onFirst} @click=${this.first}>${t('common.first')}</button>
        <button class="button button--small" type="button" ?disabled=${onFirst} @click=${this.previous}>${t('common.previous')}</button>
      </div>
      <span class="muted small">${t('content.summary.page', {page: this.stack.length + 1})}</span>
      <button class="button button--small" type="button" ?disabled=${!page.next} @click=${this.next}>${t('common.next')}</button>
    </nav>`;
  }

  renderBody(type) {
    if (this.error && !this.page) {
      return html`<div class="notice notice--error" role="alert">${icon('warning')}<p>${problemText(this.error)}</p>
        <button class="button button--small" type="button" @click=${() => this.load()}>${t('content.retry')}</button></div>`;
    }
    if (!this.page) {
      return html`<p class="muted" role="status"><span class="spinner" aria-hidden="true"></span> ${t('common.loading')}</p>`;
    }
    const items = this.page.items;
    const filtered = FILTER_KEYS.some((key) => key !== 'sort' && this.filters[key]);
    const name = typeName(type);
    return html`
      ${this.error ? html`<div class="notice notice--error" role="alert">${icon('warning')}<p>${problemText(this.error)}</p></div>` : nothing}
      <p class="content-list__summary muted small" role="status" tabindex="-1">
        ${this.loading ? html`<span class="spinner" aria-hidden="true"></span> ${t('common.loading')}` : this.summary(items)}
      </p>
      ${items.length
        ? html`<cms-content-table .items=${items} .locale=${this.filters.locale || null} ?busy=${this.loading}
            .caption=${this.filters.q ? t('content.caption.search', {type: name, q: this.filters.q}) : t('content.caption', {type: name})}></cms-content-table>`
        : filtered || this.cursor
          ? html`<div class="empty"><p>${t('content.empty.filtered')}</p>
              <button class="button" type="button" @click=${this.clearFilters}>${t('content.filters.clear')}</button></div>`
          : html`<div class="empty"><p>${t('content.empty', {type: name})}</p>
              ${mayCreate(this.typeKey) ? this.newButton(type) : nothing}</div>`}
      ${this.renderPager()}`;
  }

  newButton(type) {
    return html`<a class="button button--primary" href=${href(`/content/${encodeURIComponent(type.key)}/new`)}>
      ${icon('plus')}<span>${t('content.new')}</span><span class="visually-hidden">: ${typeName(type)}</span></a>`;
  }

  render() {
    const type = contentType(this.typeKey);
    if (!type) {
      return html`<div class="page-header"><h1>${t('content.unknownType.title')}</h1></div>
        <p class="notice notice--warn">${t('content.unknownType.text', {type: this.typeKey})}</p>`;
    }
    const description = type.description && (type.description[uiLanguage()] || type.description.nb);
    return html`<div class="page-header">
        <div><h1>${typeName(type)}</h1>${description ? html`<p class="lede">${description}</p>` : nothing}</div>
        <div class="page-header__actions">${mayCreate(type.key) ? this.newButton(type) : nothing}</div>
      </div>
      <cms-content-filters .filters=${this.filters} @filters-change=${this.onFilters}></cms-content-filters>
      ${this.renderBody(type)}`;
  }
}
customElements.define('cms-content-list', ContentList);
