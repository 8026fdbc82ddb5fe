// Every screen of the app, its address and the module that draws it (loaded when first needed,
// so the first screen loads little).
import {route} from './core/router.js';

route('/', 'cms-start', () => import('./views/start.js'));
route('/account', 'cms-account', () => import('./views/account.js'));

route('/content/:type', 'cms-content-list', () => import('./views/content/content-list.js'));
route('/content/:type/new', 'cms-item-editor', () => import('./views/editor/item-editor.js'));
route('/items/:id/:locale', 'cms-item-editor', () => import('./views/editor/item-editor.js'));
route('/items/:id/:locale/history', 'cms-item-history', () => import('./views/editor/item-history.js'));
route('/preview/:id/:locale', 'cms-preview', () => import('./views/editor/preview.js'));

route('/translations', 'cms-translation-queue', () => import('./views/translations/queue.js'));
route('/translations/:id/:locale', 'cms-translation-desk', () => import('./views/translations/desk.js'));

route('/media', 'cms-media-library', () => import('./views/media/library.js'));
route('/media/:id', 'cms-asset-detail', () => import('./views/media/asset-detail.js'));

route('/settings/types', 'cms-type-list', () => import('./views/settings/type-list.js'));
route('/settings/types/new', 'cms-type-editor', () => import('./views/settings/type-editor.js'));
route('/settings/types/:key', 'cms-type-editor', () => import('./views/settings/type-editor.js'));
route('/settings/locales', 'cms-locale-settings', () => import('./views/settings/locales.js'));
route('/settings/users', 'cms-user-list', () => import('./views/settings/users.js'));
route('/settings/tokens', 'cms-machine-tokens', () => import('./views/settings/tokens.js'));
route('/trash', 'cms-trash', () => import('./views/settings/trash.js'));
