// <cms-audit-timeline .itemId .locale>: the item's audit trail (GET /api/v1/manage/audit?item=) as a
// timeline, newest first: every workflow step, schedule run, restore and trash, with who, when,
// from which address, the comment and what changed. By default the events of this language version
// and of the whole item; all language versions on request. Older events page in on demand.
import {CmsElement, html, nothing, uid} from '../../ui/element.js';
import {api, query} from '../../core/api.js';
import {t, tOr} from '../../core/i18n.js';
import {dateTime, relative} from '../../core/format.js';
import {localeName} from '../../core/catalog.js';
import {icon} from '../../ui/icons.js';
import {problemText} from '../../ui/dialogs.js';
import {whenText} from './workflow-dialogs.js';

const PAGE = 50;
const ICONS = {
  'workflow.submit': 'upload', 'workflow.approve': 'check', 'workflow.request_changes': 'info', 'workflow.publish': 'eye',
  'workflow.scheduled_publish': 'eye', 'workflow.schedule': 'calendar', 'workflow.cancel_schedule': 'calendar',
  'workflow.schedule_skipped': 'warning', 'workflow.unpublish': 'close', 'workflow.scheduled_unpublish': 'close',
  'workflow.archive': 'trash', 'workflow.unarchive': 'history', 'revision.restore': 'history',
  'item.trash': 'trash', 'item.restore': 'history', 'item.purge': 'trash'
};

export class AuditTimeline extends CmsElement {
  static properties = {itemId: {}, locale: {}, events: {state: true}, next: {state: true}, failed: {state: true}, all: {state: true}, loading: {state: true}};

  constructor() {
    super();
    this.filterId = uid('audit-all');
  }

  willUpdate() {
    if (this.itemId && this.itemId !== this.loadedFor) {
      this.loadedFor = this.itemId;
      this.events = null;
      this.load();
    }
  }

  /** Reads the first page again (after a restore or a step). */
  refresh() {
    this.events = null;
    return this.load();
  }

  async load(cursor) {
    this.loading = true;
    this.failed = null;
    try {
      const {data} = await api.get(`manage/audit${query({item: this.itemId, limit: PAGE, cursor})}`);
      this.events = cursor ? [...(this.events || []), ...data.items] : data.items;
      this.next = data.next;
    } catch (error) {
      this.failed = error.status === 403 ? t('history.audit.forbidden') : problemText(error);
    } finally {
      this.loading = false;
    }
  }

  text(event) {
    const key = `history.audit.action.${event.action}`;
    const detail = event.detail || {};
    const params = {name: event.user, revision: event.revision || '', restored: detail.restoredRevision || ''};
    return tOr(key, null, params) ?? t('history.audit.action.other', {...params, action: event.action});
  }

  details(event) {
    const detail = event.detail || {};
    const lines = [];
    if (detail.from && detail.to && detail.from !== detail.to) {
      lines.push(t('history.audit.moved', {from: t(`status.${detail.from}`), to: t(`status.${detail.to}`)}));
    }
    if (event.action === 'workflow.schedule' && detail.publishAt) lines.push(t('workflow.schedule.publishes', {when: whenText(detail.publishAt)}));
    if (event.action === 'workflow.schedule' && detail.unpublishAt) lines.push(t('workflow.schedule.unpublishes', {when: whenText(detail.unpublishAt)}));
    if (detail.due) lines.push(t('history.audit.due', {when: whenText(detail.due), name: detail.scheduledBy || ''}));
    if (event.action === 'revision.restore') lines.push(detail.includeShared ? t('history.audit.withShared') : t('history.audit.withoutShared'));
    if (event.revision && event.action !== 'revision.restore') lines.push(t('history.audit.revision', {revision: event.revision}));
    return lines;
  }

  renderEvent(event) {
    const kind = event.action.split('.').pop();
    return html`<li class="timeline__event timeline__event--${kind}" data-action=${event.action}>
      <span class="timeline__mark" aria-hidden="true">${icon(ICONS[event.action] || 'info')}</span>
      <div class="timeline__body">
        <p class="timeline__what">${this.text(event)}
          ${event.locale ? html`<span class="locale-chip locale-chip--draft" title=${localeName(event.locale)}><span class="locale-chip__code" lang=${event.locale}>${event.locale}</span>
            <span class="visually-hidden">${localeName(event.locale)}</span></span>` : html`<span class="muted small">${t('history.audit.wholeItem')}</span>`}</p>
        <p class="timeline__meta muted small"><time datetime=${event.at}>${dateTime(event.at)}</time>
          <span aria-hidden="true">·</span> <span>${relative(event.at)}</span>
          ${event.from ? html`<span aria-hidden="true">·</span> <span>${t('history.audit.from', {address: event.from})}</span>` : nothing}</p>
        ${this.details(event).map((line) => html`<p class="small timeline__detail">${line}</p>`)}
        ${event.comment ? html`<blockquote class="timeline__comment">${event.comment}</blockquote>` : nothing}
      </div></li>`;
  }

  render() {
    const shown = (this.events || []).filter((event) => this.all || !event.locale || event.locale === this.locale);
    return html`<section class="card audit" aria-labelledby="audit-title">
      <div class="card__header"><h2 id="audit-title">${t('history.audit.title')}</h2>
        <label class="check more" for=${this.filterId}><input type="checkbox" id=${this.filterId} .checked=${Boolean(this.all)}
          @change=${(e) => (this.all = e.target.checked)}>${t('history.audit.all')}</label></div>
      <p class="muted small">${this.all ? t('history.audit.allText') : t('history.audit.localeText', {locale: localeName(this.locale)})}</p>
      ${this.failed ? html`<p class="notice notice--info" role="status">${icon('info')}<span>${this.failed}</span></p>` : nothing}
      ${!this.events && !this.failed ? html`<p class="muted" role="status"><span class="spinner" aria-hidden="true"></span> ${t('common.loading')}</p>` : nothing}
      ${this.events && !shown.length ? html`<p class="empty">${t('history.audit.empty')}</p>` : nothing}
      ${shown.length ? html`<ol class="timeline" aria-label=${t('history.audit.title')}>${shown.map((event) => this.renderEvent(event))}</ol>` : nothing}
      ${this.next ? html`<p><button type="button" class="button button--small" ?disabled=${this.loading} @click=${() => this.load(this.next)}>
          ${this.loading ? html`<span class="spinner" aria-hidden="true"></span>` : icon('down')}${t('history.audit.more')}</button></p>` : nothing}
    </section>`;
  }
}
customElements.define('cms-audit-timeline', AuditTimeline);
