import { Server as HttpServer, type Server } from 'node:http';
import { App, HTTPReceiver, type Logger, LogLevel, SocketModeReceiver } from '@slack/bolt';
import { eraseExpiredCases } from './complaints/erase-customer-data.ts';
import { escalateApprovals } from './complaints/escalate-approvals.ts';
import { escalateOverdue } from './complaints/escalate-overdue.ts';
import { remindAftercare } from './complaints/remind-aftercare.ts';
import { remindApprovers } from './complaints/remind-approvers.ts';
import { sweepSla } from './complaints/sweep-sla.ts';
import type { Config } from './config.ts';
import { createDigestPoster } from './digest/post-digest.ts';
import { createWeeklyPoster } from './digest/post-weekly.ts';
import { createDigestSchedule, type DigestSchedule } from './digest/schedule-digest.ts';
import { createWeeklySchedule, type WeeklySchedule } from './digest/schedule-weekly.ts';
import { fileHeldComplaint } from './listeners/file-held-complaint.ts';
import { registerListeners } from './listeners/index.ts';
import type { ListenerContext } from './listeners/listener-context.ts';
import { createLog } from './logging/create-log.ts';
import { toSlackLogger } from './logging/slack-logger.ts';
import { meterAnalyser } from './metrics/metered-analyser.ts';
import { meterDigestRuns } from './metrics/metered-digests.ts';
import { createPrometheusMetrics, METRICS_PATH, type PrometheusMetrics } from './metrics/prometheus-metrics.ts';
import { timeAcks } from './metrics/time-acks.ts';
import { requireOwnWorkspace } from './middleware/require-own-workspace.ts';
import { createPostDelivery, type PostDelivery } from './outbox/deliver-posts.ts';
import { isGoneWorker, newWorkerId } from './outbox/worker-identity.ts';
import { sectionsOffLine } from './policy/sections-off.ts';
import { type AppDeps, defaultLanguage } from './services.ts';
import { AckGate } from './slack/ack-gate.ts';
import { createApproverCheck } from './slack/approvers.ts';
import { SLACK_CALL_TIMEOUT_MS } from './slack/call-timeout.ts';
import { createDelegateCheck } from './slack/delegates.ts';
import { FILES_READ_MISSING, lacksScope } from './slack/granted-scopes.ts';
import { guardHttpRequests } from './slack/guard-http-requests.ts';
import { guardSocketMessages } from './slack/guard-socket-messages.ts';
import {
  answerHealth,
  HEALTH_PATH,
  type HealthRoute,
  type Readiness,
  startHealthServer,
  stopHealthServer,
} from './slack/health-check.ts';
import { holdLogger } from './slack/held-logger.ts';
import { type InstalledWorkspace, readInstalledWorkspace } from './slack/installed-workspace.ts';
import { keepSocketConnected } from './slack/socket-connection.ts';
import { quietSocketLibrary } from './slack/socket-library-logger.ts';
import {
  describeListenFailure,
  describeStartFailure,
  describeStartTimeout,
  type StartToken,
} from './slack/start-failure.ts';
import { createLanguageResolver } from './slack/user-language.ts';
import { createStoreWatch } from './store/store-watch.ts';

/** How often queued posts that failed are tried again. */
const OUTBOX_INTERVAL_MS = 15_000;
/** How many held complaints one start files at most: the few seconds before a crash, with room to spare. */
const HELD_PER_START = 1_000;
/**
 * How old a held complaint must be before any running instance files it: far longer than filing takes (the
 * case is stored before an LLM is asked, and its posts wait PROVISIONAL_GRACE_MS), so only a complaint whose
 * instance died holding it is this old — and with several instances, the one that died may never restart.
 */
