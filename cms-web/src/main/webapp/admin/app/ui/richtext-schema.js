// The rich-text schema: exactly what the server's sanitiser keeps (cms-core RichText.SAFELIST,
// jsoup): p, br, h2–h6, strong/b, em/i, u, s, sub, sup, code, pre, blockquote, ul, ol (start), li,
// a (href, title, hreflang), hr, span, table with caption/thead/tbody/tfoot/tr/th (colspan, rowspan,
// scope)/td (colspan, rowspan), figure and figcaption; `lang` on every element. Nothing else can
// be made here, so what the editor shows is what the server stores.
//
// HTML → document → HTML is exact for everything this schema writes: serialise() leaves out the
// <p> of a list item or table cell that holds one paragraph (as hand-written HTML does, and as
// parsing puts back), writes spaces that HTML parsing would collapse as no-break spaces, and an
// empty document as "".
import {Schema, DOMParser, DOMSerializer, Fragment} from 'prosemirror-model';

const lang = {lang: {default: null}};
const langOf = (dom) => dom.getAttribute('lang') || null;
const withLang = (attrs, extra = {}) => {
  const out = {...extra};
  if (attrs.lang) out.lang = attrs.lang;
  return out;
};

/** A node whose element carries nothing but `lang`. */
function simple(tag, spec) {
  return {
    attrs: lang,
    parseDOM: [{tag, getAttrs: (dom) => ({lang: langOf(dom)})}],
    toDOM: (node) => [tag, withLang(node.attrs), 0],
    ...spec
  };
}

function cell(tag, names) {
  const attrs = {...lang};
  names.forEach((name) => (attrs[name] = {default: null}));
  return {
    content: 'block+',
    attrs,
    isolating: true,
    parseDOM: [{tag, getAttrs: (dom) => Object.fromEntries(Object.keys(attrs).map((name) => [name, dom.getAttribute(name) || null]))}],
    toDOM: (node) => [tag, Object.fromEntries(Object.entries(node.attrs).filter(([, v]) => v !== null)), 0]
  };
}

const headingLevels = [2, 3, 4, 5, 6];

export const schema = new Schema({
  nodes: {
    doc: {content: 'block+'},
    paragraph: simple('p', {content: 'inline*', group: 'block'}),
    heading: {
      attrs: {level: {default: 2}, ...lang},
      content: 'inline*',
      group: 'block',
      defining: true,
      parseDOM: headingLevels.map((level) => ({tag: `h${level}`, getAttrs: (dom) => ({level, lang: langOf(dom)})})),
      toDOM: (node) => [`h${node.attrs.level}`, withLang(node.attrs), 0]
    },
    blockquote: simple('blockquote', {content: 'block+', group: 'block', defining: true}),
    code_block: {
      attrs: {...lang, codeLang: {default: null}},
      content: 'text*',
      marks: '',
      group: 'block',
      code: true,
      defining: true,
      // <pre> alone or <pre><code>; written as it came (codeLang remembers the <code> element's lang)
      parseDOM: [{
        tag: 'pre',
        preserveWhitespace: 'full',
        getAttrs: (dom) => {
          const code = dom.firstElementChild && dom.firstElementChild.tagName === 'CODE' && dom.childNodes.length === 1 ? dom.firstElementChild : null;
          return {lang: langOf(dom), codeLang: code ? code.getAttribute('lang') || '' : null};
        }
      }],
      toDOM: (node) => node.attrs.codeLang === null
        ? ['pre', withLang(node.attrs), 0]
        : ['pre', withLang(node.attrs), ['code', node.attrs.codeLang ? {lang: node.attrs.codeLang} : {}, 0]]
    },
    horizontal_rule: simple('hr', {group: 'block', toDOM: (node) => ['hr', withLang(node.attrs)]}),
    ordered_list: {
      attrs: {order: {default: 1}, ...lang},
      content: 'list_item+',
      group: 'block',
      parseDOM: [{tag: 'ol', getAttrs: (dom) => ({order: dom.hasAttribute('start') ? Number(dom.getAttribute('start')) || 0 : 1, lang: langOf(dom)})}],
      toDOM: (node) => ['ol', withLang(node.attrs, node.attrs.order === 1 ? {} : {start: node.attrs.order}), 0]
    },
    bullet_list: simple('ul', {content: 'list_item+', group: 'block'}),
    list_item: simple('li', {content: 'paragraph block*', defining: true}),
    figure: simple('figure', {content: 'figcaption? block+ figcaption?', group: 'block', defining: true}),
    figcaption: simple('figcaption', {content: 'inline*'}),
    table: simple('table', {content: 'table_caption? table_head? table_body+ table_foot?', group: 'block', isolating: true}),
    table_caption: simple('caption', {content: 'inline*'}),
    table_head: simple('thead', {content: 'table_row+'}),
    table_body: simple('tbody', {content: 'table_row*'}),
    table_foot: simple('tfoot', {content: 'table_row+'}),
    table_row: simple('tr', {content: '(table_cell | table_header)+'}),
    table_cell: cell('td', ['colspan', 'rowspan']),
    table_header: cell('th', ['colspan', 'rowspan', 'scope']),
    text: {group: 'inline'},
    hard_break: {inline: true, group: 'inline', selectable: false, parseDOM: [{tag: 'br'}], toDOM: () => ['br']}
  },
  marks: {
    // the order here is the nesting order when written: <a><strong><em>…
    link: {
      attrs: {href: {}, title: {default: null}, hreflang: {default: null}, ...lang},
      inclusive: false,
      parseDOM: [{tag: 'a', getAttrs: (dom) => ({href: dom.getAttribute('href') || '', title: dom.getAttribute('title'), hreflang: dom.getAttribute('hreflang'), lang: langOf(dom)})}],
      toDOM: (mark) => ['a', Object.fromEntries(Object.entries(mark.attrs).filter(([, v]) => v !== null)), 0]
    },
    strong: markOf('strong', ['b']),
    em: markOf('em', ['i']),
    underline: markOf('u'),
    strike: markOf('s'),
    sub: markOf('sub', [], 'sup'),
    sup: markOf('sup', [], 'sub'),
    code: markOf('code'),
    span: {
      attrs: lang,
      parseDOM: [{tag: 'span', getAttrs: (dom) => ({lang: langOf(dom)})}],
      toDOM: (mark) => ['span', withLang(mark.attrs), 0]
    }
  }
});

