// PLACEHOLDER: replaced by the real screen.
import {CmsElement, html} from '../../ui/element.js';

export class Trash extends CmsElement {
  render() {
    return html`<div class="page-header"><h1>cms-trash</h1></div>`;
  }
}
customElements.define('cms-trash', Trash);
