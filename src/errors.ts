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
  | 'llm_failed'
  | 'request_settled'
  | 'request_pending'
  | 'store_unavailable'
  | 'store_corrupt'
  | 'store_conflict'
  | 'not_found'
  | 'slack_refused'
  | 'slack_unreachable'
  | 'port_in_use';

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

/**
 * A complaint whose purchase comes after the complaint itself. It carries both moments rather than wording
 * them: the command line shows them as the user typed them, in the policy's time zone, never as a UTC
 * instant nobody entered.
 */
export class PurchaseAfterComplaintError extends InputError {
  readonly purchasedAt: Date;
  readonly complaintAt: Date;

  constructor(purchasedAt: Date, complaintAt: Date) {
    super('the purchase time is after the time of the complaint');
    this.purchasedAt = purchasedAt;
    this.complaintAt = complaintAt;
  }
}

/**
 * Several settings are wrong at once: each problem is one line naming its variable, so a person fixes them
 * all in one go rather than one per run. The message is those lines joined by newlines.
 */
export class ConfigError extends InputError {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(problems.join('\n'));
    this.problems = problems;
  }
}

/**
 * Slack could not be used at start-up, in one line naming the cause and the setting to fix:
 * - `slack_refused`: Slack answered but refused a token (`invalid_auth`, `token_revoked`, …);
 * - `slack_unreachable`: no answer from SLACK_API_URL (network, proxy, DNS, a timeout, an HTTP error).
 */
export class SlackStartError extends AppError {
  constructor(code: 'slack_refused' | 'slack_unreachable', message: string, options?: ErrorOptions) {
    super(code, message, options);
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

/**
 * The lines a command prints for an expected error, each prefixed with the command's name: one line, or
 * one per setting for a {@link ConfigError}.
 */
export function describeAppError(name: string, error: AppError): string[] {
  return error.message.split('\n').map((line) => `${name}: ${line}`);
}

/**
 * A new request for a case that already has one pending: a request is never replaced silently, so staff
 * withdraw the pending one first; nothing is changed.
 */
export class RequestPendingError extends AppError {
  constructor(caseId: string) {
    super('request_pending', `case ${caseId}: a request for approval is already pending; withdraw it first`);
  }
}

/**
 * A decision or withdrawal on a request for approval that is no longer pending: it names what settled it,
 * who and when, so the latecomer can be told ("already approved by … at …"); nothing is changed.
 */
export class RequestSettledError extends AppError {
  readonly outcome: 'approved' | 'adjusted' | 'rejected' | 'withdrawn';
  readonly by: string;
  readonly at: string;

  constructor(caseId: string, settled: { outcome: RequestSettledError['outcome']; by: string; at: string }) {
    super(
      'request_settled',
      `case ${caseId}: the request was already ${settled.outcome} by ${settled.by} at ${settled.at}`,
    );
    this.outcome = settled.outcome;
    this.by = settled.by;
    this.at = settled.at;
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