function markOf(tag, aliases = [], excludes) {
  const spec = {
    attrs: lang,
    parseDOM: [tag, ...aliases].map((name) => ({tag: name, getAttrs: (dom) => ({lang: langOf(dom)})})),
    toDOM: (mark) => [tag, withLang(mark.attrs), 0]
  };
  if (excludes) spec.excludes = excludes;
  return spec;
}

const parser = DOMParser.fromSchema(schema);
const serializer = DOMSerializer.fromSchema(schema);

/** The document of an HTML string (as stored). */
export function parse(html) {
  const template = document.createElement('template');
  template.innerHTML = html || '';
  return parser.parse(template.content);
}

/** The HTML of a document, as the server will store it. */
export function serialise(doc) {
  if (isEmpty(doc)) return '';
  const container = document.createElement('div');
  container.append(serializer.serializeFragment(safeSpaces(doc).content));
  container.querySelectorAll('li, td, th').forEach(unwrapParagraph);
  return container.innerHTML;
}

export function isEmpty(doc) {
  const only = doc.childCount === 1 && doc.firstChild;
  return Boolean(only && only.type === schema.nodes.paragraph && only.content.size === 0 && !only.attrs.lang);
}

/** <li><p>x</p><ul>…</ul></li> → <li>x<ul>…</ul></li>; <td><p>x</p></td> → <td>x</td>. */
function unwrapParagraph(element) {
  const children = [...element.children];
  const first = element.firstChild;
  if (!first || first.nodeName !== 'P' || first.attributes.length) return;
  const rest = children.slice(1);
  const ok = element.nodeName === 'LI' ? rest.every((c) => c.nodeName === 'UL' || c.nodeName === 'OL') : rest.length === 0;
  if (ok) first.replaceWith(...first.childNodes);
}

const COLLAPSIBLE = /[ \t\r\n\f]/;

/**
 * Spaces HTML parsing would drop (at the start or end of a line, after another space) become
 * no-break spaces, so that what was typed is what comes back.
 */
function safeSpaces(node) {
  if (node.isTextblock && !node.type.spec.code) {
    const parts = [];
    let previous = null; // null: line start
    node.content.forEach((child, offset, index) => {
      if (!child.isText) {
        parts.push(child);
        previous = child.type === schema.nodes.hard_break ? null : 'x';
        return;
      }
      let text = '';
      for (let i = 0; i < child.text.length; i++) {
        let ch = child.text[i];
        const atEnd = i === child.text.length - 1 && lastTextAt(node, index);
        if (COLLAPSIBLE.test(ch) && (previous === null || COLLAPSIBLE.test(previous) || atEnd)) ch = '\u00a0';
        else if (/[\t\r\n\f]/.test(ch)) ch = ' ';
        text += ch;
        previous = ch;
      }
      parts.push(schema.text(text, child.marks));
    });
    return node.copy(Fragment.fromArray(parts));
  }
  if (node.isLeaf || node.type.spec.code) return node;
  const children = [];
  node.content.forEach((child) => children.push(safeSpaces(child)));
  return node.copy(Fragment.fromArray(children));
}

/** Whether child `index` of a textblock is its last text before the end or a line break. */
function lastTextAt(block, index) {
  for (let i = index + 1; i < block.childCount; i++) {
    const next = block.child(i);
    if (next.isText) return false;
    if (next.type === schema.nodes.hard_break) return false;
  }
  return true;
}
