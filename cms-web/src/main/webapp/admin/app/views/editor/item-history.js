// /items/:id/:locale/history — a language version's history: its revisions (who, when, comment,
// which is published, which translations were made from), what changed between any two (by
// default the chosen one and the one before), restoring one as a new draft, and the item's audit
// trail as a timeline. The chosen revisions live in the address (?rev=&from=), so a link shows
// the same comparison.
import {CmsElement, html, nothing, uid} from '../../ui/element.js';
import {api} from '../../core/api.js';
import {t} from '../../core/i18n.js';
import {localeName, typeName, titleOf, localeCodes} from '../../core/catalog.js';
import {dateTime, relative} from '../../core/format.js';
import {href, updateQuery} from '../../core/router.js';
import {has, mayEditLocale} from '../../core/session.js';
import {icon} from '../../ui/icons.js';
import {openDialog, toast, problemText} from '../../ui/dialogs.js';
import {localeChip} from '../../ui/locale-states.js';
import './history-diff.js';
import './audit-timeline.js';

let blockTypesCache = null;

/** A revision's comment; the server's note on a restored one ("Restored revision 2: …") in words. */
function commentText(comment) {
  const restored = /^Restored revision (\d+)(?::\s*([\s\S]*))?$/.exec(comment);
  if (!restored) return comment;
  return restored[2] ? t('history.restoredFromWith', {revision: restored[1], comment: restored[2]}) : t('history.restoredFrom', {revision: restored[1]});
}

export class ItemHistory extends CmsElement {
  static properties = {
    route: {attribute: false},
    item: {state: true}, type: {state: true}, revisions: {state: true}, failed: {state: true}, selected: {state: true}, from: {state: true}
  };

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  get locale() {
    return this.route.params.locale;
  }

  get variant() {
    return this.item && (this.item.variants || {})[this.locale];
  }

  async load(select) {
    const id = encodeURIComponent(this.route.params.id);
    try {
      const [{data: item}, {data: revisions}, blockTypes] = await Promise.all([
        api.get(`manage/items/${id}`),
        api.get(`manage/items/${id}/variants/${this.locale}/revisions`),
        blockTypesCache || api.get('manage/block-types').then(({data}) => (blockTypesCache = data.items))
      ]);
      if (!this.type) this.type = (await api.get(`manage/content-types/${encodeURIComponent(item.type)}`)).data;
      this.blockTypes = blockTypes;
      this.item = item;
      this.revisions = revisions.items;
      const numbers = this.revisions.map((r) => r.number);
      const wanted = Number(select || this.route.query.rev);
      this.selected = numbers.includes(wanted) ? wanted : numbers[numbers.length - 1];
      const from = select ? NaN : Number(this.route.query.from);
      this.from = numbers.includes(from) && from !== this.selected ? from : this.previous(this.selected);
    } catch (error) {
      this.failed = error.status === 404 ? t('history.notFound') : problemText(error);
    }
  }

  previous(number) {
    const older = this.revisions.filter((r) => r.number < number);
    return older.length ? older[older.length - 1].number : null;
  }

  choose(number) {
    this.selected = number;
    this.from = this.previous(number);
    updateQuery({rev: number, from: null});
  }

  compareWith(value) {
    this.from = value ? Number(value) : null;
    updateQuery({from: this.from});
  }

  /** The other language versions made from a revision of this one. */
  translationsFrom(number) {
    return Object.entries(this.item.variants || {})
      .filter(([code, v]) => code !== this.locale && v.sourceLocale === this.locale && v.sourceRevision === number)
      .map(([code]) => code);
  }

