// The start page: what is waiting for me. My drafts, what waits for my review, what is scheduled,
// the translation queue of my locales, and what was published lately.
import {CmsElement, html, nothing} from '../ui/element.js';
import {t} from '../core/i18n.js';
import {api, query} from '../core/api.js';
import {currentUser, has, myLocales} from '../core/session.js';
import {localeCodes, localeName, typeName, titleOf, defaultLocale} from '../core/catalog.js';
import {href} from '../core/router.js';
import {relative, dateTime} from '../core/format.js';
import {localeChip} from '../ui/locale-states.js';
import '../ui/locale-states.js';

const SIZE = 6;
const QUEUE_PAGE = 50;

export class Start extends CmsElement {
  static properties = {lists: {state: true}, failed: {state: true}};

  constructor() {
    super();
    this.lists = null;
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    const me = currentUser();
    const reviewer = has('admin') || has('publisher');
    const translator = has('translator') || has('admin') || has('editor');
    const jobs = {
      drafts: api.get(`manage/items${query({updatedBy: me.username, status: 'draft', limit: SIZE})}`),
      changes: api.get(`manage/items${query({updatedBy: me.username, status: 'changes_requested', limit: SIZE})}`),
      review: reviewer ? api.get(`manage/items${query({status: 'in_review', limit: SIZE})}`) : null,
      scheduled: api.get(`manage/items${query({scheduled: 'true', limit: SIZE})}`),
      published: api.get(`manage/items${query({status: 'published', limit: SIZE})}`)
    };
    const lists = {};
    await Promise.all(
      Object.entries(jobs).map(async ([name, job]) => {
        if (!job) return;
        try {
          lists[name] = (await job).data.items;
        } catch (error) {
          lists[name] = {error};
        }
      })
    );
    // translators see their own locales' queues; others a count per locale
    const granted = me.locales && me.locales.length > 0;
    const targets = myLocales(localeCodes().filter((c) => c !== defaultLocale()));
    lists.queueMode = granted ? 'queues' : 'summary';
    lists.queues = translator
      ? await Promise.all(
          targets.slice(0, granted ? 3 : 8).map(async (locale) => {
            try {
              const {data} = await api.get(`manage/translations${query({locale, limit: QUEUE_PAGE})}`);
              const open = data.items.filter((entry) => entry.status !== 'done');
              const count = (status) => open.filter((entry) => entry.status === status).length;
              return {
                locale, items: open.slice(0, 4), more: Boolean(data.next),
                missing: count('missing'), outdated: count('outdated'), inProgress: count('in_progress')
              };
            } catch (error) {
              return {locale, error};
            }
          })
        )
      : [];
    this.lists = lists;
  }

  itemRow(item, meta) {
    const locale = item.originalLocale || defaultLocale();
    return html`<li><a href=${href(`/items/${item.id}/${locale}`)} lang=${locale}>${titleOf(item, locale)}</a>
      <div class="meta"><span>${typeName(item.type)}</span>${meta ? html`<span>${meta}</span>` : nothing}</div>
      <cms-locale-states compact .item=${item}></cms-locale-states></li>`;
  }

  section(name, title, items, {empty, meta = (item) => relative(item.updatedAt), more} = {}) {
    if (items === undefined) return nothing;
    return html`<section class="card" aria-labelledby="start-${name}">
      <div class="card__header"><h2 id="start-${name}">${title}</h2>${more ? html`<a class="more" href=${more}>${t('start.more')}</a>` : nothing}</div>
      ${items && items.error
        ? html`<p class="notice notice--error">${t('common.failed')}</p>`
        : items && items.length
          ? html`<ul class="worklist">${items.map((item) => this.itemRow(item, meta(item)))}</ul>`
          : html`<p class="empty">${empty}</p>`}
    </section>`;
  }

  queueSection(queue) {
    return html`<section class="card" aria-labelledby="start-queue-${queue.locale}">
      <div class="card__header"><h2 id="start-queue-${queue.locale}">${t('start.queue', {locale: localeName(queue.locale)})}</h2>
        <a class="more" href=${href(`/translations?locale=${queue.locale}`)}>${t('start.more')}</a></div>
      ${queue.error
        ? html`<p class="notice notice--error">${t('common.failed')}</p>`
        : queue.items.length
          ? html`<ul class="worklist">${queue.items.map(
              (entry) => html`<li><a href=${href(`/translations/${entry.itemId}/${queue.locale}`)} lang=${entry.source.locale}>${entry.source.title}</a>
                <div class="meta"><span>${typeName(entry.type)}</span>${localeChip(queue.locale, entry.status)}</div></li>`
            )}</ul>`
          : html`<p class="empty">${t('start.queue.empty')}</p>`}
    </section>`;
  }

  /** For those who do not translate one locale: how much waits in each. */
  summarySection(queues) {
    if (!queues.length) return nothing;
    const more = (queue, n) => (queue.more ? `${n}+` : String(n));
    return html`<section class="card" aria-labelledby="start-translations">
      <div class="card__header"><h2 id="start-translations">${t('start.translations')}</h2>
        <a class="more" href=${href('/translations')}>${t('start.more')}</a></div>
      <table class="summary-table">
        <caption class="visually-hidden">${t('start.translations.caption')}</caption>
        <thead><tr><th scope="col">${t('common.locale')}</th><th scope="col" class="num">${t('status.missing')}</th>
          <th scope="col" class="num">${t('status.outdated')}</th><th scope="col" class="num">${t('status.in_progress')}</th></tr></thead>
        <tbody>${queues.map((queue) => html`<tr>
          <th scope="row"><a href=${href(`/translations?locale=${queue.locale}`)}>${localeName(queue.locale)}</a></th>
          ${queue.error
            ? html`<td colspan="3" class="muted">${t('common.failed')}</td>`
            : html`<td class="num">${more(queue, queue.missing)}</td><td class="num">${more(queue, queue.outdated)}</td><td class="num">${more(queue, queue.inProgress)}</td>`}
        </tr>`)}</tbody>
      </table>
    </section>`;
  }

  render() {
    const me = currentUser();
    if (!this.lists) {
      return html`<div class="page-header"><div><h1>${t('start.title', {name: me.username})}</h1>
        <p class="lede">${t('start.lede')}</p></div></div>
        <p class="muted" role="status"><span class="spinner" aria-hidden="true"></span> ${t('common.loading')}</p>`;
    }
    const lists = this.lists;
    const drafts = lists.drafts && lists.changes && !lists.drafts.error && !lists.changes.error
      ? [...lists.changes, ...lists.drafts].slice(0, SIZE)
      : lists.drafts;
    return html`<div class="page-header"><div>
        <h1>${t('start.title', {name: me.username})}</h1>
        <p class="lede">${t('start.lede')}</p></div></div>
      <div class="grid grid--2">
        ${this.section('drafts', t('start.drafts'), drafts, {empty: t('start.drafts.empty')})}
        ${this.section('review', t('start.review'), lists.review, {empty: t('start.review.empty')})}
        ${lists.queueMode === 'queues'
          ? (lists.queues || []).map((queue) => this.queueSection(queue))
          : this.summarySection(lists.queues || [])}
        ${this.section('scheduled', t('start.scheduled'), lists.scheduled, {
          empty: t('start.scheduled.empty'),
          meta: (item) => {
            const next = Object.values(item.variants || {}).map((v) => v.schedule && v.schedule.publishAt).filter(Boolean).sort()[0];
            return next ? dateTime(next) : '';
          }
        })}
        ${this.section('published', t('start.published'), lists.published, {empty: t('start.published.empty')})}
      </div>`;
  }
}
customElements.define('cms-start', Start);
