import type { Period } from '../domain/policy-schema.ts';
import type { Localized } from '../shared/language.ts';

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;
const DAY_MS = 24 * HOUR_MS;

interface WallClock {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

// Building an Intl formatter is slow; one per time zone is enough and holds no per-call state.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * The last clocks read, by zone and instant: reading one through Intl costs microseconds, and judging a
 * complaint reads the same few instants again and again (its purchase time for every remedy's window).
 */
const clocks = new Map<string, Map<number, Readonly<WallClock>>>();
const CLOCKS_LIMIT = 256;

function wallClock(instant: number, timeZone: string): Readonly<WallClock> {
  let zone = clocks.get(timeZone);
  if (!zone) {
    zone = new Map();
    clocks.set(timeZone, zone);
  }
  const known = zone.get(instant);
  if (known) return known;
  const clock = readWallClock(instant, timeZone);
  if (zone.size >= CLOCKS_LIMIT) zone.delete(zone.keys().next().value ?? instant);
  zone.set(instant, clock);
  return clock;
}

function readWallClock(instant: number, timeZone: string): Readonly<WallClock> {
  const date = new Date(instant);
  const parts = formatterFor(timeZone).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((candidate) => candidate.type === type)?.value ?? 0);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
    // 0–999 also before 1970, where the instant is negative.
    millisecond: date.getUTCMilliseconds(),
  };
}

function wallClockAsUtc(clock: WallClock): number {
  return Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second, clock.millisecond);
}

/** How far the zone's clocks are ahead of UTC at `instant`, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  return wallClockAsUtc(wallClock(instant, timeZone)) - instant;
}

/**
 * The instant at which the zone's clocks show `clock`, read as Temporal's "compatible" disambiguation
 * does. A time the clocks skip (spring forward) is read with the offset from before the jump, so it lands
 * as far after the jump as it was into the gap: 02:30 on 10 March 2024 in New York is 03:30 EDT, and a
 * period never ends before the time it names. A time the clocks show twice (fall back) is its first showing.
 */
function instantOf(clock: WallClock, timeZone: string): number {
  const local = wallClockAsUtc(clock);
  // A zone changes its offset at most once within a day (Temporal assumes the same), so the offsets a day
  // before and a day after are the only ones the clock can be read with.
  const before = offsetAt(local - DAY_MS, timeZone);
  const after = offsetAt(local + DAY_MS, timeZone);
  const shown = [local - before, local - after].filter((instant) => offsetAt(instant, timeZone) === local - instant);
  return shown.length > 0 ? Math.min(...shown) : local - before;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The instant a period after `start` ends. Hours are exact; days and months follow the store's
 * calendar in `timeZone`, so a month bought on 31 January ends on the last day of February.
 */
export function addPeriod(start: Date, period: Period, timeZone: string): Date {
  const base = start.getTime();
  if (period.hours !== undefined) return new Date(base + period.hours * HOUR_MS);
  const clock = wallClock(base, timeZone);
  if (period.days !== undefined) {
    const shifted = new Date(Date.UTC(clock.year, clock.month - 1, clock.day + period.days));
    const target = {
      ...clock,
      year: shifted.getUTCFullYear(),
      month: shifted.getUTCMonth() + 1,
      day: shifted.getUTCDate(),
    };
    return new Date(instantOf(target, timeZone));
  }
  const months = period.months ?? 0;
  const monthIndex = clock.month - 1 + months;
  const year = clock.year + Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const day = Math.min(clock.day, daysInMonth(year, month));
  return new Date(instantOf({ ...clock, year, month, day }, timeZone));
}

/**
 * The instant the store's clocks show `time` (`HH:MM`; `24:00` is the next midnight) on a calendar day
 * `date` (`YYYY-MM-DD`) in `timeZone`, read as {@link addPeriod} reads wall-clock times.
 */
export function instantAtLocalTime(date: string, time: string, timeZone: string): Date {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  const utc = new Date(Date.UTC(year, month - 1, day, hour, minute));
  const clock = {
    year: utc.getUTCFullYear(),
    month: utc.getUTCMonth() + 1,
    day: utc.getUTCDate(),
    hour: utc.getUTCHours(),
    minute: utc.getUTCMinutes(),
    second: 0,
    millisecond: 0,
  };
  return new Date(instantOf(clock, timeZone));
}

/** A period in words, e.g. "48 h" / "48小时", "1 month" / "1个月". */
export function formatPeriod(period: Period): Localized {
  if (period.hours !== undefined) return { zh: `${period.hours}小时`, en: `${period.hours} h` };
  if (period.days !== undefined) {
    return { zh: `${period.days}天`, en: `${period.days} ${period.days === 1 ? 'day' : 'days'}` };
  }
  const months = period.months ?? 0;
  return { zh: `${months}个月`, en: `${months} ${months === 1 ? 'month' : 'months'}` };
}

type AgeUnit = 'day' | 'hour' | 'minute';

const AGE_UNITS: Record<AgeUnit, { ms: number; zh: string; en: (count: number) => string }> = {
  day: { ms: DAY_MS, zh: '天', en: (count) => (count === 1 ? 'day' : 'days') },
  hour: { ms: HOUR_MS, zh: '小时', en: () => 'h' },
  minute: { ms: MINUTE_MS, zh: '分钟', en: () => 'min' },
};

/**
 * How long ago something was bought, in the unit the period that judges it uses: hours and minutes
 * for an hour window (so 48 h 1 min reads as past 48 h), days and hours otherwise or once it is long past.
 */
export function formatAge(ageMs: number, preferred: 'hours' | 'days'): Localized {
  const age = Math.max(0, ageMs);
  // Past three days, hours stop helping: "bought 163 days ago" beats "bought 3912 h ago".
  const inHours = preferred === 'hours' && age < 3 * DAY_MS;
  const big = AGE_UNITS[inHours ? 'hour' : 'day'];
  const small = AGE_UNITS[inHours ? 'minute' : 'hour'];
  const bigCount = Math.floor(age / big.ms);
  const smallCount = Math.floor((age % big.ms) / small.ms);
  const bigShown = bigCount > 0 || smallCount === 0;
  const bigPart = { zh: `${bigCount}${big.zh}`, en: `${bigCount} ${big.en(bigCount)}` };
  if (smallCount === 0) return bigPart;
  const smallPart = { zh: `${smallCount}${small.zh}`, en: `${smallCount} ${small.en(smallCount)}` };
  return bigShown ? { zh: bigPart.zh + smallPart.zh, en: `${bigPart.en} ${smallPart.en}` } : smallPart;
}

/** The unit an age is best shown in when it is compared with `period`. */
export function ageUnitFor(period: Period): 'hours' | 'days' {
  return period.hours !== undefined ? 'hours' : 'days';
}
