import {CmsElement, html} from '../ui/element.js';
import {t} from '../core/i18n.js';
import {href} from '../core/router.js';

export class NotFound extends CmsElement {
  render() {
    return html`<div class="page-header"><div><h1>${t('notfound.title')}</h1>
      <p class="lede">${t('notfound.text')}</p></div></div>
      <p><a href=${href('/')}>${t('notfound.home')}</a></p>`;
  }
}
customElements.define('cms-not-found', NotFound);
