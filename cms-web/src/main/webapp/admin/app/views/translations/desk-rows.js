// The desk's rows: one per field of the type, in its order. A localized field shows the source
// (left, its language) beside the translation's own form (right, <cms-variant-form> with just that
// field, in the target language); a shared field spans both, read-only and marked shared, since it
// is not translated. Blocks are aligned block by block (desk-align.js).
import {html, nothing} from 'lit';
import {t} from '../../core/i18n.js';
import {localeName} from '../../core/catalog.js';
import {mayEditLocale} from '../../core/session.js';
import {labelOf} from '../editor/values.js';
import {changeMark, sourceValue, shownAsText} from './desk-source.js';
import '../editor/variant-form.js';

export const ID_PREFIX = 'tr';

function targetForm(desk, field) {
  return html`<cms-variant-form data-field=${field.key} .type=${desk.single(field)} .blockTypes=${desk.blockTypes}
    locale=${desk.locale} .localized=${desk.values.localized} .shared=${desk.values.shared}
    .readonly=${!desk.editable} .errors=${desk.errors} .sharedLocale=${desk.sourceLocale} .itemId=${desk.itemId}
    .mayEditAssetTexts=${mayEditLocale(desk.locale)} .idPrefix=${ID_PREFIX}
    @values-change=${desk.onValues}></cms-variant-form>`;
}

function sharedRow(desk, field) {
  return html`<div class="desk-row desk-row--shared" data-row=${field.key}>
    <div class="desk-shared">
      <cms-variant-form .type=${desk.single(field)} .blockTypes=${desk.blockTypes} locale=${desk.sourceLocale}
        .localized=${{}} .shared=${desk.values.shared} .readonly=${true} .sharedLocale=${desk.sourceLocale}
        .itemId=${desk.itemId} .mayEditAssetTexts=${false} idPrefix="shared"></cms-variant-form>
    </div>
  </div>`;
}

function localizedRow(desk, field, change, ctx) {
  const source = (desk.detail.source.fields || {})[field.key];
  const labelId = `desk-label-${field.key}`;
  const path = `fields.${field.key}`;
  // blocks with their own changes are anchors block by block; every other change is one anchor
  const anchor = change && !(field.type === 'blocks' && change.parts && change.parts.length);
  return html`<div class="desk-row desk-row--${field.type} ${change ? 'desk-row--changed' : ''}" data-row=${field.key}
      role="group" aria-labelledby=${labelId}>
    <div class="desk-source" data-change=${anchor ? path : nothing} tabindex=${anchor ? '-1' : nothing}>
      <div class="desk-source__head"><h3 class="desk-source__label" id=${labelId}>${labelOf(field)}</h3>
        ${change ? changeMark(change.change) : nothing}</div>
      <span class="visually-hidden">${t('translations.desk.sourceSays', {locale: localeName(desk.sourceLocale)})}</span>
      ${shownAsText(field)
        ? html`<div class="desk-source__value" lang=${desk.sourceLocale}>${sourceValue(field, source, change, ctx)}</div>`
        : html`<cms-variant-form class="desk-source__form" .type=${desk.single(field)} .blockTypes=${desk.blockTypes}
            locale=${desk.sourceLocale} .localized=${desk.detail.source.fields || {}} .shared=${{}} .readonly=${true}
            .itemId=${desk.itemId} .mayEditAssetTexts=${false} idPrefix="src"></cms-variant-form>`}
    </div>
    <div class="desk-target">${targetForm(desk, field)}</div>
  </div>`;
}

/** The column heads and every row. */
export function deskGrid(desk) {
  const changes = new Map((desk.detail.sourceChanges || []).map((c) => [c.field, c]));
  const ctx = {
    lang: desk.sourceLocale, names: desk.names, blockTypes: desk.blockTypesByKey, editable: desk.editable,
    onInsert: (field, block, index) => desk.insertBlock(field, block, index),
    onRemove: (field, block) => desk.removeBlock(field, block)
  };
  const source = desk.detail.source;
  return html`<section class="desk" aria-labelledby="desk-fields-title">
    <h2 id="desk-fields-title" class="visually-hidden">${t('translations.desk.fields')}</h2>
    <div class="desk-columns" aria-hidden="true">
      <div><span class="desk-columns__role">${t('translations.desk.source')}</span> ${localeName(source.locale)}
        <span class="muted small">${t('translations.desk.revision', {revision: source.revision})}</span></div>
      <div><span class="desk-columns__role">${t('translations.desk.target')}</span> ${localeName(desk.locale)}
        ${desk.translation && desk.translation.revision ? html`<span class="muted small">${t('translations.desk.revision', {revision: desk.translation.revision})}</span>` : nothing}</div>
    </div>
    <div class="desk-grid">${desk.definition.fields.map((field) => (field.localized
      ? localizedRow(desk, field, changes.get(field.key), {...ctx, targetBlocks: field.type === 'blocks' ? desk.values.localized[field.key] : null})
      : sharedRow(desk, field)))}</div>
  </section>`;
}
