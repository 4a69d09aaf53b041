import { createRulesAnalyser } from '../../src/analysis/rules-analyser.ts';
import { triageComplaint } from '../../src/complaints/triage-complaint.ts';
import type { Case, CaseEvent } from '../../src/domain/case.ts';
import { openCase } from '../../src/domain/case-transitions.ts';
import { ComplaintSchema } from '../../src/domain/complaint.ts';
import { DEFAULT_POLICY_PATH, loadPolicy } from '../../src/policy/load-policy.ts';

// One triage per test file: cases differ only in id, owner, store and time.
const complaint = ComplaintSchema.parse({
  narrative: '顾客昨天买的水钻项链掉了两颗钻,拍着柜台要求换新的 :(',
  customerWords: '别废话,马上给我换!',
  category: 'jewellery',
  purchasedAt: '2026-11-20T15:00:00+08:00',
  hasReceipt: true,
});
const triage = await triageComplaint({
  complaint,
  policy: await loadPolicy(DEFAULT_POLICY_PATH),
  now: new Date('2026-11-21T10:00:00+08:00'),
  analyser: createRulesAnalyser(),
});

/** The moment `minutes` after 2026-11-21 10:00 in Beijing, with the offset staff's clients send. */
export function minutesIn(minutes: number): string {
  const at = new Date(Date.parse('2026-11-21T10:00:00+08:00') + minutes * 60_000);
  return at.toISOString();
}

/** An open case as the complaint form files it. */
export function makeCase({
  id,
  owner = 'U_STAFF',
  store = '黄兴店',
  minute = 0,
}: {
  id: string;
  owner?: string;
  store?: string;
  minute?: number;
}): Case {
  return openCase({
    id,
    store,
    owner,
    at: minutesIn(minute),
    complaint,
    analysis: triage.analysis,
    remedies: triage.remedies,
  });
}

/** A history entry that changes nothing but the history: a staff member correcting the temperament to itself. */
export function noteEvent(current: Case, by: string): CaseEvent {
  const type = current.analysis.temperament.type;
  if (type === 'unknown') throw new Error('noteEvent needs a case whose reading named a temperament');
  return { type: 'temperament-corrected', at: minutesIn(1), by, from: type, to: type };
}

/** Appends `event` as the pure change `update` expects. */
export function appending(event: CaseEvent): (current: Case) => Case {
  return (current) => ({ ...current, history: [...current.history, event], updatedAt: event.at });
}
