/**
 * Stable codes for the failures the product expects. Callers branch on `code`, never on message text,
 * so wording can change (and be translated) without breaking handling.
 */
export type ErrorCode =
  | 'invalid_input'
  | 'policy_invalid'
  | 'policy_unreadable'
  | 'unknown_category'
  | 'unknown_problem'
  | 'invalid_transition'
  | 'store_unavailable'
  | 'store_corrupt'
  | 'store_conflict'
  | 'not_found';

/** The root of every error the product throws on purpose; anything else is a bug. */
export class AppError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** Input a person gave us is wrong; the message says what to change, in one line. */
export class InputError extends AppError {
  constructor(message: string, code: ErrorCode = 'invalid_input') {
    super(code, message);
  }
}

/** The policy file cannot be read or does not hold a valid policy; the message names the field and line. */
export class PolicyLoadError extends AppError {
  constructor(
    message: string,
    code: 'policy_invalid' | 'policy_unreadable' = 'policy_invalid',
    options?: ErrorOptions,
  ) {
    super(code, message, options);
  }
}

/** Narrows anything caught to an AppError when it is one. */
export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** A change a case's status does not allow (resolving a closed case, deciding twice); nothing is changed. */
export class CaseTransitionError extends AppError {
  constructor(message: string) {
    super('invalid_transition', message);
  }
}

/** The codes a store failure carries; see {@link StoreError}. */
export type StoreErrorCode = 'store_unavailable' | 'store_corrupt' | 'store_conflict' | 'not_found';

/**
 * The case store failed, in one line (credentials in the store URL are masked):
 * - `store_unavailable`: STORE_URL has an unknown scheme, or the database cannot be opened or reached;
 * - `store_corrupt`: a stored record does not pass its schema (the message names the record), or a record
 *   about to be written does not;
 * - `store_conflict`: a record kept changing under a write until the bounded retries ran out;
 * - `not_found`: the record to change does not exist.
 */
export class StoreError extends AppError {
  constructor(code: StoreErrorCode, message: string, options?: ErrorOptions) {
    super(code, message, options);
  }
}
