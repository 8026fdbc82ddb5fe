// <cms-richtext>: rich text with ProseMirror, limited to what the server's sanitiser keeps (see
// richtext-schema.js), with a small toolbar (one tab stop, arrow keys between buttons, pressed
// state) and the usual shortcuts (Mod-b, Mod-i, Mod-k for a link).
//
//   <cms-richtext .value=${html} input-id="body" labelledby="body-label" describedby="body-hint"
//     content-lang="se" ?readonly=${false} ?invalid=${false}
//     @value-change=${(e) => e.detail.value}></cms-richtext>
//
// It emits `value-change` only when the person changes the text, so a value that is loaded and
// saved again stays byte for byte what it was. Setting `.value` from outside (another version)
// replaces the text unless it is the one last emitted.
import {CmsElement, html, nothing, svg} from './element.js';
import {EditorState} from 'prosemirror-state';
import {EditorView} from 'prosemirror-view';
import {t} from '../core/i18n.js';
import {icon} from './icons.js';
import {schema, parse, serialise} from './richtext-schema.js';
import {plugins, toolbar, shortcutText} from './richtext-commands.js';
import {editLink, editLanguage} from './richtext-dialogs.js';

const glyph = (body) => html`<svg class="icon" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.8"
  stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${body}</svg>`;

const VISUALS = {
  bold: html`<b class="richtext__glyph">B</b>`,
  italic: html`<i class="richtext__glyph">I</i>`,
  link: icon('link'),
  language: icon('translate'),
  h2: html`<span class="richtext__glyph">H2</span>`,
  h3: html`<span class="richtext__glyph">H3</span>`,
  h4: html`<span class="richtext__glyph">H4</span>`,
  bullets: glyph(svg`<path d="M9 6h11M9 12h11M9 18h11"/><circle cx="4.5" cy="6" r="1"/><circle cx="4.5" cy="12" r="1"/><circle cx="4.5" cy="18" r="1"/>`),
  numbers: glyph(svg`<path d="M10 6h10M10 12h10M10 18h10M4 4.5 5.5 4v4M3.8 14h2.5L4 17h2.4"/>`),
  quote: glyph(svg`<path d="M6 7h4v5H6.5L5 16M15 7h4v5h-3.5L14 16"/>`),
  rule: glyph(svg`<path d="M3 12h18"/>`),
  table: glyph(svg`<rect x="3" y="5" width="18" height="14" rx="1"/><path d="M3 10h18M3 15h18M9 5v14M15 5v14"/>`),
  rowAdd: glyph(svg`<rect x="3" y="4" width="18" height="8" rx="1"/><path d="M12 15v6M9 18h6"/>`),
  rowDelete: glyph(svg`<rect x="3" y="4" width="18" height="8" rx="1"/><path d="M9 18h6"/>`),
  columnAdd: glyph(svg`<rect x="4" y="3" width="8" height="18" rx="1"/><path d="M18 9v6M15 12h6"/>`),
  columnDelete: glyph(svg`<rect x="4" y="3" width="8" height="18" rx="1"/><path d="M15 12h6"/>`),
  tableDelete: icon('trash'),
  undo: glyph(svg`<path d="M9 14 4 9l5-5"/><path d="M4 9h10a6 6 0 0 1 0 12h-3"/>`),
  redo: glyph(svg`<path d="m15 14 5-5-5-5"/><path d="M20 9H10a6 6 0 0 0 0 12h3"/>`)
};

export class RichText extends CmsElement {
  static properties = {
    value: {},
    readonly: {type: Boolean},
    invalid: {type: Boolean},
    inputId: {attribute: 'input-id'},
    labelledby: {},
    describedby: {},
    contentLang: {attribute: 'content-lang'}
  };

  constructor() {
    super();
    this.value = '';
    this.focusIndex = 0;
    this.actions = {
      link: (view) => !this.readonly && editLink(view),
      language: (view) => !this.readonly && editLanguage(view, this.contentLang)
    };
  }

  firstUpdated() {
    const mount = this.querySelector('.richtext__content');
    this.lastValue = this.value || '';
    this.view = new EditorView(mount, {
      state: this.newState(this.lastValue),
      editable: () => !this.readonly,
      attributes: () => this.editorAttributes(),
      dispatchTransaction: (tr) => this.apply(tr)
    });
    this.requestUpdate();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    // a block moved in a list is disconnected and connected again at once: keep its editor then
    queueMicrotask(() => {
      if (!this.isConnected && this.view) {
        this.view.destroy();
        this.view = null;
      }
    });
  }

