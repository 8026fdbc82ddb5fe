// One asset: a large preview (with the focal point for images), the shared facts, the texts per
// locale, where it is used (published and drafts), the original file to open or download, and
// deletion — refused while published content uses it, unless an editor deletes it anyway.
import {CmsElement, html, nothing} from '../../ui/element.js';
import {t, tn, uiLanguage} from '../../core/i18n.js';
import {api} from '../../core/api.js';
import {href, navigate, setLeaveGuard} from '../../core/router.js';
import {bytes, dateTime} from '../../core/format.js';
import {localeCodes, typeName} from '../../core/catalog.js';
import {localeChip} from '../../ui/locale-states.js';
import {icon} from '../../ui/icons.js';
import {toast, problemText} from '../../ui/dialogs.js';
import {typeLabel, dimensions, mayManageAssets, displayName} from './media-common.js';
import {isImage, originalBlob} from './thumbs.js';
import {deleteAsset} from './asset-delete.js';
import './focal-point.js';
import './asset-texts.js';

export class AssetDetail extends CmsElement {
  static properties = {asset: {state: true}, usage: {state: true}, failed: {state: true}, opening: {state: true}};

  constructor() {
    super();
    this.dirty = {texts: false, focal: false};
    this.onBeforeUnload = (event) => {
      if (this.isDirty()) event.preventDefault();
    };
  }

  connectedCallback() {
    super.connectedCallback();
    window.addEventListener('beforeunload', this.onBeforeUnload);
    setLeaveGuard(() => !this.isDirty() || window.confirm(t('common.unsaved')));
    this.load();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    setLeaveGuard(null);
  }

  isDirty() {
    return this.dirty.texts || this.dirty.focal;
  }

  get assetId() {
    return this.route.params.id;
  }

  async load() {
    try {
      const [asset, usage] = await Promise.all([api.get(`manage/assets/${this.assetId}`), api.get(`manage/assets/${this.assetId}/usage`)]);
      this.asset = asset.data;
      this.usage = usage.data;
      document.title = `${displayName(this.asset).text} – Ordna CMS`;
    } catch (error) {
      this.failed = error.status === 404 ? t('media.detail.notFound') : problemText(error);
    }
  }

  /** PUT with If-Match; on 412 the current asset is loaded, shown, and handed along with the error. */
  save = async (body) => {
    try {
      const {data} = await api.put(`manage/assets/${this.asset.id}`, body, {ifMatch: this.asset.etag});
      this.asset = data;
      return data;
    } catch (error) {
      if (error.status === 412) {
        const {data} = await api.get(`manage/assets/${this.asset.id}`);
        this.asset = data;
        error.current = data;
      }
      throw error;
    }
  };

  async openOriginal() {
    // the window is opened at once (while the click still counts), the file follows when loaded
    const win = window.open('', '_blank');
    this.opening = true;
    try {
      const address = URL.createObjectURL(await originalBlob(this.asset));
      if (win) win.location.href = address;
      else this.saveAs(address);
      setTimeout(() => URL.revokeObjectURL(address), 60000);
    } catch (error) {
      if (win) win.close();
      toast(problemText(error), {type: 'error'});
    } finally {
      this.opening = false;
    }
  }

  async download() {
    this.opening = true;
    try {
      const address = URL.createObjectURL(await originalBlob(this.asset));
      this.saveAs(address);
      setTimeout(() => URL.revokeObjectURL(address), 60000);
    } catch (error) {
      toast(problemText(error), {type: 'error'});
    } finally {
      this.opening = false;
    }
  }

  saveAs(address) {
    const link = document.createElement('a');
    link.href = address;
    link.download = this.asset.fileName;
    document.body.append(link);
    link.click();
    link.remove();
  }

  async deleteFile() {
    const outcome = await deleteAsset(this.asset);
    if (outcome === 'deleted') {
      this.dirty = {texts: false, focal: false};
      toast(t('media.delete.done', {name: this.asset.fileName}));
      navigate('/media');
    } else if (outcome === 'changed') {
      await this.load();
    }
  }

  facts() {
    const a = this.asset;
    const row = (label, value) => html`<dt>${label}</dt><dd>${value}</dd>`;
    return html`<dl class="media-facts">
      ${row(t('media.facts.fileName'), html`<span class="media-facts__file">${a.fileName}</span>`)}
      ${row(t('media.facts.type'), html`${typeLabel(a.mediaType)} <span class="muted small mono">${a.mediaType}</span>`)}
      ${row(t('media.facts.size'), html`${bytes(a.size)} <span class="muted small">${t('media.facts.bytes', {count: a.size.toLocaleString(uiLanguage() === 'en' ? 'en-GB' : 'nb-NO')})}</span>`)}
      ${a.width ? row(t('media.facts.dimensions'), dimensions(a)) : nothing}
      ${a.pageCount ? row(t('media.facts.pages'), tn('media.pages', a.pageCount)) : nothing}
      ${a.pdfTitle ? row(t('media.facts.pdfTitle'), a.pdfTitle) : nothing}
      ${row(t('media.facts.hash'), html`<code class="media-facts__hash">${a.contentHash}</code>`)}
      ${row(t('media.facts.created'), t('media.facts.when', {time: dateTime(a.createdAt), name: a.createdBy}))}
      ${row(t('media.facts.updated'), t('media.facts.when', {time: dateTime(a.updatedAt), name: a.updatedBy}))}
    </dl>
    <div class="row">
      <button class="button button--small" type="button" ?disabled=${this.opening} @click=${this.openOriginal}>${icon('eye')}${t('media.open')}</button>
      <button class="button button--small" type="button" ?disabled=${this.opening} @click=${this.download}>${icon('download')}${t('media.download')}</button>
    </div>`;
  }

