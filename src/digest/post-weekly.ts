import { WEEKLY } from '../blocks/messages/weekly-report.ts';
import { buildWeeklyParts } from '../blocks/weekly-message.ts';
import type { PostJob } from '../domain/post-job.ts';
import { reconcilingClient } from '../outbox/reconcile-post.ts';
import { createPermalinkCache, type DigestPosterDeps } from './post-digest.ts';
import { createSlotPartPoster, postPart, slotJob } from './post-slot-part.ts';
import { renderParetoChart } from './render-pareto.ts';

/** The prefix of a weekly report job's `caseId`: the jobs are about a slot, not a case. */
export const WEEKLY_JOB_PREFIX = 'weekly:';

/** The job that posts part `index` of the weekly report for `slot`. */
export function weeklyJob(slot: string, index: number, at: Date): PostJob {
  return slotJob('weekly-post', WEEKLY_JOB_PREFIX, slot, index, at);
}

/** As the digest's poster needs, but owners are never named: the report lists no one's cases. */
export type WeeklyPosterDeps = Omit<DigestPosterDeps, 'nameOf'>;

/**
 * Posts weekly root-cause reports part by part as outbox jobs — the message, then the Pareto chart — each
 * recorded on the slot's record so a retried or resumed job never posts one twice (post-slot-part.ts).
 */
export function createWeeklyPoster(
  deps: WeeklyPosterDeps,
): (job: PostJob, send: (jobs: readonly PostJob[]) => Promise<void>) => Promise<void> {
  const client = reconcilingClient(deps.client, deps.logger);
  const { language, policy } = deps;
  const links = createPermalinkCache(client, deps.logger, 'weekly report');
  return createSlotPartPoster({
    store: deps.stores.weeklies,
    kind: 'weekly-post',
    prefix: WEEKLY_JOB_PREFIX,
    name: 'weekly report',
    clock: deps.clock,
    logger: deps.logger,
    partsOf: async (report) => {
      await links.resolve(report.improvements.flatMap((entry) => (entry.post ? [entry.post] : [])));
      return buildWeeklyParts(report, { language, policy, chart: true, linkOf: links.linkOf });
    },
    post: (part, report) =>
      postPart(client, deps.channel, part, async () => ({
        png: await renderParetoChart(report, language, {
          title: part.kind === 'chart' ? part.title : '',
          bars: WEEKLY.chartBars[language],
          line: WEEKLY.chartLine[language],
        }),
        filename: `root-causes-${report.to.slice(0, 10)}.png`,
      })),
  });
}
