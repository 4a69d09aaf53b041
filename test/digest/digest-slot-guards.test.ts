import { describe, expect, it } from 'vitest';
import { checkSchedule, DIGEST_CRON_OFF, latestSlot, nextSlot, slotAt } from '../../src/digest/digest-slot.ts';

/** Sharp tests for the guards of digest-slot.ts (issue 17): which slot a run is for, and what is refused. */
const zone = 'Asia/Shanghai';

describe('the slot a run is for', () => {
  it('when a schedule is set, then the slot is its latest moment in the time zone, not the current minute', () => {
    expect(slotAt('30 8 * * *', zone, new Date('2026-12-02T03:04:59Z'))?.toISOString()).toBe(
      '2026-12-02T00:30:00.000Z',
    );
  });

  it('when the schedule is off and the run starts on the minute, then that minute is the slot', () => {
    expect(DIGEST_CRON_OFF).toBe('off');
    expect(slotAt('off', zone, new Date('2026-12-02T03:04:00Z'))?.toISOString()).toBe('2026-12-02T03:04:00.000Z');
    expect(slotAt('off', zone, new Date('2026-12-02T03:03:59.999Z'))?.toISOString()).toBe('2026-12-02T03:03:00.000Z');
  });

  it('when a pattern names a moment still to come, then there is no slot yet; once it has passed, it is the slot', () => {
    const now = new Date('2026-12-02T00:30:00Z');
    expect(latestSlot('2030-01-01T00:00:00', zone, now)).toBeUndefined();
    expect(latestSlot('2026-01-01T08:00:00', zone, now)?.toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });
});

// The slot `npm run digest -- --dry-run` names when the current one is done. With DIGEST_CRON=off it was
// reached only through the CLI process, which mutation testing cannot see, so it is called here in-process.
describe('the next slot', () => {
  it('when the schedule is off, then the next slot is the start of the next minute, even on the minute', () => {
    expect(nextSlot(DIGEST_CRON_OFF, zone, new Date('2026-12-02T03:04:00Z'))?.toISOString()).toBe(
      '2026-12-02T03:05:00.000Z',
    );
    expect(nextSlot(DIGEST_CRON_OFF, zone, new Date('2026-12-02T03:04:59.999Z'))?.toISOString()).toBe(
      '2026-12-02T03:05:00.000Z',
    );
  });

  it('when a schedule is set, then the next slot is its next moment in the time zone, not the next minute', () => {
    // 08:30 in Shanghai is 00:30 UTC; in UTC the same pattern would give 08:30 UTC.
    expect(nextSlot('30 8 * * *', zone, new Date('2026-12-02T03:04:00Z'))?.toISOString()).toBe(
      '2026-12-03T00:30:00.000Z',
    );
    expect(nextSlot('30 8 * * *', zone, new Date('2026-12-01T23:59:00Z'))?.toISOString()).toBe(
      '2026-12-02T00:30:00.000Z',
    );
  });

  it('when a pattern names a moment already past, then there is no next slot', () => {
    expect(nextSlot('2026-01-01T08:00:00', zone, new Date('2026-12-02T00:30:00Z'))).toBeUndefined();
  });
});

describe('a schedule checked', () => {
  it('when the pattern and time zone are good, then nothing is said', () => {
    expect(checkSchedule('30 8 * * *', zone)).toBeUndefined();
  });

  it('when the pattern or the time zone is bad, then croner’s own words say why, without the error’s type', () => {
    expect(checkSchedule('61 8 * * *', zone)).toBe('CronPattern: Invalid value for minute: 61');
    expect(checkSchedule('every morning', 'UTC')).toMatch(
      /^CronPattern: invalid configuration format \('every morning'\)/,
    );
    expect(checkSchedule('30 8 * * *', 'Mars/Olympus')).toMatch(/^CronDate: .*Invalid timezone 'Mars\/Olympus'/);
  });
});
