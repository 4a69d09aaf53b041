import { type Complaint, complaintTexts } from '../../complaints/complaint.js';
import { AIM_KINDS, type AimKind, type Evidence, type RealAim } from '../analysis.js';
import { aimNote } from '../wording/aim-note.js';
import { AIM_PHRASES, DEFECT_PHRASES, HEDGE_PHRASES } from './aim-cues.js';
import { amountsIn } from './amounts-in.js';
import { countOccurrences, cues, findCues } from './cue.js';

type StatedAim = Exclude<AimKind, 'unknown'>;
const AIMS = AIM_KINDS.filter((kind): kind is StatedAim => kind !== 'unknown');
const AIM_CUES = new Map(AIMS.map((kind) => [kind, cues(1, ...AIM_PHRASES[kind])]));
/** Problems whose natural remedy is a repair. */
const REPAIR_PROBLEMS = new Set([
  'lost-stone',
  'watch-battery',
  'watch-fault',
  'unsoldered',
  'loose-screw',
  'tarnish',
  'broken',
  'base-clip-broken',
]);

/** The aim named most often in a text; ties go to the first in AIM_PHRASES order. */
function strongestAim(text: string): { kind: StatedAim; count: number } | undefined {
  let best: { kind: StatedAim; count: number } | undefined;
  for (const kind of AIMS) {
    const count = countOccurrences(AIM_PHRASES[kind], text);
    if (count > 0 && (!best || count > best.count)) best = { kind, count };
  }
  return best;
}

const DEMAND = /要求|想要|坚持要|非要|wants?\b|asked for|asks for|asking for|demand/iu;

/** The sentences of a staff summary that report what the customer asks for, not what staff offered. */
function demandsIn(narrative: string): string {
  return narrative
    .split(/[。！？!?；;\n]/u)
    .filter((sentence) => DEMAND.test(sentence))
    .join('\n');
}

/** A sum the customer asks for: first in what they ask, else in a sentence of theirs that names an aim. */
export function readRequestedAmount(complaint: Complaint): number | undefined {
  const sources = [complaint.customerAsk, complaint.customerWords].filter((text): text is string => Boolean(text));
  for (const text of sources) {
    for (const sentence of text.split(/[。！？!?；;\n]/u)) {
      const [value] = amountsIn(sentence);
      if (value === undefined) continue;
      const asksForMoney = text === complaint.customerAsk || strongestAim(sentence) !== undefined;
      if (asksForMoney) return value;
    }
  }
  return undefined;
}

/**
 * Reads what the customer literally asks for and what they most likely want (seed 000): a point
 * repeated firmly is the real aim; stressing faults again and again without insisting on a refund
 * usually means a discount would settle it.
 */
export function readAim(complaint: Complaint, problem: string | null): RealAim {
  const spoken = [complaint.customerAsk, complaint.customerWords].filter((text): text is string => Boolean(text));
  const all = spoken.join('\n');
  // Staff often write the demand into their summary ("要求换新的"), so it is the last place to look.
  const stated =
    strongestAim(complaint.customerAsk ?? '')?.kind ??
    strongestAim(complaint.customerWords ?? '')?.kind ??
    strongestAim(demandsIn(complaint.narrative))?.kind;
  const repeated = strongestAim(all);
  // Only what the customer says counts as stressing faults; the staff's summary names them once anyway.
  const defects = countOccurrences(DEFECT_PHRASES, all);
  const hedged = countOccurrences(HEDGE_PHRASES, all) > 0;

  let kind: AimKind;
  if (repeated && repeated.count >= 2) kind = repeated.kind;
  else if (defects >= 2 && (stated === undefined || (stated === 'refund' && hedged))) kind = 'discount';
  else if (stated) kind = stated;
  else if (problem === 'service') kind = 'apology';
  else if (problem && REPAIR_PROBLEMS.has(problem)) kind = 'repair';
  else kind = 'unknown';

  const evidence: Evidence[] = [];
  const wanted = kind === 'unknown' ? undefined : AIM_CUES.get(kind);
  if (wanted) {
    for (const { source, text } of complaintTexts(complaint)) {
      for (const hit of findCues(wanted, text, source)) evidence.push(hit.evidence);
    }
  }
  if (kind === 'discount' && evidence.length === 0) {
    for (const { source, text } of complaintTexts(complaint)) {
      for (const hit of findCues(cues(1, ...DEFECT_PHRASES), text, source)) evidence.push(hit.evidence);
    }
  }
  const amount = readRequestedAmount(complaint);
  return {
    kind,
    ...(stated && stated !== kind ? { stated } : {}),
    ...(amount === undefined ? {} : { amount }),
    evidence: evidence.slice(0, 3),
    note: aimNote(kind, stated && stated !== kind ? stated : undefined),
  };
}
