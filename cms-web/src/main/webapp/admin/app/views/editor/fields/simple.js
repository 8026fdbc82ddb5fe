// <cms-field-simple>: the one-control fields — text (one line, several lines, or a choice of
// allowed values; a live count against maxLength), number, boolean, date, date and time (in Oslo
// time, stored as an instant with offset), slug and url. Also the rows of a list of such values.
import {html, nothing} from 'lit';
import {live} from 'lit/directives/live.js';
import {t, tOr} from '../../../core/i18n.js';
import {toOsloInput, fromOsloInput} from '../../../core/format.js';
import {FieldWidget} from './base.js';

const length = (text) => [...(text || '')].length;

export class SimpleField extends FieldWidget {
  static properties = {...FieldWidget.properties, rowLabel: {attribute: 'row-label'}};

  get describedIds() {
    const counter = this.field.maxLength && this.field.type === 'text' && !this.field.allowedValues ? `${this.inputId}-count` : '';
    return [this.describedby, counter].filter(Boolean).join(' ') || nothing;
  }

  onText(event) {
    const value = event.target.value;
    this.change(value === '' ? null : value);
  }

  onNumber(event) {
    const input = event.target;
    if (input.value === '') return this.change(null);
    const number = input.valueAsNumber;
    if (!Number.isNaN(number)) this.change(number);
  }

  counter() {
    const max = this.field.maxLength;
    const used = length(this.value);
    const over = used - max;
    return html`<span class="counter ${over > 0 ? 'counter--over' : ''}" id="${this.inputId}-count">
      ${over > 0 ? t('editor.counter.over', {count: over, max}) : t('editor.counter', {used, max})}</span>`;
  }

  attrs() {
    return {
      id: this.inputId,
      invalid: this.invalid ? 'true' : 'false',
      label: this.rowLabel || nothing
    };
  }

  renderText() {
    const f = this.field;
    const a = this.attrs();
    if (Array.isArray(f.allowedValues) && f.allowedValues.length) {
      return html`<select id=${a.id} aria-invalid=${a.invalid} aria-describedby=${this.describedIds} aria-label=${a.label}
          ?disabled=${this.readonly} @change=${this.onText}>
        <option value="" ?selected=${!this.value}>${t('editor.choose')}</option>
        ${f.allowedValues.map((v) => html`<option value=${v} ?selected=${this.value === v}>${tOr(`editor.value.${v}`, v)}</option>`)}
      </select>`;
    }
    const control = f.multiline
      ? html`<textarea id=${a.id} lang=${this.contentLang || nothing} rows="3" aria-invalid=${a.invalid}
          aria-describedby=${this.describedIds} aria-label=${a.label} ?readonly=${this.readonly}
          .value=${live(this.value || '')} @input=${this.onText}></textarea>`
      : html`<input id=${a.id} type="text" lang=${this.contentLang || nothing} aria-invalid=${a.invalid}
          aria-describedby=${this.describedIds} aria-label=${a.label} ?readonly=${this.readonly}
          .value=${live(this.value || '')} @input=${this.onText}>`;
    return html`${control}${f.maxLength ? this.counter() : nothing}`;
  }

  render() {
    const f = this.field;
    if (!f) return nothing;
    const a = this.attrs();
    const plain = (type, extra = {}) => html`<input id=${a.id} type=${type} aria-invalid=${a.invalid}
        aria-describedby=${this.describedIds} aria-label=${a.label} ?readonly=${this.readonly}
        autocomplete="off" spellcheck=${extra.spellcheck || nothing} inputmode=${extra.inputmode || nothing}
        .value=${live(this.value || '')} @input=${this.onText}>`;
    switch (f.type) {
      case 'text':
        return this.renderText();
      case 'number':
        return html`<input id=${a.id} type="number" inputmode=${f.integer ? 'numeric' : 'decimal'}
          min=${f.min ?? nothing} max=${f.max ?? nothing} step=${f.integer ? '1' : 'any'}
          aria-invalid=${a.invalid} aria-describedby=${this.describedIds} aria-label=${a.label} ?readonly=${this.readonly}
          .value=${live(this.value === null || this.value === undefined ? '' : String(this.value))} @input=${this.onNumber}>`;
      case 'boolean':
        return html`<input id=${a.id} type="checkbox" aria-invalid=${a.invalid} aria-describedby=${this.describedIds}
          aria-label=${a.label} ?disabled=${this.readonly} .checked=${live(this.value === true)}
          @change=${(e) => this.change(e.target.checked)}>`;
      case 'date':
        return html`<input id=${a.id} type="date" aria-invalid=${a.invalid} aria-describedby=${this.describedIds}
          aria-label=${a.label} ?readonly=${this.readonly} .value=${live(this.value || '')} @input=${this.onText}>`;
      case 'dateTime':
        return html`<input id=${a.id} type="datetime-local" aria-invalid=${a.invalid} aria-describedby=${this.describedIds}
          aria-label=${a.label} ?readonly=${this.readonly} .value=${live(toOsloInput(this.value))}
          @input=${(e) => this.change(fromOsloInput(e.target.value))}>`;
      case 'slug':
        return plain('text', {spellcheck: 'false'});
      case 'url':
        return plain('url', {spellcheck: 'false', inputmode: 'url'});
      default:
        return plain('text');
    }
  }
}
customElements.define('cms-field-simple', SimpleField);
