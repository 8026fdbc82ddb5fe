// A publish refused for missing alt texts (409 alt-text-missing): which images, each a link to its
// field in the editor (the path the API names, e.g. fields.content[1].fields.asset).
import {html, nothing} from 'lit';
import {t} from '../../core/i18n.js';
import {localeName} from '../../core/catalog.js';
import {icon} from '../../ui/icons.js';
import {labelOf, blockTypeName, fieldId} from './values.js';

/**
 * "Innholdsblokker, blokk 2 (Bilde)" for a path, from the type, the block types and the values
 * ({localized, shared}) that say which block sits where.
 */
export function pathLabel(path, type, blockTypes, values) {
  const top = /^fields\.([^.[]+)/.exec(path);
  const field = top && type && type.fields.find((f) => f.key === top[1]);
  if (!field) return path;
  const block = /^fields\.[^.[]+\[(\d+)\]/.exec(path);
  if (!block) return labelOf(field);
  const side = values ? (field.localized ? values.localized : values.shared) || {} : {};
  const found = (side[field.key] || [])[Number(block[1])];
  const blockType = found && (blockTypes || []).find((b) => b.key === found.type);
  const name = blockType ? ` (${blockTypeName(blockType)})` : '';
  return `${labelOf(field)}, ${t('workflow.alt.block', {position: Number(block[1]) + 1})}${name}`;
}

/** The refusal as a notice; `editor` is the item editor around the panel (for labels and focus). */
export function altProblem(images, locale, editor) {
  const type = editor && editor.definition;
  const jump = (event, path) => {
    event.preventDefault();
    const form = editor && editor.querySelector('cms-variant-form');
    if (form) form.focusPath(path);
  };
  return html`<div class="notice notice--error workflow__problem" role="alert" tabindex="-1">${icon('warning')}<div>
    <p><strong>${t('workflow.alt.title')}</strong></p>
    <p>${t(images.length === 1 ? 'workflow.alt.text.one' : 'workflow.alt.text.other', {count: images.length, locale: localeName(locale)})}</p>
    ${images.length ? html`<ul>${images.map((image) => html`<li>
      <a href="#${fieldId('ed', (/^fields\.[^.[]+/.exec(image.path) || [image.path])[0])}" data-path=${image.path}
        @click=${(event) => jump(event, image.path)}>${pathLabel(image.path, type, editor && editor.blockTypes, editor && editor.values)}</a></li>`)}</ul>` : nothing}
  </div></div>`;
}
