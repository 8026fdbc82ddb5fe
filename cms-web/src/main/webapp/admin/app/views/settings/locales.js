// The configured locales: names (from the server's ICU data), the default, each fallback chain.
// Every change (add, remove, reorder a chain, choose the default) is one PUT of the whole settings
// with the ETag they were read with; the server's refusal (a locale that holds content, a cycle, a
// change by someone else in between) is shown as it gives it, and the settings are read again
// after someone else's change.
import {CmsElement, html, nothing} from '../../ui/element.js';
import {t, uiLanguage} from '../../core/i18n.js';
import {api} from '../../core/api.js';
import {invalidateCatalog} from '../../core/catalog.js';
import {isAdmin} from '../../core/session.js';
import {icon} from '../../ui/icons.js';
import {openDialog, confirmDialog, toast, problemText} from '../../ui/dialogs.js';
import {adminOnly, refreshShell} from './settings-common.js';
import './locale-chain.js';

export class LocaleSettings extends CmsElement {
  static properties = {settings: {state: true}, error: {state: true}, refusal: {state: true}, added: {state: true}};

  connectedCallback() {
    super.connectedCallback();
    if (isAdmin()) this.load();
  }

  async load() {
    try {
      const {data, etag} = await api.get('manage/locales');
      this.settings = data;
      this.etag = etag;
    } catch (error) {
      this.error = error;
    }
  }

  name(code) {
    const info = this.settings.items.find((item) => item.code === code);
    if (!info) return code;
    return info.name[uiLanguage()] || info.name[code] || info.name.en || code;
  }

  ownName(info) {
    return info.name[info.code];
  }

  /** Sends the settings changed by `edit(items)`; answers the new settings or throws the refusal. */
  async put(edit, defaultLocale = this.settings.default) {
    const items = edit(this.settings.items.map((item) => ({code: item.code, fallback: [...item.fallback]})));
    let answer;
    try {
      answer = await api.put('manage/locales', {default: defaultLocale, items}, {ifMatch: this.etag});
    } catch (error) {
      if (error.status === 412) await this.load(); // someone else changed them: show theirs
      throw error;
    }
    this.settings = answer.data;
    this.etag = answer.etag;
    this.refusal = null;
    await invalidateCatalog();
    refreshShell();
    return answer.data;
  }

  async attempt(edit, defaultLocale, success) {
    try {
      await this.put(edit, defaultLocale);
      toast(success, {type: 'ok'});
    } catch (error) {
      this.refusal = error;
      await this.updateComplete;
      this.querySelector('.locales__refusal')?.focus();
    }
  }

  refusalText(error) {
    const messages = Object.values(error.fieldErrors);
    return messages.length ? messages : [problemText(error)];
  }

  async addLocale() {
    const state = {code: '', chain: [this.settings.default], error: null, busy: false};
    const codes = this.settings.items.map((item) => item.code);
    const result = await openDialog({
      title: t('settings.locales.add.title'),
      content: (close, draw) => {
        const submit = async (event) => {
          event.preventDefault();
          state.busy = true;
          state.error = null;
          draw();
          try {
            const code = state.code.trim();
            const data = await this.put((items) => [...items, {code, fallback: state.chain}]);
            close(data.items.find((item) => item.code === code));
          } catch (error) {
            const errors = error.fieldErrors;
            state.error = Object.values(errors).join('; ') || problemText(error);
            state.busy = false;
            draw();
            document.querySelector('#locale-code')?.focus();
          }
        };
        return html`<form @submit=${submit} novalidate><div class="dialog__body">
            <div class="field ${state.error ? 'field--invalid' : ''}">
              <label for="locale-code">${t('settings.locales.code')}</label>
              <span class="hint" id="locale-code-hint">${t('settings.locales.code.hint')}</span>
              <input id="locale-code" class="mono" type="text" required autocomplete="off" spellcheck="false" .value=${state.code}
                aria-invalid=${state.error ? 'true' : 'false'} aria-describedby=${state.error ? 'locale-code-hint locale-code-error' : 'locale-code-hint'}
                @input=${(e) => (state.code = e.target.value)}>
              ${state.error ? html`<p class="error-text" id="locale-code-error" role="alert">${state.error}</p>` : nothing}
            </div>
            <fieldset><legend>${t('settings.locales.chain')}</legend>
              <p class="hint">${t('settings.locales.chain.hint')}</p>
              <cms-locale-chain .chain=${state.chain} .options=${codes} .names=${(c) => this.name(c)}
                @chain-change=${(e) => (state.chain = e.detail)}></cms-locale-chain></fieldset>
          </div>
          <div class="dialog__footer">
            <button class="button" type="button" @click=${() => close(null)}>${t('common.cancel')}</button>
            <button class="button button--primary" type="submit" ?disabled=${state.busy}>${t('settings.locales.add')}</button>
          </div></form>`;
      }
    });
    if (result) {
      this.added = result.code;
      toast(t('settings.locales.added', {name: this.name(result.code), code: result.code}), {type: 'ok'});
    }
  }

