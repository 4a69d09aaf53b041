import { z } from 'zod';

/**
 * Which request a decision button or form is about: the case and the request's id (the index of its
 * `approval-requested` event). Carried in a button's `value` and a modal's `private_metadata` as JSON,
 * and parsed back at the boundary rather than trusted.
 */
export const ApprovalRefSchema = z
  .object({ caseId: z.string().min(1).max(64), request: z.number().int().nonnegative() })
  .strict();
export type ApprovalRef = z.infer<typeof ApprovalRefSchema>;

/** The ref as a button value or private_metadata. */
export function approvalRefValue(ref: ApprovalRef): string {
  return JSON.stringify({ caseId: ref.caseId, request: ref.request });
}

/** Reads a ref from a button value or private_metadata; undefined when it is not one. */
export function parseApprovalRef(raw: unknown): ApprovalRef | undefined {
  if (typeof raw !== 'string') return undefined;
  try {
    return ApprovalRefSchema.safeParse(JSON.parse(raw)).data;
  } catch {
    return undefined;
  }
}
