// The source side of the translators' desk: each localized field of the source as it reads now,
// with what changed since the translated revision marked in words and shapes, not colour alone —
// words added and removed, rich text paragraph by paragraph, blocks added, removed, moved or
// changed (with their changed fields). Every marked place is an anchor for "next change"
// (`data-change`, naming the target path to jump to).
import {html, nothing} from 'lit';
import {unsafeHTML} from 'lit/directives/unsafe-html.js';
import {t} from '../../core/i18n.js';
import {icon} from '../../ui/icons.js';
import {labelOf, blockTypeName, isEmpty} from '../editor/values.js';
import {diffWords, renderDiff} from '../editor/diff.js';
import {displayValue} from '../editor/conflict.js';

/** Marks a change in words with its shape: + added, − removed, ~ changed, ↕ moved. */
export function changeMark(kind, extra) {
  const shape = {added: '+', removed: '−', changed: '~', moved: '↕'}[kind] || '~';
  return html`<span class="desk-mark desk-mark--${kind}"><span class="desk-mark__shape" aria-hidden="true">${shape}</span>${t(`translations.desk.mark.${kind}`)}${extra ? html`<span class="desk-mark__extra">${extra}</span>` : nothing}</span>`;
}

/** The top-level paragraphs of rich text, as the server counts them (elements, loose text). */
export function paragraphsOf(value) {
  const template = document.createElement('template');
  template.innerHTML = value || '';
  return [...template.content.childNodes]
    .filter((node) => node.nodeType === 1 || (node.nodeType === 3 && node.textContent.trim()))
    .map((node) => (node.nodeType === 1 ? node.outerHTML : node.textContent.trim()));
}

function textOf(value) {
  const template = document.createElement('template');
  template.innerHTML = String(value || '').replace(/<\/(p|h[1-6]|li|blockquote)>|<br>/g, '$& ');
  return template.content.textContent.replace(/\s+/g, ' ').trim();
}

const wordDiff = (before, after) => renderDiff(diffWords(before, after));

/** Rich text with its changed, added and removed paragraphs marked. */
function richText(value, change) {
  const paragraphs = paragraphsOf(value);
  const parts = (change && change.parts) || [];
  if (change && change.change === 'changed' && !parts.length) {
    return html`<div class="desk-para desk-para--changed">${changeMark('changed')}<p>${wordDiff(textOf(change.before), textOf(change.after))}</p></div>`;
  }
  const byAfter = new Map(parts.filter((p) => p.afterIndex !== undefined && p.change !== 'removed').map((p) => [p.afterIndex, p]));
  const removed = parts.filter((p) => p.change === 'removed');
  const ghost = (part) => html`<div class="desk-para desk-para--removed">${changeMark('removed')}<del class="diff">${textOf(part.before)}</del></div>`;
  const out = [];
  paragraphs.forEach((paragraph, index) => {
    removed.filter((p) => Math.min(p.beforeIndex, paragraphs.length) === index).forEach((p) => out.push(ghost(p)));
    const part = byAfter.get(index);
    if (!part) out.push(html`<div class="desk-para">${unsafeHTML(paragraph)}</div>`);
    else if (part.change === 'added') out.push(html`<div class="desk-para desk-para--added">${changeMark('added')}${unsafeHTML(paragraph)}</div>`);
    else if (paragraphs.length === 1 && parts.length === 1) {
      // the field's only paragraph: the field's mark says it already
      out.push(html`<div class="desk-para"><p>${wordDiff(textOf(part.before), textOf(part.after))}</p></div>`);
    } else {
      const formatted = /<(strong|em|a|u|code|sup|sub)\b/.test(paragraph);
      out.push(html`<div class="desk-para desk-para--changed">${changeMark('changed')}<p>${wordDiff(textOf(part.before), textOf(part.after))}</p>
        ${formatted ? html`<div class="desk-para__now"><span class="desk-para__now-label">${t('translations.desk.now')}</span>${unsafeHTML(paragraph)}</div>` : nothing}</div>`);
    }
  });
  removed.filter((p) => p.beforeIndex >= paragraphs.length).forEach((p) => out.push(ghost(p)));
  if (!out.length) return html`<p class="muted desk-empty">${t('translations.desk.emptySource')}</p>`;
  return html`<div class="desk-richtext">${out}</div>`;
}

/** A plain value (text, slug, url …): the word diff when it changed. */
function plain(field, value, change, names) {
  const show = (v) => displayValue(field, v, names);
  if (change && change.change === 'changed') return html`<p class="desk-text">${wordDiff(show(change.before), show(change.after))}</p>`;
  if (change && change.change === 'removed') return html`<p class="desk-text"><del class="diff">${show(change.before)}</del></p>`;
  if (isEmpty(value)) return html`<p class="muted desk-empty">${t('translations.desk.emptySource')}</p>`;
  return html`<p class="desk-text">${show(value)}</p>`;
}