  async restore(number) {
    const variant = this.variant;
    const ids = {comment: uid('restore-comment'), shared: uid('restore-shared')};
    const mayShared = has('admin') || has('editor');
    let failed = '';
    const done = await openDialog({
      title: t('history.restore.title', {revision: number}),
      content: (close, redraw) => html`<form @submit=${async (event) => {
        event.preventDefault();
        const form = event.target;
        const body = {comment: form.comment.value.trim() || undefined, includeShared: Boolean(mayShared && form.includeShared.checked)};
        try {
          const answer = await api.post(`manage/items/${encodeURIComponent(this.item.id)}/variants/${this.locale}/revisions/${number}/restore`, body, {ifMatch: variant.etag});
          close(answer.data);
        } catch (error) {
          failed = error.status === 412 ? t('history.restore.stale') : problemText(error);
          redraw();
        }
      }}>
        <div class="dialog__body">
          <p>${t('history.restore.text', {revision: number, next: variant.revision + 1})}</p>
          <p>${t('history.restore.live')}</p>
          ${failed ? html`<p class="notice notice--error" role="alert">${icon('warning')}<span>${failed}</span></p>` : nothing}
          <div class="field"><label for=${ids.comment}>${t('history.restore.comment')}</label>
            <textarea id=${ids.comment} name="comment" rows="2"></textarea></div>
          ${mayShared ? html`<label class="check" for=${ids.shared}><input type="checkbox" id=${ids.shared} name="includeShared" aria-describedby=${`${ids.shared}-hint`}>
              <span>${t('history.restore.shared')}<span class="hint" id=${`${ids.shared}-hint`}>${t('history.restore.sharedHint')}</span></span></label>` : nothing}
        </div>
        <div class="dialog__footer">
          <button type="button" class="button" @click=${() => close(undefined)}>${t('common.cancel')}</button>
          <button type="submit" class="button button--primary">${icon('history')}${t('history.restore.confirm')}</button>
        </div></form>`
    });
    if (failed && !done) await this.load(this.selected);
    if (!done) return;
    toast(t('history.restore.done', {revision: number, next: done.variants[this.locale].revision}), {type: 'ok'});
    await this.load(done.variants[this.locale].revision);
    this.querySelector('cms-audit-timeline')?.refresh();
    this.querySelector('.revisions [aria-pressed=true]')?.focus();
  }

  renderRevision(revision) {
    const variant = this.variant;
    const selected = revision.number === this.selected;
    const published = variant.published && variant.published.revision === revision.number;
    const latest = revision.number === variant.revision;
    const translations = this.translationsFrom(revision.number);
    return html`<li class="revision ${selected ? 'revision--selected' : ''}" data-revision=${revision.number}>
      <button type="button" class="revision__button" aria-pressed=${selected ? 'true' : 'false'} @click=${() => this.choose(revision.number)}>
        <span class="revision__title">${t('history.revision', {revision: revision.number})}</span>
        <span class="revision__marks">
          ${published ? html`<span class="badge badge--published">${t('history.published')}</span>` : nothing}
          ${latest ? html`<span class="badge badge--draft">${t('history.latest')}</span>` : nothing}</span>
        <span class="revision__meta">${t('common.by', {name: revision.createdBy})} ·
          <time datetime=${revision.createdAt} title=${dateTime(revision.createdAt)}>${relative(revision.createdAt)}</time></span>
        ${revision.comment ? html`<span class="revision__comment">${commentText(revision.comment)}</span>` : nothing}
        ${translations.length ? html`<span class="revision__source">${icon('translate')}${t('history.translatedFrom', {locales: translations.map(localeName).join(', ')})}</span>` : nothing}
      </button></li>`;
  }

