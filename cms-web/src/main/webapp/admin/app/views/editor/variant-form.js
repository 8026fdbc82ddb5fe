// <cms-variant-form>: the whole form of one locale variant, generated from its content type.
// Reused by the item editor and by the translators' desk (for the target side).
//
// Properties (all set as properties, `.x=${…}`):
//   type        the content type definition (GET /api/v1/manage/content-types/{key})
//   blockTypes  the block type definitions (the `items` of GET /api/v1/manage/block-types)
//   locale      the variant's locale: localized inputs carry it as `lang`, asset alt texts are
//               edited in it
//   localized   the variant's localized values ({fieldKey: value})
//   shared      the item's shared values ({fieldKey: value})
//   readonly    true (everything read-only), or an array of field keys that are read-only
//               (e.g. every shared field for a translator); default: nothing read-only
//   errors      {apiPath: message}, e.g. {"fields.title": "is required",
//               "fields.content[2].fields.text": "…"}; shown beside the field they concern
// Optional: sharedLocale (lang of shared values; default: the default locale), itemId (left out
// of reference searches), mayEditAssetTexts (default true), idPrefix (default "vf"; give each
// form on a page its own).
//
// Event: `values-change`, detail {localized, shared, key, path}: the new value objects (new
// objects, the old ones are not changed), the top-level field and the most precise path changed.
// Methods: focusPath(apiPath) focuses the control of a path (or its nearest field);
// flush() resolves when edits that are saved on their own (asset alt texts) are saved.
import {CmsElement, html, nothing} from '../../ui/element.js';
import {defaultLocale} from '../../core/catalog.js';
import {renderField} from './fields/field.js';

const FOCUSABLE = 'input:not([type=hidden]), select, textarea, [contenteditable=true], button:not([aria-disabled=true])';

export class VariantForm extends CmsElement {
  static properties = {
    type: {attribute: false},
    blockTypes: {attribute: false},
    locale: {},
    localized: {attribute: false},
    shared: {attribute: false},
    readonly: {attribute: false},
    errors: {attribute: false},
    sharedLocale: {},
    itemId: {},
    mayEditAssetTexts: {attribute: false},
    idPrefix: {}
  };

  constructor() {
    super();
    this.localized = {};
    this.shared = {};
    this.errors = {};
    this.readonly = false;
    this.mayEditAssetTexts = true;
    this.idPrefix = 'vf';
  }

  isReadonly(field) {
    if (this.readonly === true) return true;
    return Array.isArray(this.readonly) && this.readonly.includes(field.key);
  }

  context() {
    const byKey = {};
    for (const blockType of this.blockTypes || []) byKey[blockType.key] = blockType;
    return {
      idPrefix: this.idPrefix,
      errors: this.errors || {},
      blockTypes: byKey,
      locale: this.locale,
      itemId: this.itemId,
      mayEditAssetTexts: this.mayEditAssetTexts !== false
    };
  }

  change(field, value, path) {
    const target = field.localized ? 'localized' : 'shared';
    const next = {...(this[target] || {})};
    if (value === null || value === undefined) delete next[field.key];
    else next[field.key] = value;
    this[target] = next;
    this.dispatchEvent(new CustomEvent('values-change', {
      detail: {localized: this.localized, shared: this.shared, key: field.key, path: path || `fields.${field.key}`}
    }));
  }

  /** Focuses the control of an API path, or of the nearest field that contains it. */
  focusPath(path) {
    let current = path;
    while (current) {
      const element = this.querySelector(`[data-path="${CSS.escape(current)}"]`);
      if (element) {
        // a folded block opens first
        const body = element.closest('.block__fields[hidden]');
        if (body) body.closest('.block')?.querySelector('.block__toggle')?.click();
        setTimeout(() => {
          element.scrollIntoView({block: 'center'});
          const target = element.querySelector(FOCUSABLE);
          if (target) target.focus();
        }, body ? 60 : 0);
        return true;
      }
      current = current.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
      if (current === path) break;
    }
    return false;
  }

  flush() {
    return Promise.all([...this.querySelectorAll('cms-field-asset')].map((widget) => widget.flush()));
  }

  render() {
    if (!this.type) return nothing;
    const ctx = this.context();
    const sharedLang = this.sharedLocale || defaultLocale();
    return html`<div class="variant-form">${this.type.fields.map((field) => renderField(
      field,
      (field.localized ? this.localized || {} : this.shared || {})[field.key],
      `fields.${field.key}`,
      ctx,
      {
        readonly: this.isReadonly(field),
        shared: !field.localized,
        contentLang: field.localized ? this.locale : sharedLang,
        onChange: (value, path) => this.change(field, value, path)
      }
    ))}</div>`;
  }
}
customElements.define('cms-variant-form', VariantForm);
