import { describe, expect, it } from 'vitest';
import { applyCaseEvent } from '../../src/domain/case-transitions.ts';
import {
  CASE_INDEX_CAP,
  type CaseIndex,
  type CaseIndexEntry,
  withCaseEntry,
  withoutCaseEntry,
} from '../../src/store/case-index.ts';
import { indexMembershipOf, withIndexChanges } from '../../src/store/case-index-membership.ts';
import { indexShardOf } from '../../src/store/index-shards.ts';
import { withSetEntry } from '../../src/store/period-index.ts';
import { recordKeys } from '../../src/store/record-keys.ts';
import { makeCase, minutesIn } from './case-fixtures.ts';

/** Entries filed out of order, some at the same moment, with offsets other than UTC. */
function entries(count: number, seed: number): CaseIndexEntry[] {
  return Array.from({ length: count }, (_, n) => {
    const minute = (n * 7919 + seed * 104_729) % 997;
    const at = new Date(Date.parse('2026-11-21T10:00:00+08:00') + minute * 60_000);
    const createdAt = n % 3 === 0 ? at.toISOString() : `${at.toISOString().slice(0, 19)}+00:00`;
    return { id: `C-${seed}-${n}`, createdAt };
  });
}

describe('applying many cases to one index at once', () => {
  for (const kind of ['set', 'newest-first'] as const) {
    it(`when many ${kind} changes are applied at once, then the index is what applying them one by one gives`, () => {
      const one = (index: CaseIndex | undefined, member: boolean, entry: CaseIndexEntry) =>
        !member
          ? withoutCaseEntry(index, entry.id)
          : kind === 'set'
            ? withSetEntry(index, entry)
            : withCaseEntry(index, entry);
      let start: CaseIndex | undefined;
      for (const entry of entries(kind === 'set' ? 40 : CASE_INDEX_CAP, 1)) start = one(start, true, entry);
      const existing = start?.entries ?? [];
      // Some taken off, some already there (a no-op), many new; on a capped index the new ones compete
      // for the places the others left. On an uncapped one, one case is also put on and taken off again.
      const changes = [
        ...existing.slice(5, 12).map((entry) => ({ member: false, entry })),
        ...existing.slice(0, 5).map((entry) => ({ member: true, entry })),
        ...entries(60, 2).map((entry) => ({ member: true, entry })),
        ...(kind === 'set' ? [{ member: false, entry: entries(60, 2)[3] as CaseIndexEntry }] : []),
      ];

      let oneByOne = start;
      for (const { member, entry } of changes) oneByOne = one(oneByOne, member, entry);
      expect(withIndexChanges(start, kind, changes)).toEqual(oneByOne);
    });
  }

  it('when every change is already in place, then the same index comes back, so nothing is written', () => {
    const index = {
      version: 3,
      entries: entries(10, 1).sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt)),
    };
    const sorted = withIndexChanges(index, 'set', []) ?? index;
    const again = withIndexChanges(
      sorted,
      'set',
      sorted.entries.map((entry) => ({ member: true, entry })),
    );
    expect(again).toBe(sorted);
    expect(
      withIndexChanges(undefined, 'newest-first', [{ member: false, entry: index.entries[0] as CaseIndexEntry }]),
    ).toBe(undefined);
  });
});

describe('which indexes a case belongs on', () => {
  it('when a case is closed, then it stays on its owner, store, recent and day indexes, leaves the status ones and joins its closing day', () => {
    const filed = makeCase({ id: 'C-1', owner: 'U_A', store: '五一店' });
    const resolved = applyCaseEvent(filed, {
      type: 'resolved',
      at: minutesIn(5),
      by: 'U_A',
      outcome: 're-set the stones',
      satisfaction: 4,
    });
    const closed = applyCaseEvent(resolved, { type: 'closed', at: minutesIn(6), by: 'U_A' });
    // The split indexes take the shard of the case's id (index-shards.ts).
    const shard = indexShardOf(filed.id);
    const members = (record: typeof filed) =>
      indexMembershipOf(record)
        .filter((membership) => membership.member)
        .map((membership) => membership.key);

    expect(members(filed)).toEqual([
      recordKeys.ownerIndex('U_A'),
      recordKeys.storeIndex('五一店'),
      recordKeys.recentIndex(),
      recordKeys.dayIndex('2026-11-21', shard),
      recordKeys.openIndex(shard),
    ]);
    expect(members(closed)).toEqual([
      ...members(filed).filter((key) => key !== recordKeys.openIndex(shard)),
      recordKeys.closedDayIndex(minutesIn(6).slice(0, 10), shard),
    ]);
    expect(
      indexMembershipOf(closed).find((membership) => membership.key === recordKeys.openIndex(shard)),
    ).toMatchObject({
      member: false,
    });
  });
});
