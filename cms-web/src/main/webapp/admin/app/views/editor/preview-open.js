// Preview tokens and the editor's "Preview" action. A preview token is short-lived (30 minutes),
// limited to one content type and reads drafts through the delivery API only; it is never the
// person's own sign-in token. Tokens for the built-in preview are kept in this tab's memory while
// they have more than five minutes left; one for a front end is made for that one opening.
import {api} from '../../core/api.js';
import {contentType} from '../../core/catalog.js';
import {href, navigate} from '../../core/router.js';
import {toast, problemText} from '../../ui/dialogs.js';
import {t} from '../../core/i18n.js';
import {onSessionChange} from '../../core/session.js';
import {saveFirst} from './workflow-dialogs.js';

const LIFETIME = 'PT30M';
const MARGIN = 5 * 60 * 1000;
const tokens = new Map();
// a token belongs to the person who made it: forgotten when someone signs out or in
onSessionChange(() => tokens.clear());

/** A preview token for a type, from memory while it lasts; `fresh` makes a new one. */
export async function previewToken(type, {fresh = false} = {}) {
  const kept = tokens.get(type);
  if (!fresh && kept && new Date(kept.expiresAt).getTime() - Date.now() > MARGIN) return kept.token;
  const {data} = await api.post('manage/preview-tokens', {expiresIn: LIFETIME, types: [type]});
  tokens.set(type, {token: data.token, expiresAt: data.expiresAt});
  return data.token;
}

/** Whether the type's drafts are shown by a front end (its definition has a previewUrl). */
export function hasFrontEndPreview(typeKey) {
  const type = contentType(typeKey);
  return Boolean(type && type.previewUrl);
}

/**
 * Opens a variant in the front end's preview, in a new tab: a token limited to the item's type is
 * made and the API fills the type's previewUrl with it. The tab is opened at once (so no pop-up
 * blocker stops it) and sent on when the address is known; it cannot reach back to this page.
 */
export async function openFrontEndPreview(item, locale) {
  const tab = window.open('about:blank', '_blank');
  try {
    const {data} = await api.post('manage/preview-tokens', {expiresIn: LIFETIME, types: [item.type], item: item.id, locale});
    if (!data.previewUrl) throw new Error(t('preview.noFrontEnd'));
    if (tab) {
      tab.opener = null;
      tab.location.replace(data.previewUrl);
    } else {
      window.open(data.previewUrl, '_blank', 'noopener');
    }
    toast(t('preview.opened'), {type: 'ok'});
  } catch (error) {
    if (tab) tab.close();
    toast(t('preview.failed', {reason: problemText(error)}), {type: 'error'});
  }
}

/**
 * The editor's "Preview" link: unsaved changes are saved first (a preview shows the saved draft);
 * a type with a front-end preview opens it in a new tab, any other goes to the built-in preview.
 */
export async function previewClick(event, item, locale) {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = event.currentTarget;
  const editor = link.closest('cms-item-editor');
  const frontEnd = hasFrontEndPreview(item.type);
  if (!frontEnd && !(editor && editor.dirty)) return;
  event.preventDefault();
  if (!(await saveFirst(link, t('preview.step')))) return;
  if (frontEnd) await openFrontEndPreview(item, locale);
  else await navigate(href(`/preview/${item.id}/${locale}`));
}
