import { describe, expect, it } from 'vitest';
import { buildCasesCsv } from '../../src/archive/export-csv.ts';
import type { Case } from '../../src/domain/case.ts';
import type { ComplaintFile } from '../../src/domain/complaint-files.ts';
import { DEFAULT_POLICY_PATH, loadPolicy } from '../../src/policy/load-policy.ts';
import { readCsvTable } from '../helpers/parse-csv.ts';
import { makeCase } from '../store/case-fixtures.ts';

// Issue 15: the export lists a case's photos and receipts as Slack permalinks, one a line, form files first.

const policy = await loadPolicy(DEFAULT_POLICY_PATH);

const file = (id: string, name: string, mimetype: string): ComplaintFile => ({
  id,
  name,
  mimetype,
  permalink: `https://example.slack.com/files/U1/${id}/${name}`,
});

describe('the CSV export’s files column', () => {
  it('when a case has photos, a receipt and its source message’s files, then the column lists every permalink', () => {
    const record = makeCase({ id: 'C-FILES' });
    const withFiles: Case = {
      ...record,
      complaint: {
        ...record.complaint,
        files: [file('F1', 'strap.jpg', 'image/jpeg'), file('F2', 'receipt.pdf', 'application/pdf')],
        source: { channel: 'C1', ts: '1700000000.000100', files: [file('F3', 'email.png', 'image/png')] },
      },
    };
    const plain = makeCase({ id: 'C-NOFILES' });
    for (const [language, heading] of [
      ['en', 'files'],
      ['zh', '照片和票据'],
    ] as const) {
      const { rows } = readCsvTable(buildCasesCsv([withFiles, plain], { policy, language }));
      const cells = rows.map((row) => row(heading));
      expect(cells).toContain(
        [
          'https://example.slack.com/files/U1/F1/strap.jpg',
          'https://example.slack.com/files/U1/F2/receipt.pdf',
          'https://example.slack.com/files/U1/F3/email.png',
        ].join('\n'),
      );
      expect(cells).toContain('');
    }
  });
});