  renderCompare() {
    const variant = this.variant;
    const selected = this.selected;
    const older = this.revisions.filter((r) => r.number !== selected);
    const mayRestore = mayEditLocale(this.locale) && selected !== variant.revision;
    return html`<section class="card history-diff" aria-labelledby="history-diff-title">
      <div class="card__header"><h2 id="history-diff-title">${t('history.revision', {revision: selected})}</h2>
        ${mayRestore ? html`<button type="button" class="button button--small more" data-restore=${selected} @click=${() => this.restore(selected)}>${icon('history')}${t('history.restore.button', {revision: selected})}</button>` : nothing}</div>
      ${older.length ? html`<div class="field history-diff__compare"><label for="history-from">${t('history.compareWith')}</label>
          <select id="history-from" @change=${(e) => this.compareWith(e.target.value)}>
            ${older.map((r) => html`<option value=${r.number} ?selected=${r.number === this.from}>${t('history.revisionBy', {revision: r.number, name: r.createdBy, time: dateTime(r.createdAt)})}</option>`)}
          </select></div>` : nothing}
      ${this.from
        ? html`<p class="muted small">${t(this.from < selected ? 'history.diffLegend' : 'history.diffLegendBack', {from: this.from, to: selected})}</p>
          <cms-revision-diff .itemId=${this.item.id} .locale=${this.locale} .from=${Math.min(this.from, selected)} .to=${Math.max(this.from, selected)}
            .type=${this.type} .blockTypes=${this.blockTypes} .sharedLocale=${this.item.originalLocale}></cms-revision-diff>`
        : html`<p class="empty">${t('history.first')}</p>`}
    </section>`;
  }

  render() {
    if (this.failed) return html`<div class="page-header"><h1>${t('history.title')}</h1></div><p class="notice notice--error" role="alert">${this.failed}</p>`;
    if (!this.revisions) return html`<div class="page-header"><h1>${t('history.title')}</h1></div><p class="muted" role="status"><span class="spinner" aria-hidden="true"></span> ${t('common.loading')}</p>`;
    const item = this.item;
    const variant = this.variant;
    const title = titleOf(item, this.locale);
    return html`<nav class="breadcrumbs" aria-label=${t('editor.breadcrumbs')}><ol>
        <li><a href=${href(`/content/${item.type}`)}>${typeName(item.type)}</a></li>
        <li><a href=${href(`/items/${item.id}/${this.locale}`)} lang=${variant && variant.title ? this.locale : item.originalLocale}>${title}</a></li></ol></nav>
      <div class="page-header">
        <div><h1>${t('history.title')}</h1>
          <p class="lede"><span lang=${variant && variant.title ? this.locale : item.originalLocale}>${title}</span> · ${localeName(this.locale)}
            ${variant && variant.sourceLocale ? html` · ${t('history.source', {locale: localeName(variant.sourceLocale), revision: variant.sourceRevision})}` : nothing}</p></div>
        <div class="page-header__actions">
          <a class="button" href=${href(`/items/${item.id}/${this.locale}`)}>${icon('document')}${t('history.backToEditor')}</a>
          <a class="button" href=${href(`/preview/${item.id}/${this.locale}`)}>${icon('eye')}${t('editor.aside.preview')}</a></div>
      </div>
      <nav class="history-locales" aria-label=${t('history.locales')}><ul>${localeCodes().filter((code) => item.variants[code]).map((code) => html`<li>
        <a href=${href(`/items/${item.id}/${code}/history`)} aria-current=${code === this.locale ? 'page' : nothing}
          class="locale-switcher__link ${code === this.locale ? 'locale-switcher__link--current' : ''}">${localeChip(code, item.variants[code].status)}</a></li>`)}</ul></nav>
      ${!variant ? html`<p class="empty">${t('history.noVariant', {locale: localeName(this.locale)})}</p>` : html`
        <div class="history-layout">
          <section class="card revisions" aria-labelledby="revisions-title">
            <h2 id="revisions-title">${t('history.revisions', {count: this.revisions.length})}</h2>
            <ol class="revision-list" reversed>${[...this.revisions].reverse().map((r) => this.renderRevision(r))}</ol>
          </section>
          ${this.renderCompare()}
        </div>`}
      <cms-audit-timeline .itemId=${item.id} .locale=${this.locale}></cms-audit-timeline>`;
  }
}
customElements.define('cms-item-history', ItemHistory);
