import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from '@slack/bolt';
import { LogLevel } from '@slack/bolt';
import type { ComplaintAnalyser } from '../../src/analysis/analyser.ts';
import { createRulesAnalyser } from '../../src/analysis/rules-analyser.ts';
import { createApp, type RunningApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import type { Case } from '../../src/domain/case.ts';
import { loadPolicy } from '../../src/policy/load-policy.ts';
import type { Stores } from '../../src/store/case-store.ts';
import { openStores } from '../../src/store/open-stores.ts';
import { FakeSlackApi } from './fake-slack-api.ts';
import { interactionBody, postToSlackEndpoint, type SlackRequestOptions, slashCommandBody } from './signed-request.ts';

export const SIGNING_SECRET = 'test-signing-secret-0123456789';
export const REVIEW_CHANNEL = 'C0REVIEW';

/** A logger that keeps quiet unless a test wants to look. */
export function quietLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const log = (...messages: unknown[]) => {
    // A leading object of fields ({ caseId, method, error }) is kept readable, as JSON.
    lines.push(
      messages
        .map((m) => (m !== null && typeof m === 'object' && !(m instanceof Error) ? JSON.stringify(m) : String(m)))
        .join(' '),
    );
  };
  return {
    lines,
    debug: log,
    info: log,
    warn: log,
    error: log,
    setLevel: () => undefined,
    getLevel: () => LogLevel.INFO,
    setName: () => undefined,
  };
}

export interface TestApp {
  slack: FakeSlackApi;
  stores: Stores;
  running: RunningApp;
  url: string;
  logger: ReturnType<typeof quietLogger>;
  storeUrl: string;
  /** A signed `/complaint`; `respondToSlack` sends its response_url to the fake Slack (recorded as `response_url`). */
  command(
    text: string,
    options?: SlackRequestOptions & { user?: string; respondToSlack?: boolean },
  ): Promise<{ status: number; json: unknown }>;
  interact(
    payload: Record<string, unknown>,
    options?: SlackRequestOptions,
  ): Promise<{ status: number; json: unknown; text: string }>;
  event(event: Record<string, unknown>, options?: SlackRequestOptions): Promise<{ status: number }>;
  /** Waits until one of an owner's cases satisfies a predicate (writes land just after Slack answers). */
  waitForCase(predicate: (record: Case) => boolean, owner?: string): Promise<Case>;
  /** Stops the app and the fake Slack; keeps the store files unless `keepStore` is false. */
  stop(options?: { keepStore?: boolean }): Promise<void>;
}

export interface TestAppOptions {
  env?: Record<string, string>;
  /** Reuse a store (a restart) instead of a fresh temp SQLite file. */
  storeUrl?: string;
  slack?: FakeSlackApi;
  /** A Slack API already running elsewhere (another thread); `slack` then only records nothing. */
  slackUrl?: string;
  clock?: () => Date;
  /** The analyser the app uses (default: the rules analyser), e.g. an LLM analyser against a fake endpoint. */
  analyser?: ComplaintAnalyser;
  /** Wraps the stores the app is given (not `TestApp.stores`), e.g. to stop the process mid-change. */
  wrapStores?: (stores: Stores) => Stores;
}

/** Starts the real app in HTTP mode on an ephemeral loopback port, against a fake Slack Web API. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const slack = options.slack ?? new FakeSlackApi();
  if (!options.slack && !options.slackUrl) await slack.start();
  const slackUrl = options.slackUrl ?? slack.url;
  const dir = options.storeUrl ? undefined : await mkdtemp(join(tmpdir(), 'complaint-desk-'));
  const storeUrl = options.storeUrl ?? `sqlite://${join(dir ?? '', 'cases.sqlite')}`;
  const config = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slackUrl,
    REVIEW_CHANNEL,
    APPROVERS: 'UMANAGER01',
    PORT: '0',
    STORE_URL: storeUrl,
    DEFAULT_LOCALE: 'en',
    ...options.env,
  });
  const stores = await openStores(storeUrl);
  const logger = quietLogger();
  const running = createApp(config, {
    // POLICY_FILE in `env` picks another policy, as it does for npm start.
    policy: await loadPolicy(config.policyFile),
    stores: options.wrapStores ? options.wrapStores(stores) : stores,
    analyser: options.analyser ?? createRulesAnalyser(),
    clock: options.clock ?? (() => new Date()),
    logger,
  });
  const port = await running.start();
  const url = `http://127.0.0.1:${port}/slack/events`;
  return {
    slack,
    stores,
    running,
    url,
    logger,
    storeUrl,
    command: (text, { user, respondToSlack, ...rest } = {}) =>
      postToSlackEndpoint(
        url,
        SIGNING_SECRET,
        slashCommandBody({
          text,
          ...(user ? { user } : {}),
          ...(respondToSlack ? { responseUrl: `${slack.url}response_url` } : {}),
        }),
        'application/x-www-form-urlencoded',
        rest,
      ),
    interact: (payload, requestOptions) =>
      postToSlackEndpoint(
        url,
        SIGNING_SECRET,
        interactionBody(payload),
        'application/x-www-form-urlencoded',
        requestOptions,
      ),
    event: (event, requestOptions) =>
      postToSlackEndpoint(
        url,
        SIGNING_SECRET,
        JSON.stringify({
          token: 'legacy',
          team_id: 'T1',
          api_app_id: 'A1',
          type: 'event_callback',
          event_id: `Ev${Math.random().toString(36).slice(2)}`,
          event_time: Math.floor(Date.now() / 1000),
          event,
        }),
        'application/json',
        requestOptions,
      ),
    async waitForCase(predicate, owner = 'U_STAFF') {
      for (let tries = 0; tries < 250; tries++) {
        const found = (await stores.cases.listByOwner(owner, 50)).find(predicate);
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error(`no case of ${owner} matched within 5 s`);
    },
    async stop({ keepStore = true } = {}) {
      await running.stop();
      await stores.close();
      if (!options.slack && !options.slackUrl) await slack.stop();
      if (!keepStore && dir) await rm(dir, { recursive: true, force: true });
    },
  };
}
