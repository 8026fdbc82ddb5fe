// The media library: every image and PDF as a card (picture, name, type, size, dimensions, and
// whether it has its alt text in each locale), filtered by kind and text, a page at a time. Files
// are uploaded by dropping them anywhere on the page or with the file picker; new ones come first.
import {CmsElement, html, nothing, uid} from '../../ui/element.js';
import {t, uiLanguage} from '../../core/i18n.js';
import {api, query} from '../../core/api.js';
import {href, updateQuery} from '../../core/router.js';
import {bytes} from '../../core/format.js';
import {localeCodes} from '../../core/catalog.js';
import {icon} from '../../ui/icons.js';
import {problemText} from '../../ui/dialogs.js';
import {typeLabel, dimensions, textChips, mayManageAssets, uploadLimits, displayName} from './media-common.js';
import './thumbs.js';
import './uploads.js';

const PAGE = 24;
const KINDS = ['', 'image', 'document'];

export class MediaLibrary extends CmsElement {
  static properties = {
    items: {state: true},
    more: {state: true},
    failed: {state: true},
    dragging: {state: true},
    accept: {state: true},
    fresh: {state: true}
  };

  constructor() {
    super();
    this.items = null;
    this.fresh = new Set();
    this.ids = {q: uid('media-q'), kind: uid('media-kind'), file: uid('media-file'), hint: uid('media-hint')};
    this.dragDepth = 0;
    this.onDragOver = (event) => this.dragOver(event);
    this.onDragLeave = (event) => this.dragLeave(event);
    this.onDrop = (event) => this.drop(event);
  }

  connectedCallback() {
    super.connectedCallback();
    const q = (this.route && this.route.query) || {};
    this.filters = {q: q.q || '', kind: KINDS.includes(q.kind) ? q.kind : '', cursor: q.cursor || ''};
    // the cursors of the pages before this one (for "previous"), and the number of this page's first
    // card when it is known (not when the address named a page further on)
    this.earlier = [];
    this.start = this.filters.cursor ? null : 0;
    if (mayManageAssets()) {
      document.addEventListener('dragover', this.onDragOver);
      document.addEventListener('dragleave', this.onDragLeave);
      document.addEventListener('drop', this.onDrop);
      uploadLimits().then((limits) => (this.accept = limits ? limits.acceptedTypes.join(',') : ''));
    }
    this.load();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    document.removeEventListener('dragover', this.onDragOver);
    document.removeEventListener('dragleave', this.onDragLeave);
    document.removeEventListener('drop', this.onDrop);
    clearTimeout(this.typing);
  }

  async load() {
    const {q, kind, cursor} = this.filters;
    const asked = JSON.stringify(this.filters);
    this.loading = asked;
    this.failed = null;
    try {
      const {data} = await api.get(`manage/assets${query({kind, q, cursor, limit: PAGE})}`);
      if (this.loading !== asked) return;
      this.items = data.items;
      this.next = data.next || '';
      this.more = Boolean(data.next);
    } catch (error) {
      if (this.loading !== asked) return;
      if (error.status === 400 && cursor) {
        // a cursor from an old address: start from the first page
        this.setFilters({cursor: ''});
        return;
      }
      this.failed = problemText(error);
    }
  }

  /** New filters start from the first page; paging keeps the pages before (see page). */
  setFilters(changes, paging = false) {
    this.filters = {...this.filters, ...changes};
    if (!paging) {
      this.earlier = [];
      this.start = this.filters.cursor ? null : 0;
    }
    updateQuery({q: this.filters.q, kind: this.filters.kind, cursor: this.filters.cursor || ''});
    this.load();
  }

  onSearch(event) {
    const value = event.target.value;
    clearTimeout(this.typing);
    this.typing = setTimeout(() => this.setFilters({q: value.trim(), cursor: ''}), 300);
  }

  /** The next page (step 1) or the one before (-1), by the cursors the list gave. */
  page(step) {
    const {cursor} = this.filters;
    if (step > 0 && this.next) {
      this.earlier.push(cursor);
      if (this.start !== null) this.start += this.items.length;
      this.setFilters({cursor: this.next}, true);
    } else if (step < 0 && cursor) {
      const before = this.earlier.pop() || '';
      this.start = before ? (this.start === null ? null : Math.max(0, this.start - PAGE)) : 0;
      this.setFilters({cursor: before}, true);
    }
    this.querySelector('.media-results')?.focus();
  }

  // ---- upload: the file picker and files dropped anywhere on the page ----

  hasFiles(event) {
    return event.dataTransfer && [...event.dataTransfer.types].includes('Files');
  }

