// No lost work: when a save meets a newer version (412), the three versions are compared field by
// field — the one the form was loaded from (base), the one on the server (theirs) and the form
// (mine). A field only one side changed takes that side's value; a field both changed differently
// is the person's choice (keep mine / take theirs), shown with what each side changed.
import {html, nothing} from 'lit';
import {t} from '../../core/i18n.js';
import {dateTime} from '../../core/format.js';
import {uid} from '../../ui/element.js';
import {openDialog} from '../../ui/dialogs.js';
import {icon} from '../../ui/icons.js';
import {labelOf, blockTypeName, same} from './values.js';
import {diffWords, renderDiff} from './diff.js';
import {itemSummary, asset} from './lookups.js';

const side = (values, field) => (field.localized ? values.localized : values.shared) || {};

/**
 * Three-way merge of {localized, shared} values. Returns {merged, conflicts, theirs, mine}: the
 * merged values (conflicting fields keep mine until chosen), and the fields in each group.
 */
export function mergeVariant(type, base, mine, theirs) {
  const merged = {localized: {...(theirs.localized || {})}, shared: {...(theirs.shared || {})}};
  const result = {merged, conflicts: [], theirs: [], mine: []};
  for (const field of type.fields) {
    const b = side(base, field)[field.key];
    const m = side(mine, field)[field.key];
    const o = side(theirs, field)[field.key];
    const target = field.localized ? merged.localized : merged.shared;
    const set = (value) => {
      if (value === undefined || value === null) delete target[field.key];
      else target[field.key] = value;
    };
    const mineChanged = !same(m, b);
    const theirsChanged = !same(o, b);
    if (mineChanged && theirsChanged && !same(m, o)) {
      result.conflicts.push({field, base: b, mine: m, theirs: o});
      set(m);
    } else if (mineChanged) {
      result.mine.push({field, base: b, mine: m, theirs: o});
      set(m);
    } else {
      if (theirsChanged) result.theirs.push({field, base: b, mine: m, theirs: o});
      set(o);
    }
  }
  return result;
}

function richTextToText(value) {
  const template = document.createElement('template');
  template.innerHTML = String(value).replace(/<\/(p|h[1-6]|li|blockquote|pre|tr|caption|figcaption)>|<br>/g, '$&\n');
  return template.content.textContent.trim();
}

