// Dialogs of the workflow panel: a comment that must be given (request changes), a schedule in
// Oslo time, a yes-or-no for steps that take something off the site, and "save first?" when the
// editor holds unsaved changes. Plus the clock time of an instant in Oslo ("09:00").
import {html, nothing} from 'lit';
import {t, uiLanguage} from '../../core/i18n.js';
import {ZONE, date, toOsloInput, fromOsloInput} from '../../core/format.js';
import {openDialog} from '../../ui/dialogs.js';
import {uid} from '../../ui/element.js';
import {icon} from '../../ui/icons.js';

/** "09:00" in Oslo. */
export function clock(iso) {
  return new Intl.DateTimeFormat(uiLanguage() === 'en' ? 'en-GB' : 'nb-NO', {hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: ZONE}).format(new Date(iso));
}

/** "1. des. 2026 kl. 09:00" in the UI language. */
export function whenText(iso) {
  return t('workflow.when', {date: date(iso), time: clock(iso)});
}

const fieldError = (id, message) => (message ? html`<p class="error-text" id=${id}>${icon('warning')}<span>${message}</span></p>` : nothing);

/**
 * Asks for a comment that must be given; resolves the comment, or undefined when cancelled.
 * Options: title, intro, label, confirmLabel, value (to start with).
 */
export function requiredComment({title, intro, label, confirmLabel, value = ''}) {
  const ids = {input: uid('wf-comment'), error: uid('wf-comment-error')};
  let text = value;
  let missing = false;
  return openDialog({
    title,
    content: (close, redraw) => html`<form @submit=${(event) => {
      event.preventDefault();
      missing = !text.trim();
      if (missing) {
        redraw();
        event.target.querySelector('textarea').focus();
        return;
      }
      close(text.trim());
    }} novalidate>
      <div class="dialog__body">
        ${intro ? html`<p>${intro}</p>` : nothing}
        <div class="field ${missing ? 'field--invalid' : ''}">
          <label for=${ids.input}>${label} <span class="field__required" aria-hidden="true">*</span></label>
          <textarea id=${ids.input} name="comment" rows="4" required autofocus aria-required="true" .value=${text}
            aria-invalid=${missing ? 'true' : 'false'} aria-describedby=${missing ? ids.error : nothing}
            @input=${(event) => (text = event.target.value)}></textarea>
          ${fieldError(ids.error, missing ? t('workflow.comment.required') : '')}
        </div>
      </div>
      <div class="dialog__footer">
        <button type="button" class="button" @click=${() => close(undefined)}>${t('common.cancel')}</button>
        <button type="submit" class="button button--primary">${confirmLabel}</button>
      </div>
    </form>`
  });
}

/** The server's (English) schedule messages in the UI language. */
function scheduleMessage(message) {
  if (/in the past/.test(message || '')) return t('workflow.schedule.past');
  if (/after publishAt/.test(message || '')) return t('workflow.schedule.afterPublish');
  if (/ISO 8601/.test(message || '')) return t('workflow.schedule.invalid');
  return message;
}

/**
 * The schedule dialog: a publish time (when `publish`) and an optional unpublish time, as date and
 * time in Oslo. `send({publishAt, unpublishAt})` makes the request and throws ApiError; its field
 * errors (publishAt, unpublishAt) are shown beside the fields. Resolves true when scheduled.
 */
