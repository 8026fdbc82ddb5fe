// <cms-asset-texts .asset .save>: an asset's texts per configured locale (title, alt text, caption,
// credit, licence). One form, a section per locale; every input carries that locale's lang. Only
// the locales the person may edit are inputs (translators: their own; publishers and viewers:
// none); the rest are shown as text. A save sends only the locales that changed, with If-Match.
import {CmsElement, html, nothing} from '../../ui/element.js';
import {t} from '../../core/i18n.js';
import {localeCodes, localeName, defaultLocale} from '../../core/catalog.js';
import {mayEditLocale, has} from '../../core/session.js';
import {dateTime} from '../../core/format.js';
import {icon} from '../../ui/icons.js';
import {problemText} from '../../ui/dialogs.js';
import {capitalized} from './media-common.js';

const MEMBERS = {title: 300, alt: 500, caption: 2000, credit: 300, licence: 300};
const LONG = ['alt', 'caption'];

export class AssetTexts extends CmsElement {
  static properties = {
    asset: {attribute: false},
    save: {attribute: false},
    drafts: {state: true},
    errors: {state: true},
    notice: {state: true},
    saving: {state: true}
  };

  constructor() {
    super();
    this.open = new Set();
    this.errors = {};
  }

  willUpdate(changed) {
    if (changed.has('asset') && this.asset) {
      const previous = changed.get('asset');
      const fresh = this.copy(this.asset.texts || {});
      if (!previous || previous.id !== this.asset.id || !this.drafts) {
        this.chooseOpen();
        this.drafts = fresh;
      } else {
        // keep what the person is typing; take the new saved value where they changed nothing
        const old = this.copy(previous.texts || {});
        for (const code of localeCodes()) {
          for (const member of Object.keys(MEMBERS)) {
            if (this.drafts[code][member] === old[code][member]) this.drafts[code][member] = fresh[code][member];
          }
        }
        this.drafts = {...this.drafts};
      }
    }
  }

  isImage() {
    return this.asset.mediaType.startsWith('image/');
  }

  chooseOpen() {
    const texts = this.asset.texts || {};
    const translator = has('translator') && !has('admin') && !has('editor');
    for (const code of localeCodes()) {
      const mine = translator ? mayEditLocale(code) : code === defaultLocale();
      if (mine || texts[code]) this.open.add(code);
    }
  }

  copy(texts) {
    const drafts = {};
    for (const code of localeCodes()) {
      drafts[code] = {};
      for (const member of Object.keys(MEMBERS)) drafts[code][member] = (texts[code] && texts[code][member]) || '';
    }
    return drafts;
  }

  /** The locales whose drafts differ from what is saved: {code: {member: value|null}}. */
  changes() {
    const saved = this.copy(this.asset.texts || {});
    const result = {};
    for (const code of localeCodes()) {
      if (!mayEditLocale(code)) continue;
      const changed = Object.keys(MEMBERS).filter((m) => this.clean(code, m) !== saved[code][m]);
      if (changed.length) {
        result[code] = {};
        for (const member of changed) result[code][member] = this.clean(code, member) || null;
      }
    }
    return result;
  }

  clean(code, member) {
    const value = this.drafts[code][member].trim();
    return member === 'caption' ? value : value.replace(/\s*\n\s*/g, ' ');
  }

  dirty() {
    return Object.keys(this.changes()).length > 0;
  }

  input(code, member, event) {
    this.drafts = {...this.drafts, [code]: {...this.drafts[code], [member]: event.target.value}};
    this.emit('texts-change', {dirty: this.dirty()});
  }

  async submit(event) {
    event.preventDefault();
    const texts = this.changes();
    if (!Object.keys(texts).length) return;
    this.saving = true;
    this.errors = {};
    this.notice = null;
    try {
      await this.save({texts});
      this.notice = {type: 'ok', text: t('media.texts.saved')};
      this.emit('texts-change', {dirty: false});
    } catch (error) {
      if (error.status === 412) {
        // the asset was reloaded with the other person's values: say so, and what was not saved
        this.notice = {type: 'warn', conflict: true, lost: texts};
        if (error.current) this.drafts = this.copy(error.current.texts || {});
        this.emit('texts-change', {dirty: false});
      } else {
        this.errors = error.fieldErrors || {};
        Object.keys(this.errors).forEach((path) => this.open.add(path.split('.')[1]));
        this.notice = {type: 'error', text: Object.keys(this.errors).length ? t('media.texts.invalid') : problemText(error)};
      }
    } finally {
      this.saving = false;
    }
  }

