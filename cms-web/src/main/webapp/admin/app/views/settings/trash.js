// The trash: deleted items with when they will be purged; restore one (it comes back as
// unpublished drafts), or, for administrators, delete it for good at once.
import {CmsElement, html, nothing} from '../../ui/element.js';
import {t} from '../../core/i18n.js';
import {api, query} from '../../core/api.js';
import {typeName, defaultLocale} from '../../core/catalog.js';
import {href} from '../../core/router.js';
import {isAdmin, has} from '../../core/session.js';
import {dateTime, relative} from '../../core/format.js';
import {icon} from '../../ui/icons.js';
import {confirmDialog, toast, problemText} from '../../ui/dialogs.js';

const PAGE = 50;

/** The entry's title and its locale: the original's where it has one. */
function titleOf(entry) {
  const variants = entry.variants || {};
  const locale = variants[entry.originalLocale] ? entry.originalLocale : Object.keys(variants)[0] || defaultLocale();
  const title = (variants[locale] && variants[locale].title) || (entry.titles || [])[0];
  return {locale, title};
}

export class Trash extends CmsElement {
  static properties = {items: {state: true}, error: {state: true}, notice: {state: true}, cursor: {state: true}, more: {state: true}};

  constructor() {
    super();
    // this page's cursor ('' for the first) and those of the pages before it, for "previous"
    this.cursor = '';
    this.earlier = [];
    this.next = '';
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      const {data} = await api.get(`manage/trash${query({limit: PAGE, cursor: this.cursor})}`);
      this.next = data.next || '';
      this.more = Boolean(data.next);
      this.items = data.items;
      this.error = null;
    } catch (error) {
      this.error = error;
    }
  }

  /** The next page (step 1) or the one before (-1), by the cursors the list gave. */
  page(step) {
    if (step > 0 && this.next) {
      this.earlier.push(this.cursor);
      this.cursor = this.next;
    } else if (step < 0 && this.cursor) {
      this.cursor = this.earlier.pop() || '';
    } else {
      return;
    }
    this.items = null;
    this.load();
  }

  async restore(entry) {
    const {title, locale} = titleOf(entry);
    try {
      await api.post(`manage/trash/${encodeURIComponent(entry.id)}/restore`, {});
      this.items = this.items.filter((item) => item.id !== entry.id);
      this.notice = {type: 'ok', text: t('settings.trash.restored', {title: title || entry.id}), link: href(`/items/${entry.id}/${locale}`)};
    } catch (error) {
      this.notice = {type: 'error', text: problemText(error)};
    }
  }

  async purge(entry) {
    const {title} = titleOf(entry);
    const ok = await confirmDialog({title: t('settings.trash.purge.title', {title: title || entry.id}),
      message: t('settings.trash.purge.text'), confirmLabel: t('settings.trash.purge'), danger: true});
    if (!ok) return;
    try {
      await api.delete(`manage/trash/${encodeURIComponent(entry.id)}`);
      this.items = this.items.filter((item) => item.id !== entry.id);
      toast(t('settings.trash.purged', {title: title || entry.id}), {type: 'ok'});
    } catch (error) {
      this.notice = {type: 'error', text: problemText(error)};
    }
  }

  row(entry) {
    const {title, locale} = titleOf(entry);
    const others = Object.keys(entry.variants || {}).filter((code) => code !== locale);
    return html`<tr>
      <th scope="row"><span lang=${locale}>${title || t('settings.trash.untitled')}</span>
        ${others.length ? html`<span class="settings-row-note">${t('settings.trash.alsoIn', {locales: others.join(', ')})}</span>` : nothing}</th>
      <td>${typeName(entry.type)}</td>
      <td class="nowrap"><time datetime=${entry.deletedAt} title=${dateTime(entry.deletedAt)}>${relative(entry.deletedAt)}</time>
        <span class="settings-row-note">${t('common.by', {name: entry.deletedBy})}</span></td>
      <td class="nowrap"><time datetime=${entry.purgeAt}>${dateTime(entry.purgeAt)}</time>
        <span class="settings-row-note">${relative(entry.purgeAt)}</span></td>
      <td><div class="row">
        ${isAdmin() || has('editor')
          ? html`<button class="button button--small" type="button" @click=${() => this.restore(entry)}>${icon('history')}${t('settings.trash.restore')}<span class="visually-hidden"> ${title}</span></button>`
          : nothing}
        ${isAdmin()
          ? html`<button class="button button--small button--danger" type="button" @click=${() => this.purge(entry)}>${t('settings.trash.purge')}<span class="visually-hidden"> ${title}</span></button>`
          : nothing}
      </div></td>
    </tr>`;
  }

  render() {
    const notice = this.notice;
    return html`<div class="page-header"><div><h1>${t('settings.trash.title')}</h1><p class="lede">${t('settings.trash.lede')}</p></div></div>
      <div role="status" aria-live="polite">${notice
        ? html`<div class="notice notice--${notice.type}">${icon(notice.type === 'error' ? 'warning' : 'check')}<p>${notice.text}
            ${notice.link ? html` <a href=${notice.link}>${t('settings.trash.open')}</a>` : nothing}</p></div>`
        : nothing}</div>
      ${this.error
        ? html`<p class="notice notice--error" role="alert">${problemText(this.error)}</p>`
        : !this.items
          ? html`<p class="muted" role="status"><span class="spinner" aria-hidden="true"></span> ${t('common.loading')}</p>`
          : this.items.length
            ? html`<div class="table-wrap"><table class="table">
                <caption class="visually-hidden">${t('settings.trash.caption')}</caption>
                <thead><tr><th scope="col">${t('common.title')}</th><th scope="col">${t('common.type')}</th>
                  <th scope="col">${t('settings.trash.deleted')}</th><th scope="col">${t('settings.trash.purgeAt')}</th>
                  <th scope="col">${t('common.actions')}</th></tr></thead>
                <tbody>${this.items.map((entry) => this.row(entry))}</tbody></table></div>`
            : html`<p class="empty">${t('settings.trash.empty')}</p>`}
      ${this.cursor || this.more
        ? html`<nav class="pager" aria-label=${t('settings.trash.pages')}>
            <button class="button button--small" type="button" ?disabled=${!this.cursor} @click=${() => this.page(-1)}>${t('common.previous')}</button>
            <button class="button button--small" type="button" ?disabled=${!this.more} @click=${() => this.page(1)}>${t('common.next')}</button></nav>`
        : nothing}`;
  }
}
customElements.define('cms-trash', Trash);
