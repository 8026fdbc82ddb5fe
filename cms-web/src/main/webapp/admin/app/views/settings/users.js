// PLACEHOLDER: replaced by the real screen.
import {CmsElement, html} from '../../ui/element.js';

export class UserList extends CmsElement {
  render() {
    return html`<div class="page-header"><h1>cms-user-list</h1></div>`;
  }
}
customElements.define('cms-user-list', UserList);
