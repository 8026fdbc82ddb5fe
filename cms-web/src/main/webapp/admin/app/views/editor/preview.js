// PLACEHOLDER: replaced by the real screen.
import {CmsElement, html} from '../../ui/element.js';

export class Preview extends CmsElement {
  render() {
    return html`<div class="page-header"><h1>cms-preview</h1></div>`;
  }
}
customElements.define('cms-preview', Preview);
