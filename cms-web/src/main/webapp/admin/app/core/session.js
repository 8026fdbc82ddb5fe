// The signed-in person: token, who they are and what they may do. The token lives in this tab's
// sessionStorage only (never in localStorage, never in a URL): a reload keeps you signed in, closing
// the tab forgets it. Signing out revokes the token on the server.
import {api, configureApi} from './api.js';

const KEY = 'cms.session';
let session = load();
let me = null;
const listeners = new Set();
let reauthPrompt = null;

function load() {
  try {
    const stored = JSON.parse(sessionStorage.getItem(KEY) || 'null');
    if (stored && stored.token && new Date(stored.expiresAt) > new Date()) return stored;
  } catch (ignored) {
    // a damaged entry counts as none
  }
  sessionStorage.removeItem(KEY);
  return null;
}

function store(next) {
  session = next;
  if (next) sessionStorage.setItem(KEY, JSON.stringify(next));
  else sessionStorage.removeItem(KEY);
}

function notify() {
  listeners.forEach((listener) => listener(me));
}

configureApi(
  () => session && session.token,
  async () => {
    // the token ran out or was revoked: ask for the password again, keep the page as it is
    if (!reauthPrompt) return false;
    const ok = await reauthPrompt(me && me.username);
    return ok;
  }
);

export function onSessionChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The function that shows the sign-in dialog over the page; resolves true when signed in. */
export function setReauthPrompt(prompt) {
  reauthPrompt = prompt;
}

export function signedIn() {
  return Boolean(session);
}

export function currentUser() {
  return me;
}

export async function signIn(username, password) {
  const {data} = await api.post('auth/token', {username, password}, {anonymous: true});
  store({token: data.token, expiresAt: data.expiresAt});
  await refreshMe();
}

/** Signs in again as the same person after the token ran out (the page stays as it is). */
export async function renew(username, password) {
  const {data} = await api.post('auth/token', {username, password}, {anonymous: true});
  store({token: data.token, expiresAt: data.expiresAt});
}

export async function refreshMe() {
  const {data} = await api.get('manage/users/me');
  me = data;
  notify();
  return me;
}

export async function signOut() {
  try {
    if (session) await api.delete('auth/token');
  } catch (ignored) {
    // an expired token is signed out already
  }
  store(null);
  me = null;
  notify();
}

export function has(role) {
  return Boolean(me && me.roles.includes(role));
}

export function isAdmin() {
  return has('admin');
}

/** May the person edit content in this locale (editors anywhere, translators in their locales)? */
export function mayEditLocale(locale) {
  if (!me) return false;
  if (has('admin') || has('editor')) return true;
  return has('translator') && me.locales.includes(locale);
}

/** Locales this person works in: a translator's or publisher's grants, else every locale. */
export function myLocales(all) {
  if (!me || !me.locales || me.locales.length === 0) return all;
  return all.filter((code) => me.locales.includes(code));
}
