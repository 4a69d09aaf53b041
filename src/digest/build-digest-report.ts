import { aftercareDue } from '../domain/aftercare.ts';
import type { CaseOutline } from '../domain/case-outline.ts';
import { customerAnswerOf } from '../domain/customer-answer.ts';
import type {
  DigestBreach,
  DigestCase,
  DigestItem,
  DigestLesson,
  DigestReport,
  Tally,
} from '../domain/digest-report.ts';
import type { Policy } from '../domain/policy-schema.ts';
import { slaClocks } from '../policy/sla-clock.ts';
import { localDateOf } from '../shared/local-date.ts';

/** How long after its slot a digest still counts as on time (a restart, a slow store). */
export const LATE_AFTER_MS = 10 * 60_000;
/**
 * The most entries one list of a digest shows; the rest are counted ("and 40 more"). A digest is read
 * aloud at a meeting, and hundreds of lines would be neither read nor within Slack's limits.
 */
export const DIGEST_LIST_CAP = 100;
/**
 * A follow-up call at or under this satisfaction is a lesson too: the customer is still unhappy after
 * the handling, and every store should hear why.
 */
export const LOW_SATISFACTION = 2;
/** How much of the complaint's narrative a case line quotes. */
const SUMMARY_LENGTH = 160;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface BuildDigestInput {
  /** The scheduled moment the digest is for. */
  slot: Date;
  /** The period covered, [from, to). */
  from: Date;
  to: Date;
  /** When it is built (late when well after the slot). */
  now: Date;
  /** Cases filed in [from, to), in any order. */
  filed: readonly CaseOutline[];
  /** Every case not closed, in any order (may overlap `filed`). */
  notClosed: readonly CaseOutline[];
  policy: Policy;
}

function lastOf<Type extends CaseOutline['history'][number]['type']>(
  record: CaseOutline,
  type: Type,
): Extract<CaseOutline['history'][number], { type: Type }> | undefined {
  for (let index = record.history.length - 1; index >= 0; index -= 1) {
    const event = record.history[index];
    if (event?.type === type) return event as Extract<CaseOutline['history'][number], { type: Type }>;
  }
  return undefined;
}

export function within(moment: string, from: Date, to: Date): boolean {
  const at = Date.parse(moment);
  return at >= from.getTime() && at < to.getTime();
}

/** A one-line summary: the first line of the narrative, cut. */
function summaryOf(record: CaseOutline): string {
  const line = record.complaint.narrative.split('\n')[0]?.trim() ?? '';
  return line.length > SUMMARY_LENGTH ? `${line.slice(0, SUMMARY_LENGTH - 1)}…` : line;
}

function caseLine(record: CaseOutline): DigestCase {
  const resolved = lastOf(record, 'resolved');
  const followedUp = lastOf(record, 'followed-up');
  return {
    id: record.id,
    store: record.store,
    owner: record.owner,
    createdAt: record.createdAt,
    status: record.status,
    category: record.analysis.category,
    problem: record.analysis.problem,
    cause: record.complaint.suspectedCause,
    temperament: record.analysis.temperament.type,
    summary: summaryOf(record),
    handling: resolved?.outcome ?? null,
    proposedRemedy: resolved ? null : (record.proposal?.remedyId ?? null),
    satisfaction: followedUp?.satisfaction ?? resolved?.satisfaction ?? null,
    improvement: resolved?.improvement ?? null,
    followUp: followedUp
      ? { at: followedUp.at, result: followedUp.result, satisfaction: followedUp.satisfaction ?? null }
      : null,
    post: record.reviewPost,
  };
}

function item(record: CaseOutline, since: string, extra: Partial<DigestItem> = {}): DigestItem {
  return {
    id: record.id,
    store: record.store,
    owner: record.owner,
    status: record.status,
    since,
    post: record.reviewPost,
    ...extra,
  };
}

