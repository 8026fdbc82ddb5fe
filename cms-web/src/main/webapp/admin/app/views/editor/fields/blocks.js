// <cms-field-blocks>: an ordered list of typed modules ({type, id, fields}). Add one (choose its
// type), reorder with the mouse (drag handle) or the keyboard (move up/down; the new place is
// announced), remove with undo, fold a block away; each block's fields use the same widgets.
import {html, nothing} from 'lit';
import {repeat} from 'lit/directives/repeat.js';
import {t} from '../../../core/i18n.js';
import {icon} from '../../../ui/icons.js';
import {FieldWidget, moved} from './base.js';
import {blockTypeName, errorsUnder, errorText, newBlockId} from '../values.js';
import {renderField} from './field.js';

const FOLD_FROM = 6;

/** A short text of a block for its folded line: its first text, without markup. */
function summary(block) {
  for (const value of Object.values(block.fields || {})) {
    if (typeof value === 'string' && !/^[0-9a-f-]{36}$/.test(value)) {
      const text = value.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
      if (text) return text.length > 90 ? `${text.slice(0, 89)}…` : text;
    }
  }
  return '';
}

export class BlocksField extends FieldWidget {
  static properties = {...FieldWidget.properties, choosing: {state: true}, removed: {state: true}, drag: {state: true}};

  constructor() {
    super();
    this.folded = null;
  }

  get blocks() {
    return Array.isArray(this.value) ? this.value : [];
  }

  get allowed() {
    const all = Object.values(this.ctx.blockTypes || {});
    const keys = this.field.allowedBlocks;
    return keys && keys.length ? keys.map((key) => this.ctx.blockTypes[key]).filter(Boolean) : all;
  }

  willUpdate() {
    if (this.folded === null && this.field) {
      // long lists start folded, so the page is a table of contents first
      this.folded = new Set(this.blocks.length >= FOLD_FROM ? this.blocks.map((b) => b.id) : []);
    }
  }

  focusIn(id, selector) {
    this.updateComplete.then(() => {
      const block = this.querySelector(`.block[data-block-id="${CSS.escape(id)}"]`);
      const target = block && (block.querySelector(selector) || block.querySelector('.block__toggle'));
      if (target) target.focus();
    });
  }

  add(type) {
    const defaults = {};
    for (const f of type.fields) if (f.default !== undefined) defaults[f.key] = f.default;
    const block = {type: type.key, id: newBlockId(), fields: defaults};
    this.choosing = false;
    this.removed = null;
    this.change([...this.blocks, block]);
    this.announce(t('editor.blocks.added', {type: blockTypeName(type), position: this.blocks.length}));
    this.focusIn(block.id, '.block__fields input, .block__fields select, .block__fields textarea, .block__fields [contenteditable=true], .block__fields button');
  }

  move(index, to, which) {
    if (to < 0 || to >= this.blocks.length || to === index) return;
    const block = this.blocks[index];
    this.change(moved(this.blocks, index, to));
    this.announce(t('editor.blocks.moved', {type: this.typeName(block), position: to + 1, count: this.blocks.length}));
    if (which) this.focusIn(block.id, `[data-move=${which}]:not([aria-disabled=true])`);
  }

  remove(index) {
    const block = this.blocks[index];
    this.removed = {block, index};
    this.change(this.blocks.filter((_, i) => i !== index));
    this.announce(t('editor.blocks.removed', {type: this.typeName(block)}));
    this.updateComplete.then(() => this.querySelector('.blocks__undo')?.focus());
  }

  undo() {
    const {block, index} = this.removed;
    const next = [...this.blocks];
    next.splice(Math.min(index, next.length), 0, block);
    this.removed = null;
    this.change(next);
    this.announce(t('editor.blocks.restored', {type: this.typeName(block), position: index + 1}));
    this.focusIn(block.id, '.block__toggle');
  }

  toggle(block) {
    if (this.folded.has(block.id)) this.folded.delete(block.id);
    else this.folded.add(block.id);
    this.requestUpdate();
  }

  setField(index, key, value, path) {
    const next = [...this.blocks];
    const block = next[index];
    const fields = {...(block.fields || {})};
    if (value === null || value === undefined) delete fields[key];
    else fields[key] = value;
    next[index] = {...block, fields};
    this.change(next, path);
  }

  typeName(block) {
    return blockTypeName(this.ctx.blockTypes[block.type]) || block.type;
  }

  // ---- dragging with the mouse (pointer events, so it also works with pens and touch) ----
  startDrag(event, index) {
    if (event.button !== 0 || this.readonly) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    this.drag = {from: index, over: index};
  }

  overDrag(event) {
    if (!this.drag) return;
    const items = [...this.querySelectorAll(':scope > .blocks > .block')];
    let over = items.length;
    for (let i = 0; i < items.length; i++) {
      const rect = items[i].getBoundingClientRect();
      if (event.clientY < rect.top + rect.height / 2) {
        over = i;
        break;
      }
    }
    if (event.clientY < 40) window.scrollBy(0, -16);
    else if (event.clientY > window.innerHeight - 40) window.scrollBy(0, 16);
    if (over !== this.drag.over) this.drag = {...this.drag, over};
  }

  endDrag() {
    if (!this.drag) return;
    const {from, over} = this.drag;
    this.drag = null;
    const to = over > from ? over - 1 : over;
    if (to !== from) this.move(from, to);
  }

