import { describe, expect, it } from 'vitest';
import type { Period } from '../../src/domain/policy-schema.ts';
import { addPeriod, ageUnitFor, formatAge, formatPeriod } from '../../src/policy/period.ts';

// Edges of the policy's periods that the first mutation run (docs/mutation-testing.md) found untested.

const SHANGHAI = 'Asia/Shanghai';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('addPeriod, at the edges', () => {
  it('when days are added to a moment with milliseconds, then the milliseconds are kept', () => {
    expect(addPeriod(new Date('2024-02-27T10:00:00.123+08:00'), { days: 3 }, SHANGHAI).toISOString()).toBe(
      '2024-03-01T02:00:00.123Z',
    );
    expect(addPeriod(new Date('2024-01-31T12:00:00.987+08:00'), { months: 1 }, SHANGHAI).toISOString()).toBe(
      '2024-02-29T04:00:00.987Z',
    );
  });

  it('when the start is before 1970 (a negative instant), then its milliseconds still count forward', () => {
    expect(addPeriod(new Date('1969-12-31T23:59:59.250Z'), { days: 1 }, 'UTC').toISOString()).toBe(
      '1970-01-01T23:59:59.250Z',
    );
  });

  it('when a day or a month is added in every month of a year, then the calendar is the store’s, month by month', () => {
    for (let month = 0; month < 12; month += 1) {
      // 31st where the month has one, else its last day; 10:00 in Shanghai.
      const lastDay = new Date(Date.UTC(2023, month + 1, 0)).getUTCDate();
      const start = new Date(Date.UTC(2023, month, lastDay, 2));
      expect(addPeriod(start, { days: 1 }, SHANGHAI).getTime() - start.getTime()).toBe(DAY);
      const next = new Date(Date.UTC(2023, month + 1, 1));
      const nextLast = new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 0)).getUTCDate();
      const expected = new Date(
        Date.UTC(next.getUTCFullYear(), next.getUTCMonth(), Math.min(lastDay, nextLast), 2),
      ).toISOString();
      expect(addPeriod(start, { months: 1 }, SHANGHAI).toISOString()).toBe(expected);
    }
  });
});

describe('addPeriod across daylight-saving changes', () => {
  // A return or warranty period that ends at a time the clocks skip ends at the later valid time, the way a
  // store manager reads it (and Temporal's "compatible" disambiguation): never before the time it names.
  // A time the clocks show twice is its first showing.
  const NEW_YORK = 'America/New_York';
  const BERLIN = 'Europe/Berlin';
  const ends = (start: string, period: Period, timeZone: string) =>
    addPeriod(new Date(start), period, timeZone).toISOString();

  it('when a period ends in the hour New York skips in spring, then it ends an hour later on the clock (03:30 EDT)', () => {
    // 10 March 2024: 02:00 EST is followed by 03:00 EDT, so 02:30 never shows.
    expect(ends('2024-03-09T02:30:00-05:00', { days: 1 }, NEW_YORK)).toBe('2024-03-10T07:30:00.000Z');
    expect(ends('2024-02-10T02:30:00.400-05:00', { months: 1 }, NEW_YORK)).toBe('2024-03-10T07:30:00.400Z');
  });

  it('when a period ends in the hour Berlin skips in spring, then it ends an hour later on the clock (03:30 CEST)', () => {
    // 31 March 2024: 02:00 CET is followed by 03:00 CEST.
    expect(ends('2024-03-30T02:30:00+01:00', { days: 1 }, BERLIN)).toBe('2024-03-31T01:30:00.000Z');
  });

  it('when a period ends in the hour the clocks show twice in autumn, then it ends at the first showing', () => {
    // 3 November 2024 in New York: 01:30 EDT (05:30Z), then 01:30 EST (06:30Z).
    expect(ends('2024-11-02T01:30:00-04:00', { days: 1 }, NEW_YORK)).toBe('2024-11-03T05:30:00.000Z');
    expect(ends('2024-10-03T01:30:00-04:00', { months: 1 }, NEW_YORK)).toBe('2024-11-03T05:30:00.000Z');
    // 27 October 2024 in Berlin: 02:30 CEST (00:30Z), then 02:30 CET (01:30Z).
    expect(ends('2024-10-26T02:30:00+02:00', { days: 1 }, BERLIN)).toBe('2024-10-27T00:30:00.000Z');
  });

  it('when a day is added across either change, then the wall-clock time is kept (a day of 23 or 25 hours)', () => {
    expect(ends('2024-03-09T12:00:00-05:00', { days: 1 }, NEW_YORK)).toBe('2024-03-10T16:00:00.000Z');
    expect(ends('2024-11-02T12:00:00-04:00', { days: 1 }, NEW_YORK)).toBe('2024-11-03T17:00:00.000Z');
    expect(ends('2024-10-26T12:00:00+02:00', { days: 1 }, BERLIN)).toBe('2024-10-27T11:00:00.000Z');
  });
});

describe('periods and ages in words, at the edges', () => {
  it('when a period is one day, then English says "day", not "days"', () => {
    expect(formatPeriod({ days: 1 })).toEqual({ zh: '1天', en: '1 day' });
    expect(formatPeriod({ days: 2 })).toEqual({ zh: '2天', en: '2 days' });
  });

  it('when an hour-window age is exactly three days, then it reads in days', () => {
    expect(formatAge(3 * DAY, 'hours')).toEqual({ zh: '3天', en: '3 days' });
    expect(formatAge(3 * DAY - 60_000, 'hours')).toEqual({ zh: '71小时59分钟', en: '71 h 59 min' });
  });

  it('when a period is in days or months, then ages are compared in days; in hours, in hours', () => {
    expect(ageUnitFor({ hours: 48 })).toBe('hours');
    expect(ageUnitFor({ days: 7 })).toBe('days');
    expect(ageUnitFor({ months: 1 })).toBe('days');
  });
});
