import type { ErasureSubject } from '../../src/complaints/erase-customer-data.ts';
import type { Case } from '../../src/domain/case.ts';
import { applyCaseEvent } from '../../src/domain/case-transitions.ts';
import { type CustomerRef, customerRefOf } from '../../src/domain/customer-ref.ts';
import { type NormalisedCustomerId, normaliseCustomerId } from '../../src/shared/customer-id.ts';
import { makeCase } from './case-fixtures.ts';

/** The CUSTOMER_KEY the erasure tests fingerprint with (random-looking, 64 characters). */
export const ERASURE_KEY = '3f9c2a7b81d04e6fa5c3b9e2d7f1046a8b2c5e9d3f7a1b4c6e8d0f2a4b6c8e0d';
/** The customer whose data is erased, as staff typed the phone, and their reference. */
export const CUSTOMER_PHONE = '138 0013 8000';
export const CUSTOMER_REF = customerRefOf(CUSTOMER_PHONE, ERASURE_KEY) as CustomerRef;
/** Who an erasure request for that customer is for: their reference's fingerprint and their number. */
export const CUSTOMER_SUBJECT: ErasureSubject = {
  fingerprint: CUSTOMER_REF.fingerprint,
  id: normaliseCustomerId(CUSTOMER_PHONE) as NormalisedCustomerId,
};

/** Everything of the customer's a case can hold: their words with a phone, an e-mail in the ask, the source message. */
export const CUSTOMER_WORDS = '别废话,马上给我换!打我电话 13800138000';

/**
 * A case filed for the customer with `ref` (CUSTOMER_REF by default, null for none staff gave), with `words` as theirs, behaviour, ask,
 * source message and an earlier-complaints count; `closedAt` resolves and closes it then (the outcome
 * naming their e-mail).
 */
export function customerCase(
  id: string,
  {
    ref = CUSTOMER_REF,
    closedAt,
    minute = 0,
    words = CUSTOMER_WORDS,
  }: { ref?: CustomerRef | null; closedAt?: string; minute?: number; words?: string } = {},
): Case {
  const base = makeCase({ id, minute });
  const filed: Case = {
    ...base,
    complaint: {
      ...base.complaint,
      customerWords: words,
      behaviour: '拍着柜台大声说话',
      customerAsk: '换新的,回复到 wang.li@example.com',
      source: {
        channel: 'C0STAFF',
        ts: '1732150000.000100',
        link: 'https://example.slack.com/archives/C0STAFF/p1732150000000100',
      },
      ...(ref ? { customer: ref } : {}),
    },
    repeat: {
      withinDays: 90,
      count: 2,
      granted: 0,
      earlier: [{ id: 'C-EARLIER', createdAt: base.createdAt, granted: 0 }],
      at: base.createdAt,
    },
  };
  if (!closedAt) return filed;
  const resolved = applyCaseEvent(filed, {
    type: 'resolved',
    at: closedAt,
    by: 'U_STAFF',
    outcome: '补钻,已发邮件给 wang.li@example.com',
    satisfaction: 4,
    improvement: '进货时检查镶嵌',
  });
  return applyCaseEvent(resolved, { type: 'closed', at: closedAt, by: 'U_STAFF' });
}