  async editChain(info) {
    let chain = [...info.fallback];
    const codes = this.settings.items.map((item) => item.code);
    const save = await openDialog({
      title: t('settings.locales.chain.title', {name: this.name(info.code)}),
      content: (close) => html`<div class="dialog__body">
          <p class="hint">${t('settings.locales.chain.hint')}</p>
          <cms-locale-chain .chain=${chain} .options=${codes} .owner=${info.code} .names=${(c) => this.name(c)}
            @chain-change=${(e) => (chain = e.detail)}></cms-locale-chain></div>
        <div class="dialog__footer">
          <button class="button" type="button" @click=${() => close(false)}>${t('common.cancel')}</button>
          <button class="button button--primary" type="button" @click=${() => close(true)}>${t('common.save')}</button>
        </div>`
    });
    if (!save) return;
    await this.attempt((items) => items.map((item) => (item.code === info.code ? {...item, fallback: chain} : item)),
      undefined, t('settings.locales.chain.saved', {name: this.name(info.code)}));
  }

  async removeLocale(info) {
    const ok = await confirmDialog({title: t('settings.locales.remove.title', {name: this.name(info.code)}),
      message: t('settings.locales.remove.text'), confirmLabel: t('common.remove'), danger: true});
    if (!ok) return;
    await this.attempt((items) => items.filter((item) => item.code !== info.code)
      .map((item) => ({...item, fallback: item.fallback.filter((code) => code !== info.code)})),
    undefined, t('settings.locales.removed', {name: this.name(info.code)}));
  }

  async makeDefault(info) {
    await this.attempt((items) => items, info.code, t('settings.locales.defaultSaved', {name: this.name(info.code)}));
  }

  row(info) {
    const own = this.ownName(info);
    return html`<tr class=${this.added === info.code ? 'settings-row--new' : ''}>
      <th scope="row"><span class="settings-capital">${this.name(info.code)}</span>
        ${own && own !== this.name(info.code) ? html`<span class="settings-row-note" lang=${info.code}>${own}</span>` : nothing}</th>
      <td class="mono">${info.code}</td>
      <td>${info.default ? html`<span class="settings-tag settings-tag--strong">${icon('check')}${t('settings.locales.default')}</span>` : nothing}</td>
      <td>${info.fallback.length
        ? html`<ol class="locale-chain__inline">${info.fallback.map((code) => html`<li>${this.name(code)} <span class="muted mono">(${code})</span></li>`)}</ol>`
        : html`<span class="muted">${t('settings.locales.noFallback')}</span>`}</td>
      <td><div class="row">
        <button class="button button--small" type="button" @click=${() => this.editChain(info)}>${t('settings.locales.editChain')}<span class="visually-hidden"> – ${this.name(info.code)}</span></button>
        ${info.default ? nothing : html`<button class="button button--small" type="button" @click=${() => this.makeDefault(info)}>${t('settings.locales.makeDefault')}<span class="visually-hidden"> – ${this.name(info.code)}</span></button>
          <button class="button button--small button--danger" type="button" @click=${() => this.removeLocale(info)}>${t('common.remove')}<span class="visually-hidden"> – ${this.name(info.code)}</span></button>`}
      </div></td>
    </tr>`;
  }

  render() {
    if (!isAdmin()) return adminOnly(t('nav.locales'));
    return html`<div class="page-header"><div><h1>${t('settings.locales.title')}</h1><p class="lede">${t('settings.locales.lede')}</p></div>
        <div class="page-header__actions"><button class="button button--primary" type="button" ?disabled=${!this.settings}
          @click=${this.addLocale}>${icon('plus')}${t('settings.locales.add')}</button></div></div>
      ${this.refusal
        ? html`<div class="notice notice--error locales__refusal" role="alert" tabindex="-1">${icon('warning')}<div>
            <p><strong>${t('settings.locales.refused')}</strong></p>
            <ul>${this.refusalText(this.refusal).map((m) => html`<li lang="en">${m}</li>`)}</ul></div></div>`
        : nothing}
      ${this.error ? html`<p class="notice notice--error" role="alert">${problemText(this.error)}</p>` : nothing}
      ${this.settings
        ? html`<div class="table-wrap"><table class="table">
            <caption class="visually-hidden">${t('settings.locales.caption')}</caption>
            <thead><tr><th scope="col">${t('common.locale')}</th><th scope="col">${t('settings.locales.code')}</th>
              <th scope="col">${t('settings.locales.default')}</th><th scope="col">${t('settings.locales.chain')}</th>
              <th scope="col">${t('common.actions')}</th></tr></thead>
            <tbody>${this.settings.items.map((info) => this.row(info))}</tbody></table></div>`
        : this.error ? nothing : html`<p class="muted" role="status"><span class="spinner" aria-hidden="true"></span> ${t('common.loading')}</p>`}`;
  }
}
customElements.define('cms-locale-settings', LocaleSettings);
