// Your own account: change your password, choose the UI language.
import {CmsElement, html, nothing, uid} from '../ui/element.js';
import {t, uiLanguage, loadLanguage, UI_LANGUAGES} from '../core/i18n.js';
import {api} from '../core/api.js';
import {currentUser} from '../core/session.js';
import {toast} from '../ui/dialogs.js';

export class Account extends CmsElement {
  static properties = {errors: {state: true}, notice: {state: true}};

  constructor() {
    super();
    this.errors = {};
    this.ids = {current: uid('current'), next: uid('next'), repeat: uid('repeat'), language: uid('language')};
  }

  async changePassword(event) {
    event.preventDefault();
    const form = event.target;
    this.errors = {};
    this.notice = null;
    if (form.newPassword.value !== form.repeat.value) {
      this.errors = {repeat: t('account.password.mismatch')};
      return;
    }
    try {
      await api.put('manage/users/me/password', {currentPassword: form.currentPassword.value, newPassword: form.newPassword.value});
      form.reset();
      toast(t('account.password.changed'));
    } catch (error) {
      this.errors = error.fieldErrors;
      if (!Object.keys(this.errors).length) this.notice = error.status === 429 ? t('signin.throttled', {seconds: 60}) : error.message;
    }
  }

  async chooseLanguage(event) {
    const language = event.target.value;
    localStorage.setItem('cms.uiLanguage', language);
    await loadLanguage(language);
    await api.put('manage/users/me/preferences', {uiLanguage: language}).catch(() => null);
    toast(t('account.language.saved'));
  }

  field(id, name, label, autocomplete, error, hint) {
    const errorId = `${id}-error`;
    return html`<div class="field ${error ? 'field--invalid' : ''}">
      <label for=${id}>${label}</label>
      ${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : nothing}
      <input id=${id} name=${name} type="password" autocomplete=${autocomplete} required
        aria-invalid=${error ? 'true' : 'false'} aria-describedby=${[error ? errorId : '', hint ? `${id}-hint` : ''].join(' ').trim() || nothing}>
      ${error ? html`<p class="error-text" id=${errorId}>${error}</p>` : nothing}
    </div>`;
  }

  render() {
    const me = currentUser();
    return html`<div class="page-header"><div><h1>${t('account.title')}</h1>
      <p class="lede">${t('account.lede', {name: me.username})}</p></div></div>
      <div class="grid grid--2">
        <section class="card" aria-labelledby="account-password">
          <h2 id="account-password">${t('account.password')}</h2>
          ${this.notice ? html`<div class="notice notice--error" role="alert">${this.notice}</div>` : nothing}
          <form @submit=${this.changePassword} novalidate>
            ${this.field(this.ids.current, 'currentPassword', t('account.password.current'), 'current-password', this.errors.currentPassword)}
            ${this.field(this.ids.next, 'newPassword', t('account.password.new'), 'new-password', this.errors.newPassword, t('account.password.hint'))}
            ${this.field(this.ids.repeat, 'repeat', t('account.password.repeat'), 'new-password', this.errors.repeat)}
            <button class="button button--primary" type="submit">${t('account.password.submit')}</button>
          </form>
        </section>
        <section class="card" aria-labelledby="account-language">
          <h2 id="account-language">${t('account.language')}</h2>
          <div class="field"><label for=${this.ids.language}>${t('account.language.label')}</label>
            <select id=${this.ids.language} @change=${this.chooseLanguage}>
              ${UI_LANGUAGES.map((language) => html`<option value=${language} lang=${language} ?selected=${uiLanguage() === language}>${t(`language.${language}`)}</option>`)}
            </select></div>
        </section>
      </div>`;
  }
}
customElements.define('cms-account', Account);
