import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { AimKindSchema, FlagKindSchema, TemperamentSchema } from '../domain/analysis.ts';
import { ComplaintSchema } from '../domain/complaint.ts';
import { InputError } from '../errors.ts';

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
  const data: unknown = parseYaml(await readFile(path, 'utf8'));
  const parsed = z.array(schema).safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(`${path}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  const ids = new Set<string>();
  for (const item of parsed.data) {
    if (ids.has(item.id)) throw new InputError(`${path}: duplicate id ${item.id}`);
    ids.add(item.id);
  }
  return parsed.data;
}
