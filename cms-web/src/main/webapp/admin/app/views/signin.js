// Signing in: the first screen, and the same form in a dialog when a session runs out mid-work.
import {CmsElement, html, nothing, uid} from '../ui/element.js';
import {t} from '../core/i18n.js';
import {signIn, renew} from '../core/session.js';
import {openDialog} from '../ui/dialogs.js';

function signInError(error) {
  if (error.status === 401) return t('signin.wrong');
  if (error.status === 429) {
    const wait = error.response && error.response.headers.get('Retry-After');
    return t('signin.throttled', {seconds: wait || '60'});
  }
  if (error.status === 400) return t('signin.invalid');
  return t('common.failed');
}

export class SignIn extends CmsElement {
  static properties = {error: {state: true}, busy: {state: true}};

  constructor() {
    super();
    this.ids = {user: uid('user'), password: uid('password'), error: uid('error')};
  }

  async submit(event) {
    event.preventDefault();
    const form = event.target;
    this.busy = true;
    this.error = null;
    try {
      await signIn(form.username.value.trim(), form.password.value);
      this.emit('signed-in');
    } catch (error) {
      this.error = signInError(error);
      form.password.select();
    } finally {
      this.busy = false;
    }
  }

  render() {
    return html`<main class="signin" id="main">
      <div class="signin__panel card">
        <div class="signin__brand"><img src="/admin/app/styles/icon.svg" alt=""><h1>${t('signin.title')}</h1></div>
        ${this.error ? html`<div class="notice notice--error" id=${this.ids.error} role="alert">${this.error}</div>` : nothing}
        <form @submit=${this.submit} novalidate aria-describedby=${this.error ? this.ids.error : nothing}>
          <div class="field">
            <label for=${this.ids.user}>${t('signin.username')}</label>
            <input id=${this.ids.user} name="username" type="text" autocomplete="username" autocapitalize="none"
              spellcheck="false" required autofocus>
          </div>
          <div class="field">
            <label for=${this.ids.password}>${t('signin.password')}</label>
            <input id=${this.ids.password} name="password" type="password" autocomplete="current-password" required>
          </div>
          <button class="button button--primary" type="submit" ?disabled=${this.busy}>${t('signin.submit')}</button>
        </form>
      </div>
    </main>`;
  }
}
customElements.define('cms-signin', SignIn);

/**
 * The session ran out while working: ask for the password in a dialog over the page (so nothing
 * typed is lost) and resolve true once signed in again.
 */
export function promptSignInAgain(username) {
  const state = {message: null};
  return openDialog({
    title: t('signin.again.title'),
    content: (close, redraw) => {
      const submit = async (event) => {
        event.preventDefault();
        const form = event.target;
        try {
          await renew(form.username.value.trim(), form.password.value);
          close(true);
        } catch (error) {
          state.message = signInError(error);
          redraw();
        }
      };
      return html`<form @submit=${submit}>
        <div class="dialog__body">
          <p>${t('signin.again.text')}</p>
          ${state.message ? html`<div class="notice notice--error" role="alert">${state.message}</div>` : nothing}
          <div class="field"><label for="reauth-user">${t('signin.username')}</label>
            <input id="reauth-user" name="username" type="text" autocomplete="username" .value=${username || ''}
              ?readonly=${Boolean(username)}></div>
          <div class="field"><label for="reauth-password">${t('signin.password')}</label>
            <input id="reauth-password" name="password" type="password" autocomplete="current-password" autofocus></div>
        </div>
        <div class="dialog__footer">
          <button class="button" type="button" @click=${() => close(false)}>${t('common.cancel')}</button>
          <button class="button button--primary" type="submit">${t('signin.submit')}</button>
        </div></form>`;
    }
  }).then((result) => result === true);
}
