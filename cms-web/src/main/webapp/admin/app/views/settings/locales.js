// PLACEHOLDER: replaced by the real screen.
import {CmsElement, html} from '../../ui/element.js';

export class LocaleSettings extends CmsElement {
  render() {
    return html`<div class="page-header"><h1>cms-locale-settings</h1></div>`;
  }
}
customElements.define('cms-locale-settings', LocaleSettings);
