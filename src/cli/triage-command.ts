import { Keyv } from 'keyv';
import { createAnalyser } from '../analysis/create-analyser.ts';
import type { LlmConfig } from '../analysis/llm/llm-config.ts';
import { triageComplaint } from '../complaints/triage-complaint.ts';
import { loadLlmConfig } from '../config.ts';
import { InputError, PurchaseAfterComplaintError } from '../errors.ts';
import { formatMoment } from '../i18n/labels.ts';
import { DEFAULT_POLICY_PATH, loadPolicy } from '../policy/load-policy.ts';
import { parseMoment } from '../shared/parse-moment.ts';
import { type CliIo, EXIT, runCommand } from './cli-io.ts';
import { parseTriageArgs, TRIAGE_USAGE, toComplaint } from './parse-triage-args.ts';
import { renderTriage } from './render-triage.ts';
import { toTriageJson } from './triage-json.ts';

/** `npm run triage`: analyse one complaint against the policy and print it, without Slack. */
export async function runTriage(
  argv: string[],
  io: CliIo,
  clock: () => Date = () => new Date(),
  loadLlm: () => LlmConfig = () => loadLlmConfig(),
): Promise<number> {
  return runCommand(io, 'triage', async () => {
    const args = await parseTriageArgs(argv, io.readStdin);
    if (args.help) {
      io.out(TRIAGE_USAGE);
      return EXIT.ok;
    }
    const policy = await loadPolicy(args.policyPath ?? DEFAULT_POLICY_PATH);
    const now = args.at ? parseMoment(args.at, policy.timezone, '--at') : clock();
    const purchasedAt = args.purchased ? parseMoment(args.purchased, policy.timezone, '--purchased') : undefined;
    const complaint = toComplaint(args.fields, purchasedAt);
    // With OPENAI_API_KEY or OPENAI_BASE_URL set, the LLM reads the complaint (the rules stand in on failure).
    const analyser = await createAnalyser(loadLlm(), { cache: new Keyv() });
    const result = await triageComplaint({ complaint, policy, now, analyser }).catch((error: unknown) => {
      throw error instanceof PurchaseAfterComplaintError ? describePurchaseAfter(error, policy.timezone) : error;
    });
    io.out(
      args.json ? JSON.stringify(toTriageJson(result), null, 2) : renderTriage(result, policy, result.facts.language),
    );
    return EXIT.ok;
  });
}

/** The purchase-after-complaint line with both moments on the store's clock, as they were typed. */
function describePurchaseAfter(error: PurchaseAfterComplaintError, timeZone: string): InputError {
  const onStoreClock = (at: Date) => `${formatMoment(at.toISOString(), timeZone)} (${timeZone})`;
  const purchased = onStoreClock(error.purchasedAt);
  const complained = onStoreClock(error.complaintAt);
  return new InputError(
    `the purchase time ${purchased} is after the time of the complaint, ${complained}: check the purchase date, or give --at for when the complaint was made`,
  );
}
