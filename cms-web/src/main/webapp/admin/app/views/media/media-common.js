// What the media screens share: names of file types, facts in words, the per-locale chips that say
// whether an asset has its alt text (or title) in each locale, and the server's upload limits.
import {html, nothing} from '../../ui/element.js';
import {t, tn} from '../../core/i18n.js';
import {api} from '../../core/api.js';
import {localeCodes, localeName, defaultLocale} from '../../core/catalog.js';
import {has} from '../../core/session.js';
import {icon} from '../../ui/icons.js';

const KINDS = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/svg+xml': 'svg'
};

/** "PNG image", "PDF document" … in the UI language. */
export function typeLabel(mediaType) {
  const kind = KINDS[mediaType];
  return kind ? t(`media.kind.${kind}`) : mediaType;
}

/** "1600 × 400 px" or "12 pages" or "". */
export function dimensions(asset) {
  if (asset.width && asset.height) return t('media.dimensions', {width: asset.width, height: asset.height});
  if (asset.pageCount) return tn('media.pages', asset.pageCount);
  return '';
}

/** Administrators and editors upload, delete and set focal points. */
export function mayManageAssets() {
  return has('admin') || has('editor');
}

/** The asset's name for people: its title in the UI's locale or the default one, else its file name. */
export function displayName(asset, locale = defaultLocale()) {
  const texts = asset.texts || {};
  const own = texts[locale] && texts[locale].title;
  if (own) return {text: own, lang: locale};
  const fallback = texts[defaultLocale()] && texts[defaultLocale()].title;
  if (fallback) return {text: fallback, lang: defaultLocale()};
  return {text: asset.fileName, lang: null};
}

/**
 * One chip per configured locale: does the asset have its alt text there (images) or its title
 * (documents)? Said in words for screen readers, with a check or a dash and a solid or dashed
 * border for everyone.
 */
export function textChips(asset, {labelled = true} = {}) {
  const member = asset.mediaType.startsWith('image/') ? 'alt' : 'title';
  const texts = asset.texts || {};
  const label = t(`media.chips.${member}`);
  return html`<span class="media-chips">
    ${labelled ? html`<span class="media-chips__label" aria-hidden="true">${label}:</span>` : nothing}
    <span class="visually-hidden">${label}:</span>
    ${localeCodes().map((code) => {
      const present = Boolean(texts[code] && texts[code][member]);
      const state = t(present ? `media.chips.${member}.yes` : `media.chips.${member}.no`);
      return html`<span class="media-chip media-chip--${present ? 'yes' : 'no'}" title=${`${localeName(code)}: ${state}`}>
        <span class="media-chip__code" aria-hidden="true">${code}</span>${present ? icon('check') : html`<span class="media-chip__dash" aria-hidden="true">–</span>`}
        <span class="visually-hidden">${localeName(code)}: ${state}.</span></span>`;
    })}
  </span>`;
}

let limits = null;

/** The server's upload limits (largest file, accepted types), asked once per session. */
export function uploadLimits() {
  if (!limits) {
    limits = api.get('manage/assets/limits').then(
      ({data}) => data,
      () => {
        limits = null;
        return null;
      }
    );
  }
  return limits;
}

/** The short names of media types, for messages: "PDF, JPEG, PNG". */
export function typeNames(mediaTypes) {
  return (mediaTypes || []).map((type) => (KINDS[type] ? KINDS[type].toUpperCase() : type)).join(', ');
}

/** "nordsamisk" → "Nordsamisk" (locale names from CLDR start in lower case). */
export function capitalized(text) {
  return text ? text.charAt(0).toLocaleUpperCase() + text.slice(1) : text;
}
