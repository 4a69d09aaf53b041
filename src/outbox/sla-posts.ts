import type { SafeText } from '../blocks/safe-text.ts';
import { buildSlaThreadLine } from '../blocks/sla-blocks.ts';
import type { Case } from '../domain/case.ts';
import type { Policy } from '../domain/policy-schema.ts';
import type { PostJob } from '../domain/post-job.ts';
import { type SlaClock, slaClocks } from '../policy/sla-clock.ts';
import type { Language } from '../shared/language.ts';

/**
 * The job that tells the review channel a clock turned at risk or breached. Its id names the case, the clock
 * and the state, so queuing it twice (a second sweep, a second instance) keeps one job and one thread line.
 */
export function slaUpdateJob(caseId: string, clock: Pick<SlaClock, 'target' | 'state'>, at: Date): PostJob {
  return {
    id: `sla-update:${caseId}:${clock.target}:${clock.state}`,
    caseId,
    kind: 'sla-update',
    dueAt: at.toISOString(),
    attempts: 0,
    target: `${clock.target}:${clock.state}`,
  };
}

/**
 * The thread line an `sla-update` job posts, read from the clock as it is now. None when the clock has
 * moved on since the job was queued (answered meanwhile, or an "at risk" retried after the target passed,
 * whose own job says so): the post itself is edited either way.
 */
export function slaUpdateLine(
  record: Case,
  job: PostJob,
  policy: Policy,
  language: Language,
  now: Date,
): SafeText | undefined {
  const clock = slaClocks(record, policy, now).find((entry) => `${entry.target}:${entry.state}` === job.target);
  if (!clock || clock.metAt !== undefined) return undefined;
  return buildSlaThreadLine(clock, record.owner, language, policy.timezone);
}
