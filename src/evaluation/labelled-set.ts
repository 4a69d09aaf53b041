import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { AimKindSchema, FlagKindSchema, TemperamentSchema } from '../domain/analysis.ts';
import { ComplaintSchema } from '../domain/complaint.ts';
import { InputError } from '../errors.ts';
import { describeReadFailure } from '../policy/load-policy.ts';

/** One complaint with the reading a seasoned store manager gave it. */
export const LabelledCaseSchema = z
  .object({
    id: z.string().min(1),
    complaint: ComplaintSchema,
    /** The moment staff entered it; the policy is applied at this time. */
    at: z.iso.datetime({ offset: true }),
    expect: z
      .object({
        temperament: TemperamentSchema,
        flags: z.array(FlagKindSchema).default([]),
        aim: AimKindSchema.optional(),
      })
      .strict(),
  })
  .strict();
export type LabelledCase = z.infer<typeof LabelledCaseSchema>;

/** Reads a YAML file of labelled cases, refusing the whole file on the first bad case. */
export function loadLabelledSet(path: string): Promise<LabelledCase[]> {
  return loadIdentifiedList(path, LabelledCaseSchema);
}

/**
 * Reads a YAML list whose entries each have an `id`, refusing the whole file on the first entry the schema
 * rejects (naming its path in the file) or on an id used twice.
 */
export async function loadIdentifiedList<Schema extends z.ZodType<{ id: string }>>(
  path: string,
  schema: Schema,
): Promise<z.infer<Schema>[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${path} (${describeReadFailure(error)})`);
  }
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    // The parser's message ends in a picture of the lines around the fault; its first line names the place.
    const first = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new InputError(`${path}: not YAML: ${first.replace(/:$/, '')}`);
  }
  const parsed = z.array(schema).safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'the file';
    const what = issue?.path.length ? (issue.message ?? 'invalid') : 'expected a YAML list of entries';
    throw new InputError(`${path}: ${where}: ${what}`);
  }
  const ids = new Set<string>();
  for (const item of parsed.data) {
    if (ids.has(item.id)) throw new InputError(`${path}: duplicate id ${item.id}`);
    ids.add(item.id);
  }
  return parsed.data;
}
