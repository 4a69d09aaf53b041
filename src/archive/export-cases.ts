import type { Case } from '../domain/case.ts';
import type { Policy } from '../domain/policy-schema.ts';
import type { Language } from '../shared/language.ts';
import type { CaseStore } from '../store/case-store.ts';
import type { ExportPeriod } from './archive-query.ts';
import { buildCasesCsv } from './export-csv.ts';
import { periodBounds } from './search-cases.ts';

export interface ExportCasesDeps {
  cases: CaseStore;
  policy: Policy;
  /** Links to the cases' review posts, by case id. */
  linksFor: (cases: readonly Case[]) => Promise<ReadonlyMap<string, string>>;
}

/** An export ready to send: the file's name and content, and how many cases it holds. */
export interface CasesExport {
  filename: string;
  csv: string;
  count: number;
}

/**
 * The cases filed in a period (both days included, in the store's time zone) as a CSV handling record,
 * headings in the requester's language. Reads only the days of the period (the store's per-day index).
 */
export async function exportCases(
  deps: ExportCasesDeps,
  period: ExportPeriod,
  language: Language,
): Promise<CasesExport> {
  const { start, end } = periodBounds(period.from, period.to, deps.policy.timezone);
  const cases = await deps.cases.listCreatedBetween(start, end);
  const csv = buildCasesCsv(cases, { policy: deps.policy, language, links: await deps.linksFor(cases) });
  return { filename: `complaints-${period.from}-${period.to}.csv`, csv, count: cases.length };
}
