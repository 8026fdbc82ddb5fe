// The editorial app's shell: signs in, then draws the header, the navigation and the screen the
// address names.
import {CmsElement, html, nothing} from './ui/element.js';
import {t, tOr, loadLanguage, uiLanguage, UI_LANGUAGES} from './core/i18n.js';
import {signedIn, refreshMe, currentUser, signOut, onSessionChange, setReauthPrompt, isAdmin, has} from './core/session.js';
import {loadCatalog, contentTypes, typeName} from './core/catalog.js';
import {startRouter, onRouteChange, currentRoute, href, navigate} from './core/router.js';
import {icon} from './ui/icons.js';
import {promptSignInAgain} from './views/signin.js';
import {api} from './core/api.js';
import './routes.js';

const STORED_LANGUAGE = 'cms.uiLanguage';

class App extends CmsElement {
  static properties = {ready: {state: true}, user: {state: true}, route: {state: true}, menuOpen: {state: true}};

  constructor() {
    super();
    this.ready = false;
    setReauthPrompt(promptSignInAgain);
  }

  createRenderRoot() {
    // the page's own "loading" placeholder goes once the app draws
    this.replaceChildren();
    return this;
  }

  async connectedCallback() {
    super.connectedCallback();
    onSessionChange((user) => (this.user = user));
    onRouteChange((route) => {
      this.route = route;
      this.updateComplete.then(() => this.focusMain());
    });
    await loadLanguage(localStorage.getItem(STORED_LANGUAGE) || 'nb');
    if (signedIn()) {
      try {
        await this.enter();
      } catch (error) {
        await signOut();
      }
    }
    this.ready = true;
  }

  /** After sign-in: who am I, in which UI language, what the site has; then the screen. */
  async enter() {
    const me = await refreshMe();
    const preferred = me.preferences && me.preferences.uiLanguage;
    if (preferred && preferred !== uiLanguage()) await loadLanguage(preferred);
    await loadCatalog();
    await startRouter();
  }

  async onSignedIn() {
    this.ready = false;
    try {
      await this.enter();
    } finally {
      this.ready = true;
    }
  }

  async onSignOut() {
    this.menuOpen = false;
    await signOut();
    history.replaceState({}, '', href('/'));
  }

  async chooseLanguage(language) {
    localStorage.setItem(STORED_LANGUAGE, language);
    await loadLanguage(language);
    try {
      await api.put('manage/users/me/preferences', {uiLanguage: language});
    } catch (ignored) {
      // kept in this browser at least
    }
    this.menuOpen = false;
  }

  focusMain() {
    const main = this.querySelector('#main');
    const heading = main && main.querySelector('h1');
    if (heading) document.title = `${heading.textContent.trim()} – Ordna CMS`;
    if (main && document.activeElement && !main.contains(document.activeElement)) main.focus({preventScroll: true});
  }

  toggleMenu(event) {
    this.menuOpen = !this.menuOpen;
    if (this.menuOpen) {
      const close = (e) => {
        if (!this.querySelector('.menu')?.contains(e.target) || e.key === 'Escape') {
          this.menuOpen = false;
          document.removeEventListener('click', close);
          document.removeEventListener('keydown', closeOnEscape);
        }
      };
      const closeOnEscape = (e) => {
        if (e.key === 'Escape') {
          this.menuOpen = false;
          this.querySelector('.menu > button')?.focus();
          document.removeEventListener('keydown', closeOnEscape);
          document.removeEventListener('click', close);
        }
      };
      setTimeout(() => {
        document.addEventListener('click', close);
        document.addEventListener('keydown', closeOnEscape);
        this.querySelector('.menu__panel a, .menu__panel button')?.focus();
      });
    }
    event.stopPropagation();
  }

  navLink(path, label, iconName) {
    const route = this.route;
    const current = route && (route.path === path || (path !== '/' && route.path.startsWith(path + '/')) || route.path === path);
    return html`<li><a href=${href(path)} aria-current=${current ? 'page' : nothing}>${iconName ? icon(iconName) : nothing}<span>${label}</span></a></li>`;
  }

