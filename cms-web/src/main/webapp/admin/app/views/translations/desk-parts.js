// Parts of the desk: the toolbar (state, going from change to change, save, mark up to date,
// submit for review), the choice a new translation starts with, and finding the changes.
import {html, nothing} from 'lit';
import {t, tn} from '../../core/i18n.js';
import {localeName} from '../../core/catalog.js';
import {icon} from '../../ui/icons.js';
import {shortcutText} from '../../ui/richtext-commands.js';
import {markUpToDate, submitTranslation} from './desk-actions.js';

/** How many places the source changed: blocks and paragraphs one by one where the API says so. */
export function changeCount(detail, definition) {
  return (detail.sourceChanges || []).reduce((sum, change) => {
    const field = definition.fields.find((f) => f.key === change.field);
    const perBlock = field && field.type === 'blocks' && change.parts && change.parts.length;
    return sum + (perBlock ? change.parts.length : 1);
  }, 0);
}

/** The marked places in the order of the page. */
export function changeAnchors(desk) {
  return [...desk.querySelectorAll('.desk-grid [data-change]')];
}

/**
 * Where "next" (1) or "previous" (-1) goes: on from the change last gone to while the focus is
 * still in its row, else from the row that has the focus; round at the ends.
 */
export function jumpIndex(desk, anchors, step) {
  const active = document.activeElement;
  const row = active && active.closest ? active.closest('.desk-row') : null;
  const last = anchors[desk.changeIndex];
  let index;
  if (!row || (last && last.closest('.desk-row') === row)) {
    index = desk.changeIndex + step;
  } else {
    const rows = [...desk.querySelectorAll('.desk-grid .desk-row')];
    const at = rows.indexOf(row);
    const rowOf = (anchor) => rows.indexOf(anchor.closest('.desk-row'));
    if (step > 0) index = anchors.findIndex((a) => rowOf(a) > at);
    else {
      index = -1;
      anchors.forEach((a, i) => {
        if (rowOf(a) < at) index = i;
      });
    }
    if (index < 0) index = step > 0 ? anchors.length : -1;
  }
  return (index + anchors.length) % anchors.length;
}

/** The place in the translation of a marked change: the block with the same id, else the same path. */
export function targetOf(desk, anchor) {
  const path = anchor.dataset.change;
  const form = desk.formFor(path);
  if (!form) return null;
  const id = anchor.dataset.blockId;
  if (id) return form.querySelector(`.block[data-block-id="${CSS.escape(id)}"]`);
  return form.querySelector(`[data-path="${CSS.escape(path)}"]`);
}

/** Focuses the text to write in a field or block (a folded block opens first). */
export function focusIn(element, form) {
  if (element.querySelector('.block__fields[hidden]')) return form.focusPath(element.dataset.path);
  const control = element.querySelector('[contenteditable=true], textarea, input:not([type=hidden]):not([type=file]), select');
  (control || element.querySelector('button') || element).focus();
  (control || element).scrollIntoView({block: 'center'});
}

function statusText(desk) {
  if (desk.saving) return t('common.saving');
  if (desk.dirty) return t('translations.desk.unsaved');
  return desk.translation ? t('translations.desk.allSaved') : t('translations.desk.notStarted');
}

export function deskToolbar(desk) {
  const count = changeCount(desk.detail, desk.definition);
  const editable = desk.editable;
  const outdated = desk.translation && desk.detail.status === 'outdated';
  const submit = (desk.allowed || []).includes('submit');
  const spin = (what) => (desk.busy === what ? html`<span class="spinner" aria-hidden="true"></span>` : nothing);
  return html`<div class="desk-toolbar">
    <span class="save-bar__status ${desk.dirty ? 'save-bar__status--dirty' : ''}" role="status">${desk.dirty && !desk.saving ? icon('info') : nothing}${statusText(desk)}</span>
    ${count ? html`<span class="desk-toolbar__changes" role="group" aria-label=${t('translations.desk.changesNav')}>
      <span class="small">${tn('translations.desk.changes', count)}</span>
      <button type="button" class="button button--small desk-prev" aria-keyshortcuts="Alt+ArrowUp"
        aria-label=${t('translations.desk.prevChange')} title=${`${t('translations.desk.prevChange')} (Alt+↑)`}
        @click=${() => desk.jump(-1)}>${icon('up')}${t('translations.desk.prev')}</button>
      <button type="button" class="button button--small desk-next" aria-keyshortcuts="Alt+ArrowDown"
        aria-label=${t('translations.desk.nextChange')} title=${`${t('translations.desk.nextChange')} (Alt+↓)`}
        @click=${() => desk.jump(1)}>${icon('down')}${t('translations.desk.next')}</button>
    </span>` : nothing}
    <span class="desk-toolbar__actions">
      ${editable && outdated ? html`<button type="button" class="button desk-mark-done" ?disabled=${Boolean(desk.busy) || desk.saving}
        @click=${() => markUpToDate(desk)}>${spin('mark')}${icon('check')}${t('translations.desk.markUpToDate')}</button>` : nothing}
      ${editable && submit ? html`<button type="button" class="button desk-submit" ?disabled=${Boolean(desk.busy) || desk.saving}
        @click=${() => submitTranslation(desk)}>${spin('submit')}${t('translations.desk.submit')}</button>` : nothing}
      ${editable ? html`<button type="button" class="button button--primary desk-save" ?disabled=${desk.saving}
        aria-keyshortcuts="Control+S" title=${`${t('common.save')} (${shortcutText('Mod-S')})`}
        @click=${() => desk.save()}>${desk.saving ? html`<span class="spinner" aria-hidden="true"></span>` : icon('check')}${desk.translation ? t('common.save') : t('translations.desk.create')}</button>` : nothing}
    </span>
  </div>`;
}

/** A translation that does not exist yet: start from a copy of the source, or empty. */
export function startChoice(desk) {
  const source = localeName(desk.sourceLocale);
  return html`<section class="card desk-start" aria-labelledby="desk-start-title">
    <h2 id="desk-start-title">${t('translations.desk.start.title', {locale: localeName(desk.locale)})}</h2>
    <p>${t('translations.desk.start.text', {source})}</p>
    <div class="row">
      <button type="button" class="button button--primary desk-start__copy" @click=${() => desk.begin(true)}>${t('translations.desk.start.copy', {source})}</button>
      <button type="button" class="button desk-start__empty" @click=${() => desk.begin(false)}>${t('translations.desk.start.empty')}</button>
    </div>
  </section>`;
}
