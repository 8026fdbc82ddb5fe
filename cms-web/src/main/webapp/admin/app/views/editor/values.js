// Small helpers of the item editor: labels from definitions, comparing values, ids from API paths,
// and the API's (English) validation messages in the UI language.
import {t, tOr, uiLanguage} from '../../core/i18n.js';

/** A field's label: the definition's label in the UI language (or Bokmål), else a known name, else its key. */
export function labelOf(field) {
  const labels = field.label || {};
  return labels[uiLanguage()] || labels.nb || tOr(`editor.label.${field.key}`, field.key);
}

export function blockTypeName(blockType) {
  if (!blockType) return '';
  const names = blockType.name || {};
  return names[uiLanguage()] || names.nb || names.en || blockType.key;
}

/** Whether a value counts as absent, as the server sees it: missing, null, "" or []. */
export function isEmpty(value) {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Deep equality of JSON values; absent values are all the same. */
export function same(a, b) {
  if (isEmpty(a) && isEmpty(b)) return true;
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null) return false;
  if (typeof a === 'string' && /^\d{4}-\d\d-\d\dT/.test(a) && /^\d{4}-\d\d-\d\dT/.test(b)) {
    return Date.parse(a) === Date.parse(b);
  }
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((v, i) => same(v, b[i]));
  if (typeof a === 'object') {
    if (Array.isArray(b)) return false;
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => same(a[key], b[key]));
  }
  return false;
}

/** An element id for an API path: "fields.content[2].fields.text" → "ed-fields-content-2--fields-text". */
export function fieldId(prefix, path) {
  return `${prefix}-${path.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

/** The errors at a path or below it. */
export function errorsUnder(errors, path) {
  return Object.entries(errors || {}).filter(([key]) => key === path || key.startsWith(`${path}.`) || key.startsWith(`${path}[`));
}

/** A block id like the server's: 8 characters. */
export function newBlockId() {
  const bytes = crypto.getRandomValues(new Uint8Array(4));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const PATTERNS = [
  [/^is required$/, () => t('editor.error.required')],
  [/^is (\d+) characters long; at most (\d+) allowed$/, (m) => t('editor.error.tooLong', {length: m[1], max: m[2]})],
  [/^is (\d+) characters long; at least (\d+) needed$/, (m) => t('editor.error.tooShort', {length: m[1], min: m[2]})],
  [/^must be a single line$/, () => t('editor.error.singleLine')],
  [/^must be one of /, () => t('editor.error.oneOf')],
  [/^must be a whole number$/, () => t('editor.error.integer')],
  [/^must be at least (.+)$/, (m) => t('editor.error.min', {min: m[1].replace(/\.0$/, '')})],
  [/^must be at most (.+)$/, (m) => t('editor.error.max', {max: m[1].replace(/\.0$/, '')})],
  [/^must be a date as YYYY-MM-DD$/, () => t('editor.error.date')],
  [/^must be an ISO 8601 date-time/, () => t('editor.error.dateTime')],
  [/^must be lower-case letters/, () => t('editor.error.slug')],
  [/^must be an absolute http, https or mailto URL$/, () => t('editor.error.url')],
  [/^must be a number/, () => t('editor.error.number')],
  [/^has (\d+) items; at most (\d+) allowed$/, (m) => t('editor.error.maxItems', {max: m[2]})],
  [/^must be 1-100 characters$/, () => t('editor.error.tag')],
  [/^Slug '.*' is used by another/, () => t('editor.error.slugTaken')]
];

/** The server's message in the UI language where it is a known one, else as it came. */
export function errorText(message) {
  for (const [pattern, text] of PATTERNS) {
    const match = pattern.exec(message || '');
    if (match) return text(match);
  }
  return message;
}
