import { describe, expect, it } from 'vitest';
import { parseExportPeriod, parseSearchQuery } from '../../src/archive/archive-query.ts';
import { archiveSubcommand } from '../../src/listeners/commands/archive-commands.ts';

describe('the search query', () => {
  it('when filters come in English or Chinese, with ASCII or full-width colons, then each is read', () => {
    expect(
      parseSearchQuery('Necklace "lost a stone" store:黄兴店 from:2026-11-01 to：2026-11-30 性格:力量型 状态:已回访'),
    ).toEqual({
      ok: true,
      value: {
        words: ['necklace', 'lost a stone'],
        store: '黄兴店',
        from: '2026-11-01',
        to: '2026-11-30',
        temperament: 'forceful',
        status: 'followed-up',
      },
    });
    expect(parseSearchQuery('temperament:Analytical status:awaiting-approval')).toMatchObject({
      ok: true,
      value: { temperament: 'analytical', status: 'awaiting-approval', words: [] },
    });
  });

  it('when a date, a range, a temperament or a status is wrong, or nothing is asked, then the error says which', () => {
    const error = (text: string) => {
      const parsed = parseSearchQuery(text);
      return parsed.ok ? undefined : parsed.error.en;
    };
    expect(error('from:2026-02-30')).toMatch(/not a date/);
    expect(error('from:2026-11-30 to:2026-11-01')).toMatch(/after the end date/);
    expect(error('temperament:grumpy')).toMatch(/not a temperament/);
    expect(error('status:lost')).toMatch(/not a case status/);
    expect(error('  ')).toMatch(/Tell me what to look for/);
  });
});

describe('the export period', () => {
  it('when two dates in order are given, then they are the period; anything else is refused', () => {
    expect(parseExportPeriod('2026-11-01 2026-11-30')).toEqual({
      ok: true,
      value: { from: '2026-11-01', to: '2026-11-30' },
    });
    expect(parseExportPeriod('2026-11-01')).toMatchObject({ ok: false });
    expect(parseExportPeriod('2026-11-30 2026-11-01')).toMatchObject({ ok: false });
    expect(parseExportPeriod('2026-11-01 2026-11-31')).toMatchObject({ ok: false });
    expect(parseExportPeriod('2026-11-01 2026-11-30 extra')).toMatchObject({ ok: false });
  });
});

describe('routing /complaint', () => {
  it("when the first word is search/export (or 搜索/导出), then the archive takes it; otherwise it is the customer's words", () => {
    expect(archiveSubcommand('search necklace store:x')).toEqual({ kind: 'search', rest: 'necklace store:x' });
    expect(archiveSubcommand('Export 2026-11-01 2026-11-30')).toEqual({
      kind: 'export',
      rest: '2026-11-01 2026-11-30',
    });
    expect(archiveSubcommand('搜索\u3000项链')).toEqual({ kind: 'search', rest: '项链' });
    expect(archiveSubcommand('导出 2026-11-01 2026-11-30')?.kind).toBe('export');
    expect(archiveSubcommand('searching for the receipt')).toBeUndefined();
    expect(archiveSubcommand('我要退货')).toBeUndefined();
    expect(archiveSubcommand('')).toBeUndefined();
  });
});
