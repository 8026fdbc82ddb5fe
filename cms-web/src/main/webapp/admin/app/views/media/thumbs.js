// Pictures of assets for the app. Unpublished files are served only with a token, which never goes
// into a URL, so each picture is fetched through core/api.js and shown from a blob: address. A few
// fetches run at a time; addresses are kept (and reused) for the most recent pictures only.
import {CmsElement, html, nothing} from '../../ui/element.js';
import {request} from '../../core/api.js';
import {icon} from '../../ui/icons.js';
import {t, tn} from '../../core/i18n.js';

const PARALLEL = 4;
const KEEP = 150;
const cache = new Map(); // source address → Promise<blob: address>
const waiting = [];
let running = 0;

/** Whether the server makes renditions of it (pixel images, not SVG or PDF). */
export function isRaster(asset) {
  return ['image/jpeg', 'image/png', 'image/webp'].includes(asset.mediaType);
}

export function isImage(asset) {
  return asset.mediaType.startsWith('image/');
}

/** The address of a picture of the asset about `width` pixels wide (the original for SVG). */
export function pictureUrl(asset, width) {
  return isRaster(asset) && width ? `${asset.url}&w=${width}` : asset.url;
}

function next() {
  while (running < PARALLEL && waiting.length) {
    const job = waiting.shift();
    running++;
    job().finally(() => {
      running--;
      next();
    });
  }
}

function queued(work) {
  return new Promise((resolve, reject) => {
    waiting.push(() => work().then(resolve, reject));
    next();
  });
}

/** A blob: address of the file at `url` (fetched with the session's token), cached. */
export function blobUrl(url) {
  if (cache.has(url)) {
    const kept = cache.get(url);
    cache.delete(url);
    cache.set(url, kept);
    return kept;
  }
  const loading = queued(async () => {
    const response = await request('GET', url, {raw: true, headers: {Accept: '*/*'}});
    return URL.createObjectURL(await response.blob());
  });
  loading.catch(() => cache.delete(url));
  cache.set(url, loading);
  while (cache.size > KEEP) {
    const [oldest, address] = cache.entries().next().value;
    cache.delete(oldest);
    address.then((a) => URL.revokeObjectURL(a), () => null);
  }
  return loading;
}

/** Fetches the original file (for opening or downloading), not cached. */
export async function originalBlob(asset) {
  const response = await request('GET', asset.url, {raw: true, headers: {Accept: '*/*'}});
  return response.blob();
}

/**
 * <cms-asset-thumb .asset=${asset} width="320" alt="…">: the picture of an image asset once it
 * has loaded (a quiet placeholder until then), or a document sign with the page count for PDFs.
 */
export class AssetThumb extends CmsElement {
  static properties = {
    asset: {attribute: false},
    width: {type: Number},
    alt: {type: String},
    src: {state: true},
    failed: {state: true}
  };

  constructor() {
    super();
    this.width = 320;
    this.alt = '';
  }

  willUpdate(changed) {
    if (changed.has('asset') || changed.has('width')) this.load();
  }

  async load() {
    const asset = this.asset;
    this.src = null;
    this.failed = false;
    if (!asset || !isImage(asset)) return;
    const url = pictureUrl(asset, this.width);
    try {
      const src = await blobUrl(url);
      if (this.asset === asset) this.src = src;
    } catch (error) {
      if (this.asset === asset) this.failed = true;
    }
  }

  render() {
    const asset = this.asset;
    if (!asset) return nothing;
    if (!isImage(asset)) {
      return html`<span class="media-thumb media-thumb--document">${icon('document')}
        <span class="media-thumb__label">PDF</span>
        ${asset.pageCount ? html`<span class="media-thumb__pages">${tn('media.pages', asset.pageCount)}</span>` : nothing}</span>`;
    }
    if (this.failed) {
      return html`<span class="media-thumb media-thumb--failed">${icon('warning')}<span>${t('media.thumb.failed')}</span></span>`;
    }
    if (!this.src) return html`<span class="media-thumb media-thumb--loading" aria-hidden="true"></span>`;
    return html`<span class="media-thumb"><img src=${this.src} alt=${this.alt} decoding="async"></span>`;
  }
}
customElements.define('cms-asset-thumb', AssetThumb);
