// PLACEHOLDER: replaced by the real screen.
import {CmsElement, html} from '../../ui/element.js';

export class ItemEditor extends CmsElement {
  render() {
    return html`<div class="page-header"><h1>cms-item-editor</h1></div>`;
  }
}
customElements.define('cms-item-editor', ItemEditor);
