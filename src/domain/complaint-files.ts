import { z } from 'zod';

/**
 * Photos and receipts staff attach to a complaint (issue 15). The case keeps only what Slack says of each
 * file — its id, name, type, size and permalink — never the file itself: it stays in Slack, readable by
 * the workspace's members as Slack allows, and the bot links to it instead of uploading or sharing it again.
 */

/** What the form's `file_input` accepts: photos from a phone (HEIC from iPhones) and receipts as PDF. */
export const COMPLAINT_FILE_TYPES = ['jpg', 'jpeg', 'png', 'heic', 'gif', 'webp', 'pdf'] as const;

/** The MIME types of those files, for a file whose Slack `filetype` is missing or unusual. */
const COMPLAINT_MIME_TYPES: ReadonlySet<string> = new Set([
  'image/jpeg',
  'image/png',
  'image/heic',
  'image/heif',
  'image/gif',
  'image/webp',
  'application/pdf',
]);

/** Slack's own limit for one `file_input` (it takes 1 to 10). */
export const COMPLAINT_FILES_MAX = 10;

const Permalink = z
  .string()
  .max(500)
  .regex(/^https:\/\/[^\s<>|]+$/, 'a Slack permalink');

/** One file as the case keeps it: enough to list and link it, nothing of its content. */
export const ComplaintFileSchema = z
  .object({
    /** Slack's file id (F…). */
    id: z.string().min(1).max(40),
    name: z.string().min(1).max(255),
    mimetype: z.string().max(100),
    /** Slack's short type (`jpg`, `pdf` …), when it gave one. */
    filetype: z.string().max(40).optional(),
    /** Bytes, when Slack said. */
    size: z.number().int().nonnegative().optional(),
    /** Where members of the workspace open it; the only way the bot shows a file. */
    permalink: Permalink,
  })
  .strict();
export type ComplaintFile = z.infer<typeof ComplaintFileSchema>;

/** The extension of a file's name, lower case; empty when it has none. */
function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/**
 * Whether a file is a photo or a PDF. Slack checks the extension in the browser only ("for convenience",
 * its docs say), so the bot checks again: Slack's detected type or MIME type must be one of ours, and a
 * name that says otherwise (`receipt.exe`) is refused too.
 */
export function isAcceptedFile(file: Pick<ComplaintFile, 'name' | 'mimetype' | 'filetype'>): boolean {
  const types: readonly string[] = COMPLAINT_FILE_TYPES;
  const detected =
    (file.filetype !== undefined && types.includes(file.filetype.toLowerCase())) ||
    COMPLAINT_MIME_TYPES.has(file.mimetype.toLowerCase());
  const extension = extensionOf(file.name);
  return detected && (extension === '' || types.includes(extension) || extension === 'heif');
}

/** The files attached on the form: photos and PDFs only, as many as Slack's `file_input` allows. */
export const ComplaintFilesSchema = z
  .array(ComplaintFileSchema.refine(isAcceptedFile, { message: 'not a photo or PDF' }))
  .max(COMPLAINT_FILES_MAX);

/** The files of the message a complaint was filed from, whatever they are: Slack cannot attach them to the form. */
export const SourceFilesSchema = z.array(ComplaintFileSchema).max(COMPLAINT_FILES_MAX);

/**
 * A file as Slack describes it (a `file_input`'s state, a message's `files`), read leniently: the fields
 * the case keeps, or undefined when one it needs is missing — a file hidden by the workspace's plan
 * (`hidden_by_limit`) or that the app may not see comes without a name or permalink.
 */
export function readSlackFile(raw: unknown): ComplaintFile | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const file = raw as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' && value.length > 0 ? value : undefined);
  const id = text(file.id);
  const permalink = text(file.permalink);
  const name = text(file.name) ?? text(file.title);
  if (!id || !permalink || !name) return undefined;
  const filetype = text(file.filetype);
  const size = typeof file.size === 'number' && Number.isInteger(file.size) && file.size >= 0 ? file.size : undefined;
  const candidate = {
    id,
    name: name.slice(0, 255),
    mimetype: text(file.mimetype) ?? '',
    ...(filetype ? { filetype } : {}),
    ...(size === undefined ? {} : { size }),
    permalink,
  };
  const parsed = ComplaintFileSchema.safeParse(candidate);
  return parsed.success ? parsed.data : undefined;
}
