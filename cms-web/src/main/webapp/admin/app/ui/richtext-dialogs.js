// The rich-text editor's dialogs: a link (address, title, and the text when nothing is selected)
// and the language of a passage (<span lang="se">), so screen readers pronounce it right.
import {html, nothing} from 'lit';
import {TextSelection} from 'prosemirror-state';
import {openDialog} from './dialogs.js';
import {t} from '../core/i18n.js';
import {uid} from './element.js';
import {localeCodes, localeName} from '../core/catalog.js';
import {schema} from './richtext-schema.js';
import {linkRange} from './richtext-commands.js';

/**
 * What the server keeps as a link target: http, https, mailto, or an address on the site (no
 * scheme). A bare domain gets https://. Returns null for anything else (javascript:, data: …).
 */
export function cleanHref(value) {
  const text = (value || '').trim();
  if (!text) return null;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text);
  if (scheme) return ['http', 'https', 'mailto'].includes(scheme[1].toLowerCase()) ? text : null;
  if (/^[\w-]+(\.[\w-]+)+(\/|$)/.test(text) && !text.startsWith('/')) return `https://${text}`;
  return text;
}

export async function editLink(view) {
  const state = view.state;
  const range = linkRange(state);
  const current = range ? range.mark.attrs : {};
  const needsText = state.selection.empty && !range;
  const ids = {href: uid('link-href'), title: uid('link-title'), text: uid('link-text'), error: uid('link-error')};
  let error = '';
  const result = await openDialog({
    title: range ? t('editor.richtext.link.edit') : t('editor.richtext.link.add'),
    content: (close, redraw) => {
      const submit = (event) => {
        event.preventDefault();
        const form = event.target;
        const href = cleanHref(form.linkHref.value);
        if (!href) {
          error = t('editor.richtext.link.invalid');
          redraw();
          form.linkHref.focus();
          return;
        }
        close({href, title: form.linkTitle.value.trim() || null, text: needsText ? form.linkText.value : null});
      };
      return html`<form @submit=${submit} novalidate>
        <div class="dialog__body">
          <div class="field ${error ? 'field--invalid' : ''}">
            <label for=${ids.href}>${t('editor.richtext.link.href')}</label>
            <span class="hint" id="${ids.href}-hint">${t('editor.richtext.link.hint')}</span>
            <input id=${ids.href} name="linkHref" type="text" inputmode="url" autocomplete="off" autofocus .value=${current.href || ''}
              aria-invalid=${error ? 'true' : 'false'} aria-describedby="${ids.href}-hint ${error ? ids.error : ''}">
            ${error ? html`<p class="error-text" id=${ids.error}>${error}</p>` : nothing}
          </div>
          ${needsText
            ? html`<div class="field"><label for=${ids.text}>${t('editor.richtext.link.text')}</label>
                <input id=${ids.text} name="linkText" type="text"></div>`
            : nothing}
          <div class="field"><label for=${ids.title}>${t('editor.richtext.link.title')}</label>
            <span class="hint" id="${ids.title}-hint">${t('editor.richtext.link.titleHint')}</span>
            <input id=${ids.title} name="linkTitle" type="text" .value=${current.title || ''} aria-describedby="${ids.title}-hint"></div>
        </div>
        <div class="dialog__footer">
          ${range ? html`<button class="button button--danger" type="button" @click=${() => close({remove: true})}>${t('editor.richtext.link.remove')}</button>` : nothing}
          <button class="button" type="button" @click=${() => close(undefined)}>${t('common.cancel')}</button>
          <button class="button button--primary" type="submit">${t('common.ok')}</button>
        </div>
      </form>`;
    }
  });
  view.focus();
  if (!result) return;
  const type = schema.marks.link;
  const now = view.state;
  const from = range ? range.from : now.selection.from;
  const to = range ? range.to : now.selection.to;
  let tr = now.tr;
  if (result.remove) {
    tr = tr.removeMark(from, to, type);
  } else {
    const mark = type.create({href: result.href, title: result.title, hreflang: current.hreflang || null, lang: current.lang || null});
    if (result.text !== null && result.text !== undefined) {
      const text = result.text || result.href;
      tr = tr.insert(from, schema.text(text, [mark])).setSelection(TextSelection.create(tr.doc, from + text.length));
      tr.removeStoredMark(type);
    } else {
      tr = tr.removeMark(from, to, type).addMark(from, to, mark);
    }
  }
  view.dispatch(tr.scrollIntoView());
}

export async function editLanguage(view, contentLang) {
  const {from, to, empty} = view.state.selection;
  if (empty) return;
  const type = schema.marks.span;
  let current = '';
  view.state.doc.nodesBetween(from, to, (node) => {
    const mark = type.isInSet(node.marks);
    if (mark && mark.attrs.lang) current = mark.attrs.lang;
  });
  const id = uid('lang');
  const choices = localeCodes().filter((code) => code !== contentLang);
  const result = await openDialog({
    title: t('editor.richtext.language.title'),
    content: (close) => html`<form @submit=${(e) => (e.preventDefault(), close(e.target.language.value))}>
      <div class="dialog__body">
        <p>${t('editor.richtext.language.text')}</p>
        <div class="field"><label for=${id}>${t('editor.richtext.language.label')}</label>
          <select id=${id} name="language" autofocus>
            <option value="" ?selected=${!current}>${t('editor.richtext.language.none')}</option>
            ${choices.map((code) => html`<option value=${code} ?selected=${current === code}>${localeName(code)} (${code})</option>`)}
          </select></div>
      </div>
      <div class="dialog__footer">
        <button class="button" type="button" @click=${() => close(undefined)}>${t('common.cancel')}</button>
        <button class="button button--primary" type="submit">${t('common.ok')}</button>
      </div></form>`
  });
  view.focus();
  if (result === undefined) return;
  let tr = view.state.tr.removeMark(from, to, type);
  if (result) tr = tr.addMark(from, to, type.create({lang: result}));
  view.dispatch(tr);
}
