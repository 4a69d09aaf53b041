import { addDays, addMonths, type LocalDate, localDateOf } from '../shared/local-date.ts';
import type { Case, CaseEvent } from './case.ts';
import type { CaseOutline } from './case-outline.ts';
import { REPAIR_KINDS, type RemedyKind } from './policy-schema.ts';

/**
 * What is still owed to a customer after the complaint is handled (seed 002): the follow-up call (回访)
 * some days after resolution, and a repair's promised date, its "ready for pickup" notice and the month
 * after which an uncollected item counts as abandoned. Everything here is read from the case's history,
 * so cases stored before these features need no migration.
 */

/** How long after the customer is told a repair is ready an uncollected item counts as abandoned (seed 002). */
export const ABANDON_AFTER_MONTHS = 1;

/** Who the history names for what the bot does by itself (closing a case once nothing is owed). */
export const BOT_ACTOR = 'complaint-desk';

/** The note on an automatic close, for exports and the record; the thread line says it in the channel's language. */
export const AUTO_CLOSE_NOTE = 'follow-up done';

/**
 * The event that closes a case once nothing is owed any more — its follow-up call is made and no repair is
 * still waiting (promised, or ready and not collected) — or undefined while something is. So a case leaves
 * the open list (and the digest's and the aftercare sweep's reading) when its aftercare ends: right after
 * the call, or when the repair is collected after it. An agreed repair still without a promised date is owed
 * too, so it keeps the case open (and on App Home and in the digest) until a date is promised. Pure.
 */
export function autoCloseEvent(
  record: Pick<CaseOutline, 'status' | 'history' | 'proposal' | 'remedies'>,
  at: string,
): CaseEvent | undefined {
  if (record.status !== 'followed-up' || hasOpenRepair(record) || repairDateNeeded(record)) return undefined;
  return { type: 'closed', at, by: BOT_ACTOR, note: AUTO_CLOSE_NOTE };
}

/** What the aftercare dates are computed with: the policy's `followUpDays` and `timezone`. */
export interface AftercarePolicy {
  followUpDays: number;
  timezone: string;
}

/** A repair of a case, as its history tells it. */
export interface RepairState {
  remedyId: string;
  /** The date promised to the customer (the latest promise, when it was moved). */
  promisedFor: LocalDate;
  /** The history index of that promise: a moved date is a new promise, with its own reminder. */
  promiseIndex: number;
  /** When staff marked it ready, and the day the customer was told. */
  ready?: { at: string; customerToldOn: LocalDate; abandonedAfter: LocalDate };
  collectedAt?: string;
}

type RepairEvent = Extract<CaseEvent, { type: 'repair-promised' | 'repair-ready' | 'repair-collected' }>;

function isRepairEvent(event: CaseEvent): event is RepairEvent {
  return event.type === 'repair-promised' || event.type === 'repair-ready' || event.type === 'repair-collected';
}

/** Whether a remedy kind fixes the item itself (and so gets a promised date). */
export function isRepairKind(kind: RemedyKind): boolean {
  return REPAIR_KINDS.includes(kind);
}

/**
 * The case's current repair: the latest one promised, with what happened since. A repair collected and
 * then promised again (it broke again) starts afresh.
 */
export function repairOf(record: Pick<Case, 'history'>): RepairState | undefined {
  let repair: RepairState | undefined;
  record.history.forEach((event, index) => {
    if (!isRepairEvent(event)) return;
    if (event.type === 'repair-promised') {
      repair = { remedyId: event.remedyId, promisedFor: event.promisedFor, promiseIndex: index };
    } else if (event.type === 'repair-ready' && repair) {
      const abandonedAfter = addMonths(event.customerToldOn, ABANDON_AFTER_MONTHS);
      repair = { ...repair, ready: { at: event.at, customerToldOn: event.customerToldOn, abandonedAfter } };
    } else if (event.type === 'repair-collected' && repair) {
      repair = { ...repair, collectedAt: event.at };
    }
  });
  return repair;
}

/** A repair agreed with the customer that has no date promised yet: the remedy, and when it was agreed. */
export interface RepairDateNeeded {
  remedyId: string;
  /** When it was agreed: the manager's approval of it, else the case's resolution. */
  agreedAt: string;
  /** The history index of that approval or resolution. */
  eventIndex: number;
}

/**
 * The agreed repair still waiting for the date promised to the customer, or undefined. A remedy is agreed
 * when a manager approved (or adjusted to) it, or when the case was resolved with it as the proposal; it
 * needs a date when it is of a repair kind and the case has no repair promised yet (seed 002: a repair
 * date is never left open). Pure.
 */
export function repairDateNeeded(
  record: Pick<CaseOutline, 'status' | 'history' | 'proposal' | 'remedies'>,
): RepairDateNeeded | undefined {
  const { proposal } = record;
  if (!proposal || record.status === 'closed') return undefined;
  const resolved = record.status === 'resolved' || record.status === 'followed-up';
  if (!resolved && !proposal.approved) return undefined;
  const verdict = record.remedies.find((remedy) => remedy.id === proposal.remedyId);
  if (!verdict || !isRepairKind(verdict.kind) || repairOf(record)) return undefined;
  const agreedBy = proposal.approved ? 'decided' : 'resolved';
  for (let index = record.history.length - 1; index >= 0; index--) {
    const event = record.history[index];
    if (event?.type === agreedBy) return { remedyId: proposal.remedyId, agreedAt: event.at, eventIndex: index };
  }
  return undefined;
}

