// What an XLIFF import did, in words: read alongside the file that was sent (its items' titles and
// unit ids), so a refused place such as `file[0].unit[subtitle]` reads as the item and its field.
// Tolerant of answers that say more than today's ({imported, items: [{itemId, locale, created,
// revision, status}]}): per-item unit lists or counts (applied, unchanged, skipped) are shown when
// present, anything else is ignored.
import {html, nothing} from 'lit';
import {t, tn} from '../../core/i18n.js';
import {href} from '../../core/router.js';
import {contentType, defaultLocale} from '../../core/catalog.js';
import {itemSummary} from '../editor/lookups.js';
import {icon} from '../../ui/icons.js';
import {problemText} from '../../ui/dialogs.js';
import {localeChip} from '../../ui/locale-states.js';
import {labelOf, errorText} from '../editor/values.js';

const UNIT_LISTS = ['applied', 'unchanged', 'skipped'];

/** The items and units of an XLIFF file's text: {source, target, files: [{itemId, type, title, units}]}. */
export function describeXliff(text) {
  const empty = {files: []};
  if (!text) return empty;
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length) return empty;
  const root = doc.documentElement;
  const meta = (file, type) => [...file.getElementsByTagNameNS('*', 'meta')].find((m) => m.getAttribute('type') === type)?.textContent;
  const files = [...doc.getElementsByTagNameNS('*', 'file')].map((file) => {
    const units = [...file.getElementsByTagNameNS('*', 'unit')].map((unit) => ({
      id: unit.getAttribute('id'),
      source: unit.getElementsByTagNameNS('*', 'source')[0]?.textContent || '',
      target: unit.getElementsByTagNameNS('*', 'target')[0]?.textContent
    }));
    const original = (file.getAttribute('original') || '').replace(/^item\//, '');
    const title = units.find((u) => u.id === 'title');
    return {itemId: meta(file, 'item') || original, type: meta(file, 'contentType'), title: title && title.source, units};
  });
  return {source: root.getAttribute('srcLang'), target: root.getAttribute('trgLang'), files};
}

/** A unit id as a person reads it: "title" → "Tittel", "content.q1.text" → "Innhold › blokk q1 › text". */
export function unitLabel(typeKey, unitId) {
  const [key, block, inner] = String(unitId).split('.');
  const type = typeKey && contentType(typeKey);
  const field = type && type.fields.find((f) => f.key === key);
  const name = field ? labelOf(field) : key;
  return block ? `${name} › ${t('translations.xliff.block', {id: block})}${inner ? ` › ${inner}` : ''}` : name;
}

/** A place of a refusal ("file[0].unit[title]", "file[1].fields.body") as item and field. */
function place(path, described) {
  const match = /^file\[(\d+)\](?:\.unit\[([^\]]+)\])?(?:\.fields\.([^.[]+)(.*))?$/.exec(path || '');
  if (!match) return '';
  const index = Number(match[1]);
  const file = described.files[index];
  const item = file && file.title ? `«${file.title}»` : t('translations.xliff.fileNumber', {number: index + 1});
  const unit = match[2] || match[3];
  return unit ? `${item} › ${unitLabel(file && file.type, unit)}${match[4] ? ` ${match[4]}` : ''}` : item;
}

const REFUSALS = [
  [/^names no translatable field/, 'translations.xliff.error.unit'],
  [/^no content item/, 'translations.xliff.error.item'],
  [/^the item has no .* variant to translate from$/, 'translations.xliff.error.source'],
  [/is not a configured locale|must be a configured locale/, 'translations.xliff.error.locale']
];

/** The server's reason in the UI language where it is a known one. */
function reason(message) {
  const known = REFUSALS.find(([pattern]) => pattern.test(message || ''));
  return known ? t(known[1]) : errorText(message);
}

/** Titles of the file's items that have no title unit, looked up (a refused place reads better). */
export async function completeTitles(described) {
  await Promise.all(described.files.filter((f) => !f.title && /^[0-9a-f-]{36}$/.test(f.itemId || '')).slice(0, 30).map(async (file) => {
    const summary = await itemSummary(file.itemId, described.source || defaultLocale());
    if (summary && !summary.missing) file.title = summary.title;
  }));
  return described;
}

function unitIds(value) {
  return value.map((u) => (typeof u === 'string' ? u : u && (u.id || u.unit || u.path))).filter(Boolean);
}

/**
 * The import answer's own unit results, {units: [{id, result: applied | unchanged, sourceChanged}]},
 * as lists per result; a unit whose source changed since the export is named apart: its item stays
 * outdated.
 */
