// Parts of the translators' queue: which target locales a person works in, the counts per status
// (which also filter the list), and the table of items with their source, status and fields.
import {html, nothing} from 'lit';
import {t} from '../../core/i18n.js';
import {href} from '../../core/router.js';
import {localeCodes, localeInfo, defaultLocale, contentType, typeName} from '../../core/catalog.js';
import {currentUser, has} from '../../core/session.js';
import {date, dateTime, relative} from '../../core/format.js';
import {localeChip} from '../../ui/locale-states.js';
import {labelOf} from '../editor/values.js';

export const STATUSES = ['missing', 'outdated', 'in_progress', 'done'];
export const SORTS = ['-sourcePublishDate', 'sourcePublishDate', '-updatedAt'];

/** Whether the person translates only their granted locales (not an editor or administrator). */
export function limitedToGrants() {
  const me = currentUser();
  return !(has('admin') || has('editor')) && Boolean(me && me.locales && me.locales.length);
}

/**
 * The locales the queue offers: a translator's granted locales; for everyone else every locale but
 * the default (and a requested one, when it is configured).
 */
export function targetLocales(requested) {
  const all = localeCodes();
  if (limitedToGrants()) return all.filter((code) => currentUser().locales.includes(code));
  const others = all.filter((code) => code !== defaultLocale());
  return requested && localeInfo(requested) && !others.includes(requested) ? [...others, requested] : others;
}

/** The counts on top: all, then one per status; each a toggle that filters the list by it. */
export function statusTiles(counts, current, onPick) {
  const value = (status) => (counts ? (status ? counts.counts[status] : counts.total) : '…');
  const tile = (status, label) => html`<li><button type="button" class="tq-tile ${status ? `tq-tile--${status}` : ''}"
      aria-pressed=${current === status ? 'true' : 'false'} @click=${() => onPick(status)}>
    <span class="tq-tile__count">${value(status)}</span>${label}</button></li>`;
  return html`<ul class="tq-tiles" aria-label=${t('translations.queue.byStatus')}>
    ${tile('', html`<span class="tq-tile__label">${t('translations.queue.all')}</span>`)}
    ${STATUSES.map((status) => tile(status, html`<span class="badge badge--${status}">${t(`status.${status}`)}</span>`))}
  </ul>`;
}

function fieldNames(entry) {
  const type = contentType(entry.type);
  const names = (entry.fields || []).map((key) => {
    const field = type && type.fields.find((f) => f.key === key);
    return field ? labelOf(field) : key;
  });
  const shown = names.slice(0, 4).join(', ');
  return names.length > 4 ? t('translations.queue.fieldsMore', {fields: shown, count: names.length - 4}) : shown;
}

function fieldsCell(entry) {
  if (!(entry.fields || []).length) return html`<span class="muted">–</span>`;
  const key = entry.status === 'missing' ? 'translations.queue.fieldsMissing' : 'translations.queue.fieldsChanged';
  return html`<span class="tq-fields">${t(key, {fields: fieldNames(entry)})}</span>`;
}

function row(entry) {
  const source = entry.source || {};
  const translation = entry.translation;
  return html`<tr data-item=${entry.itemId} data-status=${entry.status}>
    <td class="title"><a href=${href(`/translations/${entry.itemId}/${entry.locale}`)} lang=${source.locale}>${source.title || t('translations.untitled')}</a>
      ${translation && translation.title ? html`<span class="tq-target" lang=${entry.locale}>${translation.title}</span>` : nothing}</td>
    <td>${typeName(entry.type)}</td>
    <td>${localeChip(entry.locale, entry.status)}</td>
    <td>${fieldsCell(entry)}</td>
    <td class="nowrap">${source.firstPublishedAt
      ? html`<time datetime=${source.firstPublishedAt} title=${dateTime(source.firstPublishedAt)}>${date(source.firstPublishedAt)}</time>`
      : html`<span class="muted">${t('translations.queue.unpublished')}</span>`}</td>
    <td>${translation
      ? html`${translation.updatedBy}<br><time class="muted small" datetime=${translation.updatedAt} title=${dateTime(translation.updatedAt)}>${relative(translation.updatedAt)}</time>`
      : html`<span class="muted">–</span>`}</td>
  </tr>`;
}

/** The queue as a table: one row per item. */
export function queueTable(entries, locale) {
  return html`<div class="table-wrap"><table class="table tq-table">
    <caption class="visually-hidden">${t('translations.queue.caption', {locale: locale})}</caption>
    <thead><tr>
      <th scope="col">${t('translations.queue.col.source')}</th>
      <th scope="col">${t('common.type')}</th>
      <th scope="col">${t('common.status')}</th>
      <th scope="col">${t('translations.queue.col.fields')}</th>
      <th scope="col">${t('translations.queue.col.published')}</th>
      <th scope="col">${t('translations.queue.col.editor')}</th>
    </tr></thead>
    <tbody>${entries.map(row)}</tbody>
  </table></div>`;
}
