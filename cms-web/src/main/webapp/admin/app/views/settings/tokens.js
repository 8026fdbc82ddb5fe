// PLACEHOLDER: replaced by the real screen.
import {CmsElement, html} from '../../ui/element.js';

export class MachineTokens extends CmsElement {
  render() {
    return html`<div class="page-header"><h1>cms-machine-tokens</h1></div>`;
  }
}
customElements.define('cms-machine-tokens', MachineTokens);