  newState(value) {
    return EditorState.create({schema, doc: parse(value), plugins: plugins(this.actions)});
  }

  editorAttributes() {
    const attributes = {role: 'textbox', 'aria-multiline': 'true', class: 'richtext__editable'};
    if (this.inputId) attributes.id = this.inputId;
    if (this.labelledby) attributes['aria-labelledby'] = this.labelledby;
    if (this.describedby) attributes['aria-describedby'] = this.describedby;
    if (this.contentLang) attributes.lang = this.contentLang;
    if (this.invalid) attributes['aria-invalid'] = 'true';
    if (this.readonly) attributes['aria-readonly'] = 'true';
    return attributes;
  }

  apply(tr) {
    const view = this.view;
    const next = view.state.apply(tr);
    view.updateState(next);
    if (tr.docChanged) {
      this.lastValue = serialise(next.doc);
      this.value = this.lastValue;
      this.dispatchEvent(new CustomEvent('value-change', {detail: {value: this.lastValue}}));
    }
    this.requestUpdate();
  }

  updated(changed) {
    if (!this.view) return;
    if (changed.has('value') && (this.value || '') !== this.lastValue) {
      const doc = parse(this.value || '');
      this.lastValue = this.value || '';
      if (!doc.eq(this.view.state.doc)) {
        this.view.updateState(this.newState(this.lastValue));
      }
    }
    // attributes (labels, invalid, readonly) follow the properties
    if (['readonly', 'invalid', 'describedby', 'labelledby', 'contentLang', 'inputId'].some((name) => changed.has(name))) {
      this.view.setProps({});
    }
  }

  /** The HTML the current text would be saved as (for tests and callers that must be sure). */
  serialise() {
    return this.view ? serialise(this.view.state.doc) : this.value || '';
  }

  focus() {
    if (this.view) this.view.focus();
  }

  run(item) {
    if (this.readonly || !this.view) return;
    item.command(this.view.state, (tr) => this.view.dispatch(tr), this.view);
    if (item.id !== 'link' && item.id !== 'language') this.view.focus();
  }

  onToolbarKey(event) {
    const buttons = [...this.querySelectorAll('.richtext__toolbar button')];
    const index = buttons.indexOf(event.target);
    if (index < 0) return;
    let next = null;
    if (event.key === 'ArrowRight') next = (index + 1) % buttons.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + buttons.length) % buttons.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = buttons.length - 1;
    if (next === null) return;
    event.preventDefault();
    this.focusIndex = next;
    this.requestUpdate();
    buttons[next].focus();
  }

  renderToolbar() {
    const state = this.view && this.view.state;
    if (!state) return nothing;
    const groups = toolbar(state, this.actions);
    const count = groups.flat().length;
    if (this.focusIndex >= count) this.focusIndex = 0;
    let index = -1;
    return html`<div class="richtext__toolbar" role="toolbar" aria-label=${t('editor.richtext.toolbar')}
        aria-controls=${this.inputId || nothing} @keydown=${this.onToolbarKey}>
      ${groups.map((group) => html`<span class="richtext__group">${group.map((item) => {
        index += 1;
        const position = index;
        const label = t(`editor.richtext.${item.id}`);
        const keys = shortcutText(item.shortcut);
        const enabled = !this.readonly && item.command(state, undefined, this.view);
        const toggle = item.active !== undefined;
        return html`<button type="button" class="richtext__button" tabindex=${position === this.focusIndex ? '0' : '-1'}
            aria-label=${label} title=${keys ? `${label} (${keys})` : label}
            aria-pressed=${toggle ? (item.active ? 'true' : 'false') : nothing}
            aria-disabled=${enabled ? 'false' : 'true'} aria-keyshortcuts=${item.shortcut ? item.shortcut.replace('Mod', 'Control') : nothing}
            @mousedown=${(e) => e.preventDefault()}
            @focus=${() => (this.focusIndex = position)}
            @click=${() => enabled && this.run(item)}>${VISUALS[item.id]}</button>`;
      })}</span>`)}
    </div>`;
  }

  render() {
    return html`<div class="richtext ${this.invalid ? 'richtext--invalid' : ''} ${this.readonly ? 'richtext--readonly' : ''}">
      ${this.readonly ? nothing : this.renderToolbar()}
      <div class="richtext__content"></div>
    </div>`;
  }
}
customElements.define('cms-richtext', RichText);
