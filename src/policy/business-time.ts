import type { BusinessDuration, BusinessHours } from '../domain/policy-schema.ts';
import { WEEKDAYS } from '../domain/policy-schema.ts';
import { addDays, localDateOf } from '../shared/local-date.ts';
import { instantAtLocalTime } from './period.ts';

const MINUTE_MS = 60_000;
/** Ten years of calendar days: far beyond any target, and a bound should a policy ever leave no day open. */
const MAX_DAYS = 3660;

/** What decides business time: the store's hours and its time zone. */
export interface BusinessCalendar {
  hours: BusinessHours;
  timeZone: string;
}

/** The minutes the store is open on an opening day. */
export function openMinutesPerDay(hours: BusinessHours): number {
  const minutes = (time: string) => {
    const [hour = 0, minute = 0] = time.split(':').map(Number);
    return hour * 60 + minute;
  };
  return minutes(hours.close) - minutes(hours.open);
}

/** A business duration in minutes of opening time; a day is one day's opening hours. */
export function durationMinutes(duration: BusinessDuration, hours: BusinessHours): number {
  if (duration.unit === 'm') return duration.amount;
  if (duration.unit === 'h') return duration.amount * 60;
  return duration.amount * openMinutesPerDay(hours);
}

/**
 * Openings already worked out, by hours (the policy's object), zone and day: a sweep or a digest reads the
 * clocks of thousands of cases over the same few weeks, and each day costs several time-zone lookups. Looked
 * up without building a key, since a digest asks some 20 times per case and every string it made was garbage
 * that hastened V8's young generation's growth. Bounded per zone; cleared when full.
 */
const openings = new WeakMap<BusinessHours, Map<string, Map<string, { open: number; close: number } | null>>>();
const OPENINGS_LIMIT = 4096;

/** The store's opening on a calendar day, as instants; undefined on a day it does not open. */
function openingOn(date: string, calendar: BusinessCalendar): { open: number; close: number } | undefined {
  const { hours, timeZone } = calendar;
  let byZone = openings.get(hours);
  if (!byZone) {
    byZone = new Map();
    openings.set(hours, byZone);
  }
  let byDay = byZone.get(timeZone);
  if (!byDay) {
    byDay = new Map();
    byZone.set(timeZone, byDay);
  }
  const known = byDay.get(date);
  if (known !== undefined) return known ?? undefined;
  const opening = readOpening(date, calendar);
  if (byDay.size >= OPENINGS_LIMIT) byDay.clear();
  byDay.set(date, opening ?? null);
  return opening;
}

/** The calendar day after `date`, remembered (bounded) for the same reason as the openings. */
const nextDays = new Map<string, string>();

function nextDay(date: string): string {
  const known = nextDays.get(date);
  if (known !== undefined) return known;
  const next = addDays(date, 1);
  if (nextDays.size >= OPENINGS_LIMIT) nextDays.clear();
  nextDays.set(date, next);
  return next;
}

/** Which weekdays (0 is Monday, as WEEKDAYS) the hours open, per hours object. */
const openWeekdays = new WeakMap<BusinessHours, { open: boolean[]; perWeek: number }>();

function weekdaysOpen(hours: BusinessHours): { open: boolean[]; perWeek: number } {
  let known = openWeekdays.get(hours);
  if (!known) {
    const open = WEEKDAYS.map((day) => hours.days.includes(day));
    known = { open, perWeek: open.filter(Boolean).length };
    openWeekdays.set(hours, known);
  }
  return known;
}

function readOpening(date: string, { hours, timeZone }: BusinessCalendar): { open: number; close: number } | undefined {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  // 0 is Sunday for getUTCDay; WEEKDAYS starts on Monday.
  const weekday = WEEKDAYS[(new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7];
  if (!weekday || !hours.days.includes(weekday)) return undefined;
  return {
    open: instantAtLocalTime(date, hours.open, timeZone).getTime(),
    close: instantAtLocalTime(date, hours.close, timeZone).getTime(),
  };
}

/**
 * The moment `minutes` of opening time after `start`: the clock runs only while the store is open, so
 * four hours from 19:00 in a shop open 09:00–21:00 ends at 11:00 the next opening day. Zero minutes from
 * a closed moment is the next opening.
 */
export function addBusinessMinutes(start: Date, minutes: number, calendar: BusinessCalendar): Date {
  let left = minutes * MINUTE_MS;
  let date = localDateOf(start, calendar.timeZone);
  for (let day = 0; day < MAX_DAYS; day++, date = nextDay(date)) {
    const opening = openingOn(date, calendar);
    if (!opening) continue;
    const from = Math.max(start.getTime(), opening.open);
    if (from >= opening.close) continue;
    if (left <= opening.close - from) return new Date(from + left);
    left -= opening.close - from;
  }
  throw new RangeError(`no opening hours within ${MAX_DAYS} days of ${start.toISOString()}`);
}

/** Whole days from one calendar date to another (negative when `to` is earlier). */
function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** How many of the `count` calendar days from `date` on are opening days. */
function openingDaysFrom(date: string, count: number, hours: BusinessHours): number {
  // 0 is Monday, as WEEKDAYS.
  const first = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  const { open, perWeek } = weekdaysOpen(hours);
  let days = Math.floor(count / 7) * perWeek;
  for (let offset = 0; offset < count % 7; offset++) if (open[(first + offset) % 7]) days++;
  return days;
}

/** The opening time of one day that falls between two moments, in milliseconds. */
function openBetween(date: string, from: number, to: number, calendar: BusinessCalendar): number {
  const opening = openingOn(date, calendar);
  if (!opening) return 0;
  return Math.max(0, Math.min(to, opening.close) - Math.max(from, opening.open));
}

/**
 * The opening time between two moments, in whole minutes (rounded down); 0 when `to` is not after `from`.
 * The first and last days are read on the clock; the whole days between are counted by weekday, so a
 * clock a year overdue costs no more than one a day overdue (a day's opening is counted on the store's
 * clock, as the policy writes it).
 */
export function businessMinutesBetween(from: Date, to: Date, calendar: BusinessCalendar): number {
  if (to.getTime() <= from.getTime()) return 0;
  const first = localDateOf(from, calendar.timeZone);
  const last = localDateOf(to, calendar.timeZone);
  const span = daysFrom(first, last);
  let total = openBetween(first, from.getTime(), to.getTime(), calendar);
  if (span > 0) {
    total += openBetween(last, from.getTime(), to.getTime(), calendar);
    const whole = openingDaysFrom(nextDay(first), span - 1, calendar.hours);
    total += whole * openMinutesPerDay(calendar.hours) * MINUTE_MS;
  }
  return Math.floor(total / MINUTE_MS);
}
