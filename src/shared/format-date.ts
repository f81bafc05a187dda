/** Dates the way the user's UI language writes them: "23 Nov 2026", "23.11.2026", "23 нояб. 2026 г.". */
import { dateFormat } from './intl-formats';
import { uiLocale } from './ui-locale';

/** A moment (epoch ms), as the day it fell on where the user is. */
export function formatDay(epochMs: number, locale: string = uiLocale()): string {
  if (!Number.isFinite(epochMs)) return '';
  return dateFormat(locale, { dateStyle: 'medium' }).format(epochMs);
}

/** A calendar date written `YYYY-MM-DD` (the policy's dates), in words: "23 November 2026". */
export function formatCalendarDate(date: string, locale: string = uiLocale()): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const at = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2026-02-30 over into March: such a date is not one, show it as written.
  if (new Date(at).getUTCMonth() !== month - 1 || new Date(at).getUTCDate() !== day) return date;
  // UTC on both sides: the day is the same wherever the user is.
  return dateFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(at);
}