const HELD_STALE_MS = 5 * 60_000;
/** How often follow-ups and repairs are checked for their reminder; they fall due by the day, not the minute. */
const AFTERCARE_INTERVAL_MS = 5 * 60_000;
/** How often pending requests are checked for their reminder. */
const REMINDER_INTERVAL_MS = 60_000;
/** How often the SLA clocks are read for a target turning at risk or breached; a minute late is no harm. */
const SLA_INTERVAL_MS = 60_000;
/** How often the retention sweep runs once started (it also runs at start): cases age by the day. */
const RETENTION_INTERVAL_MS = 24 * 3600_000;
/** How long stopping waits for acknowledged work (filing a complaint) to finish before the store closes. */
const STOP_DRAIN_MS = 5_000;
/** How long start-up may wait for Slack (the token check, then the Socket Mode connection) before giving up. */
const DEFAULT_START_TIMEOUT_MS = 30_000;
/** How often the store is asked whether it still answers when nothing else asks (the health check does too). */
const STORE_CHECK_INTERVAL_MS = 10_000;
/** At most this many requests awaiting approval are counted for the metric at each scrape. */
const PENDING_APPROVALS_LIMIT = 1000;

export interface RunningApp {
  app: App;
  delivery: PostDelivery;
  /** What GET /metrics serves (unless METRICS=off). */
  metrics: PrometheusMetrics;
  /** The morning digest's timer; `runDue()` runs the latest slot's digest now. */
  digest: DigestSchedule;
  /** The weekly root-cause report's timer (issue 15); `runDue()` runs the latest WEEKLY_CRON slot's now. */
  weekly: WeeklySchedule;
  /** One sweep of the approval reminders (it also runs every minute once started); returns how many were sent. */
  remindApprovers(): Promise<number>;
  /** One sweep of the follow-up and repair reminders (also every five minutes once started); returns how many were sent. */
  remindAftercare(): Promise<number>;
  /** One sweep of the SLA clocks (also every minute once started); returns how many review posts it updated. */
  sweepSla(): Promise<number>;
  /** One round of the escalation ladder (the SLA timer runs it after each sweep of the clocks). */
  escalateOverdue(): Promise<number>;
  /** One round of escalating requests for approval left waiting (the reminders' timer runs it after each sweep). */
  escalateApprovals(): Promise<number>;
  /**
   * Files complaints held for over five minutes (their instance died after acknowledging them); also every
   * minute once started, so a dead instance's complaints do not wait for that instance to come back.
   */
  refileStaleHeld(): Promise<number>;
  /**
   * One retention sweep (also at start and daily once started; nothing without RETENTION_DAYS or the
   * policy's `retention`): returns how many cases had the customer's data erased. A sweep asked for while
   * one runs joins it.
   */
  eraseExpired(): Promise<number>;
  /**
   * Checks the bot token with Slack (`auth.test`), connects (Socket Mode) or listens (HTTP mode), then starts
   * the outbox, the digest and the reminders; resolves with the HTTP port in HTTP mode (undefined in Socket
   * Mode) only once the bot is ready. A token Slack refuses, Slack out of reach or a port in use rejects with
   * an AppError whose one-line message names the cause and the setting to fix, with nothing left running.
   */
  start(): Promise<number | undefined>;
  /** The port `GET /healthz` is served on besides HTTP mode's PORT (HEALTH_PORT), once started; else undefined. */
  healthPort(): number | undefined;
  stop(): Promise<void>;
}

/** Where Slack sends commands, interactions and events in HTTP mode. */
const EVENTS_PATH = '/slack/events';

const LOG_LEVELS = { debug: LogLevel.DEBUG, info: LogLevel.INFO, warn: LogLevel.WARN, error: LogLevel.ERROR } as const;

/**
 * Builds the Bolt app: Socket Mode when SLACK_APP_TOKEN is set, else HTTP mode serving POST /slack/events
 * (signed, fresh and well-formed requests only: see guard-http-requests.ts) and GET /healthz, which answers
 * 200 once the bot is ready.
 */
