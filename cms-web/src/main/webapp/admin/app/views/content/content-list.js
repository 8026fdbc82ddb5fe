// PLACEHOLDER: replaced by the real screen.
import {CmsElement, html} from '../../ui/element.js';

export class ContentList extends CmsElement {
  render() {
    return html`<div class="page-header"><h1>cms-content-list</h1></div>`;
  }
}
customElements.define('cms-content-list', ContentList);
