import { deadLetterReasonText, POST_KIND_LABELS } from '../blocks/messages/dead-letters.ts';
import { loadOutboxCliConfig } from '../config.ts';
import type { DeadLetter } from '../domain/post-job.ts';
import { InputError } from '../errors.ts';
import type { Language } from '../shared/language.ts';
import type { Stores } from '../store/case-store.ts';
import { type CliIo, EXIT, runCommand } from './cli-io.ts';
import { openCliStores } from './open-cli-stores.ts';
import { parseOptions } from './parse-options.ts';

const USAGE = 'usage: npm run outbox [-- list] [--json] | npm run outbox -- retry <id>… | --all [--json]';

/** Far enough to list every dead letter a store could hold, and every queued post. */
const ALL = 10_000;

type OutboxRequest =
  | { command: 'list'; json: boolean }
  | { command: 'retry'; ids: string[]; all: boolean; json: boolean };

function parseOutboxArgs(argv: readonly string[]): OutboxRequest {
  const { values, positionals } = parseOptions(argv, {
    options: { json: { type: 'boolean' }, all: { type: 'boolean' } },
    allowPositionals: true,
    hint: USAGE,
  });
  const [command = 'list', ...ids] = positionals;
  const json = values.json ?? false;
  const all = values.all ?? false;
  if (command === 'list') {
    if (ids.length > 0) throw new InputError(`list takes no ids; to send one again: npm run outbox -- retry ${ids[0]}`);
    if (all) throw new InputError(`--all goes with retry (${USAGE})`);
    return { command, json };
  }
  if (command === 'retry') {
    if (all && ids.length > 0) throw new InputError('retry takes ids or --all, not both');
    if (!all && ids.length === 0) {
      throw new InputError('retry needs the id of a dead letter (npm run outbox lists them) or --all');
    }
    return { command, ids, all, json };
  }
  throw new InputError(`unknown command "${command}": list or retry (${USAGE})`);
}

/** One dead letter as lines a person reads at a terminal. */
function describeLetter(letter: DeadLetter, language: Language): string[] {
  const where = [letter.method, letter.channel].filter(Boolean).join(' → ');
  return [
    letter.job.id,
    `  case ${letter.job.caseId} · ${POST_KIND_LABELS[letter.job.kind][language]} · gave up ${letter.diedAt} after ${letter.job.attempts} ${letter.job.attempts === 1 ? 'try' : 'tries'}`,
    `  ${where ? `${where}: ` : ''}${letter.error} — ${deadLetterReasonText(letter, language)}`,
  ];
}

async function list(stores: Stores, io: CliIo, json: boolean, language: Language): Promise<number> {
  const letters = await stores.outbox.deadLetters(ALL);
  if (json) {
    // The id `retry` takes and the case it is about lead each entry, so `jq '.[].id'` needs no digging.
    const shown = letters.map((letter) => ({
      id: letter.job.id,
      caseId: letter.job.caseId,
      ...letter,
      reason: deadLetterReasonText(letter, language),
    }));
    io.out(JSON.stringify(shown, null, 2));
    return EXIT.ok;
  }
  const queued = (await stores.outbox.due(new Date(8.64e15), ALL)).length;
  const waiting = `${queued} ${queued === 1 ? 'post' : 'posts'} queued (being tried or waiting to be retried)`;
  if (letters.length === 0) {
    io.out(`outbox: no dead letters; ${waiting}`);
    return EXIT.ok;
  }
  io.out(
    `outbox: ${letters.length} dead ${letters.length === 1 ? 'letter' : 'letters'}, the most recent first; ${waiting}`,
  );
  for (const letter of letters) io.out(describeLetter(letter, language).join('\n'));
  io.out('Once the cause is fixed: npm run outbox -- retry <id> (or --all) queues them again for the bot.');
  return EXIT.ok;
}

async function retry(
  stores: Stores,
  io: CliIo,
  request: { ids: string[]; all: boolean; json: boolean },
): Promise<number> {
  const letters = await stores.outbox.deadLetters(ALL);
  const known = new Set(letters.map((letter) => letter.job.id));
  // Every id checked before any is queued: a typo in the third id must not leave the first two half done.
  const unknown = request.ids.find((id) => !known.has(id));
  if (unknown !== undefined) throw new InputError(`no dead letter has the id "${unknown}" (npm run outbox lists them)`);
  const ids = request.all ? letters.map((letter) => letter.job.id) : [...new Set(request.ids)];
  const now = new Date();
  const revived = [];
  for (const id of ids) {
    const job = await stores.outbox.revive(id, now);
    if (job) revived.push(job);
  }
  if (request.json) {
    io.out(JSON.stringify(revived, null, 2));
    return EXIT.ok;
  }
  if (revived.length === 0) {
    io.out('outbox: no dead letters to send again');
    return EXIT.ok;
  }
  for (const job of revived) io.out(`outbox: queued again: ${job.id} (case ${job.caseId})`);
  io.out(
    `outbox: the running bot sends ${revived.length === 1 ? 'it' : 'them'} within 15 s (or as soon as it starts); if Slack refuses again, ${revived.length === 1 ? 'it comes' : 'they come'} back here`,
  );
  return EXIT.ok;
}

/**
 * `npm run outbox`: lists the posts the bot gave up on (dead letters: Slack refused them for good, or
 * could not be reached for a day) with Slack's error in words a person can act on; `retry <id>…` or
 * `retry --all` puts them back on the queue, where the running bot sends them on its next round (this
 * command needs no Slack token and posts nothing itself). `--json` prints JSON only.
 */
export async function runOutboxCommand(
  argv: readonly string[],
  io: CliIo,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  return runCommand(io, 'outbox', async () => {
    const request = parseOutboxArgs(argv);
    const config = loadOutboxCliConfig(env);
    const language: Language = config.defaultLocale === 'zh-CN' ? 'zh' : 'en';
    const stores = await openCliStores(config.storeUrl);
    try {
      return request.command === 'list'
        ? await list(stores, io, request.json, language)
        : await retry(stores, io, request);
    } finally {
      await stores.close();
    }
  });
}
