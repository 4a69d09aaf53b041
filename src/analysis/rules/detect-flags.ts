import {
  CRISIS_KINDS,
  type CrisisKind,
  type Evidence,
  type Flag,
  type FlagKind,
  FlagKindSchema,
} from '../../domain/analysis.ts';
import { type Complaint, complaintTexts } from '../../domain/complaint.ts';
import { normaliseText } from '../../shared/normalise-text.ts';
import { withChannelFlag } from '../channel-flags.ts';
import { adviceFor } from '../wording/flag-advice.ts';
import { type Cue, findCues, quoteAround } from './cue.ts';
import { FLAG_CUES, PUBLISHED_TEXT_CUES } from './flag-cues.ts';

const MAX_EVIDENCE = 3;
const CRISIS = new Set<string>(CRISIS_KINDS);

function isCrisis(kind: FlagKind): kind is CrisisKind {
  return CRISIS.has(kind);
}

/** Each kind's cues with those of a published text, for a pasted complaint (one list, so it compiles once). */
const PASTED_CUES = new Map<FlagKind, readonly Cue[]>(
  FlagKindSchema.options.map((kind) => [kind, [...FLAG_CUES[kind], ...(PUBLISHED_TEXT_CUES[kind] ?? [])]]),
);

/**
 * A news report's attribution of a quote to a named person: `…," Harris said` or `…," said Sophie Lee.`
 * A staff member retelling their own customer writes "she said", so a capitalised name is required.
 */
const NAME = String.raw`(?!(?:She|He|I|They|We|It|You|My|The|Then|And)\b)[A-Z][a-z]+(?:[A-Z][a-z]+)?`;
const NEWS_ATTRIBUTION = new RegExp(
  String.raw`[,.?!]"\s+(?:${NAME}\s+){1,2}(?:said|says|told|added|explained|claimed)\b|[,.?!]"\s+said\s+${NAME}\b` +
    // A report introduces its subject by name and age ("Yvonne Hollings, 36, had…", "Ms McVinnie, 32,"),
    // by where they live ("The Morton Grove resident"), or as a stranger ("A woman said she was…").
    String.raw`|\b(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+${NAME}|${NAME}\s+${NAME}),\s+\d{2},` +
    String.raw`|\b(?:Mr|Mrs|Ms)\.?\s+${NAME}\s+(?:said|says|told)\b|\b[Tt]he\s+(?:${NAME}\s+){1,3}resident\b|^(?:An?)\s+(?:woman|man|mother|father|bride|bride-to-be|customer|shopper)\s+(?:said|says|told|claims)\b`,
  'mu',
);

/** Evidence that a text is a news story quoting the complainant by name. */
function newsAttribution(text: string, source: Evidence['source']): Evidence | undefined {
  const match = NEWS_ATTRIBUTION.exec(normaliseText(text));
  return match
    ? { quote: quoteAround(text, match.index, match.index + match[0].length), source, cue: match[0].trim() }
    : undefined;
}

/**
 * Flags the difficult-customer kinds and crisis signals a complaint shows, each with the phrases that
 * raised it and the method's handling advice, and the crisis flag of where staff said it came from. Crisis
 * flags come first: they change who must be told.
 */
export function detectFlags(complaint: Complaint): Flag[] {
  const texts = complaintTexts(complaint);
  // Where staff said it came from beats a guess at where a pasted text was published.
  const guessPublished = complaint.channel === undefined;
  const flags: Flag[] = [];
  for (const kind of FlagKindSchema.options) {
    const evidence: Evidence[] = [];
    const kindCues = (guessPublished ? PASTED_CUES.get(kind) : undefined) ?? FLAG_CUES[kind];
    for (const { source, text } of texts) {
      // Difficult kinds describe the customer, so what a clause says the staff did does not count.
      const options = { customerOnly: !isCrisis(kind) };
      const found = findCues(kindCues, text, source, options).map((hit) => hit.evidence);
      const quoted = kind === 'media' && guessPublished ? newsAttribution(text, source) : undefined;
      for (const item of quoted ? [...found, quoted] : found) {
        if (!evidence.some((known) => known.quote === item.quote)) evidence.push(item);
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
  const ordered = [
    ...flags.filter((flag) => flag.group === 'crisis'),
    ...flags.filter((flag) => flag.group === 'difficult'),
  ];
  return withChannelFlag(ordered, complaint.channel);
}
