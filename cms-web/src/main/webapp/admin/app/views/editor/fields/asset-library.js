// The media library as a dialog for picking a file: search by name or title, images or documents,
// small pictures (renditions 160 px wide), "show more". Resolves the chosen asset or undefined.
import {html, nothing} from 'lit';
import {api, query} from '../../../core/api.js';
import {t} from '../../../core/i18n.js';
import {uid} from '../../../ui/element.js';
import {icon} from '../../../ui/icons.js';
import {openDialog, problemText} from '../../../ui/dialogs.js';
import {thumbnail} from '../lookups.js';

const PAGE = 24;

/** images or documents, guessed from the field (an image block, a field named image …), else both. */
export function kindFor(field, ctx) {
  const key = `${ctx.blockType || ''} ${field.key}`.toLowerCase();
  if (/image|bilde|photo|picture|portrait/.test(key)) return 'image';
  if (/file|document|pdf/.test(key)) return 'document';
  return '';
}

export function chooseAsset({kind = '', locale}) {
  const ids = {q: uid('lib-q'), kind: uid('lib-kind'), status: uid('lib-status')};
  const state = {q: '', kind, items: [], next: null, loading: true, problem: null, pictures: {}};
  let redraw = () => {};
  let timer = null;

  async function load(append = false) {
    state.loading = true;
    redraw();
    try {
      const cursor = append ? state.next : undefined;
      const {data} = await api.get(`manage/assets${query({kind: state.kind, q: state.q.trim(), limit: PAGE, cursor})}`);
      state.items = append ? [...state.items, ...data.items] : data.items;
      state.next = data.next || null;
      state.problem = null;
      for (const item of data.items) {
        thumbnail(item).then((url) => {
          state.pictures[item.id] = url;
          redraw();
        });
      }
    } catch (error) {
      state.problem = problemText(error);
    } finally {
      state.loading = false;
      redraw();
    }
  }

  const texts = (item) => (item.texts || {})[locale] || (item.texts || {}).nb || {};
  return openDialog({
    title: t('editor.library.title'),
    wide: true,
    content: (close, draw) => {
      redraw = draw;
      if (!state.started) {
        state.started = true;
        load();
      }
      return html`<div class="dialog__body">
        <div class="library-filters">
          <div class="field"><label for=${ids.q}>${t('editor.library.search')}</label>
            <input id=${ids.q} type="search" autocomplete="off" .value=${state.q}
              @input=${(e) => {
                state.q = e.target.value;
                clearTimeout(timer);
                timer = setTimeout(() => load(), 250);
              }}></div>
          <div class="field"><label for=${ids.kind}>${t('editor.library.kind')}</label>
            <select id=${ids.kind} @change=${(e) => ((state.kind = e.target.value), load())}>
              <option value="" ?selected=${!state.kind}>${t('editor.library.all')}</option>
              <option value="image" ?selected=${state.kind === 'image'}>${t('editor.library.images')}</option>
              <option value="document" ?selected=${state.kind === 'document'}>${t('editor.library.documents')}</option>
            </select></div>
        </div>
        <p class="visually-hidden" role="status" id=${ids.status}>${state.loading ? t('common.loading') : t('editor.library.count', {count: state.items.length})}</p>
        ${state.problem ? html`<p class="notice notice--error" role="alert">${state.problem}</p>` : nothing}
        ${!state.loading && !state.items.length ? html`<p class="empty">${t('editor.library.empty')}</p>` : nothing}
        <ul class="library-grid">
          ${state.items.map((item) => html`<li><button type="button" class="library-item" @click=${() => close({...item})}>
            <span class="library-item__thumb">${state.pictures[item.id]
              ? html`<img src=${state.pictures[item.id]} alt="">`
              : icon(/^image\//.test(item.mediaType) ? 'image' : 'document')}</span>
            <span class="library-item__name">${texts(item).title || item.fileName}</span>
            <span class="library-item__meta">${item.fileName}</span>
          </button></li>`)}
        </ul>
        ${state.next ? html`<p><button type="button" class="button" ?disabled=${state.loading} @click=${() => load(true)}>${t('editor.library.more')}</button></p>` : nothing}
        ${state.loading ? html`<p class="muted"><span class="spinner" aria-hidden="true"></span> ${t('common.loading')}</p>` : nothing}
      </div>
      <div class="dialog__footer"><button type="button" class="button" @click=${() => close(undefined)}>${t('common.cancel')}</button></div>`;
    }
  });
}