/** The names behind ids (referenced items, assets) in any of the values, looked up before showing. */
export async function lookUp(entries, locale) {
  const names = {};
  const ids = new Set();
  const collect = (value) => {
    if (typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-/.test(value)) ids.add(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  entries.forEach((entry) => [entry.base, entry.mine, entry.theirs].forEach(collect));
  await Promise.all([...ids].map(async (id) => {
    const item = await itemSummary(id, locale);
    if (item && !item.missing) names[id] = item.title;
    else names[id] = await asset(id).then((a) => a.fileName, () => id);
  }));
  return names;
}

/** A value as text to compare and read. */
export function displayValue(field, value, names = {}, blockTypes = {}) {
  if (value === undefined || value === null || value === '') return '';
  const name = (id) => names[id] || id;
  switch (field.type) {
    case 'richText': return richTextToText(value);
    case 'boolean': return value ? t('common.yes') : t('common.no');
    case 'dateTime': return dateTime(value);
    case 'reference': case 'asset': return Array.isArray(value) ? value.map(name).join('\n') : name(value);
    case 'list': return value.map((v) => (typeof v === 'string' ? name(v) : String(v))).join('\n');
    case 'tags': return value.join(', ');
    case 'blocks': return value.map((block) => {
      const type = blockTypes[block.type];
      const text = Object.entries(block.fields || {}).map(([key, v]) => {
        const f = type && type.fields.find((x) => x.key === key);
        return f ? displayValue(f, v, names, blockTypes).replace(/\n/g, ' ') : String(v);
      }).filter(Boolean).join(' · ');
      return `${blockTypeName(type) || block.type}: ${text}`;
    }).join('\n');
    default: return String(value);
  }
}

/**
 * Shows the merge and asks for the conflicting fields. Resolves {localized, shared} to save with
 * the server's ETag, or undefined when the person cancels (nothing is saved then).
 */
export async function resolveConflict({type, base, mine, theirs, who, when, blockTypes, locale}) {
  const merge = mergeVariant(type, base, mine, theirs);
  const byKey = Object.fromEntries((blockTypes || []).map((b) => [b.key, b]));
  const names = await lookUp([...merge.conflicts, ...merge.theirs], locale);
  const show = (entry, value) => displayValue(entry.field, value, names, byKey);
  const choices = {};
  let missing = false;
  const answer = await openDialog({
    title: t('editor.conflict.title'),
    wide: true,
    content: (close, redraw) => {
      const submit = (event) => {
        event.preventDefault();
        missing = merge.conflicts.some((entry) => !choices[entry.field.key]);
        if (missing) return redraw();
        close(true);
      };
      const diffBlock = (entry, value, heading) => html`<div class="conflict__side">
        <p class="conflict__side-title">${heading}</p>
        <p class="conflict__value" lang=${entry.field.localized ? locale : nothing}>${renderDiff(diffWords(show(entry, entry.base), show(entry, value)))}</p></div>`;
      return html`<form class="conflict" @submit=${submit} novalidate>
        <div class="dialog__body">
          <p>${t('editor.conflict.intro', {name: who || '?', time: dateTime(when)})}</p>
          ${missing ? html`<p class="notice notice--error" role="alert">${icon('warning')}${t('editor.conflict.choose')}</p>` : nothing}
          ${merge.conflicts.length ? html`<h3>${t('editor.conflict.both')}</h3>
            ${merge.conflicts.map((entry) => {
              const name = `choice-${entry.field.key}`;
              const ids = {theirs: uid('theirs'), mine: uid('mine')};
              return html`<fieldset class="conflict__field" data-field=${entry.field.key}>
                <legend>${labelOf(entry.field)}</legend>
                <div class="conflict__sides">
                  ${diffBlock(entry, entry.theirs, t('editor.conflict.theirValue', {name: who}))}
                  ${diffBlock(entry, entry.mine, t('editor.conflict.myValue'))}
                </div>
                <div class="row conflict__choice">
                  <label class="check" for=${ids.mine}><input type="radio" id=${ids.mine} name=${name} value="mine"
                    .checked=${choices[entry.field.key] === 'mine'} @change=${() => (choices[entry.field.key] = 'mine')}>${t('editor.conflict.keepMine')}</label>
                  <label class="check" for=${ids.theirs}><input type="radio" id=${ids.theirs} name=${name} value="theirs"
                    .checked=${choices[entry.field.key] === 'theirs'} @change=${() => (choices[entry.field.key] = 'theirs')}>${t('editor.conflict.takeTheirs')}</label>
                </div>
              </fieldset>`;
            })}` : nothing}
          ${merge.theirs.length ? html`<h3>${t('editor.conflict.theirsOnly', {name: who})}</h3>
            <p class="muted small">${t('editor.conflict.theirsOnlyText')}</p>
            ${merge.theirs.map((entry) => html`<div class="conflict__field conflict__field--merged" data-field=${entry.field.key}>
              <p class="conflict__label">${labelOf(entry.field)}</p>${diffBlock(entry, entry.theirs, t('editor.conflict.theirChange'))}</div>`)}` : nothing}
          ${merge.mine.length ? html`<h3>${t('editor.conflict.mineOnly')}</h3>
            <p class="small">${merge.mine.map((entry) => labelOf(entry.field)).join(', ')}</p>` : nothing}
        </div>
        <div class="dialog__footer">
          <button type="button" class="button" @click=${() => close(undefined)}>${t('editor.conflict.cancel')}</button>
          <button type="submit" class="button button--primary" ?autofocus=${!merge.conflicts.length}>${t('editor.conflict.save')}</button>
        </div>
      </form>`;
    }
  });
  if (!answer) return undefined;
  const merged = merge.merged;
  for (const entry of merge.conflicts) {
    const target = entry.field.localized ? merged.localized : merged.shared;
    const value = choices[entry.field.key] === 'theirs' ? entry.theirs : entry.mine;
    if (value === undefined || value === null) delete target[entry.field.key];
    else target[entry.field.key] = value;
  }
  return merged;
}
