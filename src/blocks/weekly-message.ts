import type { KnownBlock } from '@slack/types';
import type { Policy } from '../domain/policy-schema.ts';
import { paretoOf, type WeeklyReport } from '../domain/weekly-report.ts';
import { formatMoment } from '../i18n/labels.ts';
import type { Language } from '../shared/language.ts';
import { context, fieldsSection, header, section } from './block-parts.ts';
import {
  categoryName,
  type DigestPart,
  type LinkOf,
  SECTION_CHARS,
  type SizedBlock,
  safe,
  sectionsOf,
  tallyLines,
} from './digest-message.ts';
import { CAUSE_LABELS, t } from './messages/common.ts';
import { digestLate, digestMore, digestTotal } from './messages/digest.ts';
import { effectNumbers, trendArrow, WEEKLY, weeksLabel } from './messages/weekly-report.ts';
import { joinSafe, link, md, type SafeText, safeText, shownText } from './safe-text.ts';

export interface WeeklyRenderOptions {
  language: Language;
  policy: Policy;
  /** Whether the Pareto chart goes with it (off for the terminal, where its numbers show as text). */
  chart: boolean;
  /** Permalinks of the review posts an improvement's case links to; without one, the id alone. */
  linkOf?: LinkOf;
}

/** A week's period shown as days in the store's zone: "2026-11-30 09:00 – 2026-12-07 09:00". */
function span(from: string, to: string, timeZone: string): string {
  return `${formatMoment(from, timeZone)} – ${formatMoment(to, timeZone)}`;
}

/** Causes come from the form's fixed list, so their labels are our own words. */
function causeName(cause: keyof typeof CAUSE_LABELS, language: Language): string {
  return t(CAUSE_LABELS[cause], language);
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** The Pareto bars as text: "a quality fault 7 (58%); caused by use 4 (92%)…", for the chart's comment and the terminal. */
export function paretoText(report: WeeklyReport, language: Language): string {
  return paretoOf(report)
    .map((bar) => `${causeName(bar.cause, language)} ${bar.count} (${percent(bar.cumulativeShare)})`)
    .join('; ');
}

function ruleLine(entry: WeeklyReport['rules'][number], options: WeeklyRenderOptions): SafeText {
  const { language, policy } = options;
  const rule = policy.rules.find((candidate) => candidate.id === entry.rule);
  const title = rule ? t(rule.title, language) : t(WEEKLY.unknownRule, language);
  return md`• ${safeText(entry.rule)} ${safe(title, language, 120)} · ${t(WEEKLY.cited, language)} ${entry.cited} · ${t(WEEKLY.approvals, language)} ${entry.approvals}`;
}

function effectLine(entry: WeeklyReport['effects'][number], report: WeeklyReport, language: Language): SafeText {
  const verdict =
    entry.windowDays < 7
      ? t(WEEKLY.tooEarly, language)
      : entry.after < entry.before
        ? `↓ ${t(WEEKLY.fell, language)}`
        : `${entry.after > entry.before ? '↑' : '→'} ${t(WEEKLY.notFell, language)}`;
  const since = formatMoment(entry.since, report.timeZone).slice(0, 10);
  return md`• *${causeName(entry.cause, language)}*: ${effectNumbers(since, entry.windowDays, entry.before, entry.after, language)} · *${verdict}*`;
}

/**
 * The weekly root-cause report as Slack parts, in the channel's language: one message with the counts, the
 * trend, the rules, the improvements and whether they worked, then the Pareto chart of causes. Store names and
 * improvements are staff's words: masked and escaped.
 */
export function buildWeeklyParts(report: WeeklyReport, options: WeeklyRenderOptions): DigestPart[] {
  const { language, policy } = options;
  const day = formatMoment(report.to, report.timeZone).slice(0, 10);
  const title = `${t(WEEKLY.title, language)} ${day} · ${weeksLabel(report.weeks, language)}`;
  const dueAt = formatMoment(report.slot, report.timeZone);
  const late = report.late ? ` (${digestLate(dueAt, language)})` : '';
  const plain = (text: string) => safe(text, language, 100);
  const blocks: SizedBlock[] = [];
  const push = (block: KnownBlock) => blocks.push({ block, size: JSON.stringify(block).length });
  push(header(md`${title}${late}`));
  push(
    context([
      md`${t(WEEKLY.period, language)}: ${span(report.from, report.to, report.timeZone)} (${report.timeZone}) · ${t(WEEKLY.comparedWith, language)} ${span(report.previousFrom, report.from, report.timeZone)}`,
    ]),
  );
  push(
    section(
      md`*${t(WEEKLY.complaints, language)}: ${digestTotal(report.total, language)}* (${t(WEEKLY.previous, language)} ${report.previousTotal}, ${trendArrow(report.total, report.previousTotal)})`,
    ),
  );
  const causeLines = joinSafe(
    report.byCause.map(
      (entry) =>
        md`${causeName(entry.cause, language)}  *${entry.count}* (${entry.previous}, ${trendArrow(entry.count, entry.previous)})`,
    ),
    '\n',
  );
  push(
    fieldsSection([
      md`*${t(WEEKLY.byCause, language)}*\n${causeLines.text ? causeLines : '—'}`,
      tallyLines(t(WEEKLY.byCategory, language), report.byCategory, (key) =>
        plain(categoryName(key, policy, language)),
      ),
      tallyLines(t(WEEKLY.byStore, language), report.byStore, (key) => plain(key)),
    ]),
  );
  const rules = report.rules.map((entry) => ruleLine(entry, options));
  blocks.push(
    ...sectionsOf(t(WEEKLY.rules, language), rules.length > 0 ? rules : [md`_${t(WEEKLY.noRules, language)}_`]),
  );
  const improvements = report.improvements.map(
    (entry) =>
      md`• ${link(entry.post ? options.linkOf?.(entry.post) : undefined, safeText(entry.id))} ${plain(entry.store)} (${causeName(entry.cause, language)}, ${formatMoment(entry.at, report.timeZone).slice(0, 10)}): ${safe(entry.improvement, language, 300)}`,
  );
  if (report.improvementsOmitted > 0) {
    improvements.push(md`_${digestMore(report.improvementsOmitted, language)}_`);
  }
  blocks.push(
    ...sectionsOf(
      t(WEEKLY.improvements, language),
      improvements.length > 0 ? improvements : [md`_${t(WEEKLY.noImprovements, language)}_`],
    ),
  );
  if (report.effects.length > 0) {
    blocks.push(
      ...sectionsOf(
        t(WEEKLY.effects, language),
        report.effects.map((entry) => effectLine(entry, report, language)),
      ),
    );
  }
  const parts: DigestPart[] = [
    {
      kind: 'message',
      text: shownText(md`${title}${late}`, SECTION_CHARS, language),
      blocks: blocks.map((entry) => entry.block),
    },
  ];
  if (options.chart && report.total > 0) {
    // The comment is mrkdwn in the channel: cause labels are ours, but it goes through the same escaping.
    parts.push({
      kind: 'chart',
      title: `${t(WEEKLY.chartTitle, language)} ${day}`,
      comment: safe(paretoText(report, language), language, 2_000).text,
    });
  }
  return parts;
}
