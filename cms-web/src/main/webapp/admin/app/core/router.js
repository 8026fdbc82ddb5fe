// Addresses of the app under /admin/, with the History API: links are real links (open in a new
// tab works), the back button works, and a reload lands on the same screen.
const BASE = '/admin';
const routes = [];
const listeners = new Set();
let current = null;
let guard = null;

/** Registers a route: pattern like "/items/:id/:locale", a loader of the view module, its tag. */
export function route(pattern, tag, load) {
  const names = [];
  const regex = new RegExp(
    '^' + pattern.replace(/:(\w+)/g, (whole, name) => {
      names.push(name);
      return '([^/]+)';
    }) + '/?$'
  );
  routes.push({pattern, tag, load, regex, names});
}

export function href(path) {
  return BASE + path;
}

export function onRouteChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function currentRoute() {
  return current;
}

/** A check before leaving the screen (unsaved changes); returns false to stay. */
export function setLeaveGuard(check) {
  guard = check;
}

function resolve(url) {
  const path = url.pathname.startsWith(BASE) ? url.pathname.slice(BASE.length) || '/' : '/';
  for (const candidate of routes) {
    const match = candidate.regex.exec(path);
    if (match) {
      const params = {};
      candidate.names.forEach((name, i) => (params[name] = decodeURIComponent(match[i + 1])));
      return {...candidate, path, params, query: Object.fromEntries(url.searchParams)};
    }
  }
  return {tag: 'cms-not-found', load: () => import('../views/not-found.js'), path, params: {}, query: {}};
}

let shown = null;

async function activate(url) {
  shown = url.href;
  const next = resolve(url);
  await next.load();
  current = next;
  listeners.forEach((listener) => listener(current));
}

export async function navigate(path, {replace = false} = {}) {
  if (guard && !guard()) return;
  guard = null;
  const url = new URL(path.startsWith(BASE) ? path : BASE + path, location.origin);
  if (replace) history.replaceState({}, '', url);
  else history.pushState({}, '', url);
  await activate(url);
  window.scrollTo(0, 0);
}

/** Changes only the query of the current address (filters), without a new history entry. */
export function updateQuery(params) {
  const url = new URL(location.href);
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') url.searchParams.delete(key);
    else url.searchParams.set(key, value);
  }
  history.replaceState({}, '', url);
  shown = url.href;
  if (current) current.query = Object.fromEntries(url.searchParams);
}

export function startRouter() {
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.composedPath().find((node) => node instanceof HTMLAnchorElement);
    if (!link || link.target || link.hasAttribute('download') || link.origin !== location.origin) return;
    if (!link.pathname.startsWith(BASE + '/') && link.pathname !== BASE) return;
    event.preventDefault();
    navigate(link.pathname + link.search);
  });
  window.addEventListener('popstate', () => {
    // the back button asks the screen too: staying puts its address back
    if (guard && !guard()) {
      history.pushState({}, '', shown);
      return;
    }
    guard = null;
    activate(new URL(location.href));
  });
  return activate(new URL(location.href));
}
