import { describe, expect, it } from 'vitest';
import { CaseSchema } from '../../src/domain/case.ts';
import { ERASED_TEXT, eraseCase, erasureOf, retentionCutoff, withoutContacts } from '../../src/domain/erasure.ts';
import { CUSTOMER_REF, customerCase } from '../store/customer-case-fixtures.ts';

// Issue 15, retention: erasing a case takes out everything of the customer's and keeps what reports need.

const AT = new Date('2027-03-01T00:00:00Z');
const CLOSED = '2026-11-25T03:00:00.000Z';

describe('erasing a case', () => {
  it("when a closed case is erased, then the customer's words, contacts, reference, source and photos are gone and the facts stay", () => {
    const withReceipt = customerCase('C-ERASE-1', { closedAt: CLOSED });
    const receipt = {
      id: 'F0RECEIPT1',
      name: 'receipt-wang-li.jpg',
      mimetype: 'image/jpeg',
      filetype: 'jpg',
      permalink: 'https://example.slack.com/files/U0STAFF/F0RECEIPT1/receipt-wang-li.jpg',
    };
    const before = { ...withReceipt, complaint: { ...withReceipt.complaint, files: [receipt] } };
    const after = eraseCase(before, { at: AT, reason: 'retention' });

    expect(CaseSchema.parse(after)).toEqual(after);
    const stored = JSON.stringify(after);
    for (const gone of [
      '13800138000',
      '8000',
      'wang.li@example.com',
      CUSTOMER_REF.fingerprint,
      '别废话',
      '拍着柜台',
      'C0STAFF',
      'C-EARLIER',
      'F0RECEIPT1',
      'receipt-wang-li',
    ]) {
      expect(stored, gone).not.toContain(gone);
    }
    expect(after.complaint).toMatchObject({ narrative: ERASED_TEXT });
    expect(after.complaint.customer).toBeUndefined();
    expect(after.complaint.source).toBeUndefined();
    expect(after.complaint.files).toBeUndefined();
    expect(after.complaint.customerWords).toBeUndefined();
    expect(after.complaint.customerAsk).toBeUndefined();
    expect(after.complaint.behaviour).toBeUndefined();
    expect(after.repeat).toBeUndefined();
    for (const evidence of after.analysis.temperament.evidence) expect(evidence.quote).toBe(ERASED_TEXT);
    for (const flag of after.analysis.flags)
      for (const evidence of flag.evidence)
        expect(evidence.source === 'channel' || evidence.quote === ERASED_TEXT).toBe(true);
    // What reports need: category, cause, store, dates, price, outcome (without the contact), satisfaction, improvement, temperament.
    expect(after.store).toBe(before.store);
    expect(after.status).toBe('closed');
    expect(after.createdAt).toBe(before.createdAt);
    expect(after.complaint.category).toBe(before.complaint.category);
    expect(after.complaint.purchasedAt).toBe(before.complaint.purchasedAt);
    expect(after.complaint.suspectedCause).toBe(before.complaint.suspectedCause);
    expect(after.analysis.temperament.type).toBe(before.analysis.temperament.type);
    expect(after.analysis.flags.map((flag) => flag.kind)).toEqual(before.analysis.flags.map((flag) => flag.kind));
    const resolved = after.history.find((event) => event.type === 'resolved');
    expect(resolved).toMatchObject({
      outcome: `补钻,已发邮件给 ${ERASED_TEXT}`,
      satisfaction: 4,
      improvement: '进货时检查镶嵌',
    });
    expect(after.history.at(-1)).toEqual({
      type: 'erased',
      at: AT.toISOString(),
      by: 'complaint-desk',
      reason: 'retention',
    });
    expect(erasureOf(after)?.reason).toBe('retention');
  });

  it('when an open case is erased on request, then it stays open with its facts and can go on', () => {
    const before = customerCase('C-ERASE-2');
    const after = eraseCase(before, { at: AT, reason: 'request' });
    expect(after.status).toBe('open');
    expect(after.remedies).toEqual(before.remedies);
    expect(after.complaint.customer).toBeUndefined();
    expect(erasureOf(after)).toMatchObject({ reason: 'request' });
  });

  it('when a case erased already is erased again, then it is returned unchanged (one erased event)', () => {
    const once = eraseCase(customerCase('C-ERASE-3', { closedAt: CLOSED }), { at: AT, reason: 'retention' });
    expect(eraseCase(once, { at: new Date('2027-04-01T00:00:00Z'), reason: 'request' })).toBe(once);
  });

  it('when text holds contacts, then each is taken out whole and prices and dates stay', () => {
    expect(withoutContacts('call 138-0013-8000 or +44 20 7946 0958, mail a@b.cn; paid ¥1299 on 2026-11-20')).toBe(
      `call ${ERASED_TEXT} or ${ERASED_TEXT}, mail ${ERASED_TEXT}; paid ¥1299 on 2026-11-20`,
    );
    expect(withoutContacts('微信号: li_hua88, 台北 (02) 2345-6789')).toBe(
      `微信号: ${ERASED_TEXT}, 台北 ${ERASED_TEXT}`,
    );
    expect(withoutContacts('客人电话一三八一二三四五六七八,二〇二四年买的三十八元耳钉')).toBe(
      `客人电话${ERASED_TEXT},二〇二四年买的三十八元耳钉`,
    );
  });

  it('when a case closed 91 days ago is weighed against 90 days, then it is past retention; 89 days ago it is not', () => {
    const now = new Date('2027-03-01T00:00:00Z');
    const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
    const cutoff = retentionCutoff(90, now).getTime();
    expect(Date.parse(daysAgo(91))).toBeLessThan(cutoff);
    expect(Date.parse(daysAgo(89))).toBeGreaterThan(cutoff);
  });
});