/** Counts by key, most first, then by key, so the order never depends on the store's. */
export function tally(counts: ReadonlyMap<string, number>): Tally[] {
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export function count(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/**
 * The `cap` earliest of many values by their case's filing moment (then id, as the digest's lists are
 * ordered), each let go as soon as `cap` earlier ones are kept: a digest shows the first DIGEST_LIST_CAP
 * lines, and a week's thousands of lines held to the end outlived V8's young generation and made it grow.
 */
class EarliestCases<Value> {
  readonly #cap: number;
  readonly #kept = new Map<string, { at: number; id: string; value: Value }>();

  constructor(cap: number) {
    this.#cap = cap;
  }

  /** `at`: the case's filing moment, in epoch milliseconds. */
  offer(id: string, at: number, value: Value): void {
    this.#kept.set(id, { at, id, value });
    if (this.#kept.size <= this.#cap) return;
    let latest: { at: number; id: string } | undefined;
    for (const entry of this.#kept.values()) {
      if (!latest || byMoment(entry, latest) > 0) latest = entry;
    }
    if (latest) this.#kept.delete(latest.id);
  }

  delete(id: string): void {
    this.#kept.delete(id);
  }

  /** The values kept, earliest first. */
  values(): Value[] {
    return [...this.#kept.values()].sort(byMoment).map((entry) => entry.value);
  }
}

const byMoment = (a: { at: number; id: string }, b: { at: number; id: string }) =>
  a.at - b.at || (a.id < b.id ? -1 : 1);

/**
 * What the digest keeps of one case: a few hundred bytes, however large the case record is, and no more
 * than it needs (a number for a moment, a flag for a fact): thousands of these outlive every collection
 * of V8's young generation during a long period's walk, and what survives them is what makes it grow.
 */
interface CaseFacts {
  id: string;
  version: number;
  /** Its filing moment, epoch milliseconds: the digest's lists are in filing order. */
  at: number;
  filed: boolean;
  /** Whether it has a line: filed in the period, or resolved or followed up in it (the line itself is kept while among the first). */
  hasLine?: boolean;
  /** Whether it was resolved in the period (the improvement on its line is then a lesson). */
  resolvedInPeriod?: boolean;
  /** Whether its follow-up call was made in the period (an unhappy customer is a lesson). */
  followedUpInPeriod?: boolean;
  open?: DigestItem;
  awaitingApproval?: DigestItem;
  followUps?: DigestItem[];
  repairs?: DigestItem[];
  /** The customer did not accept what was offered, and the case is still in hand (issue 15). */
  notAccepted?: boolean;
  /** How many times it was reopened in the period (the customer came back). */
  reopened?: number;
  /** Its SLA clocks that settled in the period (met in time, or came due): whether all in time, and the breaches. */
  sla?: { within: boolean; breaches: readonly DigestBreach[] };
}

export type DigestPeriod = Pick<BuildDigestInput, 'slot' | 'from' | 'to' | 'now' | 'policy'>;

/**
 * Builds a digest's report from cases handed over one at a time, keeping only what the digest shows of
 * each, so a long period or thousands of open cases never sit in memory whole. A case seen twice (filed in
 * the period and still open) counts once, as its newest version.
 */
export class DigestReportBuilder {
  readonly #period: DigestPeriod;
  readonly #today: string;
  readonly #facts = new Map<string, CaseFacts>();
  readonly #byStore = new Map<string, number>();
  readonly #byCategory = new Map<string, number>();
  readonly #byTemperament = new Map<string, number>();
  readonly #byCause = new Map<string, number>();
  readonly #pairs = new Map<string, { store: string; category: string; count: number }>();
  /** The first lines in the digest's order, and how many cases have one. */
  readonly #lines = new EarliestCases<DigestCase>(DIGEST_LIST_CAP);
  #lineCount = 0;
  /** The first cases with a lesson (one or two each), in the digest's order. */
  readonly #lessons = new EarliestCases<DigestLesson[]>(DIGEST_LIST_CAP);

  constructor(period: DigestPeriod) {
    this.#period = period;
    this.#today = localDateOf(period.slot, period.policy.timezone);
  }

  /** A case filed in the period: counted, and given a line. */
  addFiled(record: CaseOutline): void {
    const seen = this.#facts.get(record.id);
    if (seen?.filed) return;
    const category = record.analysis.category ?? 'unknown';
    count(this.#byStore, record.store);
    count(this.#byCategory, category);
    count(this.#byTemperament, record.analysis.temperament.type);
    count(this.#byCause, record.complaint.suspectedCause);
    const key = JSON.stringify([record.store, category]);
    const pair = this.#pairs.get(key) ?? { store: record.store, category, count: 0 };
    pair.count += 1;
    this.#pairs.set(key, pair);
    this.#keep(record, true, seen);
  }

  /**
   * A case not closed (filed in the period or before): listed where it waits. Also a case closed in the
   * period: it waits nowhere, but gets its line when it was resolved or followed up in the period.
   */
  addNotClosed(record: CaseOutline): void {
    const seen = this.#facts.get(record.id);
    this.#keep(record, seen?.filed ?? false, seen);
  }

  #keep(record: CaseOutline, filed: boolean, seen: CaseFacts | undefined): void {
    if (seen && seen.version > record.version) {
      seen.filed ||= filed;
      if (filed && !seen.hasLine) this.#giveLine(seen, caseLine(record));
      return;
    }
    // A newer version: its facts replace the older one's, line and lessons included.
    if (seen?.hasLine) {
      this.#lineCount -= 1;
      this.#lines.delete(seen.id);
      this.#lessons.delete(seen.id);
    }
    const { from, to, slot, policy } = this.#period;
    const resolved = lastOf(record, 'resolved');
    const resolvedInPeriod = resolved !== undefined && within(resolved.at, from, to);
    const followedUp = lastOf(record, 'followed-up');
    const followedUpInPeriod = followedUp !== undefined && within(followedUp.at, from, to);
    const facts: CaseFacts = {
      id: record.id,
      version: record.version,
      at: Date.parse(record.createdAt),
      filed,
    };
    if (resolvedInPeriod) facts.resolvedInPeriod = true;
    if (followedUpInPeriod) facts.followedUpInPeriod = true;
    if (filed || resolvedInPeriod || followedUpInPeriod) this.#giveLine(facts, caseLine(record));
    const sla = slaFacts(record, this.#period);
    if (sla) facts.sla = sla;
    const answer = customerAnswerOf(record);
    if (record.status === 'open' || record.status === 'proposed') {
      const customerAnswer = answer?.type === 'customer-declined' ? 'declined' : answer ? 'reopened' : undefined;
      facts.open = item(record, record.createdAt, customerAnswer ? { customerAnswer } : {});
    }
    if (answer?.type === 'customer-declined') facts.notAccepted = true;
    const reopened = record.history.filter((event) => event.type === 'reopened' && within(event.at, from, to)).length;
    if (reopened > 0) facts.reopened = reopened;
    if (record.status === 'awaiting-approval') {
      facts.awaitingApproval = item(record, lastOf(record, 'approval-requested')?.at ?? record.updatedAt);
    }
    // What is owed after handling — follow-up calls, repairs, pickups — as the owners' reminders see it.
    for (const due of record.status === 'closed' ? [] : aftercareDue(record, policy, slot)) {
      if (due.kind === 'follow-up') {
        facts.followUps ??= [];
        facts.followUps.push(item(record, record.updatedAt, { dueDay: due.dueOn, overdue: due.overdue }));
        continue;
      }
      facts.repairs ??= [];
      if (due.kind === 'repair-due') {
        facts.repairs.push(item(record, record.updatedAt, { dueDay: due.dueOn, overdue: due.overdue }));
      } else if (due.kind === 'repair-undated') {
        const repairWithoutDate = { remedyId: due.remedyId, agreedOn: due.agreedOn };
        facts.repairs.push(item(record, record.updatedAt, { repairWithoutDate }));
      } else {
        const pickup = { toldOn: due.customerToldOn, abandonedAfter: due.abandonedAfter, abandoned: due.abandoned };
        facts.repairs.push(item(record, due.readySince, { pickup }));
      }
    }
    this.#facts.set(record.id, facts);
  }

  /** Gives a case its line, and the lessons on it: an improvement recorded, or a customer still unhappy at the call. */
  #giveLine(facts: CaseFacts, line: DigestCase): void {
    facts.hasLine = true;
    this.#lineCount += 1;
    this.#lines.offer(facts.id, facts.at, line);
    const found: DigestLesson[] = [];
    if (line.improvement && facts.resolvedInPeriod) {
      found.push({
        id: line.id,
        store: line.store,
        improvement: line.improvement,
        followUpSatisfaction: null,
        post: line.post,
      });
    }
    const call = line.followUp;
    if (facts.followedUpInPeriod && call?.satisfaction != null && call.satisfaction <= LOW_SATISFACTION) {
      found.push({
        id: line.id,
        store: line.store,
        improvement: call.result,
        followUpSatisfaction: call.satisfaction,
        post: line.post,
      });
    }
    if (found.length > 0) this.#lessons.offer(facts.id, facts.at, found);
  }

  build(): DigestReport {
    const { slot, from, to, now, policy } = this.#period;
    const all = [...this.#facts.values()].sort(byMoment);
    const pick = (get: (facts: CaseFacts) => DigestItem[]) => all.flatMap(get);
    const open = pick((facts) => (facts.open ? [facts.open] : []));
    const awaitingApproval = pick((facts) => (facts.awaitingApproval ? [facts.awaitingApproval] : []));
    const dayOf = (entry: DigestItem) =>
      entry.dueDay ?? entry.repairWithoutDate?.agreedOn ?? entry.pickup?.abandonedAfter ?? '';
    const byDue = (a: DigestItem, b: DigestItem) => (dayOf(a) < dayOf(b) ? -1 : 1);
    const followUpsDue = pick((facts) => facts.followUps ?? []).sort(byDue);
    const repairs = pick((facts) => facts.repairs ?? []).sort(byDue);
    const cap = <T>(list: readonly T[]) => list.slice(0, DIGEST_LIST_CAP);
    const omitted = (list: readonly unknown[]) => Math.max(0, list.length - DIGEST_LIST_CAP);
    const slaCases = all.flatMap((facts) => (facts.sla ? [facts.sla] : []));
    const breaches = slaCases
      .flatMap((entry) => entry.breaches)
      .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt) || (a.id < b.id ? -1 : 1));
    return {
      slot: slot.toISOString(),
      from: from.toISOString(),
      to: to.toISOString(),
      builtAt: now.toISOString(),
      late: now.getTime() - slot.getTime() > LATE_AFTER_MS,
      timeZone: policy.timezone,
      today: this.#today,
      counts: {
        byStore: tally(this.#byStore),
        byCategory: tally(this.#byCategory),
        byTemperament: tally(this.#byTemperament),
        byCause: tally(this.#byCause),
        byStoreAndCategory: [...this.#pairs.values()].sort((a, b) =>
          a.store < b.store ? -1 : a.store > b.store ? 1 : a.category < b.category ? -1 : 1,
        ),
      },
      cases: this.#lines.values(),
      open: cap(open),
      awaitingApproval: cap(awaitingApproval),
      followUpsDue: cap(followUpsDue),
      repairs: cap(repairs),
      lessons: cap(this.#lessons.values().flat()),
      ...(policy.sla
        ? {
            sla: {
              settled: slaCases.length,
              withinTarget: slaCases.filter((entry) => entry.within).length,
              breaches: cap(breaches),
              omitted: omitted(breaches),
            },
          }
        : {}),
      customers: {
        notAccepted: all.filter((facts) => facts.notAccepted).length,
        reopened: all.reduce((sum, facts) => sum + (facts.reopened ?? 0), 0),
      },
      omitted: {
        cases: Math.max(0, this.#lineCount - DIGEST_LIST_CAP),
        open: omitted(open),
        awaitingApproval: omitted(awaitingApproval),
        followUpsDue: omitted(followUpsDue),
        repairs: omitted(repairs),
      },
    };
  }
}

/**
 * What the digest keeps of a case's SLA clocks, read as of the period's end: whether one settled in the
 * period — met in time, or came due — and which of those ran past their target. Undefined when none did.
 */
function slaFacts(record: CaseOutline, { from, to, policy }: DigestPeriod): CaseFacts['sla'] {
  let settled = false;
  const breaches: DigestBreach[] = [];
  for (const clock of slaClocks(record, policy, to)) {
    const settledAt = clock.state === 'met' ? clock.metAt : clock.dueAt;
    if (settledAt === undefined || !within(settledAt, from, to)) continue;
    settled = true;
    if (clock.state !== 'breached') continue;
    breaches.push({
      id: record.id,
      store: record.store,
      owner: record.owner,
      target: clock.target,
      dueAt: clock.dueAt,
      metAt: clock.metAt ?? null,
      post: record.reviewPost,
    });
  }
  if (!settled) return undefined;
  return breaches.length === 0 ? ALL_WITHIN : { within: false, breaches };
}

/** The SLA facts of most cases, shared: every clock that settled did so in time. */
const ALL_WITHIN: NonNullable<CaseFacts['sla']> = Object.freeze({ within: true, breaches: Object.freeze([]) });

/**
 * The facts of one morning digest (pure: the same cases give the same report). Counts by store, category,
 * temperament and cause cover the cases filed in the period. One line per case filed in the period, plus
 * older cases resolved or followed up in it (their outcome, and how the customer feels now, are news). Cases still open, awaiting a manager, due a
 * follow-up call today or earlier, or with a repair due by tomorrow or ready for pickup (as aftercare.ts
 * reckons them, in the store's calendar); the improvements recorded in the period and the follow-up calls that found the customer still unhappy.
 */
export function buildDigestReport({ filed, notClosed, ...period }: BuildDigestInput): DigestReport {
  const builder = new DigestReportBuilder(period);
  for (const record of filed) builder.addFiled(record);
  for (const record of notClosed) builder.addNotClosed(record);
  return builder.build();
}

/**
 * Where the first digest ever starts: at the first case filed, so that every complaint filed before it is
 * told at a morning meeting once — a bot installed on Friday whose first slot is Monday, or a schedule
 * turned on after weeks of `off`, loses none. Never later than the day before the slot, so a store whose
 * first case is an hour old still shows an ordinary day's period.
 */
export function firstPeriodStart(slot: Date, firstFiled: Date | undefined): Date {
  const dayBefore = slot.getTime() - DAY_MS;
  return new Date(firstFiled ? Math.min(firstFiled.getTime(), dayBefore) : dayBefore);
}
