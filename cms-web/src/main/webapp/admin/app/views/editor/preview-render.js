// The built-in preview's page: a delivery answer ({fields, included, assets, …}) drawn as a reader
// would see it, led by its content type. Rich text is parsed with DOMParser into an inert document,
// cleaned to an allow-list once more (the server has sanitised it already) and its nodes imported;
// no string ever becomes markup any other way.
import {html, nothing} from 'lit';
import {t} from '../../core/i18n.js';
import {date, dateTime, bytes} from '../../core/format.js';
import {href} from '../../core/router.js';
import {icon} from '../../ui/icons.js';
import {labelOf} from './values.js';

const ELEMENTS = new Set(['P', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'A', 'STRONG', 'EM', 'B', 'I', 'U', 'S', 'SUB', 'SUP',
  'BLOCKQUOTE', 'BR', 'HR', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TH', 'TD', 'CAPTION', 'FIGURE', 'FIGCAPTION', 'SPAN', 'CODE', 'PRE', 'ABBR', 'CITE', 'Q', 'SMALL']);
const DROPPED = new Set(['SCRIPT', 'STYLE', 'IFRAME', 'OBJECT', 'EMBED', 'TEMPLATE', 'SVG', 'MATH', 'FORM', 'INPUT', 'BUTTON', 'TEXTAREA', 'SELECT', 'LINK', 'META', 'BASE', 'IMG', 'VIDEO', 'AUDIO', 'SOURCE']);
const ATTRIBUTES = {'*': ['lang', 'dir'], A: ['href', 'title', 'hreflang'], TH: ['scope', 'colspan', 'rowspan'], TD: ['colspan', 'rowspan'], ABBR: ['title'], OL: ['start']};
const SAFE_URL = /^(https?:|mailto:|\/(?!\/)|#)/i;

function clean(node) {
  for (const child of [...node.childNodes]) {
    if (child.nodeType === Node.TEXT_NODE) continue;
    if (child.nodeType !== Node.ELEMENT_NODE) {
      child.remove();
      continue;
    }
    const name = child.tagName.toUpperCase();
    if (DROPPED.has(name)) {
      child.remove();
      continue;
    }
    clean(child);
    if (!ELEMENTS.has(name)) {
      child.replaceWith(...child.childNodes);
      continue;
    }
    const allowed = [...ATTRIBUTES['*'], ...(ATTRIBUTES[name] || [])];
    for (const attribute of [...child.attributes]) {
      if (!allowed.includes(attribute.name.toLowerCase())) child.removeAttribute(attribute.name);
    }
    if (name === 'A') {
      const target = (child.getAttribute('href') || '').trim();
      if (!SAFE_URL.test(target)) child.removeAttribute('href');
      child.setAttribute('rel', 'noopener noreferrer');
      child.setAttribute('target', '_blank');
    }
  }
}

/** Rich text as DOM nodes for a template; `cache` keeps the same nodes across re-renders. */
export function richText(value, cache) {
  if (!value) return nothing;
  if (!cache.has(value)) {
    // an inert document: nothing in it loads or runs
    const source = new DOMParser().parseFromString(String(value), 'text/html').body;
    clean(source);
    cache.set(value, [...source.childNodes].map((node) => document.importNode(node, true)));
  }
  return html`<div class="preview-rich">${cache.get(value)}</div>`;
}

/** Helpers bound to one answer: links to included items, assets and their pictures. */
function context(answer, options) {
  const included = answer.included || {};
  const assets = answer.assets || {};
  return {
    ...options,
    answer,
    lang: answer.locale,
    asset: (id) => assets[id],
    link(id) {
      const item = included[id];
      if (!item) return html`<span class="muted">${t('preview.notPublished')}</span>`;
      return html`<a href=${href(`/preview/${item.id}/${answer.requestedLocale || answer.locale}`)} lang=${item.locale}>${item.title || item.id}</a>`;
    },
    included: (id) => included[id]
  };
}

function picture(ctx, id, alt, caption, credit) {
  const asset = ctx.asset(id);
  if (!asset) return html`<p class="preview-missing">${icon('image')}${t('preview.imageMissing')}</p>`;
  if (!/^image\//.test(asset.mediaType || '')) return documentLink(ctx, asset, asset.title);
  const text = alt || asset.alt || '';
  const altLang = alt ? ctx.lang : (asset.textLocales || {}).alt || ctx.lang;
  const source = ctx.images[id];
  return html`<figure class="preview-figure">
    ${source ? html`<img src=${source} alt=${text} lang=${altLang} width=${asset.width || nothing} height=${asset.height || nothing}>`
      : html`<div class="preview-figure__loading" role="img" aria-label=${text || t('preview.imageLoading')}><span class="spinner" aria-hidden="true"></span></div>`}
    ${!text ? html`<p class="preview-warning">${icon('warning')}${t('preview.altMissing')}</p>` : nothing}
    ${caption || credit || asset.credit ? html`<figcaption>${caption || ''}${credit || asset.credit ? html` <span class="preview-credit">${t('preview.credit', {credit: credit || asset.credit})}</span>` : nothing}</figcaption>` : nothing}
  </figure>`;
}

function documentLink(ctx, asset, title, url) {
  const target = asset ? asset.url : url;
  const facts = asset ? [asset.mediaType === 'application/pdf' ? 'PDF' : asset.mediaType, asset.pageCount ? t('preview.pages', {count: asset.pageCount}) : '', bytes(asset.size)].filter(Boolean).join(', ') : '';
  return html`<p class="preview-document">${icon('document')}<span><a href=${target || nothing} target="_blank" rel="noopener noreferrer">${title || (asset && (asset.title || asset.fileName)) || target}</a>
    ${facts ? html`<span class="muted small"> (${facts})</span>` : nothing}</span></p>`;
}

function videoLink(ctx, fields) {
  const item = fields.video ? ctx.included(fields.video) : null;
  const source = item ? {...item.fields, ...fields} : fields;
  const provider = source.provider;
  const url = source.url || (provider === 'youtube' && source.videoId ? `https://www.youtube.com/watch?v=${encodeURIComponent(source.videoId)}`
    : provider === 'vimeo' && source.videoId ? `https://vimeo.com/${encodeURIComponent(source.videoId)}` : null);
  const title = fields.title || (item && item.title) || t('preview.video');
  return html`<p class="preview-video">${icon('eye')}<span>${url ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${t('preview.watch', {title})}</a>` : title}
    ${provider ? html`<span class="muted small"> (${t(`editor.value.${provider}`)})</span>` : nothing}</span></p>`;
}

function heading(level, text) {
  if (level >= 4) return html`<h4>${text}</h4>`;
  if (level === 3) return html`<h3>${text}</h3>`;
  return html`<h2>${text}</h2>`;
}

function block(ctx, value) {
  const f = value.fields || {};
  switch (value.type) {
    case 'paragraph': return richText(f.text, ctx.cache);
    case 'heading': return heading(Number(f.level) || 2, f.text);
    case 'quote': return html`<figure class="preview-quote"><blockquote><p>${f.text}</p></blockquote>
      ${f.person || f.role ? html`<figcaption>— ${f.portrait && ctx.included(f.portrait) ? ctx.link(f.portrait) : f.person}${f.role ? html`, <span>${f.role}</span>` : nothing}</figcaption>` : nothing}</figure>`;
    case 'image': return picture(ctx, f.asset, f.alt, f.caption, f.credit);
    case 'video-embed': return videoLink(ctx, f);
    case 'document-link': {
      const doc = f.document ? ctx.included(f.document) : null;
      const file = f.file || (doc && doc.fields.file);
      return documentLink(ctx, file ? ctx.asset(file) : null, f.title || (doc && doc.title), f.url);
    }
    case 'fact-box': return html`<aside class="preview-factbox" aria-label=${f.title || t('preview.factBox')}>${f.title ? html`<h3>${f.title}</h3>` : nothing}${richText(f.body, ctx.cache)}</aside>`;
    case 'link-list': return html`<section class="preview-links">${f.title ? html`<h3>${f.title}</h3>` : nothing}${f.intro ? html`<p>${f.intro}</p>` : nothing}
      <ul>${(f.items || []).map((id) => html`<li>${ctx.link(id)}</li>`)}${(f.urls || []).map((url) => html`<li><a href=${url} target="_blank" rel="noopener noreferrer">${url}</a></li>`)}</ul></section>`;
    default: return html`<div class="preview-unknown"><p class="muted small">${t('preview.block', {type: value.type})}</p>
      <dl>${Object.entries(f).map(([key, v]) => html`<dt>${key}</dt><dd>${typeof v === 'string' ? v : JSON.stringify(v)}</dd>`)}</dl></div>`;
  }
}

function fact(ctx, field, value) {
  switch (field.type) {
    case 'date': return date(value);
    case 'dateTime': return dateTime(value);
    case 'boolean': return value ? t('common.yes') : t('common.no');
    case 'url': return html`<a href=${value} target="_blank" rel="noopener noreferrer">${value}</a>`;
    case 'tags': return value.join(', ');
    case 'reference': return Array.isArray(value) ? value.map((id, i) => html`${i ? ', ' : ''}${ctx.link(id)}`) : ctx.link(value);
    case 'list': return html`<ul>${value.map((v) => html`<li>${field.itemType === 'reference' ? ctx.link(v) : field.itemType === 'url' ? html`<a href=${v} target="_blank" rel="noopener noreferrer">${v}</a>` : String(v)}</li>`)}</ul>`;
    default: return String(value);
  }
}

/** The page: title, then every field in the type's order, the remaining facts last. */
export function renderAnswer(answer, {type, images, cache}) {
  const ctx = context(answer, {images, cache});
  const fields = answer.fields || {};
  const defs = (type && type.fields) || [];
  const assetKeys = new Set(defs.filter((f) => f.type === 'asset').map((f) => f.key));
  const skip = (f) => f.key === (type && type.titleField) || f.type === 'slug' || (f.key.endsWith('Alt') && assetKeys.has(f.key.slice(0, -3)));
  // a field empty in the served locale shows the next locale's value, in that language
  const borrowed = answer.fieldFallbacks || {};
  const lang = (key) => borrowed[key] || nothing;
  const body = [];
  const facts = [];
  let lede = false;
  for (const field of defs) {
    const value = fields[field.key];
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && !value.length) || skip(field)) continue;
    if (field.type === 'dateTime' && value === answer.publishDate) continue; // shown under the title
    const references = field.type === 'reference' || (field.type === 'list' && field.itemType === 'reference');
    if (field.type === 'richText') body.push(html`<div class="preview-field" lang=${lang(field.key)}>${richText(value, cache)}</div>`);
    else if (field.type === 'blocks') body.push(html`<div class="preview-blocks" lang=${lang(field.key)}>${value.map((b) => block(ctx, b))}</div>`);
    else if (field.type === 'asset' && !Array.isArray(value)) body.push(picture(ctx, value, fields[`${field.key}Alt`]));
    else if (field.type === 'text' && field.multiline) {
      body.push(html`<p class=${lede ? 'preview-text' : 'preview-lede'} lang=${lang(field.key)}>${value}</p>`);
      lede = true;
    } else if (references) {
      body.push(html`<section class="preview-related"><h2>${labelOf(field)}</h2><ul>${[].concat(value).map((id) => html`<li>${ctx.link(id)}</li>`)}</ul></section>`);
    } else facts.push(html`<dt>${labelOf(field)}</dt><dd lang=${field.localized === false ? nothing : lang(field.key)}>${fact(ctx, field, value)}</dd>`);
  }
  const titleKey = type && type.titleField;
  return html`<h1 lang=${titleKey ? lang(titleKey) : nothing}>${answer.title || fields[titleKey] || answer.id}</h1>
    ${answer.publishDate ? html`<p class="preview-date muted">${dateTime(answer.publishDate)}</p>` : nothing}
    ${body}
    ${facts.length ? html`<section class="preview-facts" aria-labelledby="preview-facts-title"><h2 id="preview-facts-title">${t('preview.facts')}</h2><dl>${facts}</dl></section>` : nothing}`;
}
