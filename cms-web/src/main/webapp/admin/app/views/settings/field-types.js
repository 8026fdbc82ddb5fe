// What the type editor knows about field types: their options (as the API's FieldType has them),
// which may sit in a list or a block, which are localized by default; and how an edited field
// becomes the definition the API takes.

export const FIELD_TYPES = ['text', 'richText', 'number', 'boolean', 'date', 'dateTime', 'slug', 'url',
  'reference', 'asset', 'list', 'tags', 'blocks'];

export const OPTIONS = {
  text: ['maxLength', 'minLength', 'multiline', 'allowedValues'],
  richText: ['maxLength'],
  number: ['min', 'max', 'integer'],
  boolean: [],
  date: [],
  dateTime: [],
  slug: ['from'],
  url: [],
  reference: ['allowedTypes', 'multiple', 'maxItems'],
  asset: ['multiple', 'maxItems'],
  list: ['itemType', 'maxItems', 'maxLength', 'minLength', 'allowedValues', 'min', 'max', 'integer', 'allowedTypes'],
  tags: ['maxItems'],
  blocks: ['allowedBlocks', 'maxItems']
};

/** The options of a list that apply to its item type. */
export const LIST_ITEM_OPTIONS = {
  text: ['maxLength', 'minLength', 'allowedValues'],
  number: ['min', 'max', 'integer'],
  reference: ['allowedTypes'],
  boolean: [], date: [], dateTime: [], url: [], asset: []
};

export const LIST_ITEM_TYPES = Object.keys(LIST_ITEM_OPTIONS);
export const BLOCK_FIELD_TYPES = FIELD_TYPES.filter((type) => type !== 'slug' && type !== 'blocks');
const LOCALIZED_BY_DEFAULT = new Set(['text', 'richText', 'slug', 'blocks']);
/** Types whose default value the editor lets one give (others have none worth a form). */
export const DEFAULTABLE = new Set(['text', 'number', 'boolean', 'date', 'dateTime', 'url', 'tags']);

let counter = 0;

/**
 * An edited field: the definition plus a stable id for its row and the options it came with
 * (an option switched off is sent as false only if the stored definition named it), never sent.
 */
export function editable(field) {
  counter += 1;
  return {...field, _id: `f${counter}`, _had: Object.keys(field)};
}

export function newField(kind, taken) {
  let n = 1;
  while (taken.includes(`field${n}`)) n++;
  return editable({key: `field${n}`, type: 'text', required: false, ...(kind === 'content' ? {localized: true} : {})});
}

export function localizedByDefault(type) {
  return LOCALIZED_BY_DEFAULT.has(type);
}

/** The options that apply to a field as it is now (a list's depend on its item type). */
export function optionsOf(field) {
  if (field.type !== 'list') return OPTIONS[field.type] || [];
  return ['itemType', 'maxItems', ...(LIST_ITEM_OPTIONS[field.itemType] || [])];
}

/** A field after its type changed: options that no longer apply and the default are dropped. */
export function withType(field, type, kind) {
  const next = {_id: field._id, _had: [], key: field.key, type, required: field.required, label: field.label};
  if (kind === 'content') next.localized = type === 'slug' ? true : localizedByDefault(type);
  if (field.fallback === false) next.fallback = false;
  if (type === 'list') next.itemType = 'text';
  return next;
}

function blank(value) {
  return value === undefined || value === null || value === '' ||
    (Array.isArray(value) && value.length === 0) ||
    (typeof value === 'number' && Number.isNaN(value));
}

/** The definition the API takes for an edited field of a content or block type. */
export function cleanField(field, kind) {
  const out = {key: field.key, type: field.type};
  if (kind === 'content') {
    out.localized = field.type === 'slug' ? true : Boolean(field.localized);
    if (out.localized && field.fallback === false) out.fallback = false;
  }
  out.required = Boolean(field.required);
  const label = Object.fromEntries(Object.entries(field.label || {}).filter(([, text]) => text && text.trim()));
  if (Object.keys(label).length) out.label = label;
  if (!blank(field.default) && DEFAULTABLE.has(field.type)) out.default = field.default;
  for (const option of optionsOf(field)) {
    const value = field[option];
    if (blank(value) || (value === false && !(field._had || []).includes(option))) continue;
    out[option] = value;
  }
  return out;
}

/** The definition the API takes for the whole edited type. */
export function cleanType(draft, kind) {
  const text = (map) => Object.fromEntries(Object.entries(map || {}).filter(([, v]) => v && v.trim()));
  const out = {key: draft.key, name: text(draft.name)};
  const description = text(draft.description);
  if (Object.keys(description).length) out.description = description;
  if (kind === 'content') {
    if (draft.titleField) out.titleField = draft.titleField;
    out.reviewRequired = Boolean(draft.reviewRequired);
    if (draft.urlPattern && draft.urlPattern.trim()) out.urlPattern = draft.urlPattern.trim();
    if (draft.previewUrl && draft.previewUrl.trim()) out.previewUrl = draft.previewUrl.trim();
  }
  out.fields = draft.fields.map((field) => cleanField(field, kind));
  return out;
}
