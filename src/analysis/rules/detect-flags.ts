import { type Complaint, complaintTexts } from '../../complaints/complaint.js';
import { CRISIS_KINDS, type CrisisKind, type Evidence, type Flag, type FlagKind, FlagKindSchema } from '../analysis.js';
import { adviceFor } from '../wording/flag-advice.js';
import { findCues } from './cue.js';
import { FLAG_CUES } from './flag-cues.js';

const MAX_EVIDENCE = 3;
const CRISIS = new Set<string>(CRISIS_KINDS);

function isCrisis(kind: FlagKind): kind is CrisisKind {
  return CRISIS.has(kind);
}

/**
 * Flags the difficult-customer kinds and crisis signals a complaint shows, each with the phrases that
 * raised it and the method's handling advice. Crisis flags come first: they change who must be told.
 */
export function detectFlags(complaint: Complaint): Flag[] {
  const texts = complaintTexts(complaint);
  const flags: Flag[] = [];
  for (const kind of FlagKindSchema.options) {
    const evidence: Evidence[] = [];
    for (const { source, text } of texts) {
      for (const hit of findCues(FLAG_CUES[kind], text, source)) {
        if (!evidence.some((item) => item.quote === hit.evidence.quote)) evidence.push(hit.evidence);
      }
    }
    if (evidence.length === 0) continue;
    flags.push({
      kind,
      group: isCrisis(kind) ? 'crisis' : 'difficult',
      evidence: evidence.slice(0, MAX_EVIDENCE),
      advice: adviceFor(kind),
    });
  }
  return [...flags.filter((flag) => flag.group === 'crisis'), ...flags.filter((flag) => flag.group === 'difficult')];
}
