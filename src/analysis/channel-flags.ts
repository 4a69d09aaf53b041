import type { CrisisKind, Evidence, Flag } from '../domain/analysis.ts';
import { COMPLAINT_CHANNELS, type ComplaintChannel } from '../domain/complaint.ts';
import { adviceFor } from './wording/flag-advice.ts';

/**
 * The crisis a complaint is already in because of where it reached the store: it is public (a post, a news
 * report) or an outside body holds it. Staff picked the channel, so no reading of the text can overrule it.
 */
const CRISIS_OF_CHANNEL: Record<ComplaintChannel, CrisisKind | undefined> = {
  'in-person': undefined,
  phone: undefined,
  message: undefined,
  'posted-online': 'social-media',
  'news-report': 'media',
  'consumer-council': 'consumer-council',
  regulator: 'regulator',
  court: 'lawyer',
};

const CHANNELS: ReadonlySet<string> = new Set(COMPLAINT_CHANNELS);

/**
 * Whether staff will answer the customer face to face: in the store, or where nobody said otherwise (most
 * complaints are made at the counter). A phone call, a message, a post or a body passing it on is answered
 * at a distance, where "let's sit down somewhere quieter" makes no sense.
 */
export function isInPerson(channel: ComplaintChannel | undefined): boolean {
  return channel === undefined || channel === 'in-person';
}

/** Whether a piece of evidence is where staff said the complaint came from, its quote a channel id. */
export function isChannelEvidence(evidence: Evidence): evidence is Evidence & { quote: ComplaintChannel } {
  return evidence.source === 'channel' && CHANNELS.has(evidence.quote);
}

/**
 * The flags read from the text, with the crisis flag the channel implies put first among crisis flags and
 * its evidence first (the channel is certain; text cues are a reading). The same for both analysers.
 */
export function withChannelFlag(flags: readonly Flag[], channel: ComplaintChannel | undefined): Flag[] {
  const kind = channel ? CRISIS_OF_CHANNEL[channel] : undefined;
  if (!channel || !kind) return [...flags];
  const evidence: Evidence = { quote: channel, source: 'channel' };
  const existing = flags.find((flag) => flag.kind === kind);
  const flag: Flag = existing
    ? { ...existing, evidence: [evidence, ...existing.evidence] }
    : { kind, group: 'crisis', evidence: [evidence], advice: adviceFor(kind) };
  const others = flags.filter((each) => each.kind !== kind);
  return [flag, ...others];
}
