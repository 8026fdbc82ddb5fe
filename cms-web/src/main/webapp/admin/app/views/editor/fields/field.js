// One field of a form: its label (required mark, "shared by all languages" mark), the widget of
// its type, hints, and the API's errors for its path, tied to the control with aria-describedby.
// Used for the fields of an item and for the fields of each block.
import {html, nothing} from 'lit';
import {t} from '../../../core/i18n.js';
import {icon} from '../../../ui/icons.js';
import {labelOf, fieldId, errorsUnder, errorText} from '../values.js';
import '../../../ui/richtext.js';
import './simple.js';
import './reference.js';
import './asset.js';
import './list.js';
import './tags.js';
import './blocks.js';

/** Types whose widget is a group of controls (labelled by a heading-like label, not <label for>). */
function isGroup(field) {
  const t = field.type;
  if (t === 'richText' || t === 'asset' || t === 'tags' || t === 'blocks' || t === 'list') return true;
  return t === 'reference' && field.multiple === true;
}

function hintOf(field) {
  switch (field.type) {
    case 'slug': return t('editor.hint.slug');
    case 'dateTime': return t('editor.hint.dateTime');
    case 'url': return t('editor.hint.url');
    case 'tags': return t('editor.hint.tags');
    case 'number': {
      const range = field.min !== undefined && field.max !== undefined ? t('editor.hint.range', {min: field.min, max: field.max})
        : field.min !== undefined ? t('editor.hint.min', {min: field.min})
          : field.max !== undefined ? t('editor.hint.max', {max: field.max}) : '';
      return [range, field.integer ? t('editor.hint.integer') : ''].filter(Boolean).join(' ');
    }
    default: return '';
  }
}

/**
 * The template of one field. options: {readonly, shared (show the mark), contentLang, onChange(value, path)}.
 * The blocks widget shows the errors inside its blocks itself; every other widget shows all
 * errors at or below its path here.
 */
export function renderField(field, value, path, ctx, options) {
  const id = fieldId(ctx.idPrefix, path);
  const ids = {input: `${id}-input`, label: `${id}-label`, error: `${id}-error`, hint: `${id}-hint`, shared: `${id}-shared`};
  const errors = field.type === 'blocks'
    ? (ctx.errors[path] ? [[path, ctx.errors[path]]] : [])
    : errorsUnder(ctx.errors, path);
  const message = errors.map(([, text]) => errorText(text)).join(' ');
  const hint = hintOf(field);
  const describedby = [message ? ids.error : '', hint ? ids.hint : '', options.shared ? ids.shared : ''].filter(Boolean).join(' ');
  const readonly = Boolean(options.readonly);
  const lang = options.contentLang;
  const common = {ids, describedby, invalid: Boolean(message), readonly, lang};
  const onChange = (event) => {
    event.stopPropagation();
    options.onChange(event.detail.value, event.detail.path);
  };
  common.emit = (value) => options.onChange(value, path);
  const label = html`${labelOf(field)}${field.required
    ? html`<span class="field__required" aria-hidden="true">*</span><span class="visually-hidden"> (${t('common.required').toLowerCase()})</span>`
    : nothing}`;
  const sharedMark = options.shared
    ? html`<span class="shared-mark" id=${ids.shared}>${icon('shared')}<span>${t('editor.shared')}</span></span>`
    : nothing;
  const group = isGroup(field);
  const head = field.type === 'boolean'
    ? nothing
    : group
      ? html`<div class="field__head"><span class="label" id=${ids.label}
            @click=${field.type === 'richText' ? () => document.getElementById(ids.input)?.focus() : nothing}>${label}</span>${sharedMark}</div>`
      : html`<div class="field__head"><label for=${ids.input} id=${ids.label}>${label}</label>${sharedMark}</div>`;
  return html`<div class="field field--${field.type} ${message ? 'field--invalid' : ''} ${readonly ? 'field--readonly' : ''}"
      id=${id} data-path=${path} role=${group ? 'group' : nothing} aria-labelledby=${group ? ids.label : nothing}>
    ${head}
    ${hint ? html`<span class="hint" id=${ids.hint}>${hint}</span>` : nothing}
    ${field.type === 'boolean'
      ? html`<div class="check field__check">${widget(field, value, path, ctx, common, onChange)}<label for=${ids.input} id=${ids.label}>${label}</label>${sharedMark}</div>`
      : widget(field, value, path, ctx, common, onChange)}
    ${message ? html`<p class="error-text" id=${ids.error}>${icon('warning')}<span>${message}</span></p>` : nothing}
  </div>`;
}

function widget(field, value, path, ctx, c, onChange) {
  switch (field.type) {
    case 'richText':
      return html`<cms-richtext .value=${value || ''} input-id=${c.ids.input} labelledby=${c.ids.label}
        describedby=${c.describedby || nothing} content-lang=${c.lang || nothing} ?readonly=${c.readonly} ?invalid=${c.invalid}
        @value-change=${(e) => c.emit(e.detail.value || null)}></cms-richtext>`;
    case 'reference':
      return html`<cms-field-reference .field=${field} .value=${value} .ctx=${ctx} path=${path} input-id=${c.ids.input}
        label-id=${c.ids.label} describedby=${c.describedby} ?invalid=${c.invalid} ?readonly=${c.readonly}
        @field-change=${onChange}></cms-field-reference>`;
    case 'asset':
      return html`<cms-field-asset .field=${field} .value=${value} .ctx=${ctx} path=${path} input-id=${c.ids.input}
        label-id=${c.ids.label} describedby=${c.describedby} ?invalid=${c.invalid} ?readonly=${c.readonly}
        @field-change=${onChange}></cms-field-asset>`;
    case 'list':
      return html`<cms-field-list .field=${field} .value=${value} .ctx=${ctx} path=${path} input-id=${c.ids.input}
        label-id=${c.ids.label} describedby=${c.describedby} content-lang=${c.lang || nothing} ?invalid=${c.invalid}
        ?readonly=${c.readonly} @field-change=${onChange}></cms-field-list>`;
    case 'tags':
      return html`<cms-field-tags .field=${field} .value=${value} .ctx=${ctx} path=${path} input-id=${c.ids.input}
        label-id=${c.ids.label} describedby=${c.describedby} content-lang=${c.lang || nothing} ?invalid=${c.invalid}
        ?readonly=${c.readonly} @field-change=${onChange}></cms-field-tags>`;
    case 'blocks':
      return html`<cms-field-blocks .field=${field} .value=${value} .ctx=${ctx} path=${path} input-id=${c.ids.input}
        label-id=${c.ids.label} describedby=${c.describedby} content-lang=${c.lang || nothing} ?invalid=${c.invalid}
        ?readonly=${c.readonly} @field-change=${onChange}></cms-field-blocks>`;
    default:
      return html`<cms-field-simple .field=${field} .value=${value} .ctx=${ctx} path=${path} input-id=${c.ids.input}
        label-id=${c.ids.label} describedby=${c.describedby} content-lang=${c.lang || nothing} ?invalid=${c.invalid}
        ?readonly=${c.readonly} @field-change=${onChange}></cms-field-simple>`;
  }
}
