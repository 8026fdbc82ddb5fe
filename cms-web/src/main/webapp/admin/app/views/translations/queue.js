// PLACEHOLDER: replaced by the real screen.
import {CmsElement, html} from '../../ui/element.js';

export class TranslationQueue extends CmsElement {
  render() {
    return html`<div class="page-header"><h1>cms-translation-queue</h1></div>`;
  }
}
customElements.define('cms-translation-queue', TranslationQueue);
