// <cms-field-tags>: keywords as tokens. Enter or comma adds what was typed (trimmed, no
// duplicates regardless of case), Backspace in the empty input takes the last one back for
// editing, each token has its own remove button; what is typed is kept when the input is left.
import {html, nothing} from 'lit';
import {t} from '../../../core/i18n.js';
import {icon} from '../../../ui/icons.js';
import {FieldWidget} from './base.js';

export class TagsField extends FieldWidget {
  get tags() {
    return Array.isArray(this.value) ? this.value : [];
  }

  commit(input) {
    const parts = input.value.split(',').map((part) => part.trim()).filter(Boolean);
    if (!parts.length) {
      input.value = '';
      return;
    }
    const next = [...this.tags];
    const added = [];
    for (const part of parts) {
      if (!next.some((tag) => tag.toLowerCase() === part.toLowerCase())) {
        next.push(part);
        added.push(part);
      }
    }
    input.value = '';
    if (added.length) {
      this.change(next);
      this.announce(t('editor.tags.added', {tags: added.join(', ')}));
    } else {
      this.announce(t('editor.tags.duplicate', {tag: parts[0]}));
    }
  }

  onKey(event) {
    const input = event.target;
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      this.commit(input);
    } else if (event.key === 'Backspace' && !input.value && this.tags.length) {
      event.preventDefault();
      const last = this.tags[this.tags.length - 1];
      this.change(this.tags.slice(0, -1));
      input.value = last;
      this.announce(t('editor.tags.editing', {tag: last}));
    }
  }

  remove(index) {
    const tag = this.tags[index];
    this.change(this.tags.filter((_, i) => i !== index));
    this.announce(t('editor.tags.removed', {tag}));
    this.updateComplete.then(() => this.querySelector('input')?.focus());
  }

  render() {
    if (!this.field) return nothing;
    return html`<div class="tags ${this.invalid ? 'tags--invalid' : ''}">
      ${this.tags.length
        ? html`<ul class="tags__list" aria-label=${t('editor.tags.list')}>${this.tags.map((tag, i) => html`<li class="tag">
            <span lang=${this.contentLang || nothing}>${tag}</span>
            ${this.readonly ? nothing : html`<button type="button" class="tag__remove" aria-label=${t('editor.tags.remove', {tag})}
              @click=${() => this.remove(i)}>${icon('close')}</button>`}</li>`)}</ul>`
        : nothing}
      ${this.readonly
        ? (this.tags.length ? nothing : html`<p class="muted small">${t('common.none')}</p>`)
        : html`<input id=${this.inputId} type="text" class="tags__input" autocomplete="off" lang=${this.contentLang || nothing}
            aria-labelledby=${this.labelId} aria-describedby=${this.describedby || nothing}
            aria-invalid=${this.invalid ? 'true' : 'false'} placeholder=${t('editor.tags.placeholder')}
            @keydown=${this.onKey} @blur=${(e) => this.commit(e.target)}>`}
    </div>
    <p class="visually-hidden" role="status" aria-live="polite">${this.announcement || ''}</p>`;
  }
}
customElements.define('cms-field-tags', TagsField);