function unitResults(item, file) {
  const grouped = {applied: [], unchanged: []};
  const changed = [];
  for (const unit of item.units) {
    (grouped[unit.result] || (grouped[unit.result] = [])).push(unit.id);
    if (unit.sourceChanged) changed.push(unit.id);
  }
  const label = (ids) => ids.map((id, i) => html`${i ? ', ' : ''}<span class="xliff-unit">${unitLabel(file && file.type, id)}</span>`);
  return html`<ul class="xliff-units small">
    ${Object.entries(grouped).filter(([, ids]) => ids.length).map(([result, ids]) =>
      html`<li>${tn(`translations.xliff.units.${result}`, ids.length)}: ${label(ids)}</li>`)}
    ${changed.length ? html`<li class="xliff-units__changed">${tn('translations.xliff.units.sourceChanged', changed.length)}: ${label(changed)}</li>` : nothing}
  </ul>`;
}

/** Per-item unit lists or counts when the answer has them. */
function units(item, file) {
  if (Array.isArray(item.units)) return unitResults(item, file);
  const parts = UNIT_LISTS.filter((key) => item[key] !== undefined && item[key] !== null).map((key) => {
    const value = item[key];
    if (typeof value === 'number') return html`<li>${tn(`translations.xliff.units.${key}`, value)}</li>`;
    if (!Array.isArray(value)) return nothing;
    const ids = unitIds(value);
    return html`<li>${tn(`translations.xliff.units.${key}`, value.length)}${ids.length
      ? html`: ${ids.map((id, i) => html`${i ? ', ' : ''}<span class="xliff-unit">${unitLabel(file && file.type, id)}</span>`)}`
      : nothing}</li>`;
  });
  if (parts.length) return html`<ul class="xliff-units small">${parts}</ul>`;
  const translated = file ? file.units.filter((u) => u.target !== undefined && u.target !== null).length : null;
  return translated === null ? nothing : html`<p class="small muted">${tn('translations.xliff.units.inFile', translated)}</p>`;
}

function success(result) {
  const data = result.data;
  const items = Array.isArray(data.items) ? data.items : [];
  const count = typeof data.imported === 'number' ? data.imported : items.length;
  const byId = Object.fromEntries(result.described.files.map((f) => [f.itemId, f]));
  const source = result.described.source;
  return html`<div class="notice notice--ok xliff-result" tabindex="-1" role="status">
    ${icon('check')}<div>
      <h3>${t('translations.xliff.done', {name: result.name})}</h3>
      <p>${tn('translations.xliff.saved', count)}</p>
      ${items.length ? html`<ul class="xliff-items">${items.map((item) => {
        const file = byId[item.itemId];
        return html`<li>
          <a href=${href(`/translations/${item.itemId}/${item.locale}`)} lang=${source || nothing}>${(file && file.title) || item.itemId}</a>
          <span class="xliff-items__facts">${item.status ? localeChip(item.locale, item.status) : nothing}
            <span class="small">${item.created ? t('translations.xliff.created') : t('translations.xliff.revision', {revision: item.revision})}</span></span>
          ${units(item, file)}
        </li>`;
      })}</ul>` : nothing}
    </div></div>`;
}

function refusal(result) {
  const error = result.error;
  const problem = error.problem || {};
  const errors = Array.isArray(problem.errors) ? problem.errors : [];
  const answered = error.status >= 400 && error.status < 500;
  return html`<div class="notice notice--error xliff-result" tabindex="-1" role="alert">
    ${icon('warning')}<div>
      <h3>${t('translations.xliff.refused', {name: result.name})}</h3>
      ${answered ? html`<p><strong>${t('translations.xliff.nothingChanged')}</strong></p>` : nothing}
      ${error.status === 403 ? html`<p>${t('translations.xliff.forbidden')}</p>`
        : error.status === 413 ? html`<p>${t('translations.xliff.tooLarge')}</p>`
          : errors.length ? nothing : html`<p>${problem.detail || problemText(error)}</p>`}
      ${errors.length ? html`<h4 class="xliff-errors__title">${tn('translations.xliff.errors', errors.length)}</h4>
        <ol class="xliff-errors">${errors.map((e) => {
          const where = place(e.path, result.described);
          return html`<li>${where ? html`<span class="xliff-errors__place">${where}</span>` : nothing}
            <code class="xliff-errors__path">${e.path}</code><span class="xliff-errors__message">${reason(e.message)}</span></li>`;
        })}</ol>` : nothing}
    </div></div>`;
}

/** The result of an import: {ok, name, data | error, described}. */
export function importResult(result) {
  return result.ok ? success(result) : refusal(result);
}