  field(code, member) {
    const id = `asset-text-${code}-${member}`;
    const error = this.errors[`texts.${code}.${member}`];
    const hint = member === 'alt' ? t(this.isImage() ? 'media.texts.alt.hint' : 'media.texts.alt.hint.document') : null;
    const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    const attrs = {id, lang: code, maxlength: MEMBERS[member], value: this.drafts[code][member]};
    return html`<div class="field ${error ? 'field--invalid' : ''} media-text media-text--${member}">
      <label for=${id}>${t(`media.texts.${member}`)}</label>
      ${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : nothing}
      ${LONG.includes(member)
        ? html`<textarea id=${attrs.id} name=${`${code}.${member}`} lang=${code} maxlength=${attrs.maxlength} rows=${member === 'alt' ? 2 : 3}
            aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy || nothing}
            .value=${attrs.value} @input=${(e) => this.input(code, member, e)}></textarea>`
        : html`<input id=${attrs.id} name=${`${code}.${member}`} type="text" lang=${code} maxlength=${attrs.maxlength}
            aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy || nothing}
            .value=${attrs.value} @input=${(e) => this.input(code, member, e)}>`}
      ${error ? html`<p class="error-text" id="${id}-error">${icon('warning')}${error}</p>` : nothing}
    </div>`;
  }

  readOnly(code) {
    const texts = (this.asset.texts || {})[code];
    if (!texts) return html`<p class="muted">${t('media.texts.none')}</p>`;
    return html`<dl class="media-facts media-facts--texts">${Object.keys(MEMBERS).filter((m) => texts[m]).map(
      (member) => html`<dt>${t(`media.texts.${member}`)}</dt><dd lang=${code}>${texts[member]}</dd>`)}</dl>`;
  }

  summaryState(code) {
    const member = this.isImage() ? 'alt' : 'title';
    const present = Boolean(this.asset.texts && this.asset.texts[code] && this.asset.texts[code][member]);
    return html`<span class="media-chip media-chip--${present ? 'yes' : 'no'}">${present ? icon('check') : html`<span class="media-chip__dash" aria-hidden="true">–</span>`}
      ${t(present ? `media.chips.${member}.yes` : `media.chips.${member}.no`)}</span>
      ${mayEditLocale(code) ? nothing : html`<span class="media-locale__readonly">${icon('lock')}${t('media.texts.readonly')}</span>`}`;
  }

  locale(code) {
    const editable = mayEditLocale(code);
    return html`<details class="media-locale" ?open=${this.open.has(code)}
        @toggle=${(e) => (e.target.open ? this.open.add(code) : this.open.delete(code))}>
      <summary>${icon('down')}<span class="media-locale__name">${localeName(code)}</span> <code class="media-locale__code">${code}</code>
        ${this.summaryState(code)}</summary>
      <div class="media-locale__body">
        ${editable
          ? html`<fieldset><legend class="visually-hidden">${localeName(code)}</legend>
              ${Object.keys(MEMBERS).map((member) => this.field(code, member))}</fieldset>`
          : this.readOnly(code)}
      </div></details>`;
  }

  noticeView() {
    const notice = this.notice;
    if (!notice) return nothing;
    if (notice.conflict) {
      const lost = Object.entries(notice.lost).flatMap(([code, members]) =>
        Object.entries(members).map(([member, value]) => ({code, member, value})));
      return html`<div class="notice notice--warn" role="alert">${icon('warning')}<div>
        <p>${t('media.conflict.texts', {name: this.asset.updatedBy, time: dateTime(this.asset.updatedAt)})}</p>
        ${lost.length ? html`<p>${t('media.conflict.lost')}</p><ul>${lost.map(({code, member, value}) =>
          html`<li>${capitalized(localeName(code))}, ${t(`media.texts.${member}`).toLowerCase()}: <q lang=${code}>${value || t('media.conflict.emptied')}</q></li>`)}</ul>` : nothing}
      </div></div>`;
    }
    return html`<div class="notice notice--${notice.type}" role=${notice.type === 'error' ? 'alert' : 'status'}>
      ${icon(notice.type === 'ok' ? 'check' : 'warning')}<p>${notice.text}</p></div>`;
  }

  render() {
    if (!this.asset || !this.drafts) return nothing;
    const editable = localeCodes().some((code) => mayEditLocale(code));
    return html`<form class="media-texts" @submit=${this.submit} novalidate>
      ${localeCodes().map((code) => this.locale(code))}
      ${this.noticeView()}
      ${editable
        ? html`<div class="form-actions"><button class="button button--primary" type="submit" ?disabled=${this.saving}>
            ${this.saving ? t('common.saving') : t('media.texts.save')}</button>
            ${this.dirty() ? html`<span class="muted small">${t('media.texts.unsaved')}</span>` : nothing}</div>`
        : html`<p class="hint">${icon('lock')} ${t('media.texts.readonly.all')}</p>`}
    </form>`;
  }
}
customElements.define('cms-asset-texts', AssetTexts);
