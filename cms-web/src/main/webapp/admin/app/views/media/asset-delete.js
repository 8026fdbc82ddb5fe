// Deleting an asset: asked first; while published content uses it the server refuses (409
// asset-in-use with usedBy) and the pages are listed with a plain warning, and administrators and
// editors may delete it anyway (?force=true). Answers 'deleted', 'changed' (someone else changed it
// meanwhile: reload) or 'kept'.
import {html} from '../../ui/element.js';
import {t} from '../../core/i18n.js';
import {api} from '../../core/api.js';
import {href} from '../../core/router.js';
import {typeName} from '../../core/catalog.js';
import {localeChip} from '../../ui/locale-states.js';
import {icon} from '../../ui/icons.js';
import {openDialog, confirmDialog, toast, problemText} from '../../ui/dialogs.js';
import {mayManageAssets} from './media-common.js';

function inUseDialog(asset, usedBy) {
  return openDialog({
    title: t('media.delete.inUse.title'),
    wide: true,
    content: (close) => html`<div class="dialog__body">
        <div class="notice notice--warn">${icon('warning')}<div>
          <p>${t('media.delete.inUse.text', {name: asset.fileName, count: usedBy.length})}</p>
          <p><strong>${t('media.delete.inUse.warning')}</strong></p></div></div>
        <ul class="worklist media-in-use">${usedBy.map((user) => html`<li>
          <a href=${href(`/items/${user.itemId}/${user.locale}`)} lang=${user.locale} @click=${() => close('left')}>${user.title || user.itemId}</a>
          <div class="meta"><span>${typeName(user.type)}</span>${localeChip(user.locale, 'published')}</div></li>`)}</ul>
      </div>
      <div class="dialog__footer">
        <button class="button" type="button" @click=${() => close(false)}>${t('media.delete.keep')}</button>
        ${mayManageAssets()
          ? html`<button class="button button--danger" type="button" @click=${() => close(true)}>${icon('trash')}${t('media.delete.anyway')}</button>`
          : html``}
      </div>`
  });
}

async function send(asset, force) {
  try {
    await api.delete(`manage/assets/${asset.id}${force ? '?force=true' : ''}`, {ifMatch: asset.etag});
    return {outcome: 'deleted'};
  } catch (error) {
    if (error.status === 412 || error.status === 404) {
      toast(t(error.status === 412 ? 'media.delete.changed' : 'media.delete.gone'), {type: 'error'});
      return {outcome: 'changed'};
    }
    if (error.status === 409 && error.type === 'asset-in-use') return {outcome: 'in-use', usedBy: error.problem.usedBy || []};
    toast(problemText(error), {type: 'error'});
    return {outcome: 'kept'};
  }
}

export async function deleteAsset(asset) {
  const sure = await confirmDialog({
    title: t('media.delete.confirm.title'),
    message: t('media.delete.confirm.text', {name: asset.fileName}),
    confirmLabel: t('media.delete'),
    danger: true
  });
  if (!sure) return 'kept';
  const first = await send(asset, false);
  if (first.outcome !== 'in-use') return first.outcome;
  const anyway = await inUseDialog(asset, first.usedBy);
  if (anyway !== true) return 'kept';
  return (await send(asset, true)).outcome;
}
