// <cms-field-asset>: a file (or several): upload by dropping it here or choosing it, or pick one
// from the media library; the chosen file with its picture, and for an image its alternative text
// in the variant's locale, saved on the asset itself (the server publishes no image without it).
import {html, nothing} from 'lit';
import {repeat} from 'lit/directives/repeat.js';
import {api} from '../../../core/api.js';
import {t} from '../../../core/i18n.js';
import {localeName} from '../../../core/catalog.js';
import {bytes} from '../../../core/format.js';
import {icon} from '../../../ui/icons.js';
import {problemText} from '../../../ui/dialogs.js';
import {FieldWidget, moved} from './base.js';
import {asset, rememberAsset, refreshAsset, thumbnail} from '../lookups.js';
import {chooseAsset, kindFor} from './asset-library.js';

export class AssetField extends FieldWidget {
  static properties = {...FieldWidget.properties, uploading: {state: true}, problem: {state: true}, dragging: {state: true}};

  constructor() {
    super();
    this.assets = {};
    this.pictures = {};
    this.drafts = {};
    this.status = {};
  }

  get multiple() {
    return this.field.type === 'list' || this.field.multiple === true;
  }

  get ids() {
    if (Array.isArray(this.value)) return this.value;
    return this.value ? [this.value] : [];
  }

  willUpdate() {
    for (const id of this.ids) {
      if (this.assets[id] === undefined) {
        this.assets[id] = null;
        asset(id).then(
          (data) => {
            this.assets[id] = data;
            thumbnail(data).then((url) => {
              this.pictures[id] = url;
              this.requestUpdate();
            });
            this.requestUpdate();
          },
          () => {
            this.assets[id] = {id, missing: true};
            this.requestUpdate();
          }
        );
      }
    }
  }

  add(data) {
    this.assets[data.id] = data;
    thumbnail(data).then((url) => {
      this.pictures[data.id] = url;
      this.requestUpdate();
    });
    this.change(this.multiple ? [...this.ids.filter((id) => id !== data.id), data.id] : data.id);
    this.announce(t('editor.asset.chosen', {name: data.fileName}));
    this.updateComplete.then(() => {
      const alt = this.querySelector(`[data-alt="${data.id}"]`);
      if (alt && !alt.value) alt.focus();
    });
  }

  async upload(files) {
    const list = [...files].slice(0, this.multiple ? files.length : 1);
    if (!list.length) return;
    this.problem = null;
    for (const file of list) {
      this.uploading = file.name;
      try {
        const form = new FormData();
        form.append('file', file, file.name);
        form.append('locale', this.ctx.locale);
        const {data, etag} = await api.post('manage/assets', form);
        rememberAsset(data, etag);
        this.add({...data, etag: etag || data.etag});
      } catch (error) {
        this.problem = error.status === 415 ? t('editor.asset.unsupported')
          : error.status === 413 ? t('editor.asset.tooLarge') : problemText(error);
      } finally {
        this.uploading = null;
      }
    }
  }

  async library() {
    const chosen = await chooseAsset({kind: kindFor(this.field, this.ctx), locale: this.ctx.locale});
    if (chosen) {
      rememberAsset(chosen, chosen.etag);
      this.add(chosen);
    }
  }

  remove(index) {
    const id = this.ids[index];
    const name = this.assets[id] && this.assets[id].fileName;
    const next = this.ids.filter((_, i) => i !== index);
    this.change(this.multiple ? next : null);
    this.announce(t('editor.asset.removed', {name: name || id}));
  }

  move(index, to) {
    if (to < 0 || to >= this.ids.length) return;
    this.change(moved(this.ids, index, to));
    const name = this.assets[this.ids[to]]?.fileName;
    this.announce(t('editor.moved', {title: name, position: to + 1, count: this.ids.length}));
  }

  onAlt(id, event) {
    this.drafts[id] = event.target.value;
    this.status[id] = 'pending';
  }

  /** Saves alternative texts typed but not yet saved (the editor calls this before it saves). */
  flush() {
    return Promise.all(Object.keys(this.drafts).map((id) => this.saveAlt(id)));
  }

  async saveAlt(id, retried = false) {
    if (!(id in this.drafts)) return;
    const alt = this.drafts[id].trim();
    const current = await asset(id);
    const texts = (current.texts || {})[this.ctx.locale] || {};
    if ((texts.alt || '') === alt) {
      delete this.drafts[id];
      this.status[id] = null;
      return this.requestUpdate();
    }
    this.status[id] = 'saving';
    this.requestUpdate();
    const next = {...texts};
    if (alt) next.alt = alt;
    else delete next.alt;
    try {
      const {data, etag} = await api.put(`manage/assets/${id}`, {texts: {[this.ctx.locale]: next}}, {ifMatch: current.etag});
      rememberAsset(data, etag);
      this.assets[id] = {...data, etag: etag || data.etag};
      delete this.drafts[id];
      this.status[id] = 'saved';
      this.announce(t('editor.asset.altSaved'));
    } catch (error) {
      if (error.status === 412 && !retried) {
        await refreshAsset(id);
        return this.saveAlt(id, true);
      }
      this.status[id] = 'failed';
      this.announce(t('editor.asset.altFailed'));
    }
    this.requestUpdate();
  }

