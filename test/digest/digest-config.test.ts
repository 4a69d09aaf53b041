import { describe, expect, it } from 'vitest';
import { loadConfig, loadDigestCliConfig } from '../../src/config.ts';
import { latestSlot, slotAt } from '../../src/digest/digest-slot.ts';
import { InputError } from '../../src/errors.ts';

const base = {
  SLACK_BOT_TOKEN: 'xoxb-test',
  SLACK_SIGNING_SECRET: 'secret-0123456789',
  REVIEW_CHANNEL: 'C0REVIEW',
};

describe('the digest settings', () => {
  it('when none are set, then the digest goes to the review channel at 08:30 in the policy’s time zone', () => {
    const config = loadConfig(base);
    expect(config.digestChannel).toBeUndefined();
    expect(config.digestCron).toBe('30 8 * * *');
    expect(config.digestTimeZone).toBeUndefined();
  });

  it('when they are set, then they are read, blanks counting as unset', () => {
    const config = loadConfig({ ...base, DIGEST_CHANNEL: 'C0DIGEST', DIGEST_CRON: '0 9 * * 1-5', TZ: 'Europe/London' });
    expect([config.digestChannel, config.digestCron, config.digestTimeZone]).toEqual([
      'C0DIGEST',
      '0 9 * * 1-5',
      'Europe/London',
    ]);
    expect(loadConfig({ ...base, DIGEST_CHANNEL: ' ', TZ: '' }).digestChannel).toBeUndefined();
    expect(loadConfig({ ...base, DIGEST_CRON: 'off' }).digestCron).toBe('off');
  });

  it('when TZ is UTC, GMT or an Etc/ zone, then it is taken: those names mean one zone to everybody', () => {
    for (const zone of ['UTC', 'GMT', 'Etc/UTC', 'Etc/GMT-8', 'Asia/Hong_Kong']) {
      expect(loadConfig({ ...base, TZ: zone }).digestTimeZone).toBe(zone);
    }
  });

  it.each([
    [{ DIGEST_CHANNEL: '#morning' }, 'DIGEST_CHANNEL must be a channel ID such as C0123ABCD (not a #name)'],
    [{ DIGEST_CRON: 'every morning' }, 'DIGEST_CRON is not a cron pattern such as "30 8 * * *"'],
    [{ TZ: 'Beijing' }, 'TZ must be an IANA time zone such as Asia/Shanghai'],
    // CST is China Standard Time to a Chinese shop and US Central to Node: the digest would come 14 hours off.
    [
      { TZ: 'CST' },
      'TZ must be an IANA time zone such as Asia/Shanghai, not a short name that Node reads as America/Chicago',
    ],
    [{ TZ: 'PRC' }, 'not a short name that Node reads as Asia/Shanghai'],
    [{ TZ: 'EST5EDT' }, 'not a short name that Node reads as America/New_York'],
  ])('when %o, then it stops with one line naming the variable', (override, message) => {
    expect(() => loadConfig({ ...base, ...override })).toThrow(InputError);
    expect(() => loadConfig({ ...base, ...override })).toThrow(message);
  });

  it('when the dry run reads its settings, then it needs no Slack tokens', () => {
    expect(loadDigestCliConfig({ STORE_URL: 'sqlite://./x.sqlite' })).toMatchObject({
      storeUrl: 'sqlite://./x.sqlite',
      digestCron: '30 8 * * *',
    });
  });

  it('when the dry run reads a .env still holding the example channels, then it does not mind: it posts nothing', () => {
    const fromExample = {
      STORE_URL: 'sqlite://./x.sqlite',
      REVIEW_CHANNEL: 'C0123456789',
      DIGEST_CHANNEL: 'C0123456789',
    };
    expect(loadDigestCliConfig(fromExample)).toMatchObject({ storeUrl: 'sqlite://./x.sqlite' });
    expect(() => loadConfig({ ...base, DIGEST_CHANNEL: 'C0123456789' })).toThrow('DIGEST_CHANNEL');
  });
});

describe('the slot a digest is for', () => {
  const zone = 'Asia/Shanghai';
  it('when it is exactly the slot or later, then it is that slot; a moment earlier, the day before’s', () => {
    expect(latestSlot('30 8 * * *', zone, new Date('2026-12-02T00:30:00Z'))?.toISOString()).toBe(
      '2026-12-02T00:30:00.000Z',
    );
    expect(latestSlot('30 8 * * *', zone, new Date('2026-12-02T15:59:00Z'))?.toISOString()).toBe(
      '2026-12-02T00:30:00.000Z',
    );
    expect(latestSlot('30 8 * * *', zone, new Date('2026-12-02T00:29:59.999Z'))?.toISOString()).toBe(
      '2026-12-01T00:30:00.000Z',
    );
  });

  it('when the schedule is off, then each minute is its own slot', () => {
    expect(slotAt('off', zone, new Date('2026-12-02T03:04:59.500Z'))?.toISOString()).toBe('2026-12-02T03:04:00.000Z');
  });
});
