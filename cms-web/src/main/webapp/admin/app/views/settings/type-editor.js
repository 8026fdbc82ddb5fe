// PLACEHOLDER: replaced by the real screen.
import {CmsElement, html} from '../../ui/element.js';

export class TypeEditor extends CmsElement {
  render() {
    return html`<div class="page-header"><h1>cms-type-editor</h1></div>`;
  }
}
customElements.define('cms-type-editor', TypeEditor);
