import { describe, expect, it } from 'vitest';
import { customerRefOf } from '../../src/domain/customer-ref.ts';
import { fingerprintCustomerId, lastFourOf, normaliseCustomerId } from '../../src/shared/customer-id.ts';

const KEY = 'a-test-key-of-thirty-two-letters!';

describe('customer ids, normalised before they are fingerprinted (issue 15)', () => {
  it.each([
    '13800138000',
    '138 0013 8000',
    '138-0013-8000',
    '+86 138 0013 8000',
    '+86-13800138000',
    '0086 13800138000',
    '86 138 0013 8000',
    '（138）0013.8000',
    ' １３８００１３８０００ ',
    '一三八 零零一三 八零零零',
    '幺三八-〇〇一三-八〇〇〇',
  ])('when a phone is typed as %j, then it is the same phone', (typed) => {
    expect(normaliseCustomerId(typed)).toEqual({ kind: 'phone', value: '13800138000' });
  });

  it('when a landline keeps its area code, then the leading 0 stays', () => {
    expect(normaliseCustomerId('0755-8888 6666')).toEqual({ kind: 'phone', value: '075588886666' });
  });

  it('when a member number is typed in any case with spaces around, then it is trimmed and upper-cased', () => {
    expect(normaliseCustomerId('  vip-00123a ')).toEqual({ kind: 'member', value: 'VIP-00123A' });
    expect(normaliseCustomerId('VIP-00123A')).toEqual(normaliseCustomerId('vip-00123a'));
  });

  it.each(['', '   ', '12', 'ab', 'call me maybe', '1'.repeat(16), 'x@y.com'])(
    'when %j is neither a phone nor a member number, then it is refused',
    (typed) => {
      expect(normaliseCustomerId(typed)).toBeUndefined();
    },
  );

  it('when the same customer is fingerprinted, then the key decides the fingerprint and the phone never shows in it', () => {
    const phone = { kind: 'phone' as const, value: '13800138000' };
    const one = fingerprintCustomerId(phone, KEY);
    expect(one).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprintCustomerId(phone, KEY)).toBe(one);
    expect(fingerprintCustomerId(phone, `${KEY}x`)).not.toBe(one);
    expect(fingerprintCustomerId({ kind: 'member', value: '13800138000' }, KEY)).not.toBe(one);
    expect(one).not.toContain('13800138000');
    expect(lastFourOf(phone)).toBe('8000');
  });

  it('when staff type a phone two ways, then both give one reference: the fingerprint and the last four', () => {
    const ref = customerRefOf('+86 138-0013-8000', KEY);
    expect(ref).toEqual(customerRefOf('13800138000', KEY));
    expect(ref?.last4).toBe('8000');
    expect(JSON.stringify(ref)).not.toMatch(/1380013|0013/);
    expect(customerRefOf('hello', KEY)).toBeUndefined();
  });
});
