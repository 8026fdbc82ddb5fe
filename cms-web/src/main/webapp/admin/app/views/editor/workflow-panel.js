// <cms-workflow-panel .item=${item} .locale=${locale} @changed=…>: the variant's place in the
// editorial workflow beside the editor. Shows the draft's state next to what is published, a
// schedule, the last step taken (with its comment), and offers exactly the steps the API says this
// person may take now, in words. Each step asks to save unsaved changes first; after one, `changed`
// tells the editor to reload (the variant's ETag has changed).
import {CmsElement, html, nothing, uid} from '../../ui/element.js';
import {api, query} from '../../core/api.js';
import {t} from '../../core/i18n.js';
import {localeName} from '../../core/catalog.js';
import {relative, dateTime} from '../../core/format.js';
import {icon} from '../../ui/icons.js';
import {confirmDialog, problemText} from '../../ui/dialogs.js';
import {requiredComment, scheduleDialog, saveFirst, whenText} from './workflow-dialogs.js';
import {altProblem} from './workflow-problems.js';

/** Steps in the order they are offered; `more` ones sit under "More choices". */
const STEPS = ['submit', 'approve', 'publish', 'request_changes', 'schedule', 'unarchive'];
const MORE = ['unpublish', 'archive'];

export class WorkflowPanel extends CmsElement {
  static properties = {
    item: {attribute: false},
    locale: {},
    state: {state: true}, last: {state: true}, busy: {state: true}, problem: {state: true}, announce: {state: true}, commenting: {state: true}
  };

  constructor() {
    super();
    this.commentId = uid('wf-comment');
    this.comment = '';
  }

  async openComment() {
    this.commenting = true;
    await this.updateComplete;
    this.querySelector(`#${this.commentId}`)?.focus();
  }

  get variant() {
    return this.item && (this.item.variants || {})[this.locale];
  }

  willUpdate(changed) {
    // the editor hands over a new item object whenever it has read or saved the item
    if ((changed.has('item') || changed.has('locale')) && this.variant) {
      this.loadedKey = {};
      this.load();
    }
    if (changed.has('locale') && changed.get('locale') !== undefined) this.problem = null;
  }

  async load() {
    const key = this.loadedKey;
    const base = `manage/items/${encodeURIComponent(this.item.id)}/variants/${this.locale}`;
    try {
      const [{data: state}, last] = await Promise.all([api.get(`${base}/transitions`), this.lastStep()]);
      if (key !== this.loadedKey) return;
      this.state = state;
      this.last = last;
    } catch (error) {
      if (key === this.loadedKey) this.state = {failed: problemText(error)};
    }
  }

  /** The last workflow step on this variant (who, when, comment), from the audit trail if readable. */
  async lastStep() {
    try {
      const {data} = await api.get(`manage/audit${query({item: this.item.id, limit: 30})}`);
      return data.items.find((event) => event.locale === this.locale && event.action.startsWith('workflow.')) || null;
    } catch (ignored) {
      return null; // translators and viewers do not read the audit trail
    }
  }

  label(action) {
    const variant = this.variant;
    if (action === 'publish' && variant && variant.status === 'published') return t('workflow.action.republish');
    if (action === 'publish' && variant && variant.published) return t('workflow.action.publishChanges');
    if (action === 'schedule' && !this.mayPublishNow()) return t('workflow.action.scheduleUnpublish');
    return t(`workflow.action.${action}`);
  }

  mayPublishNow() {
    return this.state && this.state.allowed.includes('publish') && this.state.status !== 'published';
  }

  async act(action) {
    if (this.busy) return;
    this.problem = null;
    this.announce = '';
    if (!(await saveFirst(this, this.label(action)))) return;
    const body = {action};
    const comment = this.comment.trim();
    if (comment) body.comment = comment;
    if (action === 'request_changes') {
      const given = await requiredComment({
        title: t('workflow.requestChanges.title'), intro: t('workflow.requestChanges.intro'),
        label: t('workflow.requestChanges.label'), confirmLabel: t('workflow.action.request_changes'), value: comment
      });
      if (given === undefined) return;
      body.comment = given;
    } else if (action === 'unpublish' || action === 'archive') {
      const ok = await confirmDialog({
        title: t(`workflow.confirm.${action}.title`), message: t(`workflow.confirm.${action}.text`, {locale: localeName(this.locale)}),
        confirmLabel: this.label(action), danger: true
      });
      if (!ok) return;
    } else if (action === 'schedule') {
      const done = await scheduleDialog({publish: this.mayPublishNow(), schedule: this.variant.schedule, send: (times) => this.send({...body, ...times})});
      if (done) this.done(action);
      return;
    }
    this.busy = action;
    try {
      await this.send(body);
      this.done(action);
    } catch (error) {
      this.refused(error);
    } finally {
      this.busy = null;
    }
  }

