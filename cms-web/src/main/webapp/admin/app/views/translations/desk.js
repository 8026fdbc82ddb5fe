// PLACEHOLDER: replaced by the real screen.
import {CmsElement, html} from '../../ui/element.js';

export class TranslationDesk extends CmsElement {
  render() {
    return html`<div class="page-header"><h1>cms-translation-desk</h1></div>`;
  }
}
customElements.define('cms-translation-desk', TranslationDesk);