export function scheduleDialog({publish, schedule, send}) {
  const ids = {
    publishDate: uid('wf-pd'), publishTime: uid('wf-pt'), publishError: uid('wf-pe'), hint: uid('wf-hint'),
    unpublish: uid('wf-u'), unpublishDate: uid('wf-ud'), unpublishTime: uid('wf-ut'), unpublishError: uid('wf-ue')
  };
  const split = (iso) => (iso ? toOsloInput(iso).split('T') : ['', '']);
  const [pd, pt] = split(schedule && schedule.publishAt);
  const [ud, ut] = split(schedule && schedule.unpublishAt);
  const state = {publishDate: pd, publishTime: pt || '09:00', withUnpublish: Boolean(ud) || !publish, unpublishDate: ud, unpublishTime: ut || '09:00'};
  let errors = {};
  let failed = '';
  let busy = false;
  const bind = (key) => (event) => (state[key] = event.target.type === 'checkbox' ? event.target.checked : event.target.value);
  const pair = (prefix, label, error, errorId) => html`<fieldset class="schedule-when ${error ? 'field--invalid' : ''}">
      <legend>${label}</legend>
      <div class="schedule-when__inputs">
        <div class="field"><label for=${ids[`${prefix}Date`]}>${t('workflow.schedule.date')}</label>
          <input type="date" id=${ids[`${prefix}Date`]} name=${`${prefix}Date`} .value=${state[`${prefix}Date`]} required
            aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? `${errorId} ${ids.hint}` : ids.hint} @input=${bind(`${prefix}Date`)} @change=${bind(`${prefix}Date`)}></div>
        <div class="field"><label for=${ids[`${prefix}Time`]}>${t('workflow.schedule.time')}</label>
          <input type="time" id=${ids[`${prefix}Time`]} name=${`${prefix}Time`} .value=${state[`${prefix}Time`]} required
            aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? `${errorId} ${ids.hint}` : ids.hint} @input=${bind(`${prefix}Time`)} @change=${bind(`${prefix}Time`)}></div>
      </div>
      ${fieldError(errorId, error)}
    </fieldset>`;
  return openDialog({
    title: publish ? t('workflow.schedule.title') : t('workflow.schedule.unpublishTitle'),
    content: (close, redraw) => {
      const submit = async (event) => {
        event.preventDefault();
        if (busy) return;
        errors = {};
        failed = '';
        const body = {};
        if (publish) {
          if (!state.publishDate || !state.publishTime) errors.publishAt = t('workflow.schedule.missing');
          else body.publishAt = fromOsloInput(`${state.publishDate}T${state.publishTime}`);
        }
        if (state.withUnpublish) {
          if (!state.unpublishDate || !state.unpublishTime) errors.unpublishAt = t('workflow.schedule.missing');
          else body.unpublishAt = fromOsloInput(`${state.unpublishDate}T${state.unpublishTime}`);
        }
        if (!Object.keys(errors).length) {
          busy = true;
          redraw();
          try {
            await send(body);
            close(true);
            return;
          } catch (error) {
            const fields = error.fieldErrors || {};
            for (const key of ['publishAt', 'unpublishAt']) if (fields[key]) errors[key] = scheduleMessage(fields[key]);
            if (!Object.keys(errors).length) failed = error.message;
          } finally {
            busy = false;
          }
        }
        redraw();
        event.target.querySelector('[aria-invalid=true]')?.focus();
      };
      return html`<form @submit=${submit} novalidate class="schedule-form">
        <div class="dialog__body">
          <p class="hint" id=${ids.hint}>${t('workflow.schedule.zone')}</p>
          ${failed ? html`<p class="notice notice--error" role="alert">${icon('warning')}<span>${failed}</span></p>` : nothing}
          ${publish ? pair('publish', t('workflow.schedule.publishAt'), errors.publishAt, ids.publishError) : nothing}
          ${publish ? html`<label class="check" for=${ids.unpublish}><input type="checkbox" id=${ids.unpublish} name="withUnpublish"
              .checked=${state.withUnpublish} @change=${(e) => (bind('withUnpublish')(e), redraw())}>${t('workflow.schedule.withUnpublish')}</label>` : nothing}
          ${state.withUnpublish ? pair('unpublish', t('workflow.schedule.unpublishAt'), errors.unpublishAt, ids.unpublishError) : nothing}
        </div>
        <div class="dialog__footer">
          <button type="button" class="button" @click=${() => close(undefined)}>${t('common.cancel')}</button>
          <button type="submit" class="button button--primary" ?disabled=${busy}>${busy ? html`<span class="spinner" aria-hidden="true"></span>` : icon('calendar')}${t('workflow.schedule.confirm')}</button>
        </div>
      </form>`;
    }
  });
}

/**
 * Before a step that works on the saved version: when the editor around `element` holds unsaved
 * changes, offers to save them first. Resolves true to go on (nothing unsaved, or saved now).
 */
export async function saveFirst(element, stepLabel) {
  const editor = element && element.closest('cms-item-editor');
  if (!editor || !editor.dirty) return true;
  const answer = await openDialog({
    title: t('workflow.unsaved.title'),
    content: (close) => html`<div class="dialog__body"><p>${t('workflow.unsaved.text', {step: stepLabel})}</p></div>
      <div class="dialog__footer">
        <button type="button" class="button" @click=${() => close(false)}>${t('common.cancel')}</button>
        <button type="button" class="button button--primary" autofocus @click=${() => close(true)}>${t('workflow.unsaved.save')}</button>
      </div>`
  });
  if (!answer) return false;
  await editor.save();
  await editor.updateComplete;
  return !editor.dirty;
}