  renderAlt(id, data) {
    if (!/^image\//.test(data.mediaType || '')) return nothing;
    const locale = this.ctx.locale;
    const value = id in this.drafts ? this.drafts[id] : ((data.texts || {})[locale] || {}).alt || '';
    const inputId = `${this.inputId}-alt-${id}`;
    const status = this.status[id];
    const missing = !value.trim();
    return html`<div class="asset-card__alt">
      <label for=${inputId}>${t('editor.asset.alt', {locale: localeName(locale)})}</label>
      <input id=${inputId} data-alt=${id} type="text" lang=${locale} .value=${value} ?readonly=${!this.ctx.mayEditAssetTexts}
        aria-describedby="${inputId}-note" @input=${(e) => this.onAlt(id, e)} @change=${() => this.saveAlt(id)}>
      <span class="hint" id="${inputId}-note">${status === 'saving' ? t('common.saving')
        : status === 'saved' ? t('editor.asset.altSaved')
          : status === 'failed' ? t('editor.asset.altFailed')
            : missing ? t('editor.asset.altMissing', {locale: localeName(locale)}) : t('editor.asset.altHint')}</span>
    </div>`;
  }

  renderCard(id, index) {
    const data = this.assets[id];
    const picture = this.pictures[id];
    const count = this.ids.length;
    if (!data) return html`<li class="asset-card"><span class="spinner" aria-hidden="true"></span> ${t('common.loading')}</li>`;
    const name = data.missing ? t('editor.asset.missing') : data.fileName;
    const facts = data.width ? `${data.width} × ${data.height} px` : data.pageCount ? t('editor.asset.pages', {count: data.pageCount}) : '';
    return html`<li class="asset-card">
      <div class="asset-card__thumb">${picture ? html`<img src=${picture} alt="">` : icon(/^image\//.test(data.mediaType || '') ? 'image' : 'document')}</div>
      <div class="asset-card__body">
        <p class="asset-card__name">${name}</p>
        <p class="muted small">${[data.mediaType, bytes(data.size), facts].filter(Boolean).join(' · ')}</p>
        ${data.missing ? nothing : this.renderAlt(id, data)}
      </div>
      ${this.readonly ? nothing : html`<div class="asset-card__actions">
        ${this.multiple ? html`
          <button type="button" class="button button--quiet button--small" aria-disabled=${index === 0 ? 'true' : 'false'}
            aria-label=${t('editor.moveUpNamed', {title: name})} @click=${() => this.move(index, index - 1)}>${icon('up')}</button>
          <button type="button" class="button button--quiet button--small" aria-disabled=${index === count - 1 ? 'true' : 'false'}
            aria-label=${t('editor.moveDownNamed', {title: name})} @click=${() => this.move(index, index + 1)}>${icon('down')}</button>` : nothing}
        <button type="button" class="button button--quiet button--small" aria-label=${t('editor.removeNamed', {title: name})}
          @click=${() => this.remove(index)}>${icon('close')}<span>${t('common.remove')}</span></button>
      </div>`}
    </li>`;
  }

  renderDrop() {
    if (this.readonly) return nothing;
    const fileId = `${this.inputId}-file`;
    const onDrop = (event) => {
      event.preventDefault();
      this.dragging = false;
      this.upload(event.dataTransfer.files);
    };
    return html`<div class="dropzone ${this.dragging ? 'dropzone--active' : ''}"
        @dragover=${(e) => (e.preventDefault(), (this.dragging = true))} @dragleave=${() => (this.dragging = false)} @drop=${onDrop}>
      ${this.uploading
        ? html`<span class="spinner" aria-hidden="true"></span><span>${t('editor.asset.uploading', {name: this.uploading})}</span>`
        : html`${icon('upload')}<span>${t('editor.asset.drop')}</span>
          <input type="file" class="visually-hidden dropzone__input" id=${fileId} ?multiple=${this.multiple}
            aria-describedby=${this.describedby || nothing} @change=${(e) => (this.upload(e.target.files), (e.target.value = ''))}>
          <label for=${fileId} class="button button--small">${this.ids.length && !this.multiple ? t('editor.asset.uploadOther') : t('editor.asset.upload')}</label>
          <button type="button" class="button button--small" id=${this.inputId} @click=${this.library}>${icon('image')}${t('editor.asset.library')}</button>`}
    </div>`;
  }

  render() {
    if (!this.field) return nothing;
    return html`${this.ids.length
        ? html`<ul class="asset-list">${repeat(this.ids, (id) => id, (id, i) => this.renderCard(id, i))}</ul>`
        : this.readonly ? html`<p class="muted small">${t('common.none')}</p>` : nothing}
      ${this.renderDrop()}
      ${this.problem ? html`<p class="error-text" role="alert">${icon('warning')}<span>${this.problem}</span></p>` : nothing}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement || ''}</p>`;
  }
}
customElements.define('cms-field-asset', AssetField);
