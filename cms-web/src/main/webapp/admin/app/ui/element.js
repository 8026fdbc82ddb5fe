// The base of every view and component: Lit, rendering into the light DOM so the one stylesheet,
// label/for pairs and landmarks work across components, and re-rendering when the UI language
// changes.
import {LitElement} from 'lit';
import {onLanguageChange} from '../core/i18n.js';

export {html, nothing, svg} from 'lit';

export class CmsElement extends LitElement {
  createRenderRoot() {
    return this;
  }

  connectedCallback() {
    super.connectedCallback();
    this._offLanguage = onLanguageChange(() => this.requestUpdate());
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    if (this._offLanguage) this._offLanguage();
  }

  /** Sends a bubbling event. */
  emit(name, detail) {
    this.dispatchEvent(new CustomEvent(name, {detail, bubbles: true, composed: true}));
  }
}

let counter = 0;
/** A unique id for label/for and aria-describedby pairs. */
export function uid(prefix = 'id') {
  counter += 1;
  return `${prefix}-${counter}`;
}
