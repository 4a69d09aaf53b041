import { z } from 'zod';

/**
 * What the complaint form carries in its `private_metadata` between opening and submit: the channel it was
 * opened from and, when a message was filed as a complaint, that message. Slack hands it back as it was
 * given, but it is read with a schema all the same, and anything else reads as nothing.
 */
const FormMetadataSchema = z.object({
  channel: z.string().max(40),
  source: z
    .object({ channel: z.string().regex(/^[CDG][A-Z0-9]{2,39}$/), ts: z.string().regex(/^\d{1,12}\.\d{1,9}$/) })
    .strict()
    .optional(),
});
export type FormMetadata = z.infer<typeof FormMetadataSchema>;

export function formMetadata(metadata: FormMetadata): string {
  return JSON.stringify(metadata);
}

/** The form's metadata, or an empty one when it is missing or not what the form wrote. */
export function readFormMetadata(text: string | undefined): FormMetadata {
  try {
    const parsed = FormMetadataSchema.safeParse(JSON.parse(text ?? ''));
    return parsed.success ? parsed.data : { channel: '' };
  } catch {
    return { channel: '' };
  }
}