export function createApp(config: Config, deps: AppDeps): RunningApp {
  const baseLogger: Logger =
    deps.logger ?? toSlackLogger(createLog({ level: config.logLevel, format: config.logFormat ?? 'json' }));
  baseLogger.setLevel(LOG_LEVELS[config.logLevel]);
  // Held until the bot is running: a failed start is one line, not that line after the libraries' warnings.
  const logger = holdLogger(baseLogger);
  let ready = false;
  // The store is asked on every health check and before a complaint is acknowledged; a lost store pauses
  // the outbox (its rounds would only fail) until it answers again, and then what was queued goes out.
  const storeWatch = createStoreWatch({
    probe: () => deps.stores.probe(),
    log: { error: (message) => logger.error(message), info: (message) => logger.info(message) },
    onLost: () => delivery.stop(),
    onRecovered: () => {
      if (!ready) return;
      delivery.start(OUTBOX_INTERVAL_MS);
      delivery.deliverDue({ all: true }).catch((error: unknown) => logger.error(`outbox: ${describeError(error)}`));
    },
  });
  const isReady = async (): Promise<Readiness> => {
    if (!ready) return false;
    // Socket Mode is ready only while its socket is connected (it reconnects by itself); HTTP mode always is.
    const connection = socket?.status();
    if (connection && !connection.ok) return connection;
    const store = await storeWatch.check();
    return store.ok ? true : { ok: false, reason: store.reason };
  };
  const metrics = createPrometheusMetrics({
    countPendingApprovals: async () => (await deps.stores.cases.listAwaitingApproval(PENDING_APPROVALS_LIMIT)).length,
    processMetrics: deps.processMetrics ?? false,
  });
  // /metrics is served wherever /healthz is: on PORT in HTTP mode, and on HEALTH_PORT when set.
  const metricsRoutes: HealthRoute[] = config.metrics
    ? [{ path: METRICS_PATH, answer: (response) => metrics.answer(response) }]
    : [];
  const clientOptions = {
    slackApiUrl: config.slackApiUrl,
    // The outbox retries failed posts durably, so the Web API client must not hold them in memory.
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: SLACK_CALL_TIMEOUT_MS,
  };
  const { appToken } = config;
  // Socket Mode's connection request (apps.connections.open) honours SLACK_API_URL only when the receiver
  // is given the client options itself, so both receivers are built here rather than by App.
  // The bot reconnects by itself (socket-connection.ts): the client's own reconnecting can end the process.
  const socketReceiver = appToken
    ? guardSocketMessages(
        new SocketModeReceiver({
          appToken,
          logger: quietSocketLibrary(logger),
          autoReconnectEnabled: false,
          installerOptions: { clientOptions },
        }),
        logger,
      )
    : undefined;
  const socket = socketReceiver && keepSocketConnected(socketReceiver, { logger, slackApiUrl: config.slackApiUrl });
  const receiver =
    socketReceiver ??
    guardHttpRequests(
      new HTTPReceiver({
        signingSecret: config.signingSecret,
        // guardHttpRequests checks every request's signature before the receiver sees it, once.
        signatureVerification: false,
        endpoints: EVENTS_PATH,
        logger,
        customRoutes: [
          { path: HEALTH_PATH, method: ['GET'], handler: (_request, response) => answerHealth(isReady, response) },
          ...metricsRoutes.map((route) => ({
            path: route.path,
            method: ['GET'],
            handler: (_request: unknown, response: Parameters<HealthRoute['answer']>[0]) => route.answer(response),
          })),
        ],
      }),
      { signingSecret: config.signingSecret, endpoint: EVENTS_PATH, logger },
    );
  // Initialised explicitly in start(): Bolt's eager auth.test would otherwise be an unhandled rejection.
  // logLevel too: Bolt sets the logger it is given to its own default (info) unless told LOG_LEVEL.
  const app = new App({
    token: config.botToken,
    receiver,
    clientOptions,
    logger,
    logLevel: LOG_LEVELS[config.logLevel],
    deferInitialization: true,
    // No listener keeps state per conversation; Bolt's default store would look each request's conversation
    // up before the acknowledgement and, finding none, reject with a new Error (its stack) every time.
    convoStore: false,
  });
  timeAcks(app, metrics);

  const languages = createLanguageResolver(app.client, defaultLanguage(config), deps.clock);
  const approvers = createApproverCheck(app.client, config.approvers, deps.clock, logger);
  const delegates = createDelegateCheck(
    () => deps.stores.delegations.list(),
    approvers,
    deps.clock,
    deps.policy.timezone,
  );
  if (config.approvers.length === 0) {
    logger.warn('APPROVERS is empty: nobody can decide requests for approval, so they will wait for good');
  }
  const sectionsOff = sectionsOffLine(deps.policy, config.policyFile);
  if (sectionsOff) logger.info(sectionsOff);
  const digestPoster = createDigestPoster({
    stores: deps.stores,
    client: app.client,
    policy: deps.policy,
    channel: config.digestChannel ?? config.reviewChannel,
    language: defaultLanguage(config),
    clock: deps.clock,
    logger,
    nameOf: languages.nameOf,
  });
  // The weekly root-cause report goes to the review channel, where the managers are (issue 15).
  const weeklyPoster = createWeeklyPoster({
    stores: deps.stores,
    client: app.client,
    policy: deps.policy,
    channel: config.reviewChannel,
    language: defaultLanguage(config),
    clock: deps.clock,
    logger,
  });
  const workerId = newWorkerId();
  const delivery = createPostDelivery({
    stores: deps.stores,
    client: app.client,
    policy: deps.policy,
    reviewChannel: config.reviewChannel,
    channelLanguage: defaultLanguage(config),
    languageOf: languages.resolve,
    clock: deps.clock,
    logger,
    workerId,
    approvers,
    delegates,
    digestPoster,
    weeklyPoster,
    onDeadLetter: (letter) => metrics.postDead(letter.job.kind),
    metrics,
  });
  const digest = createDigestSchedule({
    stores: { ...deps.stores, digests: meterDigestRuns(deps.stores.digests, metrics) },
    policy: deps.policy,
    cron: config.digestCron,
    timeZone: config.digestTimeZone ?? deps.policy.timezone,
    clock: deps.clock,
    send: delivery.send,
    queue: delivery.queue,
    logger,
  });
  const weekly = createWeeklySchedule({
    stores: deps.stores,
    policy: deps.policy,
    cron: config.weeklyCron,
    timeZone: config.digestTimeZone ?? deps.policy.timezone,
    clock: deps.clock,
    send: delivery.send,
    queue: delivery.queue,
    logger,
  });
  const ackGate = new AckGate();
  // Learnt from Slack at start-up; requests come only after, and one from elsewhere is refused before any listener.
  let installed: InstalledWorkspace | undefined;
  const ctx: ListenerContext = {
    config,
    policy: deps.policy,
    stores: deps.stores,
    analyser: meterAnalyser(deps.analyser, metrics),
    delivery,
    metrics,
    languages,
    approvers,
    delegates,
    clock: deps.clock,
    ackGate,
    storeWatch,
    grantedScopes: () => installed?.scopes,
  };
  app.use(
    requireOwnWorkspace({
      installed: () => installed,
      languageOf: (user) => (user ? languages.cached(user) : undefined) ?? defaultLanguage(config),
    }),
  );
  registerListeners(app, ctx);

  /** Files what earlier runs held and never filed (see HeldComplaint); one that fails stays held for the next start. */
  const refileHeld = async (before: Date): Promise<number> => {
    const held = await deps.stores.intake.heldBefore(before, HELD_PER_START);
    let filed = 0;
    for (const complaint of held) {
      try {
        await fileHeldComplaint(ctx, app.client, complaint, () => new Date(complaint.receivedAt));
        filed += 1;
      } catch (error) {
        logger.error(
          `intake: complaint ${complaint.id} from ${complaint.owner} could not be filed: ${describeError(error)}`,
        );
      }
    }
    if (filed > 0)
      logger.info(`intake: filed ${filed} complaint(s) acknowledged by a run that stopped before storing them`);
    return filed;
  };
  const refileStaleHeld = () => refileHeld(new Date(deps.clock().getTime() - HELD_STALE_MS));
  app.error(async (error) => {
    // The error itself goes in the line's fields: its stack, and Slack's code when it is a Web API error.
    logger.error('unhandled error in a listener:', error.original ?? error);
  });

  const sweepReminders = () =>
    remindApprovers({
      cases: deps.stores.cases,
      idempotency: deps.stores.idempotency,
      outbox: deps.stores.outbox,
      delivery,
      policy: deps.policy,
      clock: deps.clock,
      afterHours: config.approvalRemindHours,
    });
  let reminderTimer: NodeJS.Timeout | undefined;
  const sweepAftercare = () =>
    remindAftercare({
      cases: deps.stores.cases,
      idempotency: deps.stores.idempotency,
      delivery,
      policy: deps.policy,
      clock: deps.clock,
      pause: () => ackGate.quiet(),
    });
  let aftercareTimer: NodeJS.Timeout | undefined;
  const sweepSlaClocks = () =>
    sweepSla({
      cases: deps.stores.cases,
      idempotency: deps.stores.idempotency,
      delivery,
      policy: deps.policy,
      clock: deps.clock,
      pause: () => ackGate.quiet(),
    });
  const escalateOverdueCases = () =>
    escalateOverdue({
      cases: deps.stores.cases,
      idempotency: deps.stores.idempotency,
      delivery,
      policy: deps.policy,
      clock: deps.clock,
      pause: () => ackGate.quiet(),
    });
  const escalateWaitingApprovals = () =>
    escalateApprovals({
      cases: deps.stores.cases,
      idempotency: deps.stores.idempotency,
      delivery,
      policy: deps.policy,
      clock: deps.clock,
    });
  let slaTimer: NodeJS.Timeout | undefined;
  const retentionDays = config.retentionDays ?? deps.policy.retention?.days;
  let retentionRun: Promise<number> | undefined;
  const eraseExpired = (): Promise<number> => {
    if (retentionDays === undefined) return Promise.resolve(0);
    retentionRun ??= eraseExpiredCases(
      {
        stores: deps.stores,
        clock: deps.clock,
        send: (jobs) => delivery.send(jobs),
        log: (fields, line) => logger.info(fields, line),
      },
      { days: retentionDays },
    ).finally(() => {
      retentionRun = undefined;
    });
    return retentionRun;
  };
  let retentionTimer: NodeJS.Timeout | undefined;
  let healthServer: { server: Server; port: number } | undefined;
  let appStarted = false;

  /** Checks the bot token, then connects or listens; each failure becomes one line naming what to fix. */
  const connectToSlack = async (): Promise<unknown> => {
    const explain = (token: StartToken) => (error: unknown) => {
      throw describeStartFailure(error, token, config.slackApiUrl) ?? error;
    };
    await app.init().catch(explain('SLACK_BOT_TOKEN'));
    installed = await readInstalledWorkspace(app.client).catch(explain('SLACK_BOT_TOKEN'));
    if (lacksScope(installed.scopes, 'files:read')) logger.warn(FILES_READ_MISSING);
    appStarted = true;
    if (appToken) return app.start().catch(explain('SLACK_APP_TOKEN'));
    return app.start(config.port).catch((error: unknown) => {
      throw describeListenFailure(error, 'PORT', config.port) ?? error;
    });
  };

  const stop = async (): Promise<void> => {
    ready = false;
    storeWatch.stop();
    delivery.stop();
    digest.stop();
    weekly.stop();
    if (reminderTimer) clearInterval(reminderTimer);
    if (aftercareTimer) clearInterval(aftercareTimer);
    if (slaTimer) clearInterval(slaTimer);
    if (retentionTimer) clearInterval(retentionTimer);
    const health = healthServer;
    healthServer = undefined;
    try {
      if (appStarted) await app.stop();
    } finally {
      appStarted = false;
      if (health) await stopHealthServer(health.server);
    }
    // Nothing new comes in now; what was acknowledged is finished before the caller closes the store, so a
    // restart never finds a complaint half-filed (stored, but on none of the lists App Home reads).
    const busy = ackGate.busy;
    if (busy > 0 && !(await ackGate.drain(STOP_DRAIN_MS))) {
      logger.warn(
        `stopping with ${busy} acknowledged request(s) still being handled after ${STOP_DRAIN_MS / 1000} s; a complaint stored with its provisional analysis has its posts sent after the restart`,
      );
    }
  };

  return {
    app,
    delivery,
    metrics,
    digest,
    weekly,
    remindApprovers: sweepReminders,
    remindAftercare: sweepAftercare,
    sweepSla: sweepSlaClocks,
    escalateOverdue: escalateOverdueCases,
    escalateApprovals: escalateWaitingApprovals,
    refileStaleHeld,
    eraseExpired,
    async start() {
      const startedAt = new Date();
      const timeoutMs = deps.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
      try {
        if (config.healthPort !== undefined) {
          healthServer = await startHealthServer(config.healthPort, isReady, metricsRoutes).catch((error: unknown) => {
            throw describeListenFailure(error, 'HEALTH_PORT', config.healthPort ?? 0) ?? error;
          });
        }
        const started = await withDeadline(connectToSlack(), timeoutMs, () =>
          describeStartTimeout(timeoutMs / 1000, config.slackApiUrl, Boolean(appToken)),
        );
        // A run of this bot that died (kill -9, a crash) left its jobs leased: they are freed now rather
        // than when the leases lapse, and tried with the rest (each looks in Slack before posting again).
        const released = await deps.stores.outbox.releaseLeases((worker) => isGoneWorker(worker, workerId));
        if (released > 0)
          logger.info(`outbox: released ${released} post(s) a previous run was sending when it stopped`);
        // Complaints a run that died had acknowledged but not yet filed are filed now, at the moment they
        // were received (each once: the case id comes from the submission).
        await refileHeld(startedAt);
        // Posts left queued by a previous run (Slack down, a crash) are tried once now, whatever their
        // backoff said, then on a timer.
        await delivery.deliverDue({ all: true });
        delivery.start(OUTBOX_INTERVAL_MS);
        // A digest missed while the bot was down goes out now, marked late; then one per DIGEST_CRON slot.
        await digest.start();
        // Likewise the weekly root-cause report, on WEEKLY_CRON.
        await weekly.start();
        storeWatch.start(STORE_CHECK_INTERVAL_MS);
        // The sweeps wait while the store is lost: the watch has said so once, and each round would only fail.
        reminderTimer = setInterval(() => {
          if (!storeWatch.status().ok) return;
          sweepReminders()
            .catch((error: unknown) =>
              logger.error(`reminders: ${error instanceof Error ? error.message : String(error)}`),
            )
            .then(() => escalateWaitingApprovals())
            .catch((error: unknown) =>
              logger.error(`approval escalation: ${error instanceof Error ? error.message : String(error)}`),
            );
          refileStaleHeld().catch((error: unknown) =>
            logger.error(`intake: ${error instanceof Error ? error.message : String(error)}`),
          );
        }, REMINDER_INTERVAL_MS);
        reminderTimer.unref();
        aftercareTimer = setInterval(() => {
          if (!storeWatch.status().ok) return;
          sweepAftercare().catch((error: unknown) =>
            logger.error(`aftercare reminders: ${error instanceof Error ? error.message : String(error)}`),
          );
        }, AFTERCARE_INTERVAL_MS);
        aftercareTimer.unref();
        slaTimer = setInterval(() => {
          if (!storeWatch.status().ok || !deps.policy.sla) return;
          sweepSlaClocks()
            .catch((error: unknown) =>
              logger.error(`sla clocks: ${error instanceof Error ? error.message : String(error)}`),
            )
            .then(() => escalateOverdueCases())
            .catch((error: unknown) =>
              logger.error(`escalation: ${error instanceof Error ? error.message : String(error)}`),
            );
        }, SLA_INTERVAL_MS);
        slaTimer.unref();
        // Retention: at start, then daily; in the background, so a first sweep of a large store delays nothing.
        const sweepRetention = () => {
          if (!storeWatch.status().ok) return;
          eraseExpired().catch((error: unknown) => logger.error(`retention: ${describeError(error)}`));
        };
        sweepRetention();
        retentionTimer = setInterval(sweepRetention, RETENTION_INTERVAL_MS);
        retentionTimer.unref();
        ready = true;
        logger.release();
        const server = started instanceof HttpServer ? started : undefined;
        if (server) ackGate.track(server);
        const address = server?.address();
        return address && typeof address === 'object' ? address.port : undefined;
      } catch (error) {
        // With LOG_LEVEL=debug the libraries' lines help find the cause; otherwise the one line says it.
        if (config.logLevel === 'debug') logger.release();
        else logger.discard();
        await stop().catch(() => undefined);
        throw error;
      }
    },
    healthPort: () => healthServer?.port,
    stop,
  };
}

/** Races a start-up step against a deadline; the step is abandoned (the caller stops the app) when it passes. */
async function withDeadline<T>(step: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  try {
    return await Promise.race([step, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
