// What the desk sends: the target variant saved with its ETag (a new one with the item's ETag and
// its source locale), a newer version met on saving merged field by field with the item editor's
// conflict dialog, "mark up to date" and "submit for review" (each saving first).
import {api} from '../../core/api.js';
import {t} from '../../core/i18n.js';
import {toast, problemText} from '../../ui/dialogs.js';
import {payload, fieldErrorsOf} from '../editor/editor-save.js';
import {resolveConflict} from '../editor/conflict.js';
import {parseLockHeader} from '../editor/editor-lock.js';

const variantPath = (desk) => `manage/items/${encodeURIComponent(desk.itemId)}/variants/${encodeURIComponent(desk.locale)}`;

/** Saves the translation; resolves true when it is saved (or there was nothing to save). */
export async function saveTranslation(desk) {
  if (desk.saving || !desk.editable || !desk.values) return false;
  if (!desk.dirty && desk.translation) return true;
  desk.saving = true;
  desk.notice = null;
  const sent = desk.values;
  try {
    await Promise.all([...desk.querySelectorAll('cms-variant-form')].map((form) => form.flush()));
    const fields = payload(desk.definition, sent, desk.base, {mayEditShared: false});
    const created = !desk.translation;
    const body = created ? {fields, sourceLocale: desk.sourceLocale} : {fields};
    const answer = await api.put(variantPath(desk), body, {ifMatch: desk.etag});
    desk.errors = {};
    await desk.refresh(sent);
    const other = parseLockHeader(answer.headers.get('X-Edit-Lock'));
    if (other) desk.notice = {type: 'warn', text: t('translations.desk.savedWhileHeld', {name: other.holder})};
    toast(created ? t('translations.desk.created') : t('common.saved'), {type: 'ok'});
    return true;
  } catch (error) {
    if (error.status === 412) {
      desk.saving = false;
      return conflict(desk);
    }
    const errors = fieldErrorsOf(error);
    if (Object.keys(errors).length) {
      desk.errors = errors;
      await desk.updateComplete;
      desk.querySelector('.error-summary')?.focus();
      return false;
    }
    desk.notice = {type: 'error', text: error.status === 403 ? t('translations.desk.forbidden') : problemText(error)};
    return false;
  } finally {
    desk.saving = false;
  }
}

/** Someone saved in between: merge (asking where both changed the same field), then save again. */
async function conflict(desk) {
  let theirs;
  try {
    theirs = (await api.get(variantPath(desk))).data;
  } catch (error) {
    if (error.status === 404 && !desk.translation) {
      // the item changed, but there is still no translation: take its new ETag and save
      const {data} = await api.get(`manage/items/${encodeURIComponent(desk.itemId)}`);
      if (data.etag === desk.etag) return false;
      desk.item = data;
      desk.etag = data.etag;
      return saveTranslation(desk);
    }
    desk.notice = {type: 'error', text: problemText(error)};
    return false;
  }
  const merged = await resolveConflict({
    type: desk.definition, base: desk.base, mine: desk.values,
    theirs: {localized: theirs.fields, shared: theirs.shared},
    who: theirs.updatedBy, when: theirs.updatedAt, blockTypes: desk.blockTypes, locale: desk.locale
  });
  if (!merged) {
    desk.notice = {type: 'warn', text: t('translations.desk.notSaved')};
    return false;
  }
  desk.base = {localized: theirs.fields, shared: theirs.shared};
  desk.values = {localized: merged.localized, shared: theirs.shared};
  desk.etag = theirs.etag;
  if (!desk.translation) desk.detail = {...desk.detail, translation: {fields: theirs.fields, etag: theirs.etag}};
  await desk.updateComplete;
  return saveTranslation(desk);
}

async function step(desk, busy, call, done) {
  if (desk.busy || !(await saveTranslation(desk))) return;
  desk.busy = busy;
  desk.notice = null;
  try {
    await call();
    await desk.refresh();
    toast(done, {type: 'ok'});
  } catch (error) {
    desk.notice = {type: 'error', text: error.status === 403 ? t('translations.desk.forbidden') : problemText(error)};
  } finally {
    desk.busy = null;
  }
}

/** Records that the translation matches the source as it is now. */
export function markUpToDate(desk) {
  return step(desk, 'mark',
    () => api.post(`manage/translations/${encodeURIComponent(desk.itemId)}/${encodeURIComponent(desk.locale)}/mark-up-to-date`),
    t('translations.desk.marked'));
}

/** Sends the translation to review (the workflow's "submit"). */
export function submitTranslation(desk) {
  // the save just before took the variant's new ETag: the step names the version it submits
  return step(desk, 'submit', () => api.post(`${variantPath(desk)}/transitions`, {action: 'submit'}, {ifMatch: desk.etag}),
    t('translations.desk.submitted'));
}
