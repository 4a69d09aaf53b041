import { type Analysis, CRISIS_KINDS, type CrisisKind } from './analysis.ts';
import type { Case, CaseEvent } from './case.ts';

/** The history entry that records a crisis alert. */
export type CrisisAlertedEvent = Extract<CaseEvent, { type: 'crisis-alerted' }>;

const CRISIS: ReadonlySet<string> = new Set(CRISIS_KINDS);
const isCrisisKind = (kind: string): kind is CrisisKind => CRISIS.has(kind);

/** The crisis signs of an analysis, each kind once, in the order the analysis gives them. */
export function crisisKindsOf(analysis: Pick<Analysis, 'flags'>): CrisisKind[] {
  const kinds = analysis.flags.map((flag) => flag.kind).filter(isCrisisKind);
  return [...new Set(kinds)];
}

/**
 * The case's crisis alert and its place in the history, once one was recorded. A case is alerted once,
 * however many crisis signs it has or gains later: the first alert already put a manager on it.
 */
export function crisisAlertOf(record: Pick<Case, 'history'>): { event: CrisisAlertedEvent; index: number } | undefined {
  const index = record.history.findIndex((event) => event.type === 'crisis-alerted');
  const event = record.history[index];
  return event?.type === 'crisis-alerted' ? { event, index } : undefined;
}

/** Whether a case has a crisis sign nobody has been alerted of yet. */
export function needsCrisisAlert(record: Pick<Case, 'history' | 'analysis'>): boolean {
  return crisisKindsOf(record.analysis).length > 0 && crisisAlertOf(record) === undefined;
}
