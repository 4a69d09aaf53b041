import {
  type CustomerCase,
  type ErasureSubject,
  eraseCustomer,
  findCustomerCases,
} from '../complaints/erase-customer-data.ts';
import { loadEraseCliConfig } from '../config.ts';
import { customerRefOf } from '../domain/customer-ref.ts';
import type { ErasureAudit } from '../domain/erasure.ts';
import { InputError } from '../errors.ts';
import { normaliseCustomerId } from '../shared/customer-id.ts';
import type { Stores } from '../store/case-store.ts';
import { type CliIo, EXIT, runCommand } from './cli-io.ts';
import { openCliStores } from './open-cli-stores.ts';
import { parseOptions } from './parse-options.ts';

const USAGE =
  'usage: npm run erase -- --customer PHONE|MEMBER [--dry-run] [--json] | npm run erase -- --audit [--json]';

/** What `--help` prints. */
const HELP = [
  USAGE,
  '',
  "Erases one customer's data on their request (PIPL/GDPR): their words, contacts, reference and source",
  'message in every case their phone or member number finds (with CUSTOMER_KEY), open or closed, and in every',
  'case whose texts write that number (filed without it in the customer field, or before the field); the facts',
  'reports need stay. --dry-run lists the cases and changes nothing. Every erasure is audited (case ids,',
  "when, why; never the data): --audit lists them, the retention sweep's too. The running bot edits each",
  "erased case's review post to say so.",
].join('\n');

/** Far enough to list every erasure a store could hold. */
const ALL = 100_000;

type EraseRequest =
  | { command: 'help' }
  | { command: 'audit'; json: boolean }
  | { command: 'erase'; customer: string; dryRun: boolean; json: boolean };

function parseEraseArgs(argv: readonly string[]): EraseRequest {
  const { values } = parseOptions(argv, {
    options: {
      customer: { type: 'string' },
      'dry-run': { type: 'boolean' },
      audit: { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: false,
    hint: USAGE,
  });
  const json = values.json ?? false;
  if (values.help) return { command: 'help' };
  if (values.audit) {
    if (values.customer !== undefined || values['dry-run']) {
      throw new InputError(`--audit lists the erasures and takes no --customer or --dry-run (${USAGE})`);
    }
    return { command: 'audit', json };
  }
  if (values.customer === undefined) {
    throw new InputError(`say whose data to erase with --customer, or list the erasures with --audit (${USAGE})`);
  }
  if (values.customer.trim() === '') throw new InputError(`--customer needs a phone or member number (${USAGE})`);
  return { command: 'erase', customer: values.customer, dryRun: values['dry-run'] ?? false, json };
}

/** "C-20261121-0001 · closed · 黄兴店 · filed 2026-11-21T02:00:00Z": a case without anything of the customer's. */
function describeCase(found: CustomerCase): string {
  const erased = found.erased ? ' · erased already' : '';
  const how = found.foundBy === 'text' ? ' · the number is in its texts' : '';
  return `  ${found.id} · ${found.status} · ${found.store} · filed ${found.createdAt}${how}${erased}`;
}

function describeAudit(audit: ErasureAudit): string {
  const why =
    audit.reason === 'retention'
      ? `retention (closed more than ${audit.retentionDays ?? '?'} days ago)`
      : "the customer's request";
  const count = `${audit.caseIds.length} ${audit.caseIds.length === 1 ? 'case' : 'cases'}`;
  return `${audit.at} · ${why} · by ${audit.by} · ${count}${audit.caseIds.length > 0 ? `: ${audit.caseIds.join(', ')}` : ''}`;
}

async function listAudit(stores: Stores, io: CliIo, json: boolean): Promise<number> {
  const audits = await stores.audit.erasures(ALL);
  if (json) io.out(JSON.stringify(audits, null, 2));
  else if (audits.length === 0) io.out('erase: no erasures recorded');
  else {
    io.out(`erase: ${audits.length} ${audits.length === 1 ? 'erasure' : 'erasures'}, the most recent first`);
    for (const audit of audits) io.out(describeAudit(audit));
  }
  return EXIT.ok;
}

async function erase(
  stores: Stores,
  io: CliIo,
  request: { subject: ErasureSubject; last4: string; dryRun: boolean; json: boolean },
): Promise<number> {
  const who = `the customer ending ${request.last4}`;
  if (request.dryRun) {
    const found = await findCustomerCases(stores, request.subject, new Date());
    const due = found.filter((entry) => !entry.erased);
    if (request.json) {
      io.out(JSON.stringify({ dryRun: true, cases: found }, null, 2));
      return EXIT.ok;
    }
    io.out(
      `erase: dry run: ${who} has ${found.length} ${found.length === 1 ? 'case' : 'cases'}; ${due.length} would be erased; nothing was changed`,
    );
    for (const entry of found) io.out(describeCase(entry));
    return EXIT.ok;
  }
  const erased = await eraseCustomer(
    {
      stores,
      clock: () => new Date(),
      // The running bot sends what is queued on its next round (or as soon as it starts).
      send: async (jobs) => {
        for (const job of jobs) await stores.outbox.enqueue(job);
      },
      // The audit line goes to standard error, as a log line would, so --json output stays JSON.
      log: (fields, line) => io.err(JSON.stringify({ level: 'info', ...fields, msg: line })),
    },
    request.subject,
    'npm run erase',
  );
  if (request.json) {
    io.out(JSON.stringify({ erased: erased.map((found) => found.id) }, null, 2));
    return EXIT.ok;
  }
  if (erased.length === 0) {
    io.out(`erase: ${who}: no case to erase (none found, or erased already); the request is audited`);
    return EXIT.ok;
  }
  io.out(
    `erase: ${who}: the customer's data was erased in ${erased.length} ${erased.length === 1 ? 'case' : 'cases'}:`,
  );
  for (const found of erased) io.out(`  ${found.id} · ${found.status} · ${found.store} · filed ${found.createdAt}`);
  io.out('erase: audited (npm run erase -- --audit); the running bot edits their review posts on its next round');
  return EXIT.ok;
}

/**
 * `npm run erase`: erases one customer's data on their request (`--customer`, found by the keyed fingerprint
 * of their phone or member number, so CUSTOMER_KEY is needed), `--dry-run` to see first, `--audit` to list
 * every erasure. Needs no Slack token and posts nothing itself: the review posts' edits are queued for the bot.
 */
export async function runEraseCommand(
  argv: readonly string[],
  io: CliIo,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  return runCommand(io, 'erase', async () => {
    const request = parseEraseArgs(argv);
    if (request.command === 'help') {
      io.out(HELP);
      return EXIT.ok;
    }
    const config = loadEraseCliConfig(env);
    let reference: { subject: ErasureSubject; last4: string } | undefined;
    if (request.command === 'erase') {
      if (config.customerKey === undefined) {
        throw new InputError(
          "CUSTOMER_KEY is not set: it is the key customers' phone and member numbers were fingerprinted with; set the bot's own",
        );
      }
      const id = normaliseCustomerId(request.customer);
      const ref = customerRefOf(request.customer, config.customerKey);
      if (!id || !ref) throw new InputError('--customer is neither a phone number nor a member number');
      reference = { subject: { fingerprint: ref.fingerprint, id }, last4: ref.last4 };
    }
    const stores = await openCliStores(config.storeUrl);
    try {
      if (request.command === 'audit' || !reference)
        return await listAudit(stores, io, request.command === 'audit' && request.json);
      return await erase(stores, io, { ...reference, dryRun: request.dryRun, json: request.json });
    } finally {
      await stores.close();
    }
  });
}
