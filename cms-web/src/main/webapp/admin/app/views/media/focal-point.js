// <cms-focal-point .asset .editable .save>: the large picture of an image asset with its focal
// point — the spot crops keep in view. Pick it by clicking on the picture, or focus the picture and
// move the marker with the arrow keys (Shift: larger steps), or type it in per cent; crops in the
// allowed ratios show the effect at once. Saved as focalPoint {x, y} (0–1).
import {CmsElement, html, nothing, uid} from '../../ui/element.js';
import {styleProps} from './style-props.js';
import {t} from '../../core/i18n.js';
import {icon} from '../../ui/icons.js';
import {problemText} from '../../ui/dialogs.js';
import {blobUrl, pictureUrl, isRaster} from './thumbs.js';

const CROPS = ['16:9', '1:1', '3:4'];
const round = (value) => Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000;
const percent = (value) => Math.round(value * 100);

/** CSS object-position that shows the crop the server makes: centred on the point, kept inside. */
function cropPosition(asset, ratio, point) {
  const [w, h] = ratio.split(':').map(Number);
  const imageRatio = asset.width && asset.height ? asset.width / asset.height : 1;
  const boxRatio = w / h;
  const axis = (scale, at) => (scale <= 1 ? 0.5 : Math.min(1, Math.max(0, (at * scale - 0.5) / (scale - 1))));
  const x = axis(imageRatio / boxRatio, point.x);
  const y = axis(boxRatio / imageRatio, point.y);
  return `${(x * 100).toFixed(1)}% ${(y * 100).toFixed(1)}%`;
}

export class FocalPoint extends CmsElement {
  static properties = {
    asset: {attribute: false},
    editable: {type: Boolean},
    save: {attribute: false},
    alt: {attribute: false},
    point: {state: true},
    src: {state: true},
    saving: {state: true},
    message: {state: true}
  };

  constructor() {
    super();
    this.ids = {hint: uid('focal-hint'), x: uid('focal-x'), y: uid('focal-y'), stage: uid('focal-stage')};
  }

  willUpdate(changed) {
    if (changed.has('asset') && this.asset) {
      const saved = this.asset.focalPoint || {x: 0.5, y: 0.5};
      const previous = changed.get('asset');
      if (!previous || previous.id !== this.asset.id || !this.dirty(previous)) this.point = {...saved};
      if (!previous || previous.url !== this.asset.url) this.loadPicture();
    }
  }

  async loadPicture() {
    const asset = this.asset;
    try {
      const src = await blobUrl(pictureUrl(asset, isRaster(asset) && asset.width > 1024 ? 1024 : null));
      if (asset === this.asset) this.src = src;
    } catch (error) {
      this.message = {type: 'error', text: problemText(error)};
    }
  }

  /** Whether the marker is somewhere else than what is saved. */
  dirty(asset = this.asset) {
    const saved = (asset && asset.focalPoint) || {x: 0.5, y: 0.5};
    return Boolean(this.point) && (this.point.x !== saved.x || this.point.y !== saved.y);
  }

  move(x, y) {
    this.point = {x: round(x), y: round(y)};
    this.message = null;
    this.emit('focal-change', {dirty: this.dirty()});
  }

  clicked(event) {
    if (!this.editable) return;
    const box = event.currentTarget.querySelector('img').getBoundingClientRect();
    this.move((event.clientX - box.left) / box.width, (event.clientY - box.top) / box.height);
  }

