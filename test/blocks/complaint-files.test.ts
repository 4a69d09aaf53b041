import { describe, expect, it } from 'vitest';
import { buildFilesThreadMessage, describeComplaintFiles } from '../../src/blocks/complaint-files.ts';
import { parseComplaintForm } from '../../src/blocks/complaint-form.ts';
import { formMetadata, readFormMetadata } from '../../src/blocks/form-metadata.ts';
import { COMPLAINT_BLOCK, INPUT_ACTION } from '../../src/blocks/ids.ts';
import { LIMITS } from '../../src/blocks/limits.ts';
import type { ViewStateValues } from '../../src/blocks/view-state.ts';
import type { ComplaintFile } from '../../src/domain/complaint-files.ts';
import { slackFile } from '../helpers/complaint-payloads.ts';
import { NOW } from './block-fixtures.ts';

// Issue 15, "Photos and receipts": the form's file input read into the complaint (pure), and the files
// listed as Slack links wherever the case is shown.

const form = (files: readonly unknown[] | undefined): ViewStateValues => ({
  [COMPLAINT_BLOCK.narrative]: { [INPUT_ACTION]: { type: 'plain_text_input', value: '表带断了' } },
  ...(files === undefined ? {} : { [COMPLAINT_BLOCK.files]: { [INPUT_ACTION]: { type: 'file_input', files } } }),
});

const PHOTO = slackFile('F0PHOTO', 'broken-strap.jpg', 'image/jpeg');
const RECEIPT = slackFile('F0RECEIPT', '小票.pdf', 'application/pdf', { size: 1_572_864 });
const IPHONE = slackFile('F0HEIC', 'IMG_0042.HEIC', 'image/heic', { filetype: 'heic' });

const kept = (file: ReturnType<typeof slackFile>): ComplaintFile => ({
  id: file.id,
  name: file.name,
  mimetype: file.mimetype,
  filetype: file.filetype,
  size: file.size,
  permalink: file.permalink,
});

describe('parseComplaintForm: photos and receipts', () => {
  it('when photos and a PDF receipt are attached, then the complaint keeps each one’s id, name, type, size and permalink, nothing else', () => {
    const parsed = parseComplaintForm(form([PHOTO, RECEIPT, IPHONE]), NOW, 'zh');
    expect(parsed).toMatchObject({ ok: true });
    if (!parsed.ok) return;
    expect(parsed.complaint.files).toEqual([kept(PHOTO), kept(RECEIPT), kept(IPHONE)]);
    expect(JSON.stringify(parsed.complaint)).not.toContain('url_private');
  });

  it('when nothing is attached, then the complaint has no files', () => {
    for (const files of [undefined, []]) {
      const parsed = parseComplaintForm(form(files), NOW, 'en');
      expect(parsed.ok && parsed.complaint.files).toBeUndefined();
    }
  });

  it('when a file is not a photo or a PDF, then the form says which one under the file input, in the staff member’s language', () => {
    const script = slackFile('F0EXE', 'receipt.exe', 'application/x-msdownload', { filetype: 'binary' });
    expect(parseComplaintForm(form([PHOTO, script]), NOW, 'en')).toEqual({
      ok: false,
      errors: {
        [COMPLAINT_BLOCK.files]:
          '“receipt.exe” is not a photo or a PDF. Attach jpg, jpeg, png, heic, gif, webp, pdf files.',
      },
    });
    const zh = parseComplaintForm(form([script]), NOW, 'zh');
    expect(zh.ok || zh.errors[COMPLAINT_BLOCK.files]).toBe(
      '“receipt.exe”不是照片或 PDF。请上传 jpg, jpeg, png, heic, gif, webp, pdf 文件。',
    );
  });

  it('when a file’s name and its type disagree, then it is refused all the same', () => {
    // Slack's filetypes check runs in the browser only: a PDF renamed to .html, or a text file named .jpg.
    for (const file of [
      slackFile('F0HTML', 'invoice.html', 'application/pdf', { filetype: 'pdf' }),
      slackFile('F0TXT', 'photo.jpg', 'text/plain', { filetype: 'text' }),
    ]) {
      const parsed = parseComplaintForm(form([file]), NOW, 'en');
      expect(parsed.ok).toBe(false);
      expect(parsed.ok || parsed.errors[COMPLAINT_BLOCK.files]).toContain(`“${file.name}”`);
    }
  });

  it('when a file cannot be read or there are more than Slack allows, then the form says so and keeps nothing', () => {
    const noLink = slackFile('F0HIDDEN', 'hidden.jpg', 'image/jpeg', { permalink: undefined });
    expect(parseComplaintForm(form([noLink]), NOW, 'en')).toEqual({
      ok: false,
      errors: { [COMPLAINT_BLOCK.files]: 'A file could not be read; remove it and attach it again.' },
    });
    const eleven = Array.from({ length: 11 }, (_, index) => slackFile(`F0P${index}`, `p${index}.png`, 'image/png'));
    expect(parseComplaintForm(form(eleven), NOW, 'zh')).toEqual({
      ok: false,
      errors: { [COMPLAINT_BLOCK.files]: '最多 10 个文件,请删掉一些。' },
    });
    const notHttps = slackFile('F0JS', 'x.png', 'image/png', { permalink: 'javascript:alert(1)' });
    expect(parseComplaintForm(form([notHttps]), NOW, 'en').ok).toBe(false);
  });
});

