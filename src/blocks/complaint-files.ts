import type { Complaint } from '../domain/complaint.ts';
import { COMPLAINT_FILE_TYPES, type ComplaintFile } from '../domain/complaint-files.ts';
import type { Language, Localized } from '../shared/language.ts';
import { section } from './block-parts.ts';
import type { SlackMessage } from './case-message.ts';
import { LIMITS } from './limits.ts';
import { fill, t } from './messages/common.ts';
import { COMPLAINT_FILES } from './messages/complaint-files.ts';
import { inertPlainText, truncate } from './mrkdwn.ts';
import { joinSafe, link, md, type SafeText, safeText, shownText } from './safe-text.ts';

/** A file's name in a modal error (plain text): cut short, with nothing Slack could read as markup. */
export function wrongTypeError(name: string, language: Language): string {
  return fill(COMPLAINT_FILES.wrongType, language, {
    name: inertPlainText(truncate(name, 60, language)),
    types: COMPLAINT_FILE_TYPES.join(', '),
  });
}

export function tooManyFilesError(max: number, language: Language): string {
  return fill(COMPLAINT_FILES.tooMany, language, { max });
}

/** "340 KB", "1.2 MB": what a reader needs to expect a phone photo or a scan. */
function describeSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

const NAME_MAX = 80;

/** One file as a link to its Slack permalink, its name escaped (and any contact in it masked). */
function fileLine(file: ComplaintFile, language: Language): SafeText {
  const name = link(file.permalink, safeText(file.name, { max: NAME_MAX, language }));
  return file.size === undefined ? md`• ${name}` : md`• ${name} · ${describeSize(file.size)}`;
}

/** Every file a complaint has: those attached on the form, then those of the message it was filed from. */
export function filesOf(complaint: Pick<Complaint, 'files' | 'source'>): {
  attached: readonly ComplaintFile[];
  fromSource: readonly ComplaintFile[];
} {
  return { attached: complaint.files ?? [], fromSource: complaint.source?.files ?? [] };
}

/** Room for the files in one section, short of Slack's 3,000 characters, so a cut never breaks a link. */
const FILES_TEXT_MAX = LIMITS.sectionText - 200;

/**
 * "📎 *Photos and receipts*" and one link per file, then the source message's files; undefined when the
 * complaint has none. Links to Slack's permalinks only: the files are never uploaded or shared again, so
 * whoever opens one needs access to it in Slack. Lines that would not fit in one section are counted
 * instead ("3 more files"). Safe mrkdwn.
 */
export function describeComplaintFiles(
  complaint: Pick<Complaint, 'files' | 'source'>,
  language: Language,
): SafeText | undefined {
  const { attached, fromSource } = filesOf(complaint);
  if (attached.length === 0 && fromSource.length === 0) return undefined;
  const lines: SafeText[] = [];
  let length = 0;
  let left = 0;
  const add = (line: SafeText) => {
    if (left === 0 && length + line.text.length + 1 <= FILES_TEXT_MAX) {
      lines.push(line);
      length += line.text.length + 1;
    } else left += 1;
  };
  const group = (title: Localized, files: readonly ComplaintFile[]) => {
    if (files.length === 0) return;
    add(md`📎 *${t(title, language)}* (${files.length})`);
    for (const file of files) add(fileLine(file, language));
  };
  group(COMPLAINT_FILES.title, attached);
  group(COMPLAINT_FILES.fromSource, fromSource);
  if (left > 0) lines.push(md`_${fill(COMPLAINT_FILES.more, language, { count: left })}_`);
  return joinSafe(lines, '\n');
}

/**
 * The review thread's message listing a new case's files (issue 15), for the review meeting to open them
 * in Slack; undefined when the complaint has none.
 */
export function buildFilesThreadMessage(
  complaint: Pick<Complaint, 'files' | 'source'>,
  language: Language,
): SlackMessage | undefined {
  const files = describeComplaintFiles(complaint, language);
  if (!files) return undefined;
  const intro = md`${t(COMPLAINT_FILES.threadIntro, language)}`;
  return {
    text: shownText(intro, 200, language),
    blocks: [section(files)],
  };
}