  dragOver(event) {
    if (!this.hasFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
    clearTimeout(this.dragEnd);
  }

  dragLeave(event) {
    if (!this.hasFiles(event)) return;
    // dragleave fires between elements too: end only when no dragover follows
    clearTimeout(this.dragEnd);
    this.dragEnd = setTimeout(() => (this.dragging = false), 120);
  }

  drop(event) {
    if (!this.hasFiles(event)) return;
    event.preventDefault();
    this.dragging = false;
    if (event.dataTransfer.files.length) this.uploads().add(event.dataTransfer.files);
  }

  picked(event) {
    const files = [...event.target.files];
    event.target.value = '';
    if (files.length) this.uploads().add(files);
  }

  uploads() {
    return this.querySelector('cms-media-uploads');
  }

  uploaded(event) {
    const asset = event.detail;
    const {kind, q, cursor} = this.filters;
    const fits = (!kind || (kind === 'image') === asset.mediaType.startsWith('image/')) &&
      (!q || asset.fileName.toLowerCase().includes(q.toLowerCase()));
    if (!cursor && fits && this.items) {
      this.fresh = new Set([...this.fresh, asset.id]);
      this.items = [asset, ...this.items.filter((item) => item.id !== asset.id)];
    }
  }

  // ---- the grid: each card a link; arrow keys move between cards ----

  gridKeys(event) {
    const links = [...this.querySelectorAll('.media-card')];
    const index = links.indexOf(document.activeElement);
    if (index < 0) return;
    const top = links[0].offsetTop;
    const columns = Math.max(1, links.filter((link) => link.offsetTop === top).length);
    const moves = {ArrowRight: 1, ArrowLeft: -1, ArrowDown: columns, ArrowUp: -columns, Home: -index, End: links.length - 1 - index};
    if (!(event.key in moves)) return;
    event.preventDefault();
    links[Math.min(links.length - 1, Math.max(0, index + moves[event.key]))].focus();
  }

  card(asset) {
    const name = displayName(asset, localeCodes().includes(uiLanguage()) ? uiLanguage() : undefined);
    const facts = `${typeLabel(asset.mediaType)} · ${bytes(asset.size)}`;
    return html`<li><a class="media-card" href=${href(`/media/${asset.id}`)}>
      <cms-asset-thumb .asset=${asset} width="320"></cms-asset-thumb>
      <span class="media-card__body">
        <span class="media-card__name">${asset.fileName}</span>
        ${name.lang ? html`<span class="media-card__title" lang=${name.lang}>${name.text}</span>` : nothing}
        <span class="media-card__facts"><span>${facts}</span><span>${dimensions(asset)}</span></span>
        ${textChips(asset)}
        ${this.fresh.has(asset.id) ? html`<span class="media-card__new">${icon('upload')}${t('media.new')}</span>` : nothing}
      </span></a></li>`;
  }

  results() {
    if (this.failed) return html`<div class="notice notice--error" role="alert">${this.failed}</div>`;
    if (!this.items) return html`<p class="muted"><span class="spinner" aria-hidden="true"></span> ${t('common.loading')}</p>`;
    const {q, kind, cursor} = this.filters;
    if (!this.items.length) {
      const filtered = q || kind || cursor;
      return html`<div class="empty media-empty">${icon('image')}
        <p>${filtered ? t('media.empty.filtered') : t('media.empty')}</p>
        ${filtered
          ? html`<button class="button" type="button" @click=${() => this.clearFilters()}>${t('media.filters.clear')}</button>`
          : mayManageAssets() ? html`<p class="small">${t('media.empty.upload')}</p>` : nothing}</div>`;
    }
    return html`<ul class="media-grid" aria-label=${t('media.grid')} @keydown=${this.gridKeys}>${this.items.map((asset) => this.card(asset))}</ul>
      ${cursor || this.more
        ? html`<nav class="pager" aria-label=${t('media.pages.label')}>
            <button class="button" type="button" ?disabled=${!cursor} @click=${() => this.page(-1)}>${t('common.previous')}</button>
            ${this.start !== null
              ? html`<span class="muted small">${t('media.showing', {from: this.start + 1, to: this.start + this.items.length})}</span>`
              : nothing}
            <button class="button" type="button" ?disabled=${!this.more} @click=${() => this.page(1)}>${t('common.next')}</button></nav>`
        : nothing}`;
  }

  clearFilters() {
    const search = this.querySelector(`#${this.ids.q}`);
    if (search) search.value = '';
    this.setFilters({q: '', kind: '', cursor: ''});
  }

  uploadControl() {
    if (!mayManageAssets()) return nothing;
    return html`<div class="page-header__actions">
      <input class="visually-hidden media-file-input" id=${this.ids.file} type="file" multiple accept=${this.accept || nothing}
        aria-describedby=${this.ids.hint} @change=${this.picked}>
      <label class="button button--primary" for=${this.ids.file}>${icon('upload')}${t('media.upload.choose')}</label>
    </div>`;
  }

  render() {
    const {q, kind} = this.filters;
    const status = this.items && !this.failed
      ? this.items.length ? t('media.count', {count: this.items.length}) : t('media.empty.filtered')
      : '';
    return html`<div class="page-header"><div><h1>${t('media.title')}</h1>
        <p class="lede" id=${this.ids.hint}>${mayManageAssets() ? t('media.lede.upload') : t('media.lede')}</p></div>
        ${this.uploadControl()}</div>
      <cms-media-uploads @asset-uploaded=${this.uploaded}></cms-media-uploads>
      <form class="media-filters" role="search" aria-label=${t('media.filters')} @submit=${(e) => e.preventDefault()}>
        <div class="field"><label for=${this.ids.q}>${t('media.filters.q')}</label>
          <input id=${this.ids.q} type="search" .value=${q} @input=${this.onSearch} autocomplete="off"></div>
        <div class="field"><label for=${this.ids.kind}>${t('media.filters.kind')}</label>
          <select id=${this.ids.kind} @change=${(e) => this.setFilters({kind: e.target.value, cursor: ''})}>
            ${KINDS.map((value) => html`<option value=${value} ?selected=${kind === value}>${t(`media.filters.kind.${value || 'all'}`)}</option>`)}
          </select></div>
        <p class="media-legend small muted">${t('media.legend')}</p>
      </form>
      <div class="visually-hidden" role="status">${status}</div>
      <div class="media-results" tabindex="-1">${this.results()}</div>
      ${this.dragging ? html`<div class="media-drop" aria-hidden="true"><div class="media-drop__panel">${icon('upload')}<span>${t('media.drop')}</span></div></div>` : nothing}`;
  }
}
customElements.define('cms-media-library', MediaLibrary);
