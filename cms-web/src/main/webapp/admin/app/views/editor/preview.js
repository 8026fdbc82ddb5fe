// /preview/:id/:locale — the built-in preview: the draft as the delivery API gives it to a front end
// (?preview=true&include=2, read with a preview token in the Authorization header, never in the
// address), drawn as a readable page under a banner that says it is not published. Pictures of
// drafts may not be public yet, so they are fetched with the same token and shown as blob: URLs.
import {CmsElement, html, nothing} from '../../ui/element.js';
import {api, request, query} from '../../core/api.js';
import {t} from '../../core/i18n.js';
import {contentType, localeName, typeName, titleOf} from '../../core/catalog.js';
import {href} from '../../core/router.js';
import {icon} from '../../ui/icons.js';
import {problemText} from '../../ui/dialogs.js';
import {previewToken, hasFrontEndPreview, openFrontEndPreview} from './preview-open.js';
import {renderAnswer} from './preview-render.js';
import {labelOf} from './values.js';

const RASTER = /^image\/(jpeg|png|webp)$/;

export class Preview extends CmsElement {
  static properties = {route: {attribute: false}, item: {state: true}, answer: {state: true}, failed: {state: true}, images: {state: true}, loading: {state: true}};

  constructor() {
    super();
    this.images = {};
    this.cache = new Map();
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.forgetImages();
  }

  get itemId() {
    return this.route.params.id;
  }

  get locale() {
    return this.route.params.locale;
  }

  forgetImages() {
    Object.values(this.images).forEach((url) => URL.revokeObjectURL(url));
    this.images = {};
  }

  async read(type, fresh) {
    const token = await previewToken(type, {fresh});
    const path = `/api/v1/content/${encodeURIComponent(type)}/${encodeURIComponent(this.itemId)}${query({preview: 'true', locale: this.locale, include: 2})}`;
    const answer = await request('GET', path, {anonymous: true, headers: {Authorization: `Bearer ${token}`}});
    return {answer: answer.data, token};
  }

  async load() {
    this.loading = true;
    this.failed = null;
    try {
      const {data: item} = await api.get(`manage/items/${encodeURIComponent(this.itemId)}`);
      this.item = item;
      let result;
      try {
        result = await this.read(item.type, false);
      } catch (error) {
        if (error.status !== 401) throw error;
        result = await this.read(item.type, true); // the kept token ran out or was revoked
      }
      this.cache = new Map();
      this.forgetImages();
      this.answer = result.answer;
      this.loadImages(result.answer, result.token);
    } catch (error) {
      this.failed = error.status === 404 ? t('preview.notFound') : problemText(error);
    } finally {
      this.loading = false;
    }
  }