  renderNav() {
    const types = contentTypes();
    return html`<nav class="shell__nav" aria-label=${t('nav.label')}>
      <ul class="nav-list nav-group">
        ${this.navLink('/', t('nav.start'), 'home')}
        ${this.navLink('/translations', t('nav.translations'), 'translate')}
        ${this.navLink('/media', t('nav.media'), 'image')}
      </ul>
      <div class="nav-group">
        <p class="nav-group__title" id="nav-content">${t('nav.content')}</p>
        <ul class="nav-list" aria-labelledby="nav-content">
          ${types.map((type) => this.navLink(`/content/${type.key}`, typeName(type), 'document'))}
        </ul>
      </div>
      ${isAdmin() || has('editor')
        ? html`<div class="nav-group">
            <p class="nav-group__title" id="nav-settings">${t('nav.settings')}</p>
            <ul class="nav-list" aria-labelledby="nav-settings">
              ${isAdmin() ? this.navLink('/settings/types', t('nav.types'), 'settings') : nothing}
              ${isAdmin() ? this.navLink('/settings/locales', t('nav.locales'), 'translate') : nothing}
              ${isAdmin() ? this.navLink('/settings/users', t('nav.users'), 'user') : nothing}
              ${isAdmin() ? this.navLink('/settings/tokens', t('nav.tokens'), 'lock') : nothing}
              ${this.navLink('/trash', t('nav.trash'), 'trash')}
            </ul></div>`
        : nothing}
    </nav>`;
  }

  renderHeader() {
    const user = this.user || currentUser();
    return html`<header class="shell__header">
      <a class="brand" href=${href('/')}><img src="/admin/app/styles/icon.svg" alt=""><span>Ordna CMS</span></a>
      <span class="spacer"></span>
      <div class="menu">
        <button class="button button--quiet" type="button" aria-haspopup="true" aria-expanded=${this.menuOpen ? 'true' : 'false'}
          @click=${this.toggleMenu}>${icon('user')}<span>${user ? user.username : ''}</span></button>
        ${this.menuOpen
          ? html`<div class="menu__panel">
              <div class="menu__who">${user ? user.roles.map((r) => t(`role.${r}`)).join(', ') : ''}</div>
              <a href=${href('/account')} @click=${() => (this.menuOpen = false)}>${icon('settings')}${t('menu.account')}</a>
              <hr>
              ${UI_LANGUAGES.map((language) => html`<button type="button" aria-pressed=${uiLanguage() === language ? 'true' : 'false'}
                  lang=${language} @click=${() => this.chooseLanguage(language)}>
                  ${uiLanguage() === language ? icon('check') : html`<span class="icon"></span>`}${t(`language.${language}`)}</button>`)}
              <hr>
              <button type="button" @click=${this.onSignOut}>${icon('signout')}${t('menu.signout')}</button>
            </div>`
          : nothing}
      </div>
    </header>`;
  }

  render() {
    if (!this.ready) {
      return html`<div class="boot" role="status"><span class="boot__mark" aria-hidden="true"></span><span class="visually-hidden">${tOr('common.loading', 'Laster …')}</span></div>`;
    }
    if (!signedIn() || !currentUser()) {
      return html`<cms-signin @signed-in=${this.onSignedIn}></cms-signin>`;
    }
    const route = this.route || currentRoute();
    return html`<a class="skip-link" href="#main">${t('nav.skip')}</a>
      <div class="shell">
        ${this.renderHeader()}
        ${this.renderNav()}
        <main class="shell__main" id="main" tabindex="-1">
          ${route ? this.screen(route) : nothing}
        </main>
      </div>`;
  }

  /** The screen's element: made once per visit of an address, kept across re-renders of the shell. */
  screen(route) {
    if (this.screenRoute !== route) {
      this.screenRoute = route;
      this.screenElement = document.createElement(route.tag);
      this.screenElement.route = route;
    }
    return this.screenElement;
  }
}
customElements.define('cms-app', App);

export {navigate};
