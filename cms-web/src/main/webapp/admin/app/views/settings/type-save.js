// The API's refuse-or-migrate rule in words: a change that would drop or fill stored values asks
// for consent (then the save is repeated with ?migrate=true); a change stored content cannot
// satisfy is explained field by field.
import {html} from '../../ui/element.js';
import {t, tn} from '../../core/i18n.js';
import {openDialog} from '../../ui/dialogs.js';
import {icon} from '../../ui/icons.js';

function shown(value) {
  if (typeof value === 'string') return `«${value}»`;
  if (Array.isArray(value)) return value.map(shown).join(', ');
  if (value === true) return t('common.yes');
  if (value === false) return t('common.no');
  return JSON.stringify(value);
}

/** One affected field in a sentence. */
export function affectedText(entry) {
  const params = {field: entry.field, value: shown(entry.default)};
  return tn(`settings.migration.${entry.change}`, entry.count, params);
}

/** The affected fields of a 409, or the server's own sentences where it names none. */
function lines(problem, changes) {
  const affected = (problem.affectedFields || []).filter((entry) => changes.includes(entry.change));
  if (affected.length) return affected.map(affectedText);
  return problem.conflicts && changes.includes('misfit') ? problem.conflicts : problem.migrations || [problem.detail];
}

/** Asks whether to change stored content as the 409 `migration-required` says; true to go on. */
export function confirmMigration(problem) {
  return openDialog({
    title: t('settings.migration.title'),
    content: (close) => html`<div class="dialog__body">
        <p>${t('settings.migration.intro')}</p>
        <ul class="settings-migration-list">${lines(problem, ['dropped', 'filled']).map((line) => html`<li>${line}</li>`)}</ul>
        <p class="notice notice--warn">${icon('warning')}<span>${t('settings.migration.warning')}</span></p>
      </div>
      <div class="dialog__footer">
        <button class="button" type="button" @click=${() => close(false)}>${t('common.cancel')}</button>
        <button class="button button--primary" type="button" autofocus @click=${() => close(true)}>${t('settings.migration.confirm')}</button>
      </div>`
  }).then((answer) => answer === true);
}

/** Why a change cannot be saved over the stored content (409 `type-change-conflict`). */
export function conflictNotice(problem) {
  return html`<div class="notice notice--error" role="alert" tabindex="-1">${icon('warning')}<div>
    <p><strong>${t('settings.conflict.title')}</strong></p>
    <ul>${lines(problem, ['misfit', 'unfilled']).map((line) => html`<li>${line}</li>`)}</ul>
    <p>${t('settings.conflict.help')}</p>
  </div></div>`;
}

const CHANGES = ['created', 'field_added', 'field_removed', 'field_type_changed', 'field_localization_changed',
  'field_made_required', 'field_options_changed', 'fields_reordered', 'type_properties_changed', 'migration'];

/** One change of a saved version in words (the server's detail, where it gives one, follows). */
export function changeText(change) {
  if (!CHANGES.includes(change.change)) return [change.change, change.field, change.detail].filter(Boolean).join(' · ');
  return t(`settings.change.${change.change}`, {field: change.field || ''});
}