  usageList(users, empty, state) {
    if (!users.length) return html`<p class="muted small">${empty}</p>`;
    return html`<ul class="worklist">${users.map((user) => html`<li>
      <a href=${href(`/items/${user.itemId}/${user.locale}`)} lang=${user.locale}>${user.title || user.itemId}</a>
      <div class="meta"><span>${typeName(user.type)}</span>${localeChip(user.locale, state)}</div></li>`)}</ul>`;
  }

  usageView() {
    if (!this.usage) return nothing;
    return html`<section class="card" aria-labelledby="asset-usage">
      <div class="card__header"><h2 id="asset-usage">${t('media.usage')}</h2></div>
      <h3 class="media-usage__heading">${icon('check')}${t('media.usage.published', {count: this.usage.published.length})}</h3>
      ${this.usageList(this.usage.published, t('media.usage.published.none'), 'published')}
      <h3 class="media-usage__heading">${icon('document')}${t('media.usage.drafts', {count: this.usage.drafts.length})}</h3>
      ${this.usageList(this.usage.drafts, t('media.usage.drafts.none'), 'draft')}
    </section>`;
  }

  preview() {
    const a = this.asset;
    if (isImage(a)) {
      const name = displayName(a, localeCodes().includes(uiLanguage()) ? uiLanguage() : undefined);
      const texts = a.texts || {};
      const altLocale = [name.lang, ...localeCodes()].find((code) => code && texts[code] && texts[code].alt);
      return html`<cms-focal-point .asset=${a} .save=${this.save} ?editable=${mayManageAssets()}
        .alt=${altLocale ? {text: texts[altLocale].alt, lang: altLocale} : null}
        @focal-change=${(e) => (this.dirty = {...this.dirty, focal: e.detail.dirty})}></cms-focal-point>`;
    }
    return html`<div class="media-document">${icon('document')}<div>
      <p class="media-document__title">${a.pdfTitle || a.fileName}</p>
      <p class="muted">${[typeLabel(a.mediaType), a.pageCount ? tn('media.pages', a.pageCount) : '', bytes(a.size)].filter(Boolean).join(' · ')}</p>
      <button class="button" type="button" ?disabled=${this.opening} @click=${this.openOriginal}>${icon('eye')}${t('media.open.document')}</button></div></div>`;
  }

  render() {
    if (this.failed) {
      return html`<div class="page-header"><div><h1>${t('media.detail.title')}</h1></div></div>
        <div class="notice notice--error" role="alert">${this.failed}</div><p><a href=${href('/media')}>${t('media.back')}</a></p>`;
    }
    const a = this.asset;
    if (!a) return html`<p class="muted" role="status"><span class="spinner" aria-hidden="true"></span> ${t('common.loading')}</p>`;
    const name = displayName(a, localeCodes().includes(uiLanguage()) ? uiLanguage() : undefined);
    return html`<nav class="breadcrumbs" aria-label=${t('media.breadcrumbs')}><ol>
        <li><a href=${href('/media')}>${t('media.title')}</a></li><li aria-current="page">${a.fileName}</li></ol></nav>
      <div class="page-header"><div><h1 lang=${name.lang || nothing}>${name.text}</h1>
        <p class="lede">${[typeLabel(a.mediaType), dimensions(a), bytes(a.size)].filter(Boolean).join(' · ')}</p></div>
        ${mayManageAssets()
          ? html`<div class="page-header__actions"><button class="button button--danger" type="button" @click=${this.deleteFile}>${icon('trash')}${t('media.delete')}</button></div>`
          : nothing}</div>
      <div class="media-detail">
        <div class="media-detail__main">
          <section class="card" aria-labelledby="asset-preview"><h2 id="asset-preview" class="visually-hidden">${t('media.preview')}</h2>${this.preview()}</section>
          <section class="card" aria-labelledby="asset-texts">
            <div class="card__header"><h2 id="asset-texts">${t('media.texts')}</h2></div>
            <p class="hint">${t(isImage(a) ? 'media.texts.lede' : 'media.texts.lede.document')}</p>
            <cms-asset-texts .asset=${a} .save=${this.save} @texts-change=${(e) => (this.dirty = {...this.dirty, texts: e.detail.dirty})}></cms-asset-texts>
          </section>
        </div>
        <div class="media-detail__side">
          <section class="card" aria-labelledby="asset-facts"><div class="card__header"><h2 id="asset-facts">${t('media.facts')}</h2></div>${this.facts()}</section>
          ${this.usageView()}
        </div>
      </div>`;
  }
}
customElements.define('cms-asset-detail', AssetDetail);
