import { describe, expect, it } from 'vitest';
import { addPeriod, formatAge, formatPeriod } from '../../src/policy/period.ts';

const SHANGHAI = 'Asia/Shanghai';
const HOUR = 3_600_000;

describe('addPeriod', () => {
  it('when adding hours, then the end is exact to the millisecond', () => {
    const start = new Date('2024-03-10T02:00:00.123Z');
    expect(addPeriod(start, { hours: 48 }, SHANGHAI).toISOString()).toBe('2024-03-12T02:00:00.123Z');
  });

  it('when adding a month to 31 January, then it ends on the last day of February (leap or not)', () => {
    expect(addPeriod(new Date('2024-01-31T12:00:00+08:00'), { months: 1 }, SHANGHAI).toISOString()).toBe(
      '2024-02-29T04:00:00.000Z',
    );
    expect(addPeriod(new Date('2023-01-31T12:00:00+08:00'), { months: 1 }, SHANGHAI).toISOString()).toBe(
      '2023-02-28T04:00:00.000Z',
    );
  });

  it('when adding three months to 30 November, then it ends on 28 February of the next year', () => {
    expect(addPeriod(new Date('2024-11-30T09:30:00+08:00'), { months: 3 }, SHANGHAI).toISOString()).toBe(
      '2025-02-28T01:30:00.000Z',
    );
  });

  it('when adding twelve months, then the year rolls over', () => {
    expect(addPeriod(new Date('2024-12-15T10:00:00+08:00'), { months: 12 }, SHANGHAI).toISOString()).toBe(
      '2025-12-15T02:00:00.000Z',
    );
  });

  it('when the UTC date differs from the store date, then months follow the store calendar', () => {
    // 31 Jan 01:00 in Shanghai is 30 Jan in UTC; a UTC calendar would end on 29 Feb 17:00Z (1 March in Shanghai).
    expect(addPeriod(new Date('2024-01-30T17:00:00Z'), { months: 1 }, SHANGHAI).toISOString()).toBe(
      '2024-02-28T17:00:00.000Z',
    );
  });

  it('when adding days across a month end, then the calendar date advances', () => {
    expect(addPeriod(new Date('2024-02-27T10:00:00+08:00'), { days: 3 }, SHANGHAI).toISOString()).toBe(
      '2024-03-01T02:00:00.000Z',
    );
  });

  it('when adding a day across a daylight-saving change, then the wall-clock time is kept', () => {
    // New York springs forward on 10 March 2024: the day is 23 hours long.
    const end = addPeriod(new Date('2024-03-09T12:00:00-05:00'), { days: 1 }, 'America/New_York');
    expect(end.toISOString()).toBe('2024-03-10T16:00:00.000Z');
    expect(end.getTime() - Date.parse('2024-03-09T12:00:00-05:00')).toBe(23 * HOUR);
  });
});

describe('formatPeriod and formatAge', () => {
  it('when a period is shown, then it reads in both languages with plurals', () => {
    expect(formatPeriod({ hours: 48 })).toEqual({ zh: '48小时', en: '48 h' });
    expect(formatPeriod({ months: 1 })).toEqual({ zh: '1个月', en: '1 month' });
    expect(formatPeriod({ months: 3 })).toEqual({ zh: '3个月', en: '3 months' });
    expect(formatPeriod({ days: 7 })).toEqual({ zh: '7天', en: '7 days' });
  });

  it('when an age is judged in hours, then minutes show only when they matter', () => {
    expect(formatAge(48 * HOUR + 60_000, 'hours')).toEqual({ zh: '48小时1分钟', en: '48 h 1 min' });
    expect(formatAge(49 * HOUR, 'hours')).toEqual({ zh: '49小时', en: '49 h' });
    expect(formatAge(20 * 60_000, 'hours')).toEqual({ zh: '20分钟', en: '20 min' });
  });

  it('when an age is long past an hour window or judged in days, then it reads in days and hours', () => {
    expect(formatAge(163 * 24 * HOUR, 'hours')).toEqual({ zh: '163天', en: '163 days' });
    expect(formatAge(24 * HOUR + 3 * HOUR, 'days')).toEqual({ zh: '1天3小时', en: '1 day 3 h' });
    expect(formatAge(-5, 'days')).toEqual({ zh: '0天', en: '0 days' });
  });
});
