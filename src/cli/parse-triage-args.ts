import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import {
  COMPLAINT_CHANNELS,
  type Complaint,
  ComplaintChannelSchema,
  ComplaintSchema,
  SuspectedCauseSchema,
} from '../domain/complaint.ts';
import { InputError } from '../errors.ts';
import { describeReadFailure } from '../policy/load-policy.ts';
import { LanguageSchema } from '../shared/language.ts';
import { parseOptions } from './parse-options.ts';
import { assertText, decodeText } from './text-input.ts';

const OPTIONS = {
  lang: { type: 'string' },
  policy: { type: 'string' },
  file: { type: 'string' },
  category: { type: 'string' },
  problem: { type: 'string' },
  product: { type: 'string' },
  price: { type: 'string' },
  purchased: { type: 'string' },
  at: { type: 'string' },
  receipt: { type: 'boolean' },
  'special-price': { type: 'boolean' },
  cause: { type: 'string' },
  words: { type: 'string' },
  behaviour: { type: 'string' },
  ask: { type: 'string' },
  store: { type: 'string' },
  from: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export const TRIAGE_USAGE = `Usage: npm run triage -- [options] "what happened"   (or the text on stdin, or --file complaint.yml)
  --lang zh|en            the customer's language (default: detected)
  --policy FILE           the store policy (default: the example policy)
  --category ID           a category of the policy (default: detected)
  --problem ID            a problem of the policy (default: detected)
  --product TEXT          --price N          --store TEXT
  --purchased DATE        when it was bought (ISO; without an offset, the policy's time zone)
  --at DATE               "now" for the policy (default: the current time)
  --receipt | --no-receipt            --special-price
  --cause quality|use|unknown
  --words TEXT            the customer's own words     --behaviour TEXT   what staff observed
  --ask TEXT              what the customer asks for
  --from WHERE            where it reached the store: ${COMPLAINT_CHANNELS.join(', ')}
  --json                  one JSON object instead of text`;

/** A triage request as the command line gives it, before the policy (and its time zone) is loaded. */
export interface TriageArgs {
  help: boolean;
  json: boolean;
  policyPath: string | undefined;
  /** Raw dates, parsed once the policy's time zone is known. */
  purchased: string | undefined;
  at: string | undefined;
  fields: Record<string, unknown>;
}

const FileSchema = z.union([
  z.object({ complaint: z.record(z.string(), z.unknown()), at: z.string().optional() }),
  z.record(z.string(), z.unknown()),
]);

function parseFlags(argv: string[]) {
  return parseOptions(argv, {
    options: OPTIONS,
    allowPositionals: true,
    allowNegative: true,
    hint: 'npm run triage -- --help lists the options',
  });
}

async function readComplaintFile(path: string): Promise<{ fields: Record<string, unknown>; at?: string }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new InputError(`cannot read ${path} (${describeReadFailure(error)})`);
  }
  const text = decodeText(bytes, path);
  assertText(text, path);
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    // The parser's first line names the place and ends with a colon before its picture of the lines.
    const first = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new InputError(`${path}: not YAML: ${first.replace(/:$/, '')}`);
  }
  const parsed = FileSchema.safeParse(data);
  if (!parsed.success) throw new InputError(`${path}: expected the complaint's fields as a YAML mapping`);
  const value = parsed.data;
  if ('complaint' in value && typeof value.complaint === 'object' && value.complaint !== null) {
    const at = typeof value.at === 'string' ? value.at : undefined;
    return at ? { fields: { ...value.complaint }, at } : { fields: { ...value.complaint } };
  }
  return { fields: { ...value } };
}

function parseChoice<T extends string>(schema: z.ZodType<T>, value: string, label: string, choices: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new InputError(`${label} "${value}" is not one of ${choices}`);
  return parsed.data;
}

/** Reads argv (plus stdin or a file for the text) into a triage request. */
export async function parseTriageArgs(
  argv: string[],
  readStdin: () => Promise<string | undefined>,
): Promise<TriageArgs> {
  const { values, positionals } = parseFlags(argv);
  if (values.help)
    return { help: true, json: false, policyPath: undefined, purchased: undefined, at: undefined, fields: {} };
  const file = values.file ? await readComplaintFile(values.file) : undefined;
  const fields: Record<string, unknown> = { ...(file?.fields ?? {}) };
  const positional = positionals.join(' ').trim();
  if (positional) {
    assertText(positional, 'the complaint given as an argument');
    fields.narrative = positional;
  } else if (fields.narrative === undefined) {
    const piped = (await readStdin())?.trim() ?? '';
    assertText(piped, 'standard input');
    fields.narrative = piped;
  }

  if (values.lang) fields.language = parseChoice(LanguageSchema, values.lang, '--lang', 'zh, en');
  if (values.cause)
    fields.suspectedCause = parseChoice(SuspectedCauseSchema, values.cause, '--cause', 'quality, use, unknown');
  if (values.from)
    fields.channel = parseChoice(ComplaintChannelSchema, values.from, '--from', COMPLAINT_CHANNELS.join(', '));
  if (values.price !== undefined) {
    const price = Number(values.price);
    if (values.price.trim() === '' || !Number.isFinite(price))
      throw new InputError(`--price "${values.price}" is not a number`);
    if (price < 0) throw new InputError(`--price ${values.price}: a price cannot be negative`);
    fields.price = price;
  }
  const text: [keyof typeof values, string][] = [
    ['category', 'category'],
    ['problem', 'problem'],
    ['product', 'product'],
    ['words', 'customerWords'],
    ['behaviour', 'behaviour'],
    ['ask', 'customerAsk'],
    ['store', 'store'],
  ];
  for (const [flag, field] of text) {
    const value = values[flag];
    if (typeof value === 'string') fields[field] = value;
  }
  if (values.receipt !== undefined) fields.hasReceipt = values.receipt;
  if (values['special-price'] !== undefined) fields.specialPrice = values['special-price'];
  const purchased = values.purchased ?? (typeof fields.purchasedAt === 'string' ? fields.purchasedAt : undefined);
  delete fields.purchasedAt;
  return {
    help: false,
    json: values.json,
    policyPath: values.policy,
    purchased,
    at: values.at ?? file?.at,
    fields,
  };
}

const FIELD_LABELS: Record<string, string> = {
  narrative: 'the complaint text',
  customerWords: '--words',
  behaviour: '--behaviour',
  customerAsk: '--ask',
  product: '--product',
  store: '--store',
  price: '--price',
  category: '--category',
  problem: '--problem',
};

/** Validates the fields as a complaint, turning the first problem into one line a person can act on. */
export function toComplaint(fields: Record<string, unknown>, purchasedAt: Date | undefined): Complaint {
  const parsed = ComplaintSchema.safeParse(
    purchasedAt ? { ...fields, purchasedAt: purchasedAt.toISOString() } : fields,
  );
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = String(issue?.path[0] ?? '');
  const label = FIELD_LABELS[field] ?? field;
  if (field === 'narrative' && issue?.code === 'too_small') throw new InputError('the complaint text is empty');
  if (issue?.code === 'too_big' && typeof fields[field] === 'string') {
    throw new InputError(
      `${label} is ${String(fields[field]).length} characters; the most is ${String(issue.maximum)}`,
    );
  }
  if (issue?.code === 'unrecognized_keys')
    throw new InputError(`unknown field ${issue.keys.join(', ')} in the complaint file`);
  throw new InputError(`${label}: ${issue?.message ?? 'invalid'}`);
}
