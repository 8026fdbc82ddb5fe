// Messages of the app, per UI language, one file per feature under i18n/<language>/. Every string a
// person reads comes from here. Bokmål is the default; English is the other choice.
const FEATURES = ['common', 'start', 'content', 'editor', 'translations', 'media', 'settings'];
export const UI_LANGUAGES = ['nb', 'en'];

let language = 'nb';
let messages = {};
const listeners = new Set();

export async function loadLanguage(lang) {
  const chosen = UI_LANGUAGES.includes(lang) ? lang : 'nb';
  const loaded = await Promise.all(
    FEATURES.map((feature) =>
      fetch(new URL(`../i18n/${chosen}/${feature}.json`, import.meta.url), {credentials: 'same-origin'})
        .then((r) => (r.ok ? r.json() : {}))
        .catch(() => ({}))
    )
  );
  messages = Object.assign({}, ...loaded);
  language = chosen;
  document.documentElement.lang = chosen;
  listeners.forEach((listener) => listener(chosen));
}

export function uiLanguage() {
  return language;
}

export function onLanguageChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The message for a key, with {name} placeholders filled in; the key itself when missing. */
export function t(key, params = {}) {
  const text = messages[key];
  if (text === undefined) {
    if (!key.startsWith('?')) console.warn('missing message', key);
    return key;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** The message for a key when the files have one, else `fallback` (no warning): optional texts. */
export function tOr(key, fallback, params = {}) {
  return messages[key] === undefined ? fallback : t(key, params);
}

/** A message with a count: key.one / key.other. */
export function tn(key, count, params = {}) {
  return t(`${key}.${count === 1 ? 'one' : 'other'}`, {count, ...params});
}
