// PLACEHOLDER: replaced by the real screen.
import {CmsElement, html} from '../../ui/element.js';

export class MediaLibrary extends CmsElement {
  render() {
    return html`<div class="page-header"><h1>cms-media-library</h1></div>`;
  }
}
customElements.define('cms-media-library', MediaLibrary);
