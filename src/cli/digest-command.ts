import { WebClient } from '@slack/web-api';
import { pino } from 'pino';
import { buildDigestParts, digestAsText } from '../blocks/digest-message.ts';
import { loadConfig, loadDigestCliConfig } from '../config.ts';
import { findNextDigest } from '../digest/next-digest.ts';
import { createDigestPoster, DIGEST_JOB_PREFIX } from '../digest/post-digest.ts';
import { nextUnposted } from '../digest/post-slot-part.ts';
import { runDueDigest } from '../digest/run-digest.ts';
import { InputError } from '../errors.ts';
import { createLog } from '../logging/create-log.ts';
import { toSlackLogger } from '../logging/slack-logger.ts';
import { createPostDelivery } from '../outbox/deliver-posts.ts';
import { newWorkerId } from '../outbox/worker-identity.ts';
import { loadPolicy } from '../policy/load-policy.ts';
import { defaultLanguage } from '../services.ts';
import { createApproverCheck } from '../slack/approvers.ts';
import { SLACK_CALL_TIMEOUT_MS } from '../slack/call-timeout.ts';
import { createLanguageResolver } from '../slack/user-language.ts';
import { type CliIo, EXIT, runCommand } from './cli-io.ts';
import { openCliStores } from './open-cli-stores.ts';
import { parseOptions } from './parse-options.ts';
import { renderNextDigest } from './render-next-digest.ts';

const USAGE = 'usage: npm run digest [-- --dry-run] [--at ISO-8601]';

function parseDigestArgs(argv: readonly string[]): { dryRun: boolean; at: Date | undefined } {
  const parsed = parseOptions(argv, {
    options: { 'dry-run': { type: 'boolean' }, at: { type: 'string' } },
    allowPositionals: false,
    hint: USAGE,
  });
  const { 'dry-run': dryRun = false, at } = parsed.values;
  if (at !== undefined && (!/^\d{4}-\d{2}-\d{2}T/.test(at) || Number.isNaN(Date.parse(at)))) {
    throw new InputError(`--at must be an ISO 8601 moment such as 2026-12-02T08:30:00+08:00, not "${at}"`);
  }
  return { dryRun, at: at === undefined ? undefined : new Date(at) };
}

/**
 * `npm run digest`: posts the digest of the latest DIGEST_CRON slot now (for an external scheduler),
 * claiming the slot exactly as the bot does, so it never doubles one the bot posted. `--dry-run` prints
 * the digest that goes out next — its slot, when, its period — and what it would post if it ran now,
 * needing only the store and the policy: no Slack tokens, nothing claimed or posted. `--at` runs it as if
 * it were that moment.
 */
export async function runDigestCommand(
  argv: readonly string[],
  io: CliIo,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  return runCommand(io, 'digest', async () => {
    const { dryRun, at } = parseDigestArgs(argv);
    const clock = () => at ?? new Date();
    if (dryRun) {
      const config = loadDigestCliConfig(env);
      const policy = await loadPolicy(config.policyFile);
      const timeZone = config.digestTimeZone ?? policy.timezone;
      const stores = await openCliStores(config.storeUrl);
      try {
        const cron = config.digestCron;
        const next = await findNextDigest({ stores, policy, cron, timeZone, clock });
        if (!next) {
          io.out(`digest: nothing due: DIGEST_CRON "${cron}" never fires after ${clock().toISOString()}`);
          return EXIT.ok;
        }
        const language = config.defaultLocale === 'zh-CN' ? 'zh' : 'en';
        io.out(renderNextDigest(next, cron, timeZone, clock()));
        io.out('');
        io.out(digestAsText(buildDigestParts(next.report, { language, policy, chart: true })));
      } finally {
        await stores.close();
      }
      return EXIT.ok;
    }

    const config = loadConfig(env);
    const policy = await loadPolicy(config.policyFile);
    const stores = await openCliStores(config.storeUrl);
    try {
      // One JSON line per event on standard error, as the bot logs: standard output is the command's own answer.
      const logger = toSlackLogger(
        createLog({ level: config.logLevel, format: 'json', destination: pino.destination({ dest: 2, sync: true }) }),
      );
      const client = new WebClient(config.botToken, {
        slackApiUrl: config.slackApiUrl,
        retryConfig: { retries: 0 },
        rejectRateLimitedCalls: true,
        timeout: SLACK_CALL_TIMEOUT_MS,
        logger,
      });
      const channelLanguage = defaultLanguage(config);
      const delivery = createPostDelivery({
        stores,
        client,
        policy,
        reviewChannel: config.reviewChannel,
        channelLanguage,
        languageOf: async () => channelLanguage,
        clock,
        logger,
        workerId: newWorkerId(),
        approvers: createApproverCheck(client, config.approvers, clock),
        digestPoster: createDigestPoster({
          stores,
          client,
          policy,
          channel: config.digestChannel ?? config.reviewChannel,
          language: channelLanguage,
          clock,
          logger,
          // Owners shown by the names they go by in Slack, as the bot's digest shows them.
          nameOf: createLanguageResolver(client, channelLanguage, clock).nameOf,
        }),
      });
      const outcome = await runDueDigest({
        stores,
        policy,
        cron: config.digestCron,
        timeZone: config.digestTimeZone ?? policy.timezone,
        clock,
        send: delivery.send,
      });
      // Nothing due is no failure: an external scheduler calling early, or a schedule that has not fired yet.
      if (outcome.kind === 'nothing-due') {
        io.out(`digest: nothing due: ${outcome.reason}`);
        return EXIT.ok;
      }
      const { slot } = outcome.report;
      const record = await stores.digests.get(slot);
      const posted = record ? nextUnposted(record) : 0;
      // A part Slack refused stays in the outbox (retried by the bot, or by the next run of this command).
      const pending = (await stores.outbox.due(new Date(8.64e15), 1000)).filter(
        (job) => job.caseId === `${DIGEST_JOB_PREFIX}${slot}`,
      );
      const what = outcome.kind === 'posted' ? 'posted' : 'already claimed; resumed';
      // A part Slack refused for good is a dead letter, not a success: it waits for `npm run outbox -- retry`.
      const dead = (await stores.outbox.deadLetters(1000)).filter(
        (letter) => letter.job.caseId === `${DIGEST_JOB_PREFIX}${slot}`,
      );
      if (dead.length > 0) {
        io.err(
          `digest: ${slot}: ${what}; ${posted} parts in Slack, ${dead.length} refused by Slack (${dead[0]?.error}): fix the cause, then npm run outbox -- retry --all`,
        );
        return EXIT.failure;
      }
      if (pending.length > 0) {
        io.err(
          `digest: ${slot}: ${what}; ${posted} parts in Slack, the rest queued for retry: ${pending[0]?.lastError ?? 'not yet tried'}`,
        );
        return EXIT.failure;
      }
      io.out(`digest: ${slot}: ${what}; ${posted} parts in Slack`);
      return EXIT.ok;
    } finally {
      await stores.close();
    }
  });
}
