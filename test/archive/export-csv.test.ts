import { describe, expect, it } from 'vitest';
import { buildCasesCsv } from '../../src/archive/export-csv.ts';
import type { Case } from '../../src/domain/case.ts';
import { DEFAULT_POLICY_PATH, loadPolicy } from '../../src/policy/load-policy.ts';
import { readCsvTable } from '../helpers/parse-csv.ts';
import { makeCase } from '../store/case-fixtures.ts';

const policy = await loadPolicy(DEFAULT_POLICY_PATH);
/** The classic payload: a spreadsheet that runs it starts a program. */
const PAYLOAD = `cmd|' /C calc'!A0`;

/** The export of one case whose customer's words are `words`, read back cell by cell. */
function exportedWords(words: string): string | undefined {
  const record = makeCase({ id: 'C-CSV' });
  const changed: Case = { ...record, complaint: { ...record.complaint, customerWords: words } };
  const { rows } = readCsvTable(buildCasesCsv([changed], { policy, language: 'en' }));
  return rows[0]?.("customer's words");
}

describe('the CSV export against formula injection', () => {
  // Cases read from the store are trimmed, so a tab or CR can only lead a cell built some other way; the
  // export holds either way.
  it.each([
    ['=', 'an equals sign'],
    ['+', 'a plus sign'],
    ['-', 'a minus sign'],
    ['@', 'an at sign'],
    ['\t', 'a tab'],
    ['\r', 'a carriage return'],
  ])('when a cell starts with %j (%s), then it gets a leading apostrophe and opens as text', (sign) => {
    expect(exportedWords(`${sign}${PAYLOAD}`)).toBe(`'${sign}${PAYLOAD}`);
  });

  it('when the sign comes after leading blanks, then the cell is defused all the same', () => {
    expect(exportedWords(` =${PAYLOAD}`)).toBe(`' =${PAYLOAD}`);
    expect(exportedWords(`\u3000@SUM(1+1)*${PAYLOAD}`)).toBe(`'\u3000@SUM(1+1)*${PAYLOAD}`);
  });

  it('when a sign stands anywhere but the start, then the words are left exactly as written', () => {
    expect(exportedWords('She said 2+2=4 and left')).toBe('She said 2+2=4 and left');
    expect(exportedWords('email me at a@b.example - thanks')).toBe('email me at a@b.example - thanks');
  });

  it('when the bot itself wrote a number, then it stays a number, a negative one too', () => {
    const record = makeCase({ id: 'C-NUM' });
    const numbered: Case = {
      ...record,
      complaint: { ...record.complaint, price: 129 },
      proposal: { remedyId: 'compensation', amount: -5, needsApproval: false, approved: false },
    };
    const { rows } = readCsvTable(buildCasesCsv([numbered], { policy, language: 'en' }));
    expect(rows[0]?.('amount')).toBe('-5');
    expect(rows[0]?.('price')).toBe('129');
  });
});
