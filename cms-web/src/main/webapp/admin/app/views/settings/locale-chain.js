// A fallback chain being edited: the locales tried, in order, when content is missing; reorder
// them (drag, buttons, Alt+Arrow keys), take one out, add another.
import {CmsElement, html, nothing} from '../../ui/element.js';
import {repeat} from 'lit/directives/repeat.js';
import {t} from '../../core/i18n.js';
import {icon} from '../../ui/icons.js';
import {Reorder} from './reorder.js';

export class LocaleChain extends CmsElement {
  static properties = {
    chain: {attribute: false},
    options: {attribute: false},
    names: {attribute: false},
    owner: {attribute: false}
  };

  constructor() {
    super();
    this.chain = [];
    this.reorder = new Reorder(this, {
      get: () => this.chain,
      set: (chain) => this.change(chain),
      label: (code) => this.name(code),
      id: (code) => code
    });
  }

  name(code) {
    return (this.names && this.names(code)) || code;
  }

  change(chain) {
    this.chain = chain;
    this.emit('chain-change', chain);
  }

  add() {
    const select = this.querySelector('select');
    if (!select || !select.value) return;
    const code = select.value;
    this.change([...this.chain, code]);
    this.reorder.announce(t('settings.chain.added', {name: this.name(code)}));
  }

  removeStep(index) {
    const code = this.chain[index];
    this.change(this.chain.filter((_, i) => i !== index));
    this.reorder.announce(t('settings.chain.removed', {name: this.name(code)}));
    this.updateComplete.then(() => this.querySelector('.locale-chain__list button, select')?.focus());
  }

  render() {
    const chain = this.chain || [];
    const remaining = (this.options || []).filter((code) => code !== this.owner && !chain.includes(code));
    const selectId = `chain-add-${this.owner || 'new'}`;
    return html`${this.reorder.status()}
      ${chain.length
        ? html`<ol class="locale-chain__list">${repeat(chain, (code) => code, (code, index) => {
            const handlers = this.reorder.rowHandlers(index);
            return html`<li class="locale-chain__step" data-reorder-id=${code} @keydown=${handlers.keydown}
                @dragover=${handlers.dragover} @dragleave=${handlers.dragleave} @drop=${handlers.drop}>
              ${this.reorder.controls(index, this.name(code))}
              <span class="locale-chain__name">${index + 1}. ${this.name(code)} <span class="muted mono">(${code})</span></span>
              <button class="button button--quiet button--small" type="button" aria-label=${t('settings.chain.remove', {name: this.name(code)})}
                @click=${() => this.removeStep(index)}>${icon('close')}</button>
            </li>`;
          })}</ol>`
        : html`<p class="muted">${t('settings.chain.empty')}</p>`}
      ${remaining.length
        ? html`<div class="field locale-chain__add"><label for=${selectId}>${t('settings.chain.addLabel')}</label>
            <div class="input-group">
              <select id=${selectId}>${remaining.map((code) => html`<option value=${code}>${this.name(code)} (${code})</option>`)}</select>
              <button class="button" type="button" @click=${this.add}>${icon('plus')}${t('settings.chain.add')}</button>
            </div></div>`
        : nothing}`;
  }
}
customElements.define('cms-locale-chain', LocaleChain);
