// The translators' queue, /translations?locale=se&status=&type=&sort=: what is missing, outdated,
// in progress or done in one target locale, counted per status on top (the counts filter the
// list), filtered by type, sorted by the source's publish date or the last change, a page at a
// time. Below it the XLIFF exchange with the same filters.
import {CmsElement, html, nothing, uid} from '../../ui/element.js';
import {t, tn} from '../../core/i18n.js';
import {api, query} from '../../core/api.js';
import {updateQuery} from '../../core/router.js';
import {contentType, contentTypes, localeName, typeName} from '../../core/catalog.js';
import {problemText} from '../../ui/dialogs.js';
import {icon} from '../../ui/icons.js';
import {STATUSES, SORTS, targetLocales, limitedToGrants, statusTiles, queueTable} from './queue-parts.js';
import './xliff.js';

const PAGE = 25;

export class TranslationQueue extends CmsElement {
  static properties = {entries: {state: true}, next: {state: true}, counts: {state: true}, failed: {state: true}, loading: {state: true}};

  constructor() {
    super();
    this.entries = null;
    this.ids = {locale: uid('tq-locale'), type: uid('tq-type'), sort: uid('tq-sort'), results: uid('tq-results')};
  }

  connectedCallback() {
    super.connectedCallback();
    const q = (this.route && this.route.query) || {};
    this.locales = targetLocales(q.locale);
    this.filters = {
      locale: this.locales.includes(q.locale) ? q.locale : this.locales[0],
      status: STATUSES.includes(q.status) ? q.status : '',
      type: q.type && contentType(q.type) ? q.type : '',
      sort: SORTS.includes(q.sort) ? q.sort : SORTS[0],
      cursor: q.cursor || ''
    };
    // cursors of the pages before this one, for "previous page"
    this.earlier = [];
    if (this.filters.locale) this.load(true);
  }

  async load(withCounts) {
    const f = this.filters;
    const asked = JSON.stringify(f);
    this.asked = asked;
    this.failed = null;
    this.loading = true;
    try {
      const [page, counts] = await Promise.all([
        api.get(`manage/translations${query({locale: f.locale, status: f.status, type: f.type, sort: f.sort, limit: PAGE, cursor: f.cursor})}`),
        withCounts
          ? api.get(`manage/translations/counts${query({locale: f.locale, type: f.type})}`).then((r) => r.data, () => null)
          : this.counts
      ]);
      if (this.asked !== asked) return;
      this.entries = page.data.items;
      this.next = page.data.next;
      this.counts = counts;
    } catch (error) {
      if (this.asked !== asked) return;
      if (error.status === 400 && f.cursor) {
        // a cursor from an old address: start from the first page
        this.filters = {...f, cursor: ''};
        updateQuery({cursor: ''});
        return this.load(withCounts);
      }
      this.failed = problemText(error);
    } finally {
      if (this.asked === asked) this.loading = false;
    }
  }

  setFilters(changes) {
    const countsChange = 'locale' in changes || 'type' in changes;
    this.filters = {...this.filters, ...changes, cursor: ''};
    this.earlier = [];
    const f = this.filters;
    updateQuery({locale: f.locale, status: f.status, type: f.type, sort: f.sort === SORTS[0] ? '' : f.sort, cursor: ''});
    this.load(countsChange);
  }

  page(step) {
    const f = this.filters;
    let cursor = '';
    if (step > 0) {
      this.earlier.push(f.cursor);
      cursor = this.next;
    } else if (step < 0) {
      cursor = this.earlier.pop() || '';
    } else {
      this.earlier = [];
    }
    this.filters = {...f, cursor};
    updateQuery({cursor});
    this.load(false);
    this.querySelector(`#${this.ids.results}`)?.focus();
  }

