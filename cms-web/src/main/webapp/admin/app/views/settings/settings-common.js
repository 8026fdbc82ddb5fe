// What the administration screens share: the notice for those who may not be there, redrawing
// the shell's navigation after the catalog changed, and a secret shown once with a copy button.
import {html, nothing} from '../../ui/element.js';
import {t} from '../../core/i18n.js';
import {openDialog, toast} from '../../ui/dialogs.js';
import {icon} from '../../ui/icons.js';

export function adminOnly(title) {
  return html`<div class="page-header"><h1>${title}</h1></div>
    <p class="notice notice--warn">${icon('lock')}<span>${t('settings.adminOnly')}</span></p>`;
}

/** The navigation lists content types: draw it again after they changed. */
export function refreshShell() {
  document.querySelector('cms-app')?.requestUpdate();
}

async function copy(text, button) {
  try {
    await navigator.clipboard.writeText(text);
  } catch (ignored) {
    // no clipboard permission (or no secure context): select the text for Ctrl+C
    const field = button.closest('.secret').querySelector('input');
    field.focus();
    field.select();
    document.execCommand && document.execCommand('copy');
  }
  toast(t('settings.secret.copied'), {type: 'ok'});
}

/**
 * Shows a secret (a generated password or token) once: read-only, selectable, with a copy button
 * and the warning that it will not be shown again.
 */
export function showSecret({title, intro, secret, label}) {
  return openDialog({
    title,
    content: (close) => html`<div class="dialog__body">
        ${intro ? html`<p>${intro}</p>` : nothing}
        <div class="field secret">
          <label for="secret-value">${label}</label>
          <div class="input-group">
            <input id="secret-value" class="mono" type="text" readonly .value=${secret} spellcheck="false"
              aria-describedby="secret-warning" @focus=${(e) => e.target.select()}>
            <button class="button" type="button" @click=${(e) => copy(secret, e.currentTarget)}>${t('settings.secret.copy')}</button>
          </div>
        </div>
        <p class="notice notice--warn" id="secret-warning">${icon('warning')}<span>${t('settings.secret.once')}</span></p>
      </div>
      <div class="dialog__footer">
        <button class="button button--primary" type="button" @click=${() => close(true)}>${t('settings.secret.done')}</button>
      </div>`
  });
}