  keyed(event) {
    if (!this.editable) return;
    const step = event.shiftKey ? 0.1 : 0.01;
    const moves = {ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step]};
    if (event.key === 'Home') {
      event.preventDefault();
      this.move(0.5, 0.5);
    } else if (moves[event.key]) {
      event.preventDefault();
      this.move(this.point.x + moves[event.key][0], this.point.y + moves[event.key][1]);
    }
  }

  typed(axis, event) {
    const value = Number(event.target.value);
    if (event.target.value === '' || Number.isNaN(value)) return;
    const next = {...this.point, [axis]: value / 100};
    this.move(next.x, next.y);
  }

  async store() {
    this.saving = true;
    this.message = null;
    try {
      await this.save({focalPoint: {...this.point}});
      this.message = {type: 'ok', text: t('media.focal.saved')};
      this.emit('focal-change', {dirty: false});
    } catch (error) {
      if (error.status === 412 && error.current) this.point = {...(error.current.focalPoint || {x: 0.5, y: 0.5})};
      this.message = {type: 'error', text: error.status === 412 ? t('media.conflict.focal') : problemText(error)};
    } finally {
      this.saving = false;
    }
  }

  position() {
    return t('media.focal.position', {x: percent(this.point.x), y: percent(this.point.y)});
  }

  render() {
    const asset = this.asset;
    if (!asset || !this.point) return nothing;
    const marker = styleProps({left: `${this.point.x * 100}%`, top: `${this.point.y * 100}%`});
    const alt = this.alt || {text: '', lang: null};
    return html`<div class="focal">
      <div class="focal__stage ${this.editable ? 'focal__stage--editable' : ''}" id=${this.ids.stage}
        tabindex=${this.editable ? '0' : nothing} role="group"
        aria-label=${this.editable ? t('media.focal.stage') : t('media.preview')}
        aria-describedby=${this.editable ? this.ids.hint : nothing}
        @click=${this.clicked} @keydown=${this.keyed}>
        ${this.src
          ? html`<img src=${this.src} alt=${alt.text} lang=${alt.lang || nothing} draggable="false">`
          : html`<span class="focal__placeholder"><span class="spinner" aria-hidden="true"></span> ${t('common.loading')}</span>`}
        ${this.editable || asset.focalPoint ? html`<span class="focal__marker" ${marker} aria-hidden="true"></span>` : nothing}
      </div>
      ${this.editable
        ? html`<p class="hint" id=${this.ids.hint}>${t('media.focal.hint')}</p>
          <div class="focal__controls">
            <span class="focal__legend">${t('media.focal')}</span>
            <label for=${this.ids.x}>${t('media.focal.x')}</label>
            <input id=${this.ids.x} type="number" min="0" max="100" step="1" .value=${String(percent(this.point.x))} @change=${(e) => this.typed('x', e)}>
            <label for=${this.ids.y}>${t('media.focal.y')}</label>
            <input id=${this.ids.y} type="number" min="0" max="100" step="1" .value=${String(percent(this.point.y))} @change=${(e) => this.typed('y', e)}>
            <button class="button button--primary button--small" type="button" ?disabled=${this.saving || !this.dirty()} @click=${this.store}>
              ${this.saving ? t('common.saving') : t('media.focal.save')}</button>
            <button class="button button--quiet button--small" type="button" ?disabled=${this.saving || !this.dirty()}
              @click=${() => this.move((asset.focalPoint || {x: 0.5}).x, (asset.focalPoint || {y: 0.5}).y)}>${t('media.focal.undo')}</button>
          </div>`
        : asset.focalPoint ? html`<p class="hint">${t('media.focal')}: ${this.position()}</p>` : nothing}
      <div class="focal__status" role="status">${this.message
        ? html`<span class="focal__message focal__message--${this.message.type}">${icon(this.message.type === 'ok' ? 'check' : 'warning')}${this.message.text}</span>`
        : this.editable ? html`<span class="visually-hidden">${this.position()}</span>` : nothing}</div>
      ${isRaster(asset) && this.src
        ? html`<div class="focal__crops" aria-label=${t('media.focal.crops')} role="group">
            ${CROPS.map((ratio) => html`<figure class="focal__crop">
              <img src=${this.src} alt="" ${styleProps({'aspect-ratio': ratio.replace(':', ' / '), 'object-position': cropPosition(asset, ratio, this.point)})}>
              <figcaption>${ratio}</figcaption></figure>`)}
          </div>`
        : nothing}
    </div>`;
  }
}
customElements.define('cms-focal-point', FocalPoint);
