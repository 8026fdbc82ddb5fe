// Word by word difference of two texts, for showing what changed: [{op: '=' | '+' | '-', text}].
// The common start and end are cut off first; a very long middle is shown as removed and added.
import {html} from 'lit';
import {t} from '../../core/i18n.js';

const LIMIT = 250000;

export function diffWords(before, after) {
  const a = (before || '').split(/(\s+)/).filter((s) => s !== '');
  const b = (after || '').split(/(\s+)/).filter((s) => s !== '');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const middle = lcs(a.slice(start, endA), b.slice(start, endB));
  const parts = [];
  const push = (op, text) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += text;
    else parts.push({op, text});
  };
  push('=', a.slice(0, start).join(''));
  middle.forEach((part) => push(part.op, part.text));
  push('=', a.slice(endA).join(''));
  return grouped(parts);
}

/** Changes separated only by spaces read better as one: "old words" → "new words". */
function grouped(parts) {
  const out = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) out.push({op: '-', text: removed});
    if (added) out.push({op: '+', text: added});
    removed = '';
    added = '';
  };
  parts.forEach((part, i) => {
    const between = part.op === '=' && /^\s+$/.test(part.text) && (removed || added) && parts[i + 1] && parts[i + 1].op !== '=';
    if (part.op === '-' || between) removed += part.text;
    if (part.op === '+' || between) added += part.text;
    if (part.op === '=' && !between) {
      flush();
      out.push(part);
    }
  });
  flush();
  return out;
}

function lcs(a, b) {
  if (!a.length || !b.length || a.length * b.length > LIMIT) {
    return [{op: '-', text: a.join('')}, {op: '+', text: b.join('')}];
  }
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table = new Uint32Array(rows * cols);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * cols + j] = a[i] === b[j] ? table[(i + 1) * cols + j + 1] + 1 : Math.max(table[(i + 1) * cols + j], table[i * cols + j + 1]);
    }
  }
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push({op: '=', text: a[i]});
      i++;
      j++;
    } else if (table[(i + 1) * cols + j] >= table[i * cols + j + 1]) {
      out.push({op: '-', text: a[i++]});
    } else {
      out.push({op: '+', text: b[j++]});
    }
  }
  while (i < a.length) out.push({op: '-', text: a[i++]});
  while (j < b.length) out.push({op: '+', text: b[j++]});
  return out;
}

/** The difference as marked-up text: removed words struck through, added ones underlined. */
export function renderDiff(parts) {
  return parts.map((part) =>
    part.op === '+'
      ? html`<ins class="diff"><span class="visually-hidden">${t('editor.diff.added')} </span>${part.text}</ins>`
      : part.op === '-'
        ? html`<del class="diff"><span class="visually-hidden">${t('editor.diff.removed')} </span>${part.text}</del>`
        : part.text
  );
}
