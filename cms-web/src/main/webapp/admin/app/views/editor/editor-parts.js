// Parts of the editor screen: the language switcher (every configured locale with its variant's
// state; a missing one offers to create it), the side panel (status of the variant, and the
// workflow panel once it exists), the lock notice and the error summary.
import {html, nothing} from 'lit';
import {t} from '../../core/i18n.js';
import {localeCodes, localeName, typeName} from '../../core/catalog.js';
import {href} from '../../core/router.js';
import {dateTime, relative} from '../../core/format.js';
import {icon} from '../../ui/icons.js';
import {localeChip} from '../../ui/locale-states.js';
import {mayEditLocale} from '../../core/session.js';

import {labelOf, errorText, fieldId} from './values.js';
import {previewClick} from './preview-open.js';

export function localeSwitcher(item, current) {
  const variants = (item && item.variants) || {};
  return html`<nav class="locale-switcher" aria-label=${t('editor.locales.label')}>
    <ul>${localeCodes().map((code) => {
      const variant = variants[code];
      const state = variant ? (variant.translationOutdated ? 'outdated' : variant.status) : 'missing';
      const here = code === current;
      const createable = !variant && mayEditLocale(code);
      return html`<li><a class="locale-switcher__link ${here ? 'locale-switcher__link--current' : ''}"
          href=${href(`/items/${item.id}/${code}`)} aria-current=${here ? 'page' : nothing}>
        ${localeChip(code, state)}
        ${createable ? html`<span class="locale-switcher__create">${icon('plus')}<span class="visually-hidden">${t('editor.locales.create', {locale: localeName(code)})}</span></span>` : nothing}
      </a></li>`;
    })}</ul>
  </nav>`;
}

/** The side panel: the variant's status, and the workflow/history panel when it is there. */
export function sidePanel({item, locale, variant, onChanged}) {
  const panel = customElements.get('cms-workflow-panel');
  return html`<aside class="editor-aside" aria-labelledby="editor-aside-title">
    <section class="card">
      <h2 id="editor-aside-title">${t('editor.aside.title')}</h2>
      ${variant
        ? html`<p><span class="badge badge--${variant.status}">${t(`status.${variant.status}`)}</span></p>
          <dl class="facts">
            <dt>${t('editor.aside.revision')}</dt><dd>${variant.revision}</dd>
            <dt>${t('editor.aside.updated')}</dt><dd><time datetime=${variant.updatedAt} title=${dateTime(variant.updatedAt)}>${relative(variant.updatedAt)}</time>
              ${t('common.by', {name: variant.updatedBy})}</dd>
            ${variant.published ? html`<dt>${t('editor.aside.published')}</dt>
              <dd>${t('editor.aside.publishedRevision', {revision: variant.published.revision, time: dateTime(variant.published.publishedAt)})}</dd>` : nothing}
            ${variant.sourceLocale ? html`<dt>${t('editor.aside.source')}</dt>
              <dd>${t('editor.aside.sourceText', {locale: localeName(variant.sourceLocale), revision: variant.sourceRevision})}</dd>` : nothing}
          </dl>
          <p class="row small"><a href=${href(`/items/${item.id}/${locale}/history`)}>${icon('history')}${t('editor.aside.history')}</a>
            <a href=${href(`/preview/${item.id}/${locale}`)} @click=${(event) => previewClick(event, item, locale)}>${icon('eye')}${t('editor.aside.preview')}</a></p>`
        : html`<p><span class="badge badge--missing">${t('status.missing')}</span></p><p class="muted small">${t('editor.aside.notSaved')}</p>`}
    </section>
    ${panel && item && variant
      ? html`<cms-workflow-panel .item=${item} .locale=${locale} @changed=${onChanged}></cms-workflow-panel>`
      : nothing}
  </aside>`;
}

/** Someone else is editing: who, since when, and the choice to edit anyway. */
export function lockNotice(lock, {onForce}) {
  if (!lock || lock.held || lock.unavailable) return nothing;
  const text = lock.lost
    ? t('editor.lock.lost', {name: lock.holder})
    : t('editor.lock.held', {name: lock.holder, time: dateTime(lock.since)});
  return html`<div class="notice notice--warn lock-notice" role="status">
    ${icon('lock')}<div><p><strong>${t('editor.lock.editing', {name: lock.holder})}</strong></p><p>${text}</p>
    <p><button type="button" class="button button--small" @click=${onForce}>${t('editor.lock.force')}</button></p></div>
  </div>`;
}

/** The list of problems after a refused save, each a link to its field; focus goes here. */
export function errorSummary(errors, type, {onJump, idPrefix}) {
  const entries = Object.entries(errors || {});
  if (!entries.length) return nothing;
  const label = (path) => {
    const key = /^fields\.([^.[]+)/.exec(path);
    const field = key && type.fields.find((f) => f.key === key[1]);
    const rest = key ? path.slice(key[0].length) : '';
    const block = /^\[(\d+)\]/.exec(rest);
    return field ? `${labelOf(field)}${block ? ` (${t('editor.summary.block', {position: Number(block[1]) + 1})})` : ''}` : path;
  };
  return html`<div class="notice notice--error error-summary" tabindex="-1" role="alert" aria-labelledby="editor-error-summary">
    ${icon('warning')}<div>
      <h2 id="editor-error-summary">${t(entries.length === 1 ? 'editor.summary.one' : 'editor.summary.other', {count: entries.length})}</h2>
      <ul>${entries.map(([path, message]) => html`<li><a href="#${fieldId(idPrefix, (/^fields\.[^.[]+/.exec(path) || [path])[0])}" @click=${(e) => (e.preventDefault(), onJump(path))}>${label(path)}: ${errorText(message)}</a></li>`)}</ul>
    </div></div>`;
}

export function breadcrumbs(typeKey) {
  return html`<nav class="breadcrumbs" aria-label=${t('editor.breadcrumbs')}><ol>
    <li><a href=${href(`/content/${typeKey}`)}>${typeName(typeKey)}</a></li></ol></nav>`;
}

/** A language version that does not exist yet: start it from the original's text or empty. */
export function startVariant(item, locale, onStart) {
  const source = item.originalLocale;
  return html`<section class="card start-variant" aria-labelledby="start-variant-title">
    <h2 id="start-variant-title">${t('editor.variant.missing', {locale: localeName(locale)})}</h2>
    ${mayEditLocale(locale)
      ? html`<p>${t('editor.variant.choose', {source: localeName(source)})}</p>
        <div class="row">
          <button type="button" class="button button--primary" @click=${() => onStart(true)}>${t('editor.variant.copy', {source: localeName(source)})}</button>
          <button type="button" class="button" @click=${() => onStart(false)}>${t('editor.variant.empty')}</button>
        </div>`
      : html`<p class="muted">${t('editor.variant.notAllowed')}</p>`}
  </section>`;
}

/** The language of a new item (among those the person may write in). */
export function newLocaleChooser(current, onChoose) {
  const choices = localeCodes().filter((code) => mayEditLocale(code));
  if (choices.length < 2) return nothing;
  return html`<div class="field new-locale"><label for="editor-new-locale">${t('editor.newLocale')}</label>
    <select id="editor-new-locale" @change=${(e) => onChoose(e.target.value)}>
      ${choices.map((code) => html`<option value=${code} ?selected=${code === current}>${localeName(code)}</option>`)}
    </select></div>`;
}
