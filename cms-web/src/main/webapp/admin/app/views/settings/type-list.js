// PLACEHOLDER: replaced by the real screen.
import {CmsElement, html} from '../../ui/element.js';

export class TypeList extends CmsElement {
  render() {
    return html`<div class="page-header"><h1>cms-type-list</h1></div>`;
  }
}
customElements.define('cms-type-list', TypeList);
