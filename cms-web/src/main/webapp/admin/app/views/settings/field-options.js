// The type-specific options of a field in the type editor: lengths, allowed values, number range,
// the slug's source field, allowed content or block types, a list's item type.
import {html, nothing} from '../../ui/element.js';
import {t, uiLanguage} from '../../core/i18n.js';
import {contentTypes, typeName} from '../../core/catalog.js';
import {LIST_ITEM_TYPES, LIST_ITEM_OPTIONS, optionsOf} from './field-types.js';

/** The API's message for one property of this field (errors are keyed by property, '' = field). */
export function fieldError(errors, name) {
  return (errors || {})[name];
}

function blockName(type) {
  const names = type.name || {};
  return names[uiLanguage()] || names.nb || names.en || type.key;
}

function described(editor, name, error) {
  return error ? editor.fid(`${name}-error`) : nothing;
}

function errorText(editor, name, error) {
  return error ? html`<p class="error-text" id=${editor.fid(`${name}-error`)}>${error}</p>` : nothing;
}

function numberOption(editor, name, {whole = true} = {}) {
  const id = editor.fid(name);
  const error = fieldError(editor.errors, name);
  const value = editor.field[name];
  return html`<div class="field ${error ? 'field--invalid' : ''}">
    <label for=${id}>${t(`settings.option.${name}`)}</label>
    <input id=${id} type="number" step=${whole ? '1' : 'any'} min=${whole ? '0' : nothing} .value=${value ?? ''}
      aria-invalid=${error ? 'true' : 'false'} aria-describedby=${described(editor, name, error)}
      @change=${(e) => editor.set({[name]: e.target.value === '' ? undefined : Number(e.target.value)})}>
    ${errorText(editor, name, error)}
  </div>`;
}

function flagOption(editor, name) {
  return editor.check(name, t(`settings.option.${name}`), editor.field[name], (v) => editor.set({[name]: v}),
    {hint: t(`settings.option.${name}.hint`)});
}

function choices(editor, name, legend, options) {
  const selected = editor.field[name] || [];
  const error = fieldError(editor.errors, name);
  const toggle = (key, on) => {
    const next = on ? [...selected, key] : selected.filter((k) => k !== key);
    editor.set({[name]: next.length ? next : undefined});
  };
  return html`<fieldset class="settings-choices ${error ? 'field--invalid' : ''}"
      aria-describedby=${[editor.fid(`${name}-hint`), error ? editor.fid(`${name}-error`) : ''].join(' ').trim()}>
    <legend>${legend}</legend>
    <p class="hint" id=${editor.fid(`${name}-hint`)}>${t(`settings.option.${name}.hint`)}</p>
    <div class="settings-choices__list">
      ${options.map(([key, label]) => {
        const id = editor.fid(`${name}-${key}`);
        return html`<div class="check"><input type="checkbox" id=${id} .checked=${selected.includes(key)}
          @change=${(e) => toggle(key, e.target.checked)}><label for=${id}>${label} <span class="muted mono">${key}</span></label></div>`;
      })}
    </div>
    ${errorText(editor, name, error)}
  </fieldset>`;
}

function allowedValues(editor) {
  const id = editor.fid('allowedValues');
  const error = fieldError(editor.errors, 'allowedValues');
  return html`<div class="field ${error ? 'field--invalid' : ''}">
    <label for=${id}>${t('settings.option.allowedValues')}</label>
    <span class="hint" id="${id}-hint">${t('settings.option.allowedValues.hint')}</span>
    <textarea id=${id} rows="3" .value=${(editor.field.allowedValues || []).join('\n')}
      aria-invalid=${error ? 'true' : 'false'} aria-describedby=${[`${id}-hint`, error ? `${id}-error` : ''].join(' ').trim()}
      @change=${(e) => {
        const values = e.target.value.split('\n').map((v) => v.trim()).filter(Boolean);
        editor.set({allowedValues: values.length ? values : undefined});
      }}></textarea>
    ${errorText(editor, 'allowedValues', error)}
  </div>`;
}

function fromOption(editor) {
  const id = editor.fid('from');
  const error = fieldError(editor.errors, 'from');
  const texts = (editor.siblings || []).filter((f) => f.type === 'text' && f.key);
  return html`<div class="field ${error ? 'field--invalid' : ''}">
    <label for=${id}>${t('settings.option.from')}</label>
    <span class="hint" id="${id}-hint">${t('settings.option.from.hint')}</span>
    <select id=${id} aria-describedby=${[`${id}-hint`, error ? `${id}-error` : ''].join(' ').trim()}
      @change=${(e) => editor.set({from: e.target.value || undefined})}>
      <option value="" ?selected=${!editor.field.from}>${t('settings.option.from.none')}</option>
      ${texts.map((f) => html`<option value=${f.key} ?selected=${editor.field.from === f.key}>${f.key}</option>`)}
    </select>
    ${errorText(editor, 'from', error)}
  </div>`;
}

function itemTypeOption(editor) {
  const id = editor.fid('itemType');
  const error = fieldError(editor.errors, 'itemType');
  const change = (itemType) => {
    // options of the former item type no longer apply
    const next = {...editor.field, itemType};
    for (const option of Object.values(LIST_ITEM_OPTIONS).flat()) {
      if (!LIST_ITEM_OPTIONS[itemType].includes(option)) delete next[option];
    }
    editor.emit('field-change', next);
  };
  return html`<div class="field ${error ? 'field--invalid' : ''}">
    <label for=${id}>${t('settings.option.itemType')}</label>
    <select id=${id} aria-describedby=${described(editor, 'itemType', error)} @change=${(e) => change(e.target.value)}>
      ${LIST_ITEM_TYPES.map((type) => html`<option value=${type} ?selected=${editor.field.itemType === type}>${t(`settings.fieldType.${type}`)}</option>`)}
    </select>
    ${errorText(editor, 'itemType', error)}
  </div>`;
}

/** The options fieldset of the editor's field, or nothing for a type without options. */
export function optionsTemplate(editor) {
  const options = optionsOf(editor.field);
  if (!options.length) return nothing;
  const parts = [];
  const numbers = options.filter((o) => ['maxLength', 'minLength', 'maxItems', 'min', 'max'].includes(o));
  if (options.includes('itemType')) parts.push(itemTypeOption(editor));
  if (options.includes('from')) parts.push(fromOption(editor));
  if (numbers.length) {
    parts.push(html`<div class="settings-grid settings-grid--narrow">${numbers.map((o) => numberOption(editor, o, {whole: o !== 'min' && o !== 'max'}))}</div>`);
  }
  const flags = options.filter((o) => ['multiline', 'integer', 'multiple'].includes(o));
  if (flags.length) parts.push(html`<div class="field-editor__checks">${flags.map((o) => flagOption(editor, o))}</div>`);
  if (options.includes('allowedValues')) parts.push(allowedValues(editor));
  if (options.includes('allowedTypes')) {
    parts.push(choices(editor, 'allowedTypes', t('settings.option.allowedTypes'),
      contentTypes().map((type) => [type.key, typeName(type)])));
  }
  if (options.includes('allowedBlocks')) {
    parts.push(choices(editor, 'allowedBlocks', t('settings.option.allowedBlocks'),
      (editor.blockTypes || []).map((type) => [type.key, blockName(type)])));
  }
  return html`<fieldset class="field-editor__options"><legend>${t('settings.field.options', {type: t(`settings.fieldType.${editor.field.type}`)})}</legend>
    ${parts}</fieldset>`;
}
