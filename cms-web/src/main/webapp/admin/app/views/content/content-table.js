// The rows of a content list as a real table: the title in the chosen locale (a link to the item,
// marked with its language), every configured locale's state, and the last change.
import {CmsElement, html, nothing} from '../../ui/element.js';
import {t} from '../../core/i18n.js';
import {localeName, defaultLocale} from '../../core/catalog.js';
import {href} from '../../core/router.js';
import {relative, dateTime} from '../../core/format.js';
import '../../ui/locale-states.js';

/** The locale whose title a row shows: the chosen one where the item has it, else its original. */
export function rowLocale(item, chosen) {
  const variants = item.variants || {};
  if (chosen && variants[chosen]) return chosen;
  if (variants[item.originalLocale]) return item.originalLocale;
  return Object.keys(variants)[0] || item.originalLocale || defaultLocale();
}

export class ContentTable extends CmsElement {
  static properties = {
    items: {attribute: false},
    locale: {attribute: false},
    caption: {attribute: false},
    busy: {type: Boolean}
  };

  /** A click anywhere on a row opens it, as its title link does (keyboard users use the link). */
  onRowClick(event) {
    if (event.target.closest('a, button, input, select')) return;
    const row = event.target.closest('tr[data-href]');
    if (!row || window.getSelection().toString()) return;
    row.querySelector('a.content-table__link')?.click();
  }

  row(item) {
    const chosen = this.locale;
    const locale = rowLocale(item, chosen);
    const variant = (item.variants || {})[locale] || {};
    const fallback = chosen && locale !== chosen;
    const title = variant.title || t('content.untitled');
    const link = href(`/items/${encodeURIComponent(item.id)}/${locale}`);
    return html`<tr data-href=${link}>
      <td class="title content-table__title">
        <a class="content-table__link" href=${link} lang=${locale}>${title}</a>
        ${fallback
          ? html`<span class="content-table__fallback">${t('content.row.shownIn', {locale: localeName(locale)})}</span>`
          : nothing}
        ${variant.slug ? html`<span class="content-table__slug mono" lang=${locale}>${variant.slug}</span>` : nothing}
      </td>
      <td class="content-table__locales"><cms-locale-states .item=${item}></cms-locale-states></td>
      <td class="content-table__updated nowrap">
        <time datetime=${item.updatedAt} title=${dateTime(item.updatedAt)}>${relative(item.updatedAt)}</time>
        <span class="muted small content-table__who">${t('common.by', {name: item.updatedBy})}</span>
      </td>
    </tr>`;
  }

  render() {
    const items = this.items || [];
    return html`<div class="table-wrap content-table">
      <table class="table" aria-busy=${this.busy ? 'true' : 'false'} @click=${this.onRowClick}>
        <caption class="visually-hidden">${this.caption}</caption>
        <thead><tr>
          <th scope="col">${t('common.title')}</th>
          <th scope="col">${t('common.locales')}</th>
          <th scope="col">${t('content.column.updated')}</th>
        </tr></thead>
        <tbody>${items.map((item) => this.row(item))}</tbody>
      </table>
    </div>`;
  }
}
customElements.define('cms-content-table', ContentTable);