describe('describeComplaintFiles', () => {
  const file = (id: string, name: string): ComplaintFile => ({
    id,
    name,
    mimetype: 'image/jpeg',
    size: 2048,
    permalink: `https://example.slack.com/files/U1/${id}/x.jpg`,
  });

  it('when a case has files, then each is a link to its Slack permalink, its name escaped and any phone in it masked', () => {
    const text = describeComplaintFiles(
      {
        files: [file('F1', '<!channel> 13812345678.jpg')],
        source: { channel: 'C1', ts: '1.2', files: [file('F2', 'email.jpg')] },
      },
      'en',
    )?.text;
    expect(text).toContain('<https://example.slack.com/files/U1/F1/x.jpg|&lt;!channel&gt; ');
    expect(text).not.toContain('13812345678');
    expect(text).toContain('*Photos and receipts* (1)');
    expect(text).toContain('*Files of the message it was filed from* (1)');
    expect(text).toContain('<https://example.slack.com/files/U1/F2/x.jpg|email.jpg> · 2 KB');
  });

  it('when a case has none, then there is nothing to show or post', () => {
    expect(describeComplaintFiles({}, 'zh')).toBeUndefined();
    expect(buildFilesThreadMessage({ files: [] }, 'zh')).toBeUndefined();
  });

  it('when the links would not fit in one section, then the rest are counted, and no link is cut', () => {
    const long = 'x'.repeat(200);
    const files = Array.from({ length: 10 }, (_, index) => ({
      ...file(`F${index}`, `${long}.jpg`),
      permalink: `https://example.slack.com/files/U1/F${index}/${'y'.repeat(300)}.jpg`,
    }));
    const message = buildFilesThreadMessage({ files, source: { channel: 'C1', ts: '1.2', files } }, 'zh');
    const shown = (message?.blocks[0] as { text?: { text: string } } | undefined)?.text?.text ?? '';
    expect(shown.length).toBeLessThanOrEqual(LIMITS.sectionText);
    expect(shown).toMatch(/另有 \d+ 个文件_$/);
    const opened = shown.split('<https://').length - 1;
    expect(opened).toBeGreaterThan(0);
    expect(shown.match(/<https:\/\/[^<>]*>/g)?.length).toBe(opened);
  });
});

describe('the form’s metadata carries a filed message’s files', () => {
  it('when the message has files, then they come back on submit; when they would not fit Slack’s 3,000 characters, the last are left out', () => {
    const files = Array.from({ length: 10 }, (_, index) => ({
      id: `F${index}`,
      name: `${'n'.repeat(200)}.jpg`,
      mimetype: 'image/jpeg',
      permalink: `https://example.slack.com/files/U1/F${index}/photo.jpg`,
    }));
    const source = { channel: 'C0STORE', ts: '1700000123.000200' };
    expect(readFormMetadata(formMetadata({ channel: 'C1', source: { ...source, files: files.slice(0, 2) } }))).toEqual({
      channel: 'C1',
      source: { ...source, files: files.slice(0, 2) },
    });
    const text = formMetadata({ channel: 'C1', source: { ...source, files } });
    expect(text.length).toBeLessThanOrEqual(LIMITS.privateMetadata);
    const back = readFormMetadata(text);
    expect(back.source?.channel).toBe('C0STORE');
    expect(back.source?.files?.length).toBeGreaterThan(0);
    expect(back.source?.files?.length).toBeLessThan(10);
    expect(back.source?.files).toEqual(files.slice(0, back.source?.files?.length));
  });
});
