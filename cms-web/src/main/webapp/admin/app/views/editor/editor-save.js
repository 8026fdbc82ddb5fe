// What the editor sends: the variant's localized values (all of them: a save replaces them) and
// only the shared values this form changed (so a shared value changed meanwhile in another
// language is not put back), without empty list entries; and what it learns from a refusal.
import {isEmpty, same} from './values.js';

function clean(field, value) {
  if (Array.isArray(value) && field.type === 'list') return value.filter((v) => !isEmpty(v));
  if (typeof value === 'string' && field.type !== 'richText' && field.multiline !== true) return value.trim() === '' ? null : value;
  return value;
}

/**
 * The `fields` of a save. `creating`: a new item (every non-empty value); otherwise shared values
 * go only where they differ from `base` and `mayEditShared`.
 */
export function payload(type, values, base, {creating = false, mayEditShared = true} = {}) {
  const fields = {};
  for (const field of type.fields) {
    if (field.localized) {
      const value = clean(field, (values.localized || {})[field.key]);
      if (!isEmpty(value)) fields[field.key] = value;
    } else if (mayEditShared) {
      const value = clean(field, (values.shared || {})[field.key]);
      if (creating) {
        if (!isEmpty(value)) fields[field.key] = value;
      } else if (!same(value, (base.shared || {})[field.key])) {
        fields[field.key] = isEmpty(value) ? null : value;
      }
    }
  }
  return fields;
}

/** Values a new form starts with: the definitions' defaults. */
export function defaults(type) {
  const values = {localized: {}, shared: {}};
  for (const field of type.fields) {
    if (field.default !== undefined) (field.localized ? values.localized : values.shared)[field.key] = field.default;
  }
  return values;
}

/** A variant's values from an item as the API answers it. */
export function valuesOf(item, locale) {
  const variant = (item.variants || {})[locale];
  return {localized: {...((variant && variant.fields) || {})}, shared: {...(item.shared || {})}};
}

/** Field errors of a refusal: validation errors by path, or a taken slug. */
export function fieldErrorsOf(error) {
  const errors = error.fieldErrors || {};
  if (error.type === 'slug-taken' && error.problem.path) errors[error.problem.path] = error.message;
  return errors;
}

/** The slug value of a form, if its type has a slug field. */
export function slugOf(type, values) {
  const slug = type.fields.find((f) => f.type === 'slug');
  return slug ? (values.localized || {})[slug.key] : null;
}

/** The value of the type's title field in a form. */
export function titleOf(type, values) {
  const field = type.fields.find((f) => f.key === type.titleField);
  const side = field && (field.localized ? values.localized : values.shared);
  return side ? side[field.key] : null;
}
