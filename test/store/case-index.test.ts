import { describe, expect, it } from 'vitest';
import { CASE_INDEX_CAP, withCaseEntry, withoutCaseEntry } from '../../src/store/case-index.ts';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 21, 2, minute)).toISOString();

describe('a case index', () => {
  it('when cases are added, then they are kept newest first by moment, whatever the offset they were written with', () => {
    let index = withCaseEntry(undefined, { id: 'C-1', createdAt: '2026-11-21T10:05:00+08:00' });
    index = withCaseEntry(index, { id: 'C-2', createdAt: '2026-11-21T02:10:00Z' });
    index = withCaseEntry(index, { id: 'C-3', createdAt: '2026-11-21T02:00:00.000Z' });
    expect(index.entries.map((entry) => entry.id)).toEqual(['C-2', 'C-1', 'C-3']);
  });

  it('when a case already indexed is added again, then the same index comes back and nothing is written', () => {
    const index = withCaseEntry(undefined, { id: 'C-1', createdAt: at(1) });
    expect(withCaseEntry(index, { id: 'C-1', createdAt: at(1) })).toBe(index);
  });

  it(`when more than ${CASE_INDEX_CAP} cases are added, then only the newest ${CASE_INDEX_CAP} are kept`, () => {
    let index = withCaseEntry(undefined, { id: 'C-0', createdAt: at(0) });
    for (let minute = 1; minute <= CASE_INDEX_CAP + 9; minute += 1) {
      index = withCaseEntry(index, {
        id: `C-${minute}`,
        createdAt: new Date(Date.parse(at(0)) + minute * 60_000).toISOString(),
      });
    }
    expect(index.entries).toHaveLength(CASE_INDEX_CAP);
    expect(index.entries[0]?.id).toBe(`C-${CASE_INDEX_CAP + 9}`);
    expect(index.entries.at(-1)?.id).toBe('C-10');
    // A case older than everything a full index keeps leaves it as it is.
    expect(withCaseEntry(index, { id: 'C-old', createdAt: at(0) })).toBe(index);
  });

  it('when a case is removed, then only its entry goes, and removing an absent one changes nothing', () => {
    const index = withCaseEntry(withCaseEntry(undefined, { id: 'C-1', createdAt: at(1) }), {
      id: 'C-2',
      createdAt: at(2),
    });
    expect(withoutCaseEntry(index, 'C-1')?.entries.map((entry) => entry.id)).toEqual(['C-2']);
    expect(withoutCaseEntry(index, 'C-9')).toBe(index);
  });
});
