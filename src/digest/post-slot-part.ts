import type { Logger } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { DigestPart } from '../blocks/digest-message.ts';
import type { PostJob, PostJobKind } from '../domain/post-job.ts';
import type { SlotRecord, SlotReport, SlotStore } from '../store/slot-store.ts';

/** The first part of a slot's report not yet in Slack (parts go out in order). */
export function nextUnposted(record: Pick<SlotRecord<SlotReport>, 'posted'>): number {
  let index = 0;
  while (record.posted[index] !== undefined) index += 1;
  return index;
}

/**
 * Whether a slot's report may still have parts to post: none posted yet, or fewer than it has. (A record
 * from before part counts were kept, with parts posted, is left to the job the outbox holds for it.)
 */
export function isUnfinished(record: Pick<SlotRecord<SlotReport>, 'posted' | 'partCount'>): boolean {
  if (record.partCount === undefined) return Object.keys(record.posted).length === 0;
  return nextUnposted(record) < record.partCount;
}

/** The outbox job that posts part `index` of the report for `slot`: its `caseId` is `<prefix><slot>`. */
export function slotJob(kind: PostJobKind, prefix: string, slot: string, index: number, at: Date): PostJob {
  return {
    id: `${prefix}${slot}:${index}`,
    caseId: `${prefix}${slot}`,
    kind,
    dueAt: at.toISOString(),
    attempts: 0,
    eventIndex: index,
  };
}

/** A chart to upload: its PNG and file name. */
export interface ChartFile {
  png: Buffer;
  filename: string;
}

/**
 * Posts one part to the channel: a message (its ts), or a chart uploaded with the files upload API (its file
 * id). `client` is the outbox's reconciling client, so a part tried before is looked for first.
 */
export async function postPart(
  client: WebClient,
  channel: string,
  part: DigestPart,
  chart: () => Promise<ChartFile>,
): Promise<string> {
  if (part.kind === 'message') {
    const posted = await client.chat.postMessage({
      channel,
      text: part.text,
      blocks: part.blocks,
      unfurl_links: false,
      unfurl_media: false,
    });
    if (!posted.ts) throw new Error('chat.postMessage returned no ts');
    return posted.ts;
  }
  const { png, filename } = await chart();
  const uploaded = await client.filesUploadV2({
    channel_id: channel,
    file: png,
    filename,
    title: part.title,
    initial_comment: part.comment,
  });
  const file = (uploaded as { files?: { files?: { id?: string }[] }[] }).files?.[0]?.files?.[0]?.id;
  return file ?? 'uploaded';
}

export interface SlotPartDeps<Report extends SlotReport> {
  store: Pick<SlotStore<Report>, 'get' | 'markPosted'>;
  kind: PostJobKind;
  /** The jobs' `caseId` prefix, e.g. `digest:`. */
  prefix: string;
  /** What the log calls it ("digest"). */
  name: string;
  clock: () => Date;
  logger: Pick<Logger, 'warn'>;
  /** Renders the stored report into its parts (the same parts every time for the same report). */
  partsOf: (report: Report) => Promise<DigestPart[]>;
  /** Posts one part; its ref (ts or file id). */
  post: (part: DigestPart, report: Report) => Promise<string>;
}

/**
 * An outbox poster for reports kept per slot, part by part: each job renders the stored report, posts its
 * one part, records it on the slot's record, and queues the next part. A part already recorded is never
 * posted again, so a retried, resumed or duplicated job only moves on; a failed one stays in the outbox.
 */
export function createSlotPartPoster<Report extends SlotReport>(
  deps: SlotPartDeps<Report>,
): (job: PostJob, send: (jobs: readonly PostJob[]) => Promise<void>) => Promise<void> {
  return async (job, send) => {
    const slot = job.caseId.slice(deps.prefix.length);
    const index = job.eventIndex ?? 0;
    const record = await deps.store.get(slot);
    if (!record) {
      deps.logger.warn(`${deps.name}: ${slot} of job ${job.id} is not stored; dropping the job`);
      return;
    }
    const parts = await deps.partsOf(record.report);
    const part = parts[index];
    if (!part) return;
    if (record.posted[index] === undefined) {
      const ref = await deps.post(part, record.report);
      await deps.store.markPosted(slot, index, ref, parts.length);
    }
    if (index + 1 < parts.length) await send([slotJob(deps.kind, deps.prefix, slot, index + 1, deps.clock())]);
  };
}
