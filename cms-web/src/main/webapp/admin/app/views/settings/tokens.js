// Machine tokens for front ends and integrations: list, make one (name, scopes, lifetime; the token
// is shown once), revoke.
import {CmsElement, html, nothing} from '../../ui/element.js';
import {t} from '../../core/i18n.js';
import {api} from '../../core/api.js';
import {isAdmin} from '../../core/session.js';
import {dateTime, relative} from '../../core/format.js';
import {icon} from '../../ui/icons.js';
import {confirmDialog, toast, problemText} from '../../ui/dialogs.js';
import {adminOnly, showSecret} from './settings-common.js';

export const SCOPES = ['delivery:preview', 'manage:read', 'manage:write', 'manage:publish'];
const LIFETIMES = ['P7D', 'P30D', 'P90D', 'P180D', 'P365D'];

export class MachineTokens extends CmsElement {
  static properties = {tokens: {state: true}, error: {state: true}, errors: {state: true}, notice: {state: true}, busy: {state: true}};

  constructor() {
    super();
    this.errors = {};
  }

  connectedCallback() {
    super.connectedCallback();
    if (isAdmin()) this.load();
  }

  async load() {
    try {
      const {data} = await api.get('manage/machine-tokens');
      this.tokens = [...data.items].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    } catch (error) {
      this.error = error;
    }
  }

  async create(event) {
    event.preventDefault();
    const form = event.target;
    const scopes = SCOPES.filter((scope) => form.querySelector(`[data-scope="${scope}"]`).checked);
    this.errors = {};
    this.notice = null;
    this.busy = true;
    try {
      const {data} = await api.post('manage/machine-tokens', {name: form.tokenName.value.trim(), scopes, expiresIn: form.lifetime.value});
      form.reset();
      const {token, ...listed} = data;
      this.tokens = [listed, ...(this.tokens || [])];
      await showSecret({title: t('settings.tokens.created', {name: data.name}), intro: t('settings.tokens.created.intro'),
        secret: token, label: t('settings.tokens.token')});
    } catch (error) {
      this.errors = error.fieldErrors;
      this.notice = Object.keys(this.errors).length ? t('settings.tokens.invalid') : problemText(error);
    } finally {
      this.busy = false;
    }
  }

  async revoke(token) {
    const ok = await confirmDialog({title: t('settings.tokens.revoke.title', {name: token.name}),
      message: t('settings.tokens.revoke.text'), confirmLabel: t('settings.tokens.revoke'), danger: true});
    if (!ok) return;
    try {
      await api.delete(`manage/tokens/${encodeURIComponent(token.id)}`);
      this.tokens = this.tokens.filter((t2) => t2.id !== token.id);
      toast(t('settings.tokens.revoked', {name: token.name}), {type: 'ok'});
    } catch (error) {
      this.notice = problemText(error);
    }
  }

  renderForm() {
    const nameError = this.errors.name;
    const scopeError = this.errors.scopes;
    const lifeError = this.errors.expiresIn;
    return html`<section class="card" aria-labelledby="tokens-new"><h2 id="tokens-new">${t('settings.tokens.new')}</h2>
      ${this.notice ? html`<div class="notice notice--error" role="alert"><p>${this.notice}</p></div>` : nothing}
      <form @submit=${this.create} novalidate>
        <div class="settings-grid">
          <div class="field ${nameError ? 'field--invalid' : ''}"><label for="token-name">${t('settings.tokens.name')}</label>
            <span class="hint" id="token-name-hint">${t('settings.tokens.name.hint')}</span>
            <input id="token-name" name="tokenName" type="text" required autocomplete="off" aria-invalid=${nameError ? 'true' : 'false'}
              aria-describedby=${nameError ? 'token-name-hint token-name-error' : 'token-name-hint'}>
            ${nameError ? html`<p class="error-text" id="token-name-error">${nameError}</p>` : nothing}</div>
          <div class="field ${lifeError ? 'field--invalid' : ''}"><label for="token-lifetime">${t('settings.tokens.lifetime')}</label>
            <span class="hint" id="token-lifetime-hint">${t('settings.tokens.lifetime.hint')}</span>
            <select id="token-lifetime" name="lifetime" aria-describedby="token-lifetime-hint">
              ${LIFETIMES.map((p) => html`<option value=${p} ?selected=${p === 'P90D'}>${t(`settings.tokens.lifetime.${p}`)}</option>`)}
            </select>
            ${lifeError ? html`<p class="error-text">${lifeError}</p>` : nothing}</div>
        </div>
        <fieldset class="settings-choices ${scopeError ? 'field--invalid' : ''}" aria-describedby=${scopeError ? 'token-scopes-error' : nothing}>
          <legend>${t('settings.tokens.scopes')}</legend>
          <div class="settings-choices__list">${SCOPES.map((scope) => html`<div class="check">
            <input type="checkbox" id="token-scope-${scope.replace(':', '-')}" data-scope=${scope} ?checked=${scope === 'delivery:preview'}>
            <label for="token-scope-${scope.replace(':', '-')}"><span class="mono">${scope}</span><span class="hint">${t(`settings.tokens.scope.${scope}`)}</span></label></div>`)}
          </div>
          ${scopeError ? html`<p class="error-text" id="token-scopes-error">${scopeError}</p>` : nothing}
        </fieldset>
        <button class="button button--primary" type="submit" ?disabled=${this.busy}>${icon('plus')}${t('settings.tokens.create')}</button>
      </form></section>`;
  }

  renderList() {
    if (this.error) return html`<p class="notice notice--error" role="alert">${problemText(this.error)}</p>`;
    if (!this.tokens) return html`<p class="muted" role="status"><span class="spinner" aria-hidden="true"></span> ${t('common.loading')}</p>`;
    if (!this.tokens.length) return html`<p class="empty">${t('settings.tokens.empty')}</p>`;
    return html`<div class="table-wrap"><table class="table">
      <caption class="visually-hidden">${t('settings.tokens.caption')}</caption>
      <thead><tr><th scope="col">${t('settings.tokens.name')}</th><th scope="col">${t('settings.tokens.scopes')}</th>
        <th scope="col">${t('settings.tokens.createdAt')}</th><th scope="col">${t('settings.tokens.expiresAt')}</th><th scope="col">${t('common.actions')}</th></tr></thead>
      <tbody>${this.tokens.map((token) => html`<tr>
        <th scope="row">${token.name}</th>
        <td><span class="settings-taglist">${token.scopes.map((s) => html`<span class="settings-tag mono">${s}</span>`)}</span></td>
        <td class="nowrap">${dateTime(token.createdAt)}</td>
        <td class="nowrap"><time datetime=${token.expiresAt} title=${dateTime(token.expiresAt)}>${relative(token.expiresAt)}</time></td>
        <td><button class="button button--small button--danger" type="button" @click=${() => this.revoke(token)}>${t('settings.tokens.revoke')}<span class="visually-hidden"> ${token.name}</span></button></td>
      </tr>`)}</tbody></table></div>`;
  }

  render() {
    if (!isAdmin()) return adminOnly(t('nav.tokens'));
    return html`<div class="page-header"><div><h1>${t('settings.tokens.title')}</h1><p class="lede">${t('settings.tokens.lede')}</p></div></div>
      <div class="stack">${this.renderForm()}
        <section aria-labelledby="tokens-active"><h2 id="tokens-active">${t('settings.tokens.active')}</h2>${this.renderList()}</section></div>`;
  }
}
customElements.define('cms-machine-tokens', MachineTokens);
