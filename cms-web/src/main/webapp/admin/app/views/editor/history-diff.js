// <cms-revision-diff .itemId .locale .from .to .type .blockTypes .sharedLocale>: how two revisions
// of a variant differ, from GET …/revisions/diff — field by field in the type's order, rich text by
// paragraph, blocks by block (added, removed, changed with the fields that changed, moved), words
// highlighted (diff.js), shared fields marked. Referenced items and assets are named, not shown as
// ids.
import {CmsElement, html, nothing} from '../../ui/element.js';
import {api, query} from '../../core/api.js';
import {t} from '../../core/i18n.js';
import {icon} from '../../ui/icons.js';
import {problemText} from '../../ui/dialogs.js';
import {labelOf, blockTypeName} from './values.js';
import {diffWords, renderDiff} from './diff.js';
import {displayValue} from './conflict.js';
import {itemSummary, asset} from './lookups.js';

const RICH = {type: 'richText'};
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function names(changes, locale) {
  const ids = new Set();
  const collect = (value) => {
    if (typeof value === 'string' && ID.test(value)) ids.add(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  changes.forEach((change) => [change.before, change.after].forEach(collect));
  const found = {};
  await Promise.all([...ids].map(async (id) => {
    const item = await itemSummary(id, locale);
    found[id] = item && !item.missing ? item.title : await asset(id).then((a) => a.title || a.fileName, () => id);
  }));
  return found;
}

export class RevisionDiff extends CmsElement {
  static properties = {
    itemId: {}, locale: {}, from: {type: Number}, to: {type: Number},
    type: {attribute: false}, blockTypes: {attribute: false}, sharedLocale: {},
    diff: {state: true}, failed: {state: true}
  };

  willUpdate() {
    const key = `${this.itemId}|${this.locale}|${this.from}|${this.to}`;
    if (this.itemId && this.from && this.to && key !== this.key) {
      this.key = key;
      this.load(key);
    }
  }

  async load(key) {
    this.failed = null;
    this.diff = null;
    try {
      const {data} = await api.get(`manage/items/${encodeURIComponent(this.itemId)}/variants/${this.locale}/revisions/diff${query({from: this.from, to: this.to})}`);
      const named = await names([...data.fields, ...data.shared], this.locale);
      if (key === this.key) this.diff = {...data, names: named};
    } catch (error) {
      if (key === this.key) this.failed = problemText(error);
    }
  }

  get byKey() {
    return Object.fromEntries((this.blockTypes || []).map((b) => [b.key, b]));
  }

  text(field, value) {
    return displayValue(field, value, this.diff.names, this.byKey);
  }

  words(field, before, after, lang) {
    return html`<p class="diff-text" lang=${lang || nothing}>${renderDiff(diffWords(this.text(field, before), this.text(field, after)))}</p>`;
  }

  /** A whole block as text: its fields' values in its type's order. */
  blockText(blockType, block) {
    const values = (block && block.fields) || {};
    const fields = blockType ? blockType.fields : Object.keys(values).map((key) => ({key, type: 'text'}));
    return fields.filter((f) => values[f.key] !== undefined && values[f.key] !== null)
      .map((f) => this.text(f, values[f.key]).replace(/\n/g, ' ')).filter(Boolean).join(' · ');
  }

  paragraph(part, lang) {
    const position = (part.afterIndex ?? part.beforeIndex) + 1;
    return html`<li class="diff-part diff-part--${part.change}">
      <p class="diff-part__label">${t(`history.paragraph.${part.change}`, {position})}</p>
      ${this.words(RICH, part.before, part.after, lang)}</li>`;
  }

  block(part, lang) {
    const blockType = this.byKey[part.type];
    const name = blockTypeName(blockType) || part.type;
    const label = t(`history.block.${part.change}`, {type: name, before: (part.beforeIndex ?? 0) + 1, after: (part.afterIndex ?? 0) + 1});
    let body = nothing;
    if (part.change === 'added' || part.change === 'removed') {
      const text = this.blockText(blockType, part.change === 'added' ? part.after : part.before);
      body = html`<p class="diff-text" lang=${lang || nothing}>${renderDiff(part.change === 'added' ? [{op: '+', text}] : [{op: '-', text}])}</p>`;
    } else if (part.change === 'changed') {
      body = html`<dl class="diff-block-fields">${(part.fields || []).map((key) => {
        const field = (blockType && blockType.fields.find((f) => f.key === key)) || {key, type: 'text'};
        return html`<dt>${labelOf(field)}</dt><dd>${this.words(field, ((part.before || {}).fields || {})[key], ((part.after || {}).fields || {})[key], lang)}</dd>`;
      })}</dl>`;
    }
    return html`<li class="diff-part diff-part--${part.change}" data-block=${part.id}>
      <p class="diff-part__label">${icon(part.change === 'moved' ? 'drag' : part.change === 'removed' ? 'trash' : part.change === 'added' ? 'plus' : 'document')}${label}</p>
      ${body}</li>`;
  }

  change(change, field, shared) {
    const lang = shared ? this.sharedLocale : this.locale;
    const parts = change.parts || [];
    let body;
    if (parts.length && field.type === 'richText') body = html`<ol class="diff-parts">${parts.map((p) => this.paragraph(p, lang))}</ol>`;
    else if (parts.length && field.type === 'blocks') body = html`<ol class="diff-parts">${parts.map((p) => this.block(p, lang))}</ol>`;
    else body = this.words(field, change.before, change.after, lang);
    return html`<section class="diff-field" data-field=${change.field}>
      <h3>${labelOf(field)}
        ${shared ? html`<span class="shared-mark">${icon('shared')}${t('history.shared')}</span>` : nothing}
        <span class="diff-kind diff-kind--${change.change}">${t(`history.change.${change.change}`)}</span></h3>
      ${body}</section>`;
  }

  render() {
    if (this.failed) return html`<p class="notice notice--error" role="alert">${icon('warning')}<span>${this.failed}</span></p>`;
    if (!this.diff) return html`<p class="muted" role="status"><span class="spinner" aria-hidden="true"></span> ${t('common.loading')}</p>`;
    const fields = (this.type && this.type.fields) || [];
    const entries = [
      ...this.diff.fields.map((change) => ({change, shared: false})),
      ...this.diff.shared.map((change) => ({change, shared: true}))
    ];
    const order = (entry) => {
      const index = fields.findIndex((f) => f.key === entry.change.field);
      return index < 0 ? fields.length : index;
    };
    entries.sort((a, b) => order(a) - order(b));
    if (!entries.length) return html`<p class="empty" role="status">${t('history.noChanges')}</p>`;
    return html`<p class="visually-hidden" role="status">${t('history.changedFields', {count: entries.length})}</p>
      ${entries.map(({change, shared}) => this.change(change, fields.find((f) => f.key === change.field) || {key: change.field, type: 'text'}, shared))}`;
  }
}
customElements.define('cms-revision-diff', RevisionDiff);
