import { z } from 'zod';

/**
 * A calendar date as the store's staff and customers say it ("2026-12-05"), with no time of day: a
 * repair promised "for the 5th" or a follow-up "due on the 8th" is a day in the store's time zone.
 * Dates are plain ISO strings, so they sort and compare as text.
 */
export type LocalDate = string;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is an ISO calendar date that exists (no 2026-02-30). */
export function isLocalDate(text: string): boolean {
  const match = LOCAL_DATE.exec(text);
  if (!match) return false;
  const [, year, month, day] = match.map(Number);
  const date = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 0));
  return date.getUTCFullYear() === year && date.getUTCMonth() === (month ?? 1) - 1 && date.getUTCDate() === day;
}

export const LocalDateSchema = z.string().refine(isLocalDate, 'use a date such as 2026-12-05');

const formats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of a moment in a time zone. */
export function localDateOf(at: Date, timeZone: string): LocalDate {
  let format = formats.get(timeZone);
  if (!format) {
    // en-CA formats dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formats.set(timeZone, format);
  }
  return format.format(at);
}

function parts(date: LocalDate): [number, number, number] {
  const match = LOCAL_DATE.exec(date);
  if (!match) throw new RangeError(`not a date: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function format(utc: Date): LocalDate {
  return utc.toISOString().slice(0, 10);
}

/** The date `days` calendar days after `date` (negative: before). */
export function addDays(date: LocalDate, days: number): LocalDate {
  const [year, month, day] = parts(date);
  return format(new Date(Date.UTC(year, month - 1, day + days)));
}

/** The same day `months` calendar months later, or the month's last day when it is shorter (31 Jan → 28 Feb). */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const [year, month, day] = parts(date);
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return format(new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDay))));
}