  renderBlock(block, index, count) {
    const type = this.ctx.blockTypes[block.type];
    const base = `${this.path}[${index}]`;
    const headingId = `${this.inputId}-${block.id}-title`;
    const bodyId = `${this.inputId}-${block.id}-body`;
    const folded = this.folded.has(block.id);
    const name = this.typeName(block);
    const known = new Set(type ? type.fields.map((f) => `${base}.fields.${f.key}`) : []);
    const own = errorsUnder(this.ctx.errors, base).filter(([path]) => ![...known].some((k) => path === k || path.startsWith(`${k}.`) || path.startsWith(`${k}[`)));
    const nested = errorsUnder(this.ctx.errors, base).length;
    const drop = this.drag && this.drag.over === index && this.drag.from !== index && this.drag.from !== index - 1;
    const ctx = {...this.ctx, blockType: block.type};
    return html`<li class="block ${this.drag && this.drag.from === index ? 'block--dragging' : ''} ${drop ? 'block--drop' : ''} ${nested ? 'block--invalid' : ''}"
        data-block-id=${block.id} data-path=${base} aria-labelledby=${headingId}>
      <div class="block__header">
        ${this.readonly ? nothing : html`<span class="block__handle" aria-hidden="true" title=${t('editor.blocks.drag')}
          @pointerdown=${(e) => this.startDrag(e, index)} @pointermove=${this.overDrag} @pointerup=${this.endDrag}
          @pointercancel=${() => (this.drag = null)}>${icon('drag')}</span>`}
        <h3 class="block__title" id=${headingId}>
          <button type="button" class="block__toggle" aria-expanded=${folded ? 'false' : 'true'} aria-controls=${bodyId}
            @click=${() => this.toggle(block)}>${icon(folded ? 'down' : 'up')}<span>${index + 1}. ${name}</span></button></h3>
        ${folded ? html`<span class="block__summary">${summary(block)}</span>` : nothing}
        ${nested ? html`<span class="block__error-mark">${icon('warning')}${t('editor.blocks.hasErrors')}</span>` : nothing}
        ${this.readonly ? nothing : html`<span class="block__actions">
          <button type="button" class="button button--quiet button--small" data-move="up" aria-disabled=${index === 0 ? 'true' : 'false'}
            aria-label=${t('editor.blocks.up', {type: name, position: index + 1})} @click=${() => this.move(index, index - 1, 'up')}>${icon('up')}</button>
          <button type="button" class="button button--quiet button--small" data-move="down" aria-disabled=${index === count - 1 ? 'true' : 'false'}
            aria-label=${t('editor.blocks.down', {type: name, position: index + 1})} @click=${() => this.move(index, index + 1, 'down')}>${icon('down')}</button>
          <button type="button" class="button button--quiet button--small" aria-label=${t('editor.blocks.remove', {type: name, position: index + 1})}
            @click=${() => this.remove(index)}>${icon('trash')}</button></span>`}
      </div>
      ${own.length ? html`<p class="error-text block__errors">${icon('warning')}<span>${own.map(([, m]) => errorText(m)).join(' ')}</span></p>` : nothing}
      <div class="block__fields" id=${bodyId} ?hidden=${folded}>
        ${type
          ? type.fields.map((f) => renderField(f, (block.fields || {})[f.key], `${base}.fields.${f.key}`, ctx, {
              readonly: this.readonly,
              contentLang: this.contentLang,
              onChange: (value, path) => this.setField(index, f.key, value, path)
            }))
          : html`<p class="notice notice--warn">${t('editor.blocks.unknownType', {type: block.type})}</p>`}
      </div>
    </li>`;
  }

  renderChooser() {
    const close = () => {
      this.choosing = false;
      this.updateComplete.then(() => this.querySelector('.blocks__add')?.focus());
    };
    return html`<div class="block-chooser" role="group" aria-label=${t('editor.blocks.choose')}
        @keydown=${(e) => e.key === 'Escape' && (e.preventDefault(), e.stopPropagation(), close())}>
      <p class="block-chooser__title">${t('editor.blocks.choose')}</p>
      <ul>${this.allowed.map((type) => html`<li><button type="button" class="button button--small" data-block-type=${type.key}
        @click=${() => this.add(type)}>${icon('plus')}${blockTypeName(type)}</button></li>`)}</ul>
      <button type="button" class="button button--quiet button--small" @click=${close}>${t('common.cancel')}</button>
    </div>`;
  }

  render() {
    if (!this.field) return nothing;
    const blocks = this.blocks;
    return html`${blocks.length
        ? html`<ol class="blocks ${this.drag ? 'blocks--dragging' : ''} ${this.drag && this.drag.over === blocks.length && this.drag.from !== blocks.length - 1 ? 'blocks--drop-end' : ''}">
            ${repeat(blocks, (b) => b.id, (b, i) => this.renderBlock(b, i, blocks.length))}</ol>`
        : html`<p class="empty blocks__empty">${t('editor.blocks.empty')}</p>`}
      ${this.removed ? html`<div class="notice notice--info blocks__removed">
          ${icon('info')}<span>${t('editor.blocks.removed', {type: this.typeName(this.removed.block)})}</span>
          <button type="button" class="button button--small blocks__undo" @click=${this.undo}>${t('editor.blocks.undo')}</button></div>` : nothing}
      ${this.readonly ? nothing : this.choosing ? this.renderChooser() : html`<button type="button" class="button blocks__add" id=${this.inputId}
          aria-expanded="false" aria-describedby=${this.describedby || nothing}
          @click=${() => {
            this.choosing = true;
            this.updateComplete.then(() => this.querySelector('.block-chooser button')?.focus());
          }}>${icon('plus')}${t('editor.blocks.add')}</button>`}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement || ''}</p>`;
  }
}
customElements.define('cms-field-blocks', BlocksField);
