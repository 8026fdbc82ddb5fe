// What the editor looks up besides the item: referenced items (for their titles), assets (for
// their files and texts) and their thumbnails. Kept for the session and asked for once each.
import {api, query} from '../../core/api.js';

const items = new Map();
const assets = new Map();
const thumbnails = new Map();

/** An item's summary {id, type, title, lang, status, missing}; cached. */
export function itemSummary(id, locale) {
  const key = `${id}|${locale}`;
  if (!items.has(key)) {
    items.set(key, api.get(`manage/items/${encodeURIComponent(id)}`).then(
      ({data}) => summarise(data, locale),
      (error) => ({id, title: id, missing: error.status === 404})
    ));
  }
  return items.get(key);
}

/** The best title of an item for a locale: that locale's variant, else the original's. */
export function summarise(item, locale) {
  const variants = item.variants || {};
  const lang = variants[locale] && variants[locale].title ? locale : item.originalLocale;
  const variant = variants[lang] || Object.values(variants)[0] || {};
  return {id: item.id, type: item.type, title: variant.title || item.id, lang, status: variant.status};
}

/** Items of the given types (any type when none) whose title matches `q`, newest first. */
export async function searchItems(types, q, locale, exclude = []) {
  const kinds = types && types.length ? types : [undefined];
  const pages = await Promise.all(kinds.map((type) => api.get(`manage/items${query({type, q, limit: 10})}`)));
  const found = [];
  for (const page of pages) {
    for (const item of page.data.items) {
      if (!exclude.includes(item.id) && !found.some((f) => f.id === item.id)) found.push(summarise(item, locale));
    }
  }
  return found.slice(0, 20);
}

/** An asset with its texts and ETag; cached until `refreshAsset`. */
export function asset(id) {
  if (!assets.has(id)) {
    assets.set(id, api.get(`manage/assets/${encodeURIComponent(id)}`).then(({data, etag}) => ({...data, etag: etag || data.etag})));
    assets.get(id).catch(() => assets.delete(id));
  }
  return assets.get(id);
}

export function rememberAsset(data, etag) {
  assets.set(data.id, Promise.resolve({...data, etag: etag || data.etag}));
}

export function refreshAsset(id) {
  assets.delete(id);
  return asset(id);
}

/**
 * A small picture of an image asset as a blob: URL. Files of unpublished assets need the token,
 * which an <img src> cannot send, so the picture is fetched through the API.
 */
export function thumbnail(data) {
  if (!data || !data.url || !/^image\/(jpeg|png|webp)$/.test(data.mediaType || '')) return Promise.resolve(null);
  const url = `${data.url}${data.url.includes('?') ? '&' : '?'}w=160`;
  if (!thumbnails.has(url)) {
    thumbnails.set(url, api.get(url, {raw: true, headers: {Accept: 'image/*'}})
      .then((response) => response.blob())
      .then((blob) => URL.createObjectURL(blob))
      .catch(() => null));
  }
  return thumbnails.get(url);
}
