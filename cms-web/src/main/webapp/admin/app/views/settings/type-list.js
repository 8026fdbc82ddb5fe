// Content types and block types: two lists on one screen (switched in the address), each row a
// link to the type's editor.
import {CmsElement, html, nothing} from '../../ui/element.js';
import {t, uiLanguage} from '../../core/i18n.js';
import {api} from '../../core/api.js';
import {href} from '../../core/router.js';
import {isAdmin} from '../../core/session.js';
import {relative, dateTime} from '../../core/format.js';
import {icon} from '../../ui/icons.js';
import {problemText} from '../../ui/dialogs.js';
import {adminOnly} from './settings-common.js';

function nameOf(type) {
  const names = type.name || {};
  return names[uiLanguage()] || names.nb || names.en || type.key;
}

export class TypeList extends CmsElement {
  static properties = {route: {attribute: false}, types: {state: true}, error: {state: true}};

  connectedCallback() {
    super.connectedCallback();
    this.kind = this.route.query.kind === 'block' ? 'block' : 'content';
    if (isAdmin()) this.load();
  }

  async load() {
    try {
      const {data} = await api.get(`manage/${this.kind}-types`);
      this.types = [...data.items].sort((a, b) => nameOf(a).localeCompare(nameOf(b), uiLanguage()));
    } catch (error) {
      this.error = error;
    }
  }

  suffix() {
    return this.kind === 'block' ? '?kind=block' : '';
  }

  row(type) {
    const link = href(`/settings/types/${encodeURIComponent(type.key)}${this.suffix()}`);
    return html`<tr>
      <td class="title"><a href=${link}>${nameOf(type)}</a>
        ${type.description && (type.description[uiLanguage()] || type.description.nb)
          ? html`<span class="settings-row-note">${type.description[uiLanguage()] || type.description.nb}</span>` : nothing}</td>
      <td class="mono">${type.key}</td>
      <td class="num">${type.fields.length}</td>
      <td>${type.builtIn ? html`<span class="settings-tag">${t('settings.types.builtIn')}</span>` : html`<span class="settings-tag">${t('settings.types.custom')}</span>`}</td>
      <td class="num">${type.version}</td>
      <td class="nowrap"><time datetime=${type.updatedAt} title=${dateTime(type.updatedAt)}>${relative(type.updatedAt)}</time>
        <span class="muted small settings-row-note">${t('common.by', {name: type.updatedBy})}</span></td>
    </tr>`;
  }

  render() {
    if (!isAdmin()) return adminOnly(t('nav.types'));
    const content = this.kind === 'content';
    const heading = t(content ? 'settings.types.content' : 'settings.types.blocks');
    return html`<div class="page-header">
        <div><h1>${t('settings.types.title')}</h1><p class="lede">${t('settings.types.lede')}</p></div>
        <div class="page-header__actions">
          <a class="button button--primary" href=${href(`/settings/types/new${this.suffix()}`)}>${icon('plus')}${t(content ? 'settings.type.newContent' : 'settings.type.newBlock')}</a>
        </div></div>
      <nav class="settings-tabs" aria-label=${t('settings.types.kinds')}>
        <a href=${href('/settings/types')} aria-current=${content ? 'page' : nothing}>${t('settings.types.content')}</a>
        <a href=${href('/settings/types?kind=block')} aria-current=${content ? nothing : 'page'}>${t('settings.types.blocks')}</a>
      </nav>
      <p class="muted">${t(content ? 'settings.types.content.hint' : 'settings.types.blocks.hint')}</p>
      ${this.error
        ? html`<p class="notice notice--error" role="alert">${problemText(this.error)}</p>`
        : !this.types
          ? html`<p class="muted" role="status"><span class="spinner" aria-hidden="true"></span> ${t('common.loading')}</p>`
          : html`<div class="table-wrap"><table class="table">
              <caption class="visually-hidden">${heading}</caption>
              <thead><tr><th scope="col">${t('settings.types.name')}</th><th scope="col">${t('settings.type.key')}</th>
                <th scope="col" class="num">${t('settings.types.fields')}</th><th scope="col">${t('settings.types.origin')}</th>
                <th scope="col" class="num">${t('settings.types.version')}</th><th scope="col">${t('common.updated')}</th></tr></thead>
              <tbody>${this.types.map((type) => this.row(type))}</tbody>
            </table></div>`}`;
  }
}
customElements.define('cms-type-list', TypeList);
