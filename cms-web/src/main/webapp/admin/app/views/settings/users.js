// Users: who may do what, in which locales and content types. Create, change, disable and enable
// (the server keeps the last administrator), and reset a password (a generated one, shown once).
import {CmsElement, html, nothing} from '../../ui/element.js';
import {t, uiLanguage} from '../../core/i18n.js';
import {api} from '../../core/api.js';
import {localeName, typeName} from '../../core/catalog.js';
import {isAdmin, currentUser} from '../../core/session.js';
import {dateTime} from '../../core/format.js';
import {icon} from '../../ui/icons.js';
import {confirmDialog, toast, problemText} from '../../ui/dialogs.js';
import {adminOnly, showSecret} from './settings-common.js';
import {editUser} from './user-dialog.js';

export class UserList extends CmsElement {
  static properties = {users: {state: true}, error: {state: true}, refusal: {state: true}};

  connectedCallback() {
    super.connectedCallback();
    if (isAdmin()) this.load();
  }

  async load() {
    try {
      const {data} = await api.get('manage/users');
      this.users = [...data.items].sort((a, b) => a.username.localeCompare(b.username, uiLanguage()));
    } catch (error) {
      this.error = error;
    }
  }

  replace(user) {
    this.users = this.users.map((u) => (u.id === user.id ? user : u));
  }

  async refuse(error) {
    if (error.status === 412) await this.load(); // changed by someone else: show it as it is now
    this.refusal = {lead: t(error.type === 'last-administrator' ? 'settings.users.lastAdmin' : 'settings.users.refused'), detail: problemText(error)};
    await this.updateComplete;
    this.querySelector('.users__refusal')?.focus();
  }

  async create() {
    const user = await editUser(null);
    if (!user) return;
    this.users = [...this.users, user].sort((a, b) => a.username.localeCompare(b.username, uiLanguage()));
    toast(t('settings.users.created', {name: user.username}), {type: 'ok'});
  }

  async edit(user) {
    const saved = await editUser(user);
    if (!saved) return;
    this.replace(saved);
    toast(t('settings.users.saved', {name: saved.username}), {type: 'ok'});
  }

  async toggle(user) {
    const disable = !user.disabled;
    if (disable) {
      const ok = await confirmDialog({title: t('settings.users.disable.title', {name: user.username}),
        message: t('settings.users.disable.text'), confirmLabel: t('settings.users.disable'), danger: true});
      if (!ok) return;
    }
    try {
      const {data} = await api.patch(`manage/users/${encodeURIComponent(user.id)}`, {disabled: disable}, {ifMatch: user.etag});
      this.replace(data);
      this.refusal = null;
      toast(t(disable ? 'settings.users.disabled' : 'settings.users.enabled', {name: user.username}), {type: 'ok'});
    } catch (error) {
      await this.refuse(error);
    }
  }

  async reset(user) {
    const ok = await confirmDialog({title: t('settings.users.reset.title', {name: user.username}),
      message: t('settings.users.reset.text'), confirmLabel: t('settings.users.reset')});
    if (!ok) return;
    try {
      const {data, etag} = await api.post(`manage/users/${encodeURIComponent(user.id)}/password`, {}, {ifMatch: user.etag});
      // a new password is a new version of the user: its new ETag is the one the next change names
      this.replace({...user, etag});
      await showSecret({title: t('settings.users.reset.done', {name: user.username}), intro: t('settings.users.reset.intro'),
        secret: data.password, label: t('settings.users.reset.label')});
    } catch (error) {
      await this.refuse(error);
    }
  }

  limits(values, name) {
    if (!values.length) return html`<span class="muted">${t('common.all')}</span>`;
    return html`<span class="settings-taglist">${values.map((v) => html`<span class="settings-tag">${name(v)}</span>`)}</span>`;
  }

  row(user) {
    const me = currentUser();
    return html`<tr class=${user.disabled ? 'settings-row--disabled' : ''}>
      <th scope="row"><span class="mono">${user.username}</span>${me && me.id === user.id ? html` <span class="muted small">${t('settings.users.you')}</span>` : nothing}
        <span class="settings-row-note">${t('settings.users.since', {date: dateTime(user.createdAt)})}</span></th>
      <td>${user.roles.length ? user.roles.map((r) => t(`role.${r}`)).join(', ') : html`<span class="muted">${t('common.none')}</span>`}</td>
      <td>${this.limits(user.locales, (code) => html`<span lang=${code} class="mono">${code}</span><span class="visually-hidden"> ${localeName(code)}</span>`)}</td>
      <td>${this.limits(user.contentTypes, (key) => typeName(key))}</td>
      <td>${user.disabled
        ? html`<span class="badge badge--archived">${t('settings.users.state.disabled')}</span>`
        : html`<span class="badge badge--published">${t('settings.users.state.active')}</span>`}</td>
      <td><div class="row">
        <button class="button button--small" type="button" @click=${() => this.edit(user)}>${t('common.edit')}<span class="visually-hidden"> ${user.username}</span></button>
        <button class="button button--small" type="button" @click=${() => this.reset(user)}>${t('settings.users.reset')}<span class="visually-hidden"> – ${user.username}</span></button>
        <button class="button button--small ${user.disabled ? '' : 'button--danger'}" type="button" @click=${() => this.toggle(user)}>
          ${t(user.disabled ? 'settings.users.enable' : 'settings.users.disable')}<span class="visually-hidden"> ${user.username}</span></button>
      </div></td>
    </tr>`;
  }

  render() {
    if (!isAdmin()) return adminOnly(t('nav.users'));
    return html`<div class="page-header"><div><h1>${t('settings.users.title')}</h1><p class="lede">${t('settings.users.lede')}</p></div>
        <div class="page-header__actions"><button class="button button--primary" type="button" ?disabled=${!this.users}
          @click=${this.create}>${icon('plus')}${t('settings.users.new')}</button></div></div>
      ${this.refusal
        ? html`<div class="notice notice--error users__refusal" role="alert" tabindex="-1">${icon('warning')}<div>
            <p><strong>${this.refusal.lead}</strong></p><p lang="en">${this.refusal.detail}</p></div></div>`
        : nothing}
      ${this.error ? html`<p class="notice notice--error" role="alert">${problemText(this.error)}</p>` : nothing}
      ${this.users
        ? html`<div class="table-wrap"><table class="table">
            <caption class="visually-hidden">${t('settings.users.caption')}</caption>
            <thead><tr><th scope="col">${t('settings.users.username')}</th><th scope="col">${t('settings.users.roles')}</th>
              <th scope="col">${t('settings.users.locales')}</th><th scope="col">${t('settings.users.types')}</th>
              <th scope="col">${t('common.status')}</th><th scope="col">${t('common.actions')}</th></tr></thead>
            <tbody>${this.users.map((user) => this.row(user))}</tbody></table></div>`
        : this.error ? nothing : html`<p class="muted" role="status"><span class="spinner" aria-hidden="true"></span> ${t('common.loading')}</p>`}`;
  }
}
customElements.define('cms-user-list', UserList);