  send(body) {
    const variant = this.variant;
    return api.post(`manage/items/${encodeURIComponent(this.item.id)}/variants/${this.locale}/transitions`, body, {ifMatch: variant.etag});
  }

  done(action) {
    this.comment = '';
    const box = this.querySelector(`#${this.commentId}`);
    if (box) box.value = '';
    this.commenting = false;
    // said in the panel (a toast would cover its buttons), and read out
    this.announce = t(`workflow.done.${action}`, {locale: localeName(this.locale)});
    this.emit('changed', {action});
  }

  refused(error) {
    this.announce = '';
    if (error.type === 'alt-text-missing') {
      this.problem = {alt: error.problem.images || []};
    } else if (error.type === 'illegal-transition') {
      const allowed = (error.problem.allowed || []).map((a) => t(`workflow.action.${a}`)).join(', ');
      this.problem = {text: t('workflow.error.illegal', {status: t(`status.${error.problem.variantStatus}`), allowed: allowed || t('common.none')})};
      this.emit('changed', {});
    } else if (error.status === 412) {
      this.problem = {text: t('workflow.error.stale')};
      this.emit('changed', {});
    } else if (error.status === 403) {
      this.problem = {text: t('workflow.error.forbidden')};
    } else {
      this.problem = {text: problemText(error)};
    }
    this.updateComplete.then(() => this.querySelector('.workflow__problem')?.focus());
  }

  async cancelSchedule() {
    this.problem = null;
    this.announce = '';
    if (!(await saveFirst(this, t('workflow.action.cancel_schedule')))) return;
    this.busy = 'cancel_schedule';
    try {
      await this.send({action: 'cancel_schedule'});
      this.done('cancel_schedule');
    } catch (error) {
      this.refused(error);
    } finally {
      this.busy = null;
    }
  }

  button(action, primary) {
    const busy = this.busy === action;
    return html`<button type="button" class="button ${primary ? 'button--primary' : ''} ${MORE.includes(action) ? 'button--danger' : ''} ${primary === null ? 'button--small' : ''}"
      data-action=${action} ?disabled=${Boolean(this.busy)} @click=${() => this.act(action)}>
      ${busy ? html`<span class="spinner" aria-hidden="true"></span>` : icon(ICONS[action] || 'check')}${this.label(action)}</button>`;
  }

  renderPublished(variant) {
    const published = variant.published;
    if (!published) {
      return html`<dd>${variant.status === 'unpublished' ? t('workflow.published.unpublished') : t('workflow.published.never')}</dd>`;
    }
    const changed = variant.revision > published.revision;
    return html`<dd><span class="badge badge--published">${t('workflow.published.revision', {revision: published.revision})}</span>
      ${changed ? html`<span class="workflow__changed">· ${t('workflow.published.changedAfter')}</span>` : html`<span class="muted">· ${t('workflow.published.same')}</span>`}
      <span class="muted small workflow__time"><time datetime=${published.publishedAt}>${dateTime(published.publishedAt)}</time></span></dd>`;
  }

  renderSchedule(variant) {
    const schedule = variant.schedule;
    if (!schedule) return nothing;
    const cancel = this.state && this.state.permitted.includes('cancel_schedule');
    return html`<div class="workflow__schedule" role="group" aria-label=${t('workflow.schedule.current')}>
      ${icon('calendar')}<div>
        ${schedule.publishAt ? html`<p><strong>${t('workflow.schedule.publishes', {when: whenText(schedule.publishAt)})}</strong></p>` : nothing}
        ${schedule.unpublishAt ? html`<p><strong>${t('workflow.schedule.unpublishes', {when: whenText(schedule.unpublishAt)})}</strong></p>` : nothing}
        <p class="muted small">${t('workflow.schedule.by', {name: schedule.scheduledBy})}</p>
        ${cancel ? html`<button type="button" class="button button--small" data-action="cancel_schedule" ?disabled=${Boolean(this.busy)}
            @click=${() => this.cancelSchedule()}>${icon('close')}${t('workflow.action.cancel_schedule')}</button>` : nothing}
      </div></div>`;
  }