  filtersForm() {
    const f = this.filters;
    const fixed = this.locales.length < 2;
    return html`<form class="tq-filters" role="search" aria-label=${t('translations.queue.filters')} @submit=${(e) => e.preventDefault()}>
      <div class="field"><label for=${this.ids.locale}>${t('translations.queue.locale')}</label>
        <select id=${this.ids.locale} ?disabled=${fixed} @change=${(e) => this.setFilters({locale: e.target.value})}>
          ${this.locales.map((code) => html`<option value=${code} ?selected=${code === f.locale}>${localeName(code)} (${code})</option>`)}
        </select></div>
      <div class="field"><label for=${this.ids.type}>${t('common.type')}</label>
        <select id=${this.ids.type} @change=${(e) => this.setFilters({type: e.target.value})}>
          <option value="" ?selected=${!f.type}>${t('translations.queue.allTypes')}</option>
          ${contentTypes().map((type) => html`<option value=${type.key} ?selected=${type.key === f.type}>${typeName(type)}</option>`)}
        </select></div>
      <div class="field"><label for=${this.ids.sort}>${t('translations.queue.sort')}</label>
        <select id=${this.ids.sort} @change=${(e) => this.setFilters({sort: e.target.value})}>
          ${SORTS.map((sort) => html`<option value=${sort} ?selected=${sort === f.sort}>${t(`translations.queue.sort.${sort}`)}</option>`)}
        </select></div>
    </form>`;
  }

  results() {
    if (this.failed) return html`<div class="notice notice--error" role="alert">${icon('warning')}<p>${this.failed}</p></div>`;
    if (!this.entries) return html`<p class="muted"><span class="spinner" aria-hidden="true"></span> ${t('common.loading')}</p>`;
    const f = this.filters;
    if (!this.entries.length) {
      return html`<div class="empty tq-empty">${icon('translate')}
        <p>${f.status || f.type ? t('translations.queue.empty.filtered') : t('translations.queue.empty', {locale: localeName(f.locale)})}</p>
        ${f.status || f.type ? html`<button type="button" class="button" @click=${() => this.setFilters({status: '', type: ''})}>${t('translations.queue.clear')}</button>` : nothing}</div>`;
    }
    const paged = f.cursor || this.next;
    return html`${queueTable(this.entries, localeName(f.locale))}
      ${paged ? html`<nav class="pager" aria-label=${t('translations.queue.pages')}>
        <span class="row">
          <button type="button" class="button" ?disabled=${!f.cursor} @click=${() => this.page(0)}>${t('common.first')}</button>
          <button type="button" class="button" ?disabled=${!f.cursor || !this.earlier.length} @click=${() => this.page(-1)}>${t('common.previous')}</button>
        </span>
        <button type="button" class="button" ?disabled=${!this.next} @click=${() => this.page(1)}>${t('common.next')}</button>
      </nav>` : nothing}`;
  }

  render() {
    const f = this.filters;
    if (!f.locale) {
      return html`<div class="page-header"><h1>${t('translations.queue.title')}</h1></div>
        <p class="empty">${t('translations.queue.noLocales')}</p>`;
    }
    const status = this.loading ? t('common.loading') : this.entries ? tn('translations.queue.shown', this.entries.length) : '';
    return html`<div class="page-header"><div><h1>${t('translations.queue.title')}</h1>
        <p class="lede">${limitedToGrants() ? t('translations.queue.ledeMine', {locale: localeName(f.locale)}) : t('translations.queue.lede', {locale: localeName(f.locale)})}</p></div></div>
      ${this.filtersForm()}
      <section aria-labelledby="tq-counts-title">
        <h2 id="tq-counts-title" class="visually-hidden">${t('translations.queue.byStatus')}</h2>
        ${statusTiles(this.counts, f.status, (value) => this.setFilters({status: value}))}
      </section>
      <p class="visually-hidden" role="status">${status}</p>
      <section class="tq-results" id=${this.ids.results} tabindex="-1" aria-labelledby="tq-results-title" aria-busy=${this.loading ? 'true' : 'false'}>
        <h2 id="tq-results-title" class="visually-hidden">${t('translations.queue.results')}</h2>
        ${this.results()}
      </section>
      <cms-xliff-exchange .locale=${f.locale} .status=${f.status} .type=${f.type}
        @translations-imported=${() => this.load(true)}></cms-xliff-exchange>`;
  }
}
customElements.define('cms-translation-queue', TranslationQueue);
