import { z } from 'zod';
import { SourceFilesSchema } from '../domain/complaint-files.ts';
import { LIMITS } from './limits.ts';

/**
 * What the complaint form carries in its `private_metadata` between opening and submit: the channel it was
 * opened from and, when a message was filed as a complaint, that message. Slack hands it back as it was
 * given, but it is read with a schema all the same, and anything else reads as nothing.
 */
const FormMetadataSchema = z.object({
  channel: z.string().max(40),
  source: z
    .object({
      channel: z.string().regex(/^[CDG][A-Z0-9]{2,39}$/),
      ts: z.string().regex(/^\d{1,12}\.\d{1,9}$/),
      /** The message's photos and receipts (issue 15): Slack has no way to put them in the form's file input. */
      files: SourceFilesSchema.optional(),
    })
    .strict()
    .optional(),
});
export type FormMetadata = z.infer<typeof FormMetadataSchema>;

/**
 * The metadata as the form carries it. Slack keeps at most 3,000 characters, so a message with many files
 * of long names keeps the files that fit (the case links the message, where the rest still are).
 */
export function formMetadata(metadata: FormMetadata): string {
  let text = JSON.stringify(metadata);
  const files = [...(metadata.source?.files ?? [])];
  while (text.length > LIMITS.privateMetadata && files.length > 0 && metadata.source) {
    files.pop();
    const { files: _all, ...source } = metadata.source;
    text = JSON.stringify({ ...metadata, source: files.length > 0 ? { ...source, files } : source });
  }
  return text;
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
