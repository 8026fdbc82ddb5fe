// Modal dialogs on the native <dialog> element (focus trapped, Escape closes, focus returns to
// where it was), and short notices that screen readers announce.
import {html, render} from 'lit';
import {t} from '../core/i18n.js';

/**
 * Opens a modal dialog. `content(close)` returns the body template; `close(value)` ends it and
 * resolves the promise with the value (undefined on Escape).
 */
export function openDialog({title, content, wide = false, label}) {
  return new Promise((resolve) => {
    const previous = document.activeElement;
    const dialog = document.createElement('dialog');
    dialog.className = wide ? 'dialog dialog--wide' : 'dialog';
    const titleId = `dialog-title-${Math.random().toString(36).slice(2)}`;
    dialog.setAttribute('aria-labelledby', titleId);
    if (label) dialog.setAttribute('aria-label', label);
    let done = false;
    const close = (value) => {
      if (done) return;
      done = true;
      dialog.close();
      dialog.remove();
      if (previous && previous.focus) previous.focus();
      resolve(value);
    };
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      close(undefined);
    });
    document.body.append(dialog);
    const draw = () =>
      render(
        html`<div class="dialog__header"><h2 id=${titleId}>${title}</h2></div>${content(close, draw)}`,
        dialog
      );
    draw();
    dialog.showModal();
    const first = dialog.querySelector('[autofocus], input, select, textarea, button.button--primary, button');
    if (first) first.focus();
  });
}

/** Asks for a yes or no; resolves true for yes. */
export function confirmDialog({title, message, confirmLabel, danger = false}) {
  return openDialog({
    title,
    content: (close) => html`
      <div class="dialog__body"><p>${message}</p></div>
      <div class="dialog__footer">
        <button class="button" type="button" @click=${() => close(false)}>${t('common.cancel')}</button>
        <button class="button ${danger ? 'button--danger' : 'button--primary'}" type="button" autofocus
          @click=${() => close(true)}>${confirmLabel || t('common.ok')}</button>
      </div>`
  }).then((answer) => answer === true);
}

let region = null;

function toastRegion() {
  if (!region) {
    region = document.createElement('div');
    region.className = 'toasts';
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    document.body.append(region);
  }
  return region;
}

/** A short notice at the bottom right, read out by screen readers, gone after a while. */
export function toast(message, {type = 'info', timeout = 5000} = {}) {
  const item = document.createElement('div');
  item.className = `toast toast--${type}`;
  const text = document.createElement('span');
  text.textContent = message;
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.textContent = t('common.dismiss');
  dismiss.addEventListener('click', () => item.remove());
  item.append(text, dismiss);
  toastRegion().append(item);
  if (timeout) setTimeout(() => item.remove(), type === 'error' ? timeout * 2 : timeout);
}

/** A problem from the API as a notice to show in a form. */
export function problemText(error) {
  if (!error) return '';
  if (error.status === 0 || error instanceof TypeError) return t('common.offline');
  return error.message || t('common.failed');
}