function blockField(field, value, before, changed, ctx) {
  if (isEmpty(value) && !changed) return nothing;
  const show = (v) => (field.type === 'richText' ? textOf(v) : displayValue(field, v, ctx.names, ctx.blockTypes));
  return html`<div class="desk-block__field ${changed ? 'desk-block__field--changed' : ''}">
    <span class="desk-block__label">${labelOf(field)}${changed ? html` ${changeMark('changed')}` : nothing}</span>
    <div class="desk-block__value" lang=${ctx.lang}>${changed
      ? wordDiff(show(before), show(value))
      : field.type === 'richText' ? unsafeHTML(value) : show(value)}</div></div>`;
}

/** The first text of a block, for its folded line. */
function summary(block) {
  const text = Object.values(block.fields || {}).find((v) => typeof v === 'string' && !/^[0-9a-f-]{36}$/.test(v) && textOf(v));
  return text ? textOf(text) : '';
}

/**
 * Blocks with their changes; a removed block stays in its old place (the translation still has
 * it). Source blocks the translation lacks can be copied in, removed ones taken out of it.
 */
function blocks(field, value, change, ctx) {
  const list = Array.isArray(value) ? value : [];
  const parts = (change && change.parts) || [];
  const byId = new Map(parts.filter((p) => p.id).map((p) => [p.id, p]));
  const entries = list.map((block, index) => ({block, index, part: byId.get(block.id)}));
  parts.filter((p) => p.change === 'removed').sort((a, b) => a.beforeIndex - b.beforeIndex)
    .forEach((p) => entries.splice(Math.min(p.beforeIndex, entries.length), 0, {block: p.before, part: p, removed: true}));
  const inTarget = new Set((ctx.targetBlocks || []).map((b) => b.id));
  const path = `fields.${field.key}`;
  if (!entries.length) return html`<p class="muted desk-empty">${t('translations.desk.emptySource')}</p>`;
  return html`<ol class="desk-blocks">${entries.map((entry, position) => {
    const {block, part} = entry;
    const type = ctx.blockTypes[block.type];
    const name = blockTypeName(type) || block.type;
    const kind = part && part.change;
    const extra = kind === 'moved' ? t('translations.desk.movedFrom', {from: part.beforeIndex + 1, to: part.afterIndex + 1}) : null;
    const missing = !entry.removed && !inTarget.has(block.id);
    const changedFields = (part && part.fields) || [];
    const before = (part && part.before && part.before.fields) || {};
    return html`<li class="desk-block ${kind ? `desk-block--${kind}` : ''}" data-block-id=${block.id}
        data-change=${kind ? `${path}[${position}]` : nothing} tabindex=${kind ? '-1' : nothing}>
      <div class="desk-block__head">
        <span class="desk-block__title">${entry.removed ? name : `${entry.index + 1}. ${name}`}</span>
        <span class="desk-block__summary" lang=${ctx.lang}>${summary(block)}</span>
        ${kind ? changeMark(kind, extra) : nothing}
        ${ctx.editable && missing ? html`<button type="button" class="button button--small desk-block__action"
          @click=${() => ctx.onInsert(field, block, entry.index)}>${icon('plus')}${t('translations.desk.insertBlock')}</button>` : nothing}
        ${ctx.editable && entry.removed && inTarget.has(block.id) ? html`<button type="button" class="button button--small desk-block__action"
          @click=${() => ctx.onRemove(field, block)}>${icon('trash')}${t('translations.desk.removeBlock')}</button>` : nothing}
      </div>
      <div class="desk-block__fields">${type
        ? type.fields.map((f) => entry.removed
          ? (isEmpty((block.fields || {})[f.key]) ? nothing : html`<div class="desk-block__field"><span class="desk-block__label">${labelOf(f)}</span>
              <del class="diff desk-block__value" lang=${ctx.lang}>${f.type === 'richText' ? textOf(block.fields[f.key]) : displayValue(f, block.fields[f.key], ctx.names, ctx.blockTypes)}</del></div>`)
          : blockField(f, (block.fields || {})[f.key], before[f.key], kind === 'changed' && changedFields.includes(f.key), ctx))
        : html`<p class="muted">${block.type}</p>`}</div>
    </li>`;
  })}</ol>`;
}

/**
 * The source value of a field, marked with its change. ctx: {lang, names, blockTypes (by key),
 * targetBlocks, editable, onInsert(field, block, sourceIndex), onRemove(field, block)}.
 */
export function sourceValue(field, value, change, ctx) {
  switch (field.type) {
    case 'richText': return richText(value, change);
    case 'blocks': return blocks(field, value, change, ctx);
    default: return plain(field, value, change, ctx.names);
  }
}

/** Which field types the desk shows itself (text it can mark word by word); others read-only forms. */
export function shownAsText(field) {
  return ['text', 'slug', 'url', 'richText', 'blocks', 'number', 'date', 'dateTime', 'boolean', 'tags'].includes(field.type);
}
