import { z } from 'zod';
import { fingerprintCustomerId, lastFourOf, normaliseCustomerId } from '../shared/customer-id.ts';

/**
 * Who the customer is, as the case keeps it (issue 15): never the phone or member number itself, only its
 * keyed fingerprint (HMAC-SHA256 with CUSTOMER_KEY), which finds the customer's other cases, and its last
 * four characters, which staff recognise them by.
 */
export const CustomerRefSchema = z
  .object({
    fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
    last4: z.string().regex(/^[0-9A-Z-]{1,4}$/),
  })
  .strict();
export type CustomerRef = z.infer<typeof CustomerRefSchema>;

/** The reference for a phone or member number as staff typed it; undefined when it is neither. */
export function customerRefOf(raw: string, key: string): CustomerRef | undefined {
  const id = normaliseCustomerId(raw);
  return id ? { fingerprint: fingerprintCustomerId(id, key), last4: lastFourOf(id) } : undefined;
}
