// What the rich-text editor can do: key bindings, typing shortcuts, and the commands of its
// toolbar (marks, block types, lists, quotes, tables), each with a test of whether it is active.
import {schema} from './richtext-schema.js';
import {baseKeymap, chainCommands, exitCode, setBlockType, toggleMark, wrapIn, lift} from 'prosemirror-commands';
import {history, undo, redo} from 'prosemirror-history';
import {keymap} from 'prosemirror-keymap';
import {inputRules, wrappingInputRule, textblockTypeInputRule, undoInputRule} from 'prosemirror-inputrules';
import {splitListItem, liftListItem, sinkListItem, wrapInList} from 'prosemirror-schema-list';
import {gapCursor} from 'prosemirror-gapcursor';
import {TextSelection} from 'prosemirror-state';

const {nodes, marks} = schema;
const mac = typeof navigator !== 'undefined' && /Mac|iP(hone|[oa]d)/.test(navigator.platform);

/** The plugins of every rich-text editor; `actions.link()` opens the link dialog. */
export function plugins(actions) {
  const hardBreak = chainCommands(exitCode, (state, dispatch) => {
    if (dispatch) dispatch(state.tr.replaceSelectionWith(nodes.hard_break.create()).scrollIntoView());
    return true;
  });
  const keys = {
    'Mod-z': undo,
    'Shift-Mod-z': redo,
    'Mod-b': toggleMark(marks.strong),
    'Mod-i': toggleMark(marks.em),
    'Mod-u': toggleMark(marks.underline),
    'Mod-`': toggleMark(marks.code),
    'Mod-k': (state, dispatch, view) => {
      if (dispatch) actions.link(view);
      return true;
    },
    'Shift-Enter': hardBreak,
    'Mod-Enter': hardBreak,
    Enter: splitListItem(nodes.list_item),
    'Mod-[': liftListItem(nodes.list_item),
    'Mod-]': sinkListItem(nodes.list_item),
    'Shift-Ctrl-8': wrapInList(nodes.bullet_list),
    'Shift-Ctrl-9': wrapInList(nodes.ordered_list),
    'Shift-Ctrl-0': setBlockType(nodes.paragraph),
    'Ctrl->': wrapIn(nodes.blockquote),
    Backspace: undoInputRule
  };
  if (!mac) keys['Mod-y'] = redo;
  for (const level of [2, 3, 4, 5, 6]) keys[`Shift-Ctrl-${level}`] = setBlockType(nodes.heading, {level});
  const rules = [
    wrappingInputRule(/^\s*>\s$/, nodes.blockquote),
    wrappingInputRule(/^(\d+)\.\s$/, nodes.ordered_list, (m) => ({order: Number(m[1])}), (m, node) => node.childCount + node.attrs.order === Number(m[1])),
    wrappingInputRule(/^\s*([-+*])\s$/, nodes.bullet_list),
    textblockTypeInputRule(/^(#{2,6})\s$/, nodes.heading, (m) => ({level: m[1].length}))
  ];
  return [inputRules({rules}), keymap(keys), keymap(baseKeymap), history(), gapCursor()];
}

export function markActive(state, type) {
  const {from, $from, to, empty} = state.selection;
  if (empty) return Boolean(type.isInSet(state.storedMarks || $from.marks()));
  return state.doc.rangeHasMark(from, to, type);
}

function inside(state, type, test = () => true) {
  const {$from} = state.selection;
  for (let depth = $from.depth; depth > 0; depth--) {
    const node = $from.node(depth);
    if (node.type === type && test(node)) return depth;
  }
  return 0;
}

function headingActive(state, level) {
  const {$from, to} = state.selection;
  return to <= $from.end() && $from.parent.type === nodes.heading && $from.parent.attrs.level === level;
}

function toggleHeading(level) {
  return (state, dispatch) =>
    headingActive(state, level) ? setBlockType(nodes.paragraph)(state, dispatch) : setBlockType(nodes.heading, {level})(state, dispatch);
}

function listActive(state, type) {
  const depth = inside(state, nodes.list_item);
  return depth > 0 && state.selection.$from.node(depth - 1).type === type;
}

function toggleList(type) {
  return (state, dispatch) => (listActive(state, type) ? liftListItem(nodes.list_item)(state, dispatch) : wrapInList(type)(state, dispatch));
}

function toggleQuote(state, dispatch) {
  return inside(state, nodes.blockquote) ? lift(state, dispatch) : wrapIn(nodes.blockquote)(state, dispatch);
}

function insertRule(state, dispatch) {
  if (dispatch) dispatch(state.tr.replaceSelectionWith(nodes.horizontal_rule.create()).scrollIntoView());
  return true;
}

const emptyCell = (type, attrs) => type.create(attrs, nodes.paragraph.create());

function insertTable(state, dispatch) {
  if (!dispatch) return !inside(state, nodes.table);
  const row = (type, attrs) => nodes.table_row.create(null, [0, 1, 2].map(() => emptyCell(type, attrs)));
  const table = nodes.table.create(null, [
    nodes.table_head.create(null, row(nodes.table_header, {scope: 'col'})),
    nodes.table_body.create(null, [row(nodes.table_cell), row(nodes.table_cell)])
  ]);
  const tr = state.tr.replaceSelectionWith(table);
  const start = tr.selection.from;
  // into the first header cell
  const found = [];
  tr.doc.nodesBetween(Math.max(0, start - table.nodeSize - 2), Math.min(tr.doc.content.size, start + 2), (node, pos) => {
    if (node.type === nodes.table_header && !found.length) found.push(pos);
  });
  if (found.length) tr.setSelection(TextSelection.near(tr.doc.resolve(found[0] + 2)));
  dispatch(tr.scrollIntoView());
  return true;
}

/** Where the selection is in a table: the depths of row and cell, and the cell's column. */
function cellAt(state) {
  const cellDepth = inside(state, nodes.table_cell) || inside(state, nodes.table_header);
  if (!cellDepth) return null;
  const $from = state.selection.$from;
  return {$from, cellDepth, rowDepth: cellDepth - 1, column: $from.index(cellDepth - 1), tableDepth: inside(state, nodes.table)};
}

function addRow(state, dispatch) {
  const at = cellAt(state);
  if (!at) return false;
  const row = at.$from.node(at.rowDepth);
  const section = at.$from.node(at.rowDepth - 1);
  const cellType = section.type === nodes.table_head ? nodes.table_header : nodes.table_cell;
  const cells = [];
  row.forEach((cell) => cells.push(emptyCell(cellType, cellType === nodes.table_header ? {scope: cell.attrs.scope} : null)));
  if (dispatch) {
    const after = at.$from.after(at.rowDepth);
    const tr = state.tr.insert(after, nodes.table_row.create(null, cells));
    tr.setSelection(TextSelection.near(tr.doc.resolve(after + 3)));
    dispatch(tr.scrollIntoView());
  }
  return true;
}

function deleteRow(state, dispatch) {
  const at = cellAt(state);
  if (!at) return false;
  const section = at.$from.node(at.rowDepth - 1);
  if (section.childCount < 2 && section.type !== nodes.table_body) return false;
  if (dispatch) dispatch(state.tr.delete(at.$from.before(at.rowDepth), at.$from.after(at.rowDepth)).scrollIntoView());
  return true;
}

/** Changes every row of the table: `change(row, rowPos)` returns steps on the transaction. */
function eachRow(state, at, change) {
  const tr = state.tr;
  const table = at.$from.node(at.tableDepth);
  const tablePos = at.$from.before(at.tableDepth);
  const rows = [];
  table.descendants((node, pos) => {
    if (node.type === nodes.table_row) {
      rows.push([node, tablePos + 1 + pos]);
      return false;
    }
    return true;
  });
  for (const [row, pos] of rows.reverse()) change(tr, row, pos);
  return tr;
}

function addColumn(state, dispatch) {
  const at = cellAt(state);
  if (!at) return false;
  if (dispatch) {
    dispatch(eachRow(state, at, (tr, row, pos) => {
      const index = Math.min(at.column, row.childCount - 1);
      let cellPos = pos + 1;
      for (let i = 0; i <= index; i++) cellPos += row.child(i).nodeSize;
      const like = row.child(index);
      tr.insert(cellPos, emptyCell(like.type, like.type === nodes.table_header ? {scope: like.attrs.scope} : null));
    }).scrollIntoView());
  }
  return true;
}

function deleteColumn(state, dispatch) {
  const at = cellAt(state);
  if (!at || at.$from.node(at.rowDepth).childCount < 2) return false;
  if (dispatch) {
    dispatch(eachRow(state, at, (tr, row, pos) => {
      if (at.column >= row.childCount || row.childCount < 2) return;
      let cellPos = pos + 1;
      for (let i = 0; i < at.column; i++) cellPos += row.child(i).nodeSize;
      tr.delete(cellPos, cellPos + row.child(at.column).nodeSize);
    }).scrollIntoView());
  }
  return true;
}

function deleteTable(state, dispatch) {
  const depth = inside(state, nodes.table);
  if (!depth) return false;
  const $from = state.selection.$from;
  if (dispatch) dispatch(state.tr.delete($from.before(depth), $from.after(depth)).scrollIntoView());
  return true;
}

/**
 * The toolbar: groups of buttons, each {id, label (message key), text or icon, command, active,
 * shortcut}. Table tools appear while the cursor is in a table.
 */
export function toolbar(state, actions) {
  const mark = (id, type, shortcut) => ({id, command: toggleMark(type), active: markActive(state, type), shortcut});
  const groups = [
    [
      mark('bold', marks.strong, 'Mod-B'),
      mark('italic', marks.em, 'Mod-I'),
      {id: 'link', command: (s, d, view) => (d && actions.link(view), true), active: markActive(state, marks.link), shortcut: 'Mod-K'},
      {id: 'language', command: (s, d, view) => (d && actions.language(view), true), active: markActive(state, marks.span)}
    ],
    [2, 3, 4].map((level) => ({id: `h${level}`, command: toggleHeading(level), active: headingActive(state, level), shortcut: `Shift-Ctrl-${level}`})),
    [
      {id: 'bullets', command: toggleList(nodes.bullet_list), active: listActive(state, nodes.bullet_list), shortcut: 'Shift-Ctrl-8'},
      {id: 'numbers', command: toggleList(nodes.ordered_list), active: listActive(state, nodes.ordered_list), shortcut: 'Shift-Ctrl-9'},
      {id: 'quote', command: toggleQuote, active: Boolean(inside(state, nodes.blockquote))},
      {id: 'rule', command: insertRule},
      {id: 'table', command: insertTable}
    ]
  ];
  if (cellAt(state)) {
    groups.push([
      {id: 'rowAdd', command: addRow},
      {id: 'rowDelete', command: deleteRow},
      {id: 'columnAdd', command: addColumn},
      {id: 'columnDelete', command: deleteColumn},
      {id: 'tableDelete', command: deleteTable}
    ]);
  }
  groups.push([
    {id: 'undo', command: undo, shortcut: 'Mod-Z'},
    {id: 'redo', command: redo, shortcut: mac ? 'Shift-Mod-Z' : 'Mod-Y'}
  ]);
  return groups;
}

/** A shortcut as people read it on this platform: "Ctrl+B" or "⌘B". */
export function shortcutText(shortcut) {
  if (!shortcut) return '';
  return shortcut.split('-').map((part) => (part === 'Mod' ? (mac ? '⌘' : 'Ctrl') : part === 'Shift' ? (mac ? '⇧' : 'Shift') : part)).join(mac ? '' : '+');
}

/** The range of the link mark around the cursor, or null. */
export function linkRange(state) {
  const {$from, from, to, empty} = state.selection;
  const type = marks.link;
  if (!empty) {
    let found = null;
    state.doc.nodesBetween(from, to, (node) => {
      if (!found) found = type.isInSet(node.marks);
    });
    return found ? {from, to, mark: found} : null;
  }
  const mark = type.isInSet($from.marks()) || ($from.nodeAfter && type.isInSet($from.nodeAfter.marks));
  if (!mark) return null;
  let start = $from.index();
  let end = start;
  const parent = $from.parent;
  while (start > 0 && mark.isInSet(parent.child(start - 1).marks)) start--;
  while (end < parent.childCount && mark.isInSet(parent.child(end).marks)) end++;
  let pos = $from.start();
  let rangeFrom = pos;
  for (let i = 0; i < end; i++) {
    if (i === start) rangeFrom = pos;
    pos += parent.child(i).nodeSize;
  }
  return {from: rangeFrom, to: pos, mark};
}
