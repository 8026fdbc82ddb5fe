// Dates and times as editors read them: always in Europe/Oslo, in the UI language's conventions.
import {uiLanguage} from './i18n.js';

export const ZONE = 'Europe/Oslo';

function locale() {
  return uiLanguage() === 'en' ? 'en-GB' : 'nb-NO';
}

export function dateTime(iso) {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale(), {dateStyle: 'medium', timeStyle: 'short', timeZone: ZONE}).format(new Date(iso));
}

export function date(iso) {
  if (!iso) return '';
  const value = iso.length === 10 ? new Date(iso + 'T12:00:00Z') : new Date(iso);
  return new Intl.DateTimeFormat(locale(), {dateStyle: 'medium', timeZone: ZONE}).format(value);
}

/** "3 minutes ago", "yesterday" … in the UI language. */
export function relative(iso) {
  if (!iso) return '';
  const seconds = (new Date(iso).getTime() - Date.now()) / 1000;
  const rtf = new Intl.RelativeTimeFormat(locale(), {numeric: 'auto'});
  const steps = [[60, 'second'], [3600, 'minute'], [86400, 'hour'], [604800, 'day'], [2629800, 'week'], [31557600, 'month'], [Infinity, 'year']];
  const sizes = {second: 1, minute: 60, hour: 3600, day: 86400, week: 604800, month: 2629800, year: 31557600};
  for (const [limit, unit] of steps) {
    if (Math.abs(seconds) < limit) return rtf.format(Math.round(seconds / sizes[unit]), unit);
  }
  return dateTime(iso);
}

/**
 * The wall-clock time in Oslo of an instant, as the value of an <input type="datetime-local">
 * ("2026-12-01T09:00").
 */
export function toOsloInput(iso) {
  if (!iso) return '';
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
    }).formatToParts(new Date(iso)).map((p) => [p.type, p.value])
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The instant (ISO 8601 with offset) of a wall-clock time in Oslo from a datetime-local input. */
export function fromOsloInput(value) {
  if (!value) return null;
  const [day, time] = value.split('T');
  const [y, m, d] = day.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  // guess with UTC, then correct by Oslo's offset at that instant (twice, around DST changes)
  let utc = Date.UTC(y, m - 1, d, hh, mm);
  for (let i = 0; i < 2; i++) {
    const offset = osloOffsetMinutes(new Date(utc));
    utc = Date.UTC(y, m - 1, d, hh, mm) - offset * 60000;
  }
  const offset = osloOffsetMinutes(new Date(utc));
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  const pad = (n) => String(n).padStart(2, '0');
  return `${day}T${pad(hh)}:${pad(mm)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function osloOffsetMinutes(instant) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {timeZone: ZONE, timeZoneName: 'longOffset'})
      .formatToParts(instant).map((p) => [p.type, p.value])
  );
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(parts.timeZoneName || '');
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] || 0);
  return match[1] === '-' ? -minutes : minutes;
}

export function bytes(size) {
  if (size == null) return '';
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = size;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${new Intl.NumberFormat(locale(), {maximumFractionDigits: unit ? 1 : 0}).format(value)} ${units[unit]}`;
}
