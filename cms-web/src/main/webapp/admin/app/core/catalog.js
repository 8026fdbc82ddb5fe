// What the app needs to know about the site and keeps for the session: locales with their names
// and fallback chains, and content types. Refreshed when an administrator changes them.
import {api} from './api.js';
import {uiLanguage} from './i18n.js';

let locales = null;
let types = null;

export async function loadCatalog() {
  const [localeAnswer, typeAnswer] = await Promise.all([api.get('manage/locales'), api.get('manage/content-types')]);
  locales = localeAnswer.data;
  types = typeAnswer.data.items;
}

export function invalidateCatalog() {
  locales = null;
  types = null;
  return loadCatalog();
}

/** Configured locale codes in their configured order. */
export function localeCodes() {
  return locales ? locales.items.map((l) => l.code) : [];
}

export function defaultLocale() {
  return locales ? locales.default : 'nb';
}

export function localeInfo(code) {
  return locales && locales.items.find((l) => l.code === code);
}

/** A locale's name in the UI language (from the server's CLDR names), else in itself, else its code. */
export function localeName(code) {
  const info = localeInfo(code);
  if (!info) return code;
  return info.name[uiLanguage()] || info.name[code] || info.name.en || code;
}

export function contentTypes() {
  return types || [];
}

export function contentType(key) {
  return (types || []).find((t) => t.key === key);
}

/** A type's name in the UI language (or Bokmål, or its key). */
export function typeName(typeOrKey) {
  const type = typeof typeOrKey === 'string' ? contentType(typeOrKey) : typeOrKey;
  if (!type) return typeOrKey;
  const names = type.name || {};
  return names[uiLanguage()] || names.nb || names.en || type.key;
}

/** An item's or variant's title: the variant in the asked locale, else any. */
export function titleOf(item, locale) {
  const variants = item.variants || {};
  const chosen = variants[locale] || variants[item.originalLocale] || Object.values(variants)[0];
  return (chosen && chosen.title) || item.id;
}