  renderLast() {
    const last = this.last;
    if (!last) return nothing;
    const action = last.action.replace('workflow.', '');
    if (action === 'schedule' && this.variant.schedule && !last.comment) return nothing; // the schedule box says it
    const warn = action === 'request_changes' && this.state && this.state.status === 'changes_requested';
    return html`<div class="workflow__last ${warn ? 'notice notice--warn' : ''}">
      <p class="small"><span>${t(`workflow.last.${action}`, {name: last.user})}</span>
        <time datetime=${last.at} title=${dateTime(last.at)}>${relative(last.at)}</time></p>
      ${last.comment ? html`<blockquote class="workflow__comment">${last.comment}</blockquote>` : nothing}
    </div>`;
  }

  renderProblem() {
    const problem = this.problem;
    if (!problem) return nothing;
    if (problem.alt) {
      return altProblem(problem.alt, this.locale, this.closest('cms-item-editor'));
    }
    return html`<div class="notice notice--error workflow__problem" role="alert" tabindex="-1">${icon('warning')}<p>${problem.text}</p></div>`;
  }

  render() {
    const variant = this.variant;
    if (!variant) return nothing;
    const state = this.state;
    const permitted = (state && state.permitted) || [];
    // publishing what is published already only refreshes it: a rare step, under "More choices"
    const republish = variant.status === 'published';
    const steps = STEPS.filter((a) => permitted.includes(a) && !(a === 'publish' && republish));
    const more = [...(republish && permitted.includes('publish') ? ['publish'] : []), ...MORE.filter((a) => permitted.includes(a))];
    const primary = ['publish', 'approve', 'submit', 'unarchive'].find((a) => steps.includes(a));
    return html`<section class="card workflow" aria-labelledby="workflow-title">
      <h2 id="workflow-title">${t('workflow.title')}</h2>
      <dl class="facts workflow__states">
        <dt>${t('workflow.draft')}</dt><dd><span class="badge badge--${variant.status}">${t(`status.${variant.status}`)}</span>
          <span class="muted small">${t('workflow.revision', {revision: variant.revision})}</span></dd>
        <dt>${t('workflow.live')}</dt>${this.renderPublished(variant)}
      </dl>
      ${this.renderSchedule(variant)}
      ${this.renderLast()}
      ${this.renderProblem()}
      ${!state ? html`<p class="muted small" role="status"><span class="spinner" aria-hidden="true"></span> ${t('common.loading')}</p>`
        : state.failed ? html`<p class="notice notice--error" role="alert">${state.failed}</p>`
          : html`${steps.length || more.length
            ? this.commenting
              ? html`<div class="field workflow__comment-field"><label for=${this.commentId}>${t('workflow.comment.label')}</label>
                  <span class="hint" id=${`${this.commentId}-hint`}>${t('workflow.comment.hint')}</span>
                  <textarea id=${this.commentId} rows="2" aria-describedby=${`${this.commentId}-hint`} .value=${this.comment}
                    @input=${(e) => (this.comment = e.target.value)}></textarea></div>`
              : html`<p class="workflow__comment-toggle"><button type="button" class="button button--quiet button--small" aria-controls=${this.commentId}
                  aria-expanded="false" @click=${() => this.openComment()}>${icon('plus')}${t('workflow.comment.add')}</button></p>`
            : html`<p class="muted small">${t('workflow.nothing', {status: t(`status.${variant.status}`)})}</p>`}
            ${steps.length ? html`<div class="workflow__actions" role="group" aria-label=${t('workflow.actions')}>${steps.map((a) => this.button(a, a === primary))}</div>` : nothing}
            ${more.length ? html`<details class="workflow__more"><summary>${t('workflow.more')}</summary>
                <div class="workflow__actions">${more.map((a) => this.button(a, null))}</div></details>` : nothing}`}
      <p class="workflow__done ${this.announce ? 'notice notice--ok' : ''}" role="status">${this.announce ? html`${icon('check')}<span>${this.announce}</span>` : nothing}</p>
    </section>`;
  }
}

const ICONS = {submit: 'upload', approve: 'check', publish: 'eye', request_changes: 'info', schedule: 'calendar', unarchive: 'history', unpublish: 'close', archive: 'trash'};

customElements.define('cms-workflow-panel', WorkflowPanel);
