// The filter bar of a content list: title search, locale, status in that locale, the state of the
// translation into it, and the order. It only shows and reports the filters; the list keeps them
// in the address.
import {CmsElement, html, nothing, uid} from '../../ui/element.js';
import {t} from '../../core/i18n.js';
import {localeCodes, localeName, defaultLocale} from '../../core/catalog.js';
import {icon} from '../../ui/icons.js';

export const STATUSES = ['draft', 'in_review', 'changes_requested', 'approved', 'published', 'unpublished', 'archived'];
export const TRANSLATIONS = ['missing', 'outdated', 'in_progress', 'done'];
const SEARCH_DELAY = 300;

/** The filters that narrow or order the list (the cursor is not one of them). */
export const FILTER_KEYS = ['q', 'locale', 'status', 'translation', 'sort'];

/**
 * Filters as the API takes them, with the rules the API enforces made visible: a translation
 * state needs a target locale other than the items' own; "missing" has no status and no title
 * order in that locale.
 */
export function normalizeFilters(filters) {
  const next = {...filters};
  if (!next.locale) delete next.translation;
  if (next.translation === 'missing') {
    delete next.status;
    if (next.sort === 'title') delete next.sort;
  }
  if (next.sort !== 'title') delete next.sort;
  for (const key of FILTER_KEYS) if (!next[key]) delete next[key];
  return next;
}

export class ContentFilters extends CmsElement {
  static properties = {filters: {attribute: false}, typeLabel: {attribute: false}};

  constructor() {
    super();
    this.filters = {};
    this.ids = {q: uid('q'), locale: uid('locale'), status: uid('status'), translation: uid('translation'),
      sort: uid('sort'), translationHint: uid('translation-hint'), qHint: uid('q-hint')};
  }

  change(key, value) {
    this.emit('filters-change', normalizeFilters({...this.filters, [key]: value}));
  }

  onSearch(event) {
    const value = event.target.value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.change('q', value.trim()), SEARCH_DELAY);
  }

  onSearchKey(event) {
    if (event.key === 'Enter') {
      event.preventDefault();
      clearTimeout(this.searchTimer);
      this.change('q', event.target.value.trim());
    } else if (event.key === 'Escape' && event.target.value) {
      event.target.value = '';
      clearTimeout(this.searchTimer);
      this.change('q', '');
    }
  }

  clear() {
    const search = this.querySelector('input[type=search]');
    if (search) search.value = '';
    this.emit('filters-change', {});
  }

  focusSearch() {
    const search = this.querySelector('input[type=search]');
    if (search) {
      search.focus();
      search.select();
    }
  }

  select(id, key, label, options, {disabled = false, describedBy} = {}) {
    const value = this.filters[key] || '';
    return html`<div class="field content-filters__field">
      <label for=${id}>${label}</label>
      <select id=${id} ?disabled=${disabled} aria-describedby=${describedBy || nothing}
        @change=${(event) => this.change(key, event.target.value)}>
        ${options.map(([optionValue, text, lang]) => html`<option value=${optionValue} lang=${lang || nothing}
          ?selected=${optionValue === value}>${text}</option>`)}
      </select>
    </div>`;
  }

  render() {
    const filters = this.filters;
    const locale = filters.locale;
    const codes = localeCodes();
    const missing = filters.translation === 'missing';
    const active = FILTER_KEYS.some((key) => filters[key]);
    const titleLocale = locale || defaultLocale();
    return html`<form class="content-filters" role="search" aria-label=${t('content.filters.label')}
        @submit=${(event) => event.preventDefault()}>
      <div class="field content-filters__search">
        <label for=${this.ids.q}>${t('content.filters.search')}</label>
        <div class="content-filters__search-box">
          ${icon('search')}
          <input id=${this.ids.q} type="search" name="q" autocomplete="off" .value=${filters.q || ''}
            aria-describedby=${this.ids.qHint} aria-keyshortcuts="/"
            @input=${this.onSearch} @keydown=${this.onSearchKey}>
          <kbd aria-hidden="true">/</kbd>
        </div>
        <span class="visually-hidden" id=${this.ids.qHint}>${t('content.filters.search.hint')}</span>
      </div>
      ${this.select(this.ids.locale, 'locale', t('content.filters.locale'), [
        ['', t('content.filters.locale.all')],
        ...codes.map((code) => [code, `${localeName(code)} (${code})`])
      ])}
      ${this.select(this.ids.status, 'status', locale ? t('content.filters.status.in', {locale: localeName(locale)}) : t('content.filters.status'), [
        ['', t('content.filters.status.all')],
        ...STATUSES.map((status) => [status, t(`status.${status}`)])
      ], {disabled: missing})}
      ${this.select(this.ids.translation, 'translation', t('content.filters.translation'), [
        ['', t('content.filters.translation.all')],
        ...TRANSLATIONS.map((state) => [state, t(`content.translation.${state}`)])
      ], {disabled: !locale, describedBy: this.ids.translationHint})}
      ${this.select(this.ids.sort, 'sort', t('content.filters.sort'), [
        ['', t('content.sort.updated')],
        ...(missing ? [] : [['title', t('content.sort.title', {locale: localeName(titleLocale)})]])
      ])}
      <div class="content-filters__footer">
        <p class="hint" id=${this.ids.translationHint}>
          ${locale ? t('content.filters.translation.hint', {locale: localeName(locale)}) : t('content.filters.translation.needsLocale')}
        </p>
        ${active
          ? html`<button class="button button--quiet button--small" type="button" @click=${this.clear}>${icon('close')}${t('content.filters.clear')}</button>`
          : nothing}
      </div>
    </form>`;
  }
}
customElements.define('cms-content-filters', ContentFilters);
