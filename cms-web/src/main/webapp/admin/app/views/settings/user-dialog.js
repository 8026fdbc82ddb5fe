// The form of a user in a dialog: name and first password (when new), roles, the locales and
// content types the roles are limited to. Sends it and resolves with the saved user.
import {html, nothing} from '../../ui/element.js';
import {t} from '../../core/i18n.js';
import {api} from '../../core/api.js';
import {localeCodes, localeName, contentTypes, typeName} from '../../core/catalog.js';
import {openDialog, problemText} from '../../ui/dialogs.js';

export const ROLES = ['admin', 'editor', 'publisher', 'translator', 'viewer'];

function checks(name, legend, hint, options, selected, error, onChange) {
  return html`<fieldset class="settings-choices ${error ? 'field--invalid' : ''}"
      aria-describedby=${error ? `user-${name}-hint user-${name}-error` : `user-${name}-hint`}>
    <legend>${legend}</legend>
    <p class="hint" id="user-${name}-hint">${hint}</p>
    <div class="settings-choices__list">
      ${options.map(([value, label, lang, note]) => html`<div class="check">
        <input type="checkbox" id="user-${name}-${value}" .checked=${selected.includes(value)}
          @change=${(e) => onChange(e.target.checked ? [...selected, value] : selected.filter((v) => v !== value))}>
        <label for="user-${name}-${value}"><span lang=${lang || nothing}>${label}</span>${note ? html`<span class="hint">${note}</span>` : nothing}</label>
      </div>`)}
    </div>
    ${error ? html`<p class="error-text" id="user-${name}-error">${error}</p>` : nothing}
  </fieldset>`;
}

function textField(name, label, state, {type = 'text', hint, autocomplete = 'off'} = {}) {
  const error = state.errors[name];
  const ids = [hint ? `user-${name}-hint` : '', error ? `user-${name}-error` : ''].join(' ').trim();
  return html`<div class="field ${error ? 'field--invalid' : ''}">
    <label for="user-${name}">${label}</label>
    ${hint ? html`<span class="hint" id="user-${name}-hint">${hint}</span>` : nothing}
    <input id="user-${name}" name=${name} type=${type} required autocomplete=${autocomplete} spellcheck="false"
      .value=${state.values[name] || ''} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${ids || nothing}
      @input=${(e) => (state.values[name] = e.target.value)}>
    ${error ? html`<p class="error-text" id="user-${name}-error">${error}</p>` : nothing}
  </div>`;
}

/** Opens the form for a new user (no `user`) or for changing one; resolves with the saved user. */
export function editUser(user) {
  const state = {
    values: {username: '', password: '', roles: user ? [...user.roles] : ['editor'],
      locales: user ? [...user.locales] : [], contentTypes: user ? [...user.contentTypes] : []},
    errors: {}, notice: null, busy: false
  };
  return openDialog({
    title: user ? t('settings.users.edit.title', {name: user.username}) : t('settings.users.new.title'),
    wide: true,
    content: (close, draw) => {
      const set = (name) => (value) => {
        state.values[name] = value;
        draw();
      };
      const submit = async (event) => {
        event.preventDefault();
        state.busy = true;
        state.errors = {};
        state.notice = null;
        draw();
        const {username, password, roles, locales, contentTypes: types} = state.values;
        try {
          const answer = user
            ? await api.patch(`manage/users/${encodeURIComponent(user.id)}`, {roles, locales, contentTypes: types}, {ifMatch: user.etag})
            : await api.post('manage/users', {username: username.trim(), password, roles, locales, contentTypes: types});
          close(answer.data);
        } catch (error) {
          state.errors = error.fieldErrors;
          state.notice = Object.keys(state.errors).length ? t('settings.users.invalid') : problemText(error);
          state.busy = false;
          draw();
          document.querySelector('dialog .user-form [aria-invalid="true"], dialog .user-form [role=alert]')?.focus();
        }
      };
      const v = state.values;
      return html`<form class="user-form" @submit=${submit} novalidate><div class="dialog__body">
          ${state.notice ? html`<div class="notice notice--error" role="alert" tabindex="-1"><p>${state.notice}</p></div>` : nothing}
          ${user
            ? nothing
            : html`<div class="settings-grid">
                ${textField('username', t('settings.users.username'), state, {hint: t('settings.users.username.hint')})}
                ${textField('password', t('settings.users.password'), state, {type: 'password', hint: t('settings.users.password.hint'), autocomplete: 'new-password'})}
              </div>`}
          ${checks('roles', t('settings.users.roles'), t('settings.users.roles.hint'),
            ROLES.map((role) => [role, t(`role.${role}`), null, t(`settings.users.role.${role}`)]), v.roles, state.errors.roles, set('roles'))}
          <div class="settings-grid">
            ${checks('locales', t('settings.users.locales'), t('settings.users.locales.hint'),
              localeCodes().map((code) => [code, `${localeName(code)} (${code})`]), v.locales, state.errors.locales, set('locales'))}
            ${checks('contentTypes', t('settings.users.types'), t('settings.users.types.hint'),
              contentTypes().map((type) => [type.key, typeName(type)]), v.contentTypes, state.errors.contentTypes, set('contentTypes'))}
          </div>
        </div>
        <div class="dialog__footer">
          <button class="button" type="button" @click=${() => close(null)}>${t('common.cancel')}</button>
          <button class="button button--primary" type="submit" ?disabled=${state.busy}>${user ? t('common.save') : t('settings.users.create')}</button>
        </div></form>`;
    }
  });
}
