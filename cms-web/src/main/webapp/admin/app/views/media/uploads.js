// <cms-media-uploads>: the files being uploaded, each with its own progress and outcome. Files go
// to POST /api/v1/manage/assets as raw bodies (two at a time) with upload progress; a refusal is
// said plainly with the server's reason (unsupported type with the detected and accepted types,
// too large, too many pixels). Each new asset is announced with an "asset-uploaded" event.
import {CmsElement, html, nothing} from '../../ui/element.js';
import {t} from '../../core/i18n.js';
import {upload} from '../../core/api.js';
import {bytes} from '../../core/format.js';
import {href} from '../../core/router.js';
import {icon} from '../../ui/icons.js';
import {uploadLimits, typeNames} from './media-common.js';

const PARALLEL = 2;
let counter = 0;

/** A refusal of the server (or of the limits it announced) in words. */
export function refusalText(error, file, limits) {
  const max = limits && limits.maxBytes;
  if (error.status === 415 || error.type === 'unsupported-file-type') {
    const problem = error.problem || {};
    return t('media.upload.unsupported', {
      detected: problem.detectedType || '?',
      accepted: typeNames(problem.acceptedTypes || (limits && limits.acceptedTypes))
    });
  }
  if (error.status === 413 || (error.status === 0 && max && file.size > max)) {
    return max ? t('media.upload.tooLarge', {size: bytes(file.size), max: bytes(max)}) : t('media.upload.tooLarge.plain', {size: bytes(file.size)});
  }
  if (error.type === 'image-too-many-pixels') {
    return t('media.upload.pixels', {detail: error.message});
  }
  if (error.status === 403) return t('media.upload.forbidden');
  if (error.status === 0) return t('common.offline');
  return error.message || t('common.failed');
}

export class MediaUploads extends CmsElement {
  static properties = {jobs: {state: true}};

  constructor() {
    super();
    this.jobs = [];
    this.active = 0;
  }

  /** Queues files for upload; shows them at once. */
  async add(files) {
    const limits = await uploadLimits();
    const added = [...files].map((file) => ({id: ++counter, file, state: 'waiting', sent: 0, total: file.size, asset: null, error: null}));
    for (const job of added) {
      if (limits && limits.maxBytes && job.file.size > limits.maxBytes) {
        job.state = 'refused';
        job.error = refusalText({status: 413}, job.file, limits);
      }
    }
    this.jobs = [...added.reverse(), ...this.jobs];
    this.limits = limits;
    this.pump();
  }

  pump() {
    while (this.active < PARALLEL) {
      const job = [...this.jobs].reverse().find((j) => j.state === 'waiting');
      if (!job) return;
      this.active++;
      this.send(job).finally(() => {
        this.active--;
        this.pump();
      });
    }
  }

  async send(job) {
    this.change(job, {state: 'sending'});
    const file = job.file;
    const path = `manage/assets?fileName=${encodeURIComponent(file.name)}`;
    try {
      const {data} = await upload('POST', path, file, {
        headers: {'Content-Type': file.type || 'application/octet-stream'},
        onProgress: (sent, total) => this.change(job, {sent, total: total || file.size})
      });
      this.change(job, {state: 'done', asset: data, sent: job.total});
      this.emit('asset-uploaded', data);
    } catch (error) {
      this.change(job, {state: 'refused', error: refusalText(error, file, this.limits)});
    }
  }

  change(job, values) {
    Object.assign(job, values);
    this.jobs = [...this.jobs];
  }

  clearFinished() {
    this.jobs = this.jobs.filter((job) => job.state === 'waiting' || job.state === 'sending');
  }

  percent(job) {
    return job.total ? Math.min(100, Math.round((job.sent / job.total) * 100)) : 0;
  }

  row(job) {
    const name = html`<span class="media-upload__name">${job.file.name}</span>`;
    const size = html`<span class="muted small">${bytes(job.file.size)}</span>`;
    if (job.state === 'done') {
      return html`<li class="media-upload media-upload--done">
        ${icon('check')}<div class="media-upload__main">
          <a href=${href(`/media/${job.asset.id}`)}>${job.asset.fileName}</a> ${size}
          <span class="media-upload__state">${t('media.upload.done')}</span></div></li>`;
    }
    if (job.state === 'refused') {
      return html`<li class="media-upload media-upload--refused">
        ${icon('warning')}<div class="media-upload__main">${name} ${size}
          <span class="media-upload__state">${t('media.upload.refused')}</span>
          <p class="media-upload__reason">${job.error}</p></div></li>`;
    }
    const label = job.state === 'waiting' ? t('media.upload.waiting') : t('media.upload.sending', {percent: this.percent(job)});
    return html`<li class="media-upload">
      <span class="spinner" aria-hidden="true"></span><div class="media-upload__main">${name} ${size}
        <span class="media-upload__state">${label}</span>
        <progress max="100" value=${this.percent(job)} aria-label=${t('media.upload.progress', {name: job.file.name})}></progress></div></li>`;
  }

  render() {
    if (!this.jobs.length) return nothing;
    const busy = this.jobs.some((job) => job.state === 'waiting' || job.state === 'sending');
    const done = this.jobs.filter((job) => job.state === 'done').length;
    const refused = this.jobs.filter((job) => job.state === 'refused').length;
    return html`<section class="card media-uploads" aria-labelledby="media-uploads-title">
      <div class="card__header"><h2 id="media-uploads-title">${t('media.upload.title')}</h2>
        <span class="muted small" role="status">${busy ? t('media.upload.busy') : t('media.upload.summary', {done, refused})}</span>
        ${busy ? nothing : html`<button class="button button--quiet button--small more" type="button" @click=${this.clearFinished}>${t('media.upload.clear')}</button>`}
      </div>
      <ul class="media-upload-list">${this.jobs.map((job) => this.row(job))}</ul>
    </section>`;
  }
}
customElements.define('cms-media-uploads', MediaUploads);