  /** The pictures the page shows (asset fields and image blocks of the item itself). */
  async loadImages(answer, token) {
    const ids = new Set();
    const type = contentType(answer.type);
    const fields = answer.fields || {};
    for (const field of (type && type.fields) || []) {
      const value = fields[field.key];
      if (field.type === 'asset' && typeof value === 'string') ids.add(value);
      if (field.type === 'blocks' && Array.isArray(value)) value.filter((b) => b.type === 'image' && b.fields).forEach((b) => ids.add(b.fields.asset));
    }
    await Promise.all([...ids].map(async (id) => {
      const asset = (answer.assets || {})[id];
      if (!asset || !/^image\//.test(asset.mediaType || '')) return;
      const url = RASTER.test(asset.mediaType) ? `${asset.url}${asset.url.includes('?') ? '&' : '?'}w=1280` : asset.url;
      try {
        const response = await request('GET', url, {anonymous: true, raw: true, headers: {Authorization: `Bearer ${token}`, Accept: 'image/*'}});
        const blob = await response.blob();
        if (this.answer === answer) this.images = {...this.images, [id]: URL.createObjectURL(blob)};
      } catch (ignored) {
        // the page says the picture is missing
      }
    }));
  }

  renderFallback(answer) {
    const requested = answer.requestedLocale || this.locale;
    const notes = [];
    if (answer.fallback && answer.locale !== requested) {
      notes.push(t('preview.fallback', {requested: localeName(requested), served: localeName(answer.locale)}));
    }
    if (answer.fieldFallbacks && Object.keys(answer.fieldFallbacks).length) {
      const type = contentType(answer.type);
      const label = (key) => {
        const field = type && type.fields.find((f) => f.key === key);
        return field ? labelOf(field) : key;
      };
      notes.push(t('preview.fieldFallbacks', {requested: localeName(requested), fields: Object.keys(answer.fieldFallbacks).map(label).join(', ')}));
    }
    if (!notes.length) return nothing;
    return html`<div class="notice notice--warn preview-fallback" role="note">${icon('translate')}<div>${notes.map((note) => html`<p>${note}</p>`)}</div></div>`;
  }

  renderToolbar() {
    const item = this.item;
    const variants = Object.keys((item && item.variants) || {});
    return html`<div class="preview-toolbar">
      <a class="button button--small" href=${href(`/items/${this.itemId}/${this.locale}`)}>${icon('up')}${t('preview.backToEditor')}</a>
      ${variants.length > 1 ? html`<nav class="preview-toolbar__locales" aria-label=${t('preview.locales')}><ul>${variants.map((code) => html`<li>
          <a href=${href(`/preview/${this.itemId}/${code}`)} aria-current=${code === this.locale ? 'page' : nothing}
            class="locale-chip ${code === this.locale ? 'locale-chip--published' : 'locale-chip--draft'}"><span class="locale-chip__code" lang=${code}>${code}</span>
            <span class="visually-hidden">${localeName(code)}</span></a></li>`)}</ul></nav>` : nothing}
      <span class="spacer"></span>
      ${item && hasFrontEndPreview(item.type) ? html`<button type="button" class="button button--small" @click=${() => openFrontEndPreview(item, this.locale)}>${icon('link')}${t('preview.openFrontEnd')}</button>` : nothing}
      <button type="button" class="button button--small" @click=${() => this.load()} ?disabled=${this.loading}>${this.loading ? html`<span class="spinner" aria-hidden="true"></span>` : icon('history')}${t('preview.reload')}</button>
    </div>`;
  }

  render() {
    const item = this.item;
    const answer = this.answer;
    const variant = item && (item.variants || {})[this.locale];
    return html`<nav class="breadcrumbs" aria-label=${t('editor.breadcrumbs')}><ol>
        ${item ? html`<li><a href=${href(`/content/${item.type}`)}>${typeName(item.type)}</a></li>
          <li><a href=${href(`/items/${item.id}/${this.locale}`)} lang=${variant ? this.locale : item.originalLocale}>${titleOf(item, this.locale)}</a></li>` : nothing}
        <li aria-current="page">${t('preview.title')}</li></ol></nav>
      <div class="preview-banner" role="note" aria-label=${t('preview.title')}>
        ${icon('eye')}<div><p class="preview-banner__title">${t('preview.banner')}</p>
        <p class="small">${variant ? t('preview.bannerText', {revision: variant.revision, locale: localeName(this.locale)}) : t('preview.bannerNoVariant', {locale: localeName(this.locale)})}
          ${variant && variant.published ? t('preview.bannerPublished', {revision: variant.published.revision}) : ''}</p></div>
      </div>
      ${this.renderToolbar()}
      ${this.failed ? html`<p class="notice notice--error" role="alert">${icon('warning')}<span>${this.failed}</span></p>` : nothing}
      ${!answer && !this.failed ? html`<p class="muted" role="status"><span class="spinner" aria-hidden="true"></span> ${t('common.loading')}</p>` : nothing}
      ${answer ? html`${this.renderFallback(answer)}
        <article class="card preview-page" lang=${answer.locale} aria-busy=${this.loading ? 'true' : 'false'}>
          ${renderAnswer(answer, {type: contentType(answer.type), images: this.images, cache: this.cache})}
        </article>` : nothing}`;
  }
}
customElements.define('cms-preview', Preview);