/** Whether a repair is promised and not yet collected. */
export function hasOpenRepair(record: Pick<Case, 'history'>): boolean {
  const repair = repairOf(record);
  return repair !== undefined && repair.collectedAt === undefined;
}

/** The resolution the follow-up call follows, with its history index (the reminder's id). */
function lastResolution(record: Pick<Case, 'history'>): { index: number; at: string } | undefined {
  for (let index = record.history.length - 1; index >= 0; index--) {
    const event = record.history[index];
    if (event?.type === 'resolved') return { index, at: event.at };
  }
  return undefined;
}

/** The day the follow-up call is due: `followUpDays` after the day the case was resolved, while it waits for one. */
export function followUpDueOn(
  record: Pick<Case, 'status' | 'history'>,
  policy: AftercarePolicy,
): LocalDate | undefined {
  if (record.status !== 'resolved') return undefined;
  const resolution = lastResolution(record);
  if (!resolution) return undefined;
  return addDays(localDateOf(new Date(resolution.at), policy.timezone), policy.followUpDays);
}

/**
 * Whether a case still has aftercare to do — waiting for its follow-up call, or a repair not yet
 * collected — and so belongs on the store's aftercare index. A closed case is done with.
 */
export function needsAftercare(record: Pick<CaseOutline, 'status' | 'history' | 'proposal' | 'remedies'>): boolean {
  if (record.status === 'closed') return false;
  return record.status === 'resolved' || hasOpenRepair(record) || repairDateNeeded(record) !== undefined;
}

/** Something owed to a customer that is due (or overdue) on a given day. */
export type AftercareItem =
  | {
      kind: 'follow-up';
      caseId: string;
      dueOn: LocalDate;
      overdue: boolean;
      /** Stable per resolution, so its reminder is sent once. */
      reminderId: string;
      /** The history index of the resolution. */
      eventIndex: number;
    }
  | {
      kind: 'repair-due';
      caseId: string;
      /** The date promised to the customer. */
      dueOn: LocalDate;
      overdue: boolean;
      /** Stable per promise, so a moved date gets its own reminder. */
      reminderId: string;
      /** The history index of the promise. */
      eventIndex: number;
      remedyId: string;
    }
  | {
      /** An agreed repair with no date promised to the customer yet: due from the day it was agreed. */
      kind: 'repair-undated';
      caseId: string;
      remedyId: string;
      /** The day it was agreed (approved, or the case resolved with it). */
      agreedOn: LocalDate;
    }
  | {
      kind: 'awaiting-pickup';
      caseId: string;
      readySince: string;
      customerToldOn: LocalDate;
      abandonedAfter: LocalDate;
      /** The abandonment date has passed. */
      abandoned: boolean;
    };

/**
 * What a case owes today, in the store's calendar: the follow-up call from its due day on; a repair from
 * the day before its promised date (so the owner can still chase the workshop or warn the customer early,
 * seed 002), until it is ready; an agreed repair with no promised date from the day it was agreed; an item
 * ready for pickup until it is collected.
 */
export function aftercareDue(record: CaseOutline, policy: AftercarePolicy, now: Date): AftercareItem[] {
  if (record.status === 'closed') return [];
  const today = localDateOf(now, policy.timezone);
  const items: AftercareItem[] = [];
  const followUpOn = followUpDueOn(record, policy);
  const resolution = lastResolution(record);
  if (followUpOn && resolution && followUpOn <= today) {
    items.push({
      kind: 'follow-up',
      caseId: record.id,
      dueOn: followUpOn,
      overdue: followUpOn < today,
      reminderId: `follow-up:${record.id}:${resolution.index}`,
      eventIndex: resolution.index,
    });
  }
  const undated = repairDateNeeded(record);
  if (undated) {
    items.push({
      kind: 'repair-undated',
      caseId: record.id,
      remedyId: undated.remedyId,
      agreedOn: localDateOf(new Date(undated.agreedAt), policy.timezone),
    });
  }
  const repair = repairOf(record);
  if (repair && !repair.collectedAt) {
    if (repair.ready) {
      items.push({
        kind: 'awaiting-pickup',
        caseId: record.id,
        readySince: repair.ready.at,
        customerToldOn: repair.ready.customerToldOn,
        abandonedAfter: repair.ready.abandonedAfter,
        abandoned: repair.ready.abandonedAfter < today,
      });
    } else if (addDays(repair.promisedFor, -1) <= today) {
      items.push({
        kind: 'repair-due',
        caseId: record.id,
        dueOn: repair.promisedFor,
        overdue: repair.promisedFor < today,
        reminderId: `repair:${record.id}:${repair.promiseIndex}`,
        eventIndex: repair.promiseIndex,
        remedyId: repair.remedyId,
      });
    }
  }
  return items;
}

/**
 * The items whose owner gets a sweep's private reminder: follow-up calls and repairs coming due (not
 * pickups; an undated repair is asked for once, when it is agreed, by repairDatePromptJob).
 */
export function remindersDue(record: CaseOutline, policy: AftercarePolicy, now: Date) {
  return aftercareDue(record, policy, now).filter(
    (item): item is Extract<AftercareItem, { kind: 'follow-up' | 'repair-due' }> =>
      item.kind === 'follow-up' || item.kind === 'repair-due',
  );
}
