import { describe, expect, it } from 'vitest';
import { addPeriod, ageUnitFor, formatAge, formatPeriod } from '../../src/policy/period.js';

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
