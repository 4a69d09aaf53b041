import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { type BusinessHours, PolicySchema } from '../../src/domain/policy-schema.ts';
import { approvalGrounds } from '../../src/policy/approval-grounds.ts';
import { isReminderDue, isWithinBusinessHours } from '../../src/policy/business-hours.ts';
import { englishCase, makeCase, policy } from '../blocks/block-fixtures.ts';

const TZ = 'Asia/Shanghai';
const RETAIL: BusinessHours = policy.businessHours;
const local = (iso: string) => new Date(`${iso}+08:00`);

describe('business hours', () => {
  it('when the policy file gives none, then a retail store is open 09:00–21:00 every day', () => {
    expect(RETAIL).toEqual({ open: '09:00', close: '21:00', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] });
  });

  it.each([
    ['2026-11-23T08:59', false],
    ['2026-11-23T09:00', true],
    ['2026-11-23T20:59', true],
    ['2026-11-23T21:00', false],
    ['2026-11-29T12:00', true], // a Sunday
  ])('when it is %s in the store, then open is %s', (at, open) => {
    expect(isWithinBusinessHours(local(at), RETAIL, TZ)).toBe(open);
  });

  it('when the store closes on Sundays, then a Sunday noon is outside business hours', () => {
    const weekdays: BusinessHours = { open: '10:00', close: '18:00', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] };
    expect(isWithinBusinessHours(local('2026-11-29T12:00'), weekdays, TZ)).toBe(false);
    expect(isWithinBusinessHours(local('2026-11-28T12:00'), weekdays, TZ)).toBe(true);
  });

  it('when business hours are malformed in the policy, then the policy is refused', () => {
    const { businessHours: _, ...rest } = policy;
    expect(PolicySchema.safeParse({ ...rest, businessHours: { open: '21:00', close: '09:00' } }).success).toBe(false);
    expect(PolicySchema.safeParse({ ...rest, businessHours: { open: '9am', close: '21:00' } }).success).toBe(false);
    expect(
      PolicySchema.parse({ ...rest, businessHours: { open: '08:30', close: '22:00' } }).businessHours.days,
    ).toHaveLength(7);
  });
});

describe('when a reminder is due', () => {
  const timing = (requestedAt: string, now: string) => ({
    requestedAt: local(requestedAt).toISOString(),
    now: local(now),
    afterHours: 4,
    hours: RETAIL,
    timeZone: TZ,
  });

  it('when a request has waited less than the threshold, then it is not due', () => {
    expect(isReminderDue(timing('2026-11-23T10:00', '2026-11-23T13:59'))).toBe(false);
  });

  it('when it has waited the threshold in business hours, then it is due', () => {
    expect(isReminderDue(timing('2026-11-23T10:00', '2026-11-23T14:00'))).toBe(true);
  });

  it('when the threshold passes at night, then it is due only from the next opening', () => {
    expect(isReminderDue(timing('2026-11-23T19:00', '2026-11-23T23:30'))).toBe(false);
    expect(isReminderDue(timing('2026-11-23T19:00', '2026-11-24T08:59'))).toBe(false);
    expect(isReminderDue(timing('2026-11-23T19:00', '2026-11-24T09:00'))).toBe(true);
  });

  it('when APPROVAL_REMIND_HOURS is set, then it is read as hours (default 4), and nonsense is refused', () => {
    const base = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'secret-123456', REVIEW_CHANNEL: 'C0123ABCD' };
    expect(loadConfig(base).approvalRemindHours).toBe(4);
    expect(loadConfig({ ...base, APPROVAL_REMIND_HOURS: '1.5' }).approvalRemindHours).toBe(1.5);
    expect(() => loadConfig({ ...base, APPROVAL_REMIND_HOURS: '0' })).toThrow(/^APPROVAL_REMIND_HOURS /);
    expect(() => loadConfig({ ...base, APPROVAL_REMIND_HOURS: 'soon' })).toThrow(/^APPROVAL_REMIND_HOURS /);
  });
});

describe('the rule a request goes beyond', () => {
  it('when money above the staff limit is asked, then it cites the authority rule and the limit', () => {
    const grounds = approvalGrounds(policy, englishCase.remedies, 'compensation', 200);
    expect(grounds.rule.id).toBe('A1');
    expect(grounds.why.en).toContain('200 yuan');
    expect(grounds.why.en).toContain('50 yuan');
    expect(grounds.why.zh).toContain('200元');
  });

  it('when a refund is asked, then it cites the authority rule as manager-only', () => {
    const grounds = approvalGrounds(policy, englishCase.remedies, 'refund', undefined);
    expect(grounds.rule.id).toBe('A1');
    expect(grounds.why.en).toBe("Every refund needs a manager's approval.");
  });

  it('when a remedy the policy refused is asked, then it cites the rule that refused it and why', async () => {
    const specialPrice = await makeCase({
      narrative: 'Necklace lost two stones',
      category: 'jewellery',
      price: 129,
      purchasedAt: '2026-11-20T15:00:00+08:00',
      hasReceipt: true,
      specialPrice: true,
    });
    const refund = specialPrice.remedies.find((remedy) => remedy.id === 'refund');
    const grounds = approvalGrounds(policy, specialPrice.remedies, 'refund', undefined);
    expect(grounds.rule.id).toBe('R5');
    expect(grounds.why.en).toBe(`Outside the policy: ${refund?.reason.en}`);
  });
});
