// Every configured locale of an item at a glance: code, state in words (for screen readers and
// anyone who does not read colour), and a shape and colour per state.
import {CmsElement, html} from './element.js';
import {localeCodes, localeName} from '../core/catalog.js';
import {t} from '../core/i18n.js';

export function stateLabel(state) {
  return t(`status.${state}`);
}

export function localeChip(code, state, lang) {
  return html`<span class="locale-chip locale-chip--${state}" title=${`${localeName(code)}: ${stateLabel(state)}`}>
    <span class="locale-chip__code" lang=${lang || code}>${code}</span>
    <span class="visually-hidden">${localeName(code)}:</span>
    <span>${stateLabel(state)}</span></span>`;
}

/**
 * <cms-locale-states .item=${item} .translations=${{se: 'outdated'}}>: one chip per configured
 * locale, the variant's workflow state or, when it has none, "missing"; a translation state from
 * the translators' queue (outdated, in progress) wins over "draft" where given.
 */
export class LocaleStates extends CmsElement {
  static properties = {
    item: {attribute: false},
    translations: {attribute: false},
    locales: {attribute: false},
    compact: {type: Boolean}
  };

  state(code) {
    const variant = ((this.item && this.item.variants) || {})[code];
    const translation = this.translations && this.translations[code];
    if (translation === 'outdated' || (variant && variant.translationOutdated)) return 'outdated';
    return variant ? variant.status : 'missing';
  }

  render() {
    const codes = this.locales || localeCodes();
    const states = codes.map((code) => [code, this.state(code)]);
    if (!this.compact) {
      return html`<span class="locale-states">${states.map(([code, state]) => localeChip(code, state))}</span>`;
    }
    // compact: the variants that exist, and how many locales have none
    const missing = states.filter(([, state]) => state === 'missing').length;
    return html`<span class="locale-states">${states.filter(([, state]) => state !== 'missing').map(([code, state]) => localeChip(code, state))}
      ${missing ? html`<span class="muted small">${t('locales.missing', {count: missing})}</span>` : ''}</span>`;
  }
}
customElements.define('cms-locale-states', LocaleStates);
