// PLACEHOLDER: replaced by the real screen.
import {CmsElement, html} from '../../ui/element.js';

export class AssetDetail extends CmsElement {
  render() {
    return html`<div class="page-header"><h1>cms-asset-detail</h1></div>`;
  }
}
customElements.define('cms-asset-detail', AssetDetail);
