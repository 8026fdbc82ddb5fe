// <cms-xliff-exchange .locale .status .type>: XLIFF 2.0 out and in for translation agencies and
// CAT tools. Export downloads the file of the queue's filters (fetched with the token, saved from a
// blob: the token never goes into an address). Import takes a file from the picker or dropped on
// the zone, and tells what happened: per item what was saved, or every refused place and that
// nothing was changed. Fires `translations-imported` after a successful import.
import {CmsElement, html, nothing, uid} from '../../ui/element.js';
import {t, tn} from '../../core/i18n.js';
import {api, request, query} from '../../core/api.js';
import {localeName, typeName} from '../../core/catalog.js';
import {problemText} from '../../ui/dialogs.js';
import {icon} from '../../ui/icons.js';
import {describeXliff, importResult, completeTitles} from './xliff-result.js';

const ACCEPT = '.xlf,.xliff,.xml,application/xliff+xml,application/xml,text/xml';

/** The file name of a Content-Disposition header, if it names one. */
function fileName(disposition) {
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition || '');
  return match ? decodeURIComponent(match[1]) : null;
}

export class XliffExchange extends CmsElement {
  static properties = {
    locale: {}, status: {}, type: {},
    exporting: {state: true}, exported: {state: true}, importing: {state: true}, result: {state: true}, over: {state: true}
  };

  constructor() {
    super();
    this.ids = {file: uid('xliff-file'), exportHint: uid('xliff-export-hint'), importHint: uid('xliff-import-hint')};
  }

  /** The statuses exported: the queue's one, or (all) those that need translating. */
  get statuses() {
    return this.status ? [this.status] : ['missing', 'outdated'];
  }

  async download() {
    if (this.exporting) return;
    this.exporting = true;
    this.exported = null;
    try {
      const response = await request('GET', `manage/translations/export${query({locale: this.locale, status: this.statuses.join(','), type: this.type})}`, {
        raw: true, headers: {Accept: 'application/xliff+xml, application/problem+json'}
      });
      const blob = await response.blob();
      const name = fileName(response.headers.get('Content-Disposition')) || `translations-${this.locale}.xlf`;
      const files = ((await blob.text()).match(/<file[\s>]/g) || []).length;
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      link.hidden = true;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 30000);
      this.exported = {ok: true, text: tn('translations.xliff.exported', files, {name})};
    } catch (error) {
      this.exported = {ok: false, text: problemText(error)};
    } finally {
      this.exporting = false;
    }
  }

  picked(event) {
    const file = event.target.files[0];
    event.target.value = '';
    if (file) this.upload(file);
  }

  dragOver(event) {
    if (!event.dataTransfer || ![...event.dataTransfer.types].includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.over = true;
  }

  drop(event) {
    if (!event.dataTransfer || !event.dataTransfer.files.length) return;
    event.preventDefault();
    this.over = false;
    this.upload(event.dataTransfer.files[0]);
  }

  async upload(file) {
    if (this.importing) return;
    this.importing = file.name;
    this.result = null;
    let text = '';
    try {
      text = await file.text();
    } catch (ignored) {
      // the server says what is wrong with it
    }
    const described = describeXliff(text);
    try {
      const {data} = await api.post('manage/translations/import', file, {headers: {'Content-Type': 'application/xliff+xml'}});
      this.result = {ok: true, name: file.name, data: data || {}, described};
      this.emit('translations-imported', data);
    } catch (error) {
      await completeTitles(described).catch(() => null);
      this.result = {ok: false, name: file.name, error, described};
    } finally {
      this.importing = null;
    }
    await this.updateComplete;
    this.querySelector('.xliff-result')?.focus();
  }

  exportCard() {
    const what = [
      localeName(this.locale),
      this.status ? t(`status.${this.status}`) : t('translations.xliff.needing'),
      this.type ? typeName(this.type) : t('translations.queue.allTypes')
    ].join(' · ');
    return html`<section class="card xliff-card" aria-labelledby="xliff-export-title">
      <h3 id="xliff-export-title">${t('translations.xliff.export')}</h3>
      <p class="small" id=${this.ids.exportHint}>${t('translations.xliff.exportText')} <strong>${what}</strong></p>
      <button type="button" class="button xliff-download" aria-describedby=${this.ids.exportHint} ?disabled=${this.exporting}
        @click=${() => this.download()}>${this.exporting ? html`<span class="spinner" aria-hidden="true"></span>` : icon('download')}${t('translations.xliff.download')}</button>
      <p class="small xliff-exported ${this.exported && !this.exported.ok ? 'error-text' : 'muted'}" role="status">${this.exported ? this.exported.text : ''}</p>
    </section>`;
  }

  importCard() {
    return html`<section class="card xliff-card" aria-labelledby="xliff-import-title">
      <h3 id="xliff-import-title">${t('translations.xliff.import')}</h3>
      <p class="small" id=${this.ids.importHint}>${t('translations.xliff.importText')}</p>
      <div class="xliff-drop ${this.over ? 'xliff-drop--over' : ''}" @dragover=${this.dragOver}
        @dragleave=${() => (this.over = false)} @drop=${this.drop}>
        ${icon('upload')}<span>${t('translations.xliff.drop')}</span>
        <input class="visually-hidden xliff-file" id=${this.ids.file} type="file" accept=${ACCEPT}
          aria-describedby=${this.ids.importHint} ?disabled=${Boolean(this.importing)} @change=${this.picked}>
        <label class="button button--small" for=${this.ids.file}>${t('translations.xliff.choose')}</label>
      </div>
      <p class="small muted" role="status">${this.importing ? html`<span class="spinner" aria-hidden="true"></span> ${t('translations.xliff.importing', {name: this.importing})}` : ''}</p>
    </section>`;
  }

  render() {
    if (!this.locale) return nothing;
    return html`<section class="xliff" aria-labelledby="xliff-title">
      <h2 id="xliff-title">${t('translations.xliff.title')}</h2>
      <div class="grid grid--2">${this.exportCard()}${this.importCard()}</div>
      ${this.result ? importResult(this.result) : nothing}
    </section>`;
  }
}
customElements.define('cms-xliff-exchange', XliffExchange);
