// The advisory editing lock of a variant, held while its editor is open: taken on opening (or
// someone else's holder and time reported), renewed before it runs out, released on leaving —
// also when the tab closes (a request that outlives the page).
import {api, request} from '../../core/api.js';

export class EditLock {
  /** onChange(state) with state {held, holder, since, expiresAt, lost} or {unavailable}. */
  constructor(itemId, locale, onChange) {
    this.path = `manage/items/${encodeURIComponent(itemId)}/variants/${encodeURIComponent(locale)}/lock`;
    this.onChange = onChange;
    this.held = false;
    this.onPageHide = () => this.release(true);
  }

  /** Takes the lock; with force, takes it over from someone else. */
  async take(force = false) {
    try {
      const {data} = await api.post(`${this.path}${force ? '?force=true' : ''}`);
      this.held = true;
      this.schedule(data.expiresAt);
      window.addEventListener('pagehide', this.onPageHide);
      this.onChange({held: true, ...data});
    } catch (error) {
      this.held = false;
      if (error.status === 409 && error.problem.holder) {
        this.onChange({held: false, holder: error.problem.holder, since: error.problem.since, expiresAt: error.problem.expiresAt});
      } else {
        this.onChange({held: false, unavailable: true, status: error.status});
      }
    }
  }

  schedule(expiresAt) {
    clearTimeout(this.timer);
    const left = new Date(expiresAt).getTime() - Date.now();
    const wait = Math.min(Math.max(left / 2, 20000), 5 * 60000);
    this.timer = setTimeout(() => this.renew(), wait);
  }

  async renew() {
    if (!this.held) return;
    try {
      const {data} = await api.post(this.path);
      this.schedule(data.expiresAt);
    } catch (error) {
      if (error.status === 409 && error.problem.holder) {
        // someone took it over
        this.held = false;
        this.onChange({held: false, lost: true, holder: error.problem.holder, since: error.problem.since});
      } else {
        this.timer = setTimeout(() => this.renew(), 30000);
      }
    }
  }

  /** Releases the lock if this page holds it; `leaving`: the page is going away. */
  async release(leaving = false) {
    clearTimeout(this.timer);
    window.removeEventListener('pagehide', this.onPageHide);
    if (!this.held) return;
    this.held = false;
    try {
      await request('DELETE', this.path, {keepalive: leaving});
    } catch (ignored) {
      // it runs out by itself
    }
  }
}

/** The `X-Edit-Lock` header of a save: "held-by=kari; since=…; expires=…" → {holder, since}. */
export function parseLockHeader(value) {
  if (!value) return null;
  const parts = Object.fromEntries(value.split(';').map((part) => part.trim().split('=')).filter((p) => p.length === 2));
  return parts['held-by'] ? {holder: parts['held-by'], since: parts.since, expiresAt: parts.expires} : null;
}
