import type { KnownBlock } from '@slack/types';
import {
  type DigestBreach,
  type DigestItem,
  type DigestReport,
  isQuietDigest,
  type Tally,
} from '../domain/digest-report.ts';
import type { Policy } from '../domain/policy-schema.ts';
import { formatMoment, TEMPERAMENT_LABELS } from '../i18n/labels.ts';
import type { Language, Localized } from '../shared/language.ts';
import { context, fieldsSection, header, section } from './block-parts.ts';
import { describeCustomerAnswerLabel, describeCustomerCounts } from './confirmation-blocks.ts';
import { CAUSE_LABELS, STATUS_ICONS, STATUS_LABELS, t } from './messages/common.ts';
import { DIGEST, digestLate, digestMore, digestQuiet, digestTotal } from './messages/digest.ts';
import { describeSlaShare, SLA, SLA_TARGET_LABELS } from './messages/sla.ts';
import { maskContact } from './mrkdwn.ts';
import { mrkdwnAsPlainText } from './mrkdwn-as-plain-text.ts';
import { joinSafe, link, md, type SafeText, type ShownText, safeText, shownText } from './safe-text.ts';
import { SLA_ICONS } from './sla-blocks.ts';

/** One message of a digest. */
export interface DigestMessagePart {
  kind: 'message';
  /** The notification and screen-reader text. */
  text: ShownText;
  blocks: KnownBlock[];
}

/** The chart, uploaded as a file right after the counts; its comment repeats the numbers in text. */
export interface DigestChartPart {
  kind: 'chart';
  title: string;
  comment: string;
}

export type DigestPart = DigestMessagePart | DigestChartPart;

/** Where a case is posted, as a link Slack shows: the permalink from chat.getPermalink. */
export type LinkOf = (post: { channel: string; ts: string }) => string | undefined;

export interface DigestRenderOptions {
  language: Language;
  policy: Policy;
  /** Permalinks of the review posts the digest links to; a case without one shows its id alone. */
  linkOf?: LinkOf;
  /** The names owners go by in Slack (users.info); an owner without one shows as their user id. */
  nameOf?: (userId: string) => string | undefined;
  /** Whether a chart goes with the counts (off for the terminal). */
  chart: boolean;
  /** Names the chart uses for stores, when they cannot be drawn as written (see render-chart.ts). */
  chartStoreLabels?: ReadonlyMap<string, string>;
}

/**
 * Blocks per message. Slack allows 50; fewer keeps each message short enough to read on a phone and
 * leaves room for the "continued" header.
 */
const BLOCKS_PER_MESSAGE = 40;
/** Characters per message across its blocks, well under what Slack accepts, for the same reason. */
const CHARS_PER_MESSAGE = 12_000;
/** A section's text, with room to spare under Slack's 3,000. */
export const SECTION_CHARS = 2_800;

export function categoryName(id: string | null, policy: Policy, language: Language): string {
  const category = id === null ? undefined : policy.categories.find((entry) => entry.id === id);
  if (category) return t(category.name, language);
  return id === null || id === 'unknown' ? t(DIGEST.unknownCategory, language) : id;
}

function problemName(id: string | null, policy: Policy, language: Language): string | undefined {
  const problem = id === null ? undefined : policy.problems.find((entry) => entry.id === id);
  return problem ? t(problem.name, language) : (id ?? undefined);
}

/** User text for the shared channel: masked, escaped and cut. */
export function safe(text: string, language: Language, max = 400): SafeText {
  return safeText(text, { max, language });
}

/** The case id, linked to its review post when the link is known. */
function caseRef(id: string, post: DigestItem['post'], options: DigestRenderOptions): SafeText {
  return link(post ? options.linkOf?.(post) : undefined, safeText(id));
}

/** Tally lines; `name` gives each key as safe mrkdwn (store names are user text: masked and escaped). */
export function tallyLines(title: string, tallies: readonly Tally[], name: (key: string) => SafeText): SafeText {
  const lines = joinSafe(
    tallies.map((entry) => md`${name(entry.key)}  *${entry.count}*`),
    '\n',
  );
  return md`*${title}*\n${lines.text ? lines : '—'}`;
}

/**
 * What the layout reckons each link to a review post takes, whether or not Slack gave one: a permalink
 * (`https://<workspace>.slack.com/archives/C…/p…`) is well under this. Where a digest is split must not
 * depend on which links resolved, or a part retried after a link failed (or resolved) would be cut
 * differently from the parts already posted, and lines would repeat or go missing.
 */
const LINK_ALLOWANCE = `https://${'x'.repeat(200)}`;

/** The most an owner's name takes in a line, after escaping (names are typed by people: escaped and cut). */
const NAME_MAX = 60;
/** What the layout reckons each owner's name takes, for the same reason as {@link LINK_ALLOWANCE}. */
const NAME_ALLOWANCE = 'x'.repeat(NAME_MAX);

/**
 * The owner as the meeting knows them: their Slack name, not a ping — a digest read aloud to all staff
 * should not notify every owner it names. The user id when Slack gave no name.
 */
function ownerName(userId: string, options: DigestRenderOptions): SafeText {
  const name = options.nameOf?.(userId);
  return name ? safe(name, options.language, NAME_MAX) : safeText(userId);
}

/** A block with the size the layout counts for it (its size with every link at {@link LINK_ALLOWANCE}). */
export interface SizedBlock {
  block: KnownBlock;
  size: number;
}

/**
 * Joins lines into sections of at most SECTION_CHARS each, never splitting a line. `sizing` holds the
 * same lines with every link at its allowance, and alone decides where sections break.
 */
export function sectionsOf(
  title: string,
  lines: readonly SafeText[],
  sizing: readonly SafeText[] = lines,
): SizedBlock[] {
  const blocks: SizedBlock[] = [];
  let current = [md`*${title}*`];
  let currentSizing = current;
  let length = current[0]?.text.length ?? 0;
  const flush = () => {
    const block = section(joinSafe(current, '\n'));
    blocks.push({ block, size: JSON.stringify(section(joinSafe(currentSizing, '\n'))).length });
  };
  lines.forEach((line, index) => {
    const sized = sizing[index] ?? line;
    if (length + sized.text.length + 1 > SECTION_CHARS) {
      flush();
      current = [line];
      currentSizing = [sized];
      length = sized.text.length;
    } else {
      current = [...current, line];
      currentSizing = [...currentSizing, sized];
      length += sized.text.length + 1;
    }
  });
  flush();
  return blocks;
}

function itemLine(
  entry: DigestItem,
  report: DigestReport,
  options: DigestRenderOptions,
  dueLabel: Localized = DIGEST.due,
): SafeText {
  const { language } = options;
  const parts = [
    md`${STATUS_ICONS[entry.status]} ${caseRef(entry.id, entry.post, options)}`,
    safe(entry.store, language, 100),
    md`${t(DIGEST.owner, language)} ${ownerName(entry.owner, options)}`,
  ];
  const overdue = entry.overdue ? md` *${t(DIGEST.overdue, language)}*` : '';
  if (entry.pickup) {
    const { toldOn, abandonedAfter, abandoned } = entry.pickup;
    parts.push(
      md`${t(DIGEST.readyForPickup, language)} · ${t(DIGEST.customerTold, language)} ${toldOn} · ${t(DIGEST.abandonedAfter, language)} ${abandonedAfter}${abandoned ? md` *${t(DIGEST.abandonedPassed, language)}*` : ''}`,
    );
  } else if (entry.repairWithoutDate) {
    const { remedyId, agreedOn } = entry.repairWithoutDate;
    parts.push(
      md`${remedyLabel(remedyId, options.policy, language)} · *${t(DIGEST.repairWithoutDate, language)}* (${t(DIGEST.agreedOn, language)} ${agreedOn})`,
    );
  } else if (entry.dueDay) {
    parts.push(md`${t(dueLabel, language)} ${entry.dueDay}${overdue}`);
  } else {
    parts.push(
      md`${t(STATUS_LABELS[entry.status], language)} · ${t(DIGEST.since, language)} ${formatMoment(entry.since, report.timeZone)}`,
    );
  }
  if (entry.customerAnswer) parts.push(md`*${describeCustomerAnswerLabel(entry.customerAnswer, language)}*`);
  return md`• ${joinSafe(parts, ' · ')}`;
}

/** A clock that ran past its target: "🔴 C-1 黄兴店 · owner Li · First response · due 12-01 12:00 · done 13:00". */
function breachLine(entry: DigestBreach, report: DigestReport, options: DigestRenderOptions): SafeText {
  const { language } = options;
  const done = entry.metAt
    ? `${t(SLA.answeredLate, language)} ${formatMoment(entry.metAt, report.timeZone)}`
    : md`*${t(SLA.digestNotYet, language)}*`;
  return md`• ${SLA_ICONS.breached} ${caseRef(entry.id, entry.post, options)} ${safe(entry.store, language, 100)} · ${t(DIGEST.owner, language)} ${ownerName(entry.owner, options)} · ${t(SLA_TARGET_LABELS[entry.target], language)} · ${t(SLA.due, language)} ${formatMoment(entry.dueAt, report.timeZone)} · ${done}`;
}

function caseLines(report: DigestReport, options: DigestRenderOptions): SafeText[] {
  const { language, policy } = options;
  return report.cases.map((entry) => {
    const what = [categoryName(entry.category, policy, language), problemName(entry.problem, policy, language)]
      .filter(Boolean)
      .join(' / ');
    const handling = entry.handling
      ? md`${t(DIGEST.handled, language)}: ${safe(entry.handling, language, 300)}`
      : entry.proposedRemedy
        ? md`${t(DIGEST.proposed, language)}: ${remedyLabel(entry.proposedRemedy, policy, language)}`
        : md`${t(DIGEST.notYetHandled, language)}`;
    const call = entry.followUp;
    const after = joinSafe(
      [
        // The call's own satisfaction is shown with the call, not twice.
        entry.satisfaction === null || call?.satisfaction != null
          ? undefined
          : `${t(DIGEST.satisfaction, language)} ${entry.satisfaction}/5`,
        entry.improvement && md`${t(DIGEST.improvement, language)}: ${safe(entry.improvement, language, 300)}`,
        call &&
          md`${t(DIGEST.followUpCall, language)} ${formatMoment(call.at, report.timeZone).slice(0, 10)}: ${safe(call.result, language, 300)}${call.satisfaction === null ? '' : ` (${t(DIGEST.satisfaction, language)} ${call.satisfaction}/5)`}`,
      ],
      ' · ',
    );
    return md`• ${caseRef(entry.id, entry.post, options)} ${safe(entry.store, language, 100)} · ${what} · ${t(DIGEST.cause, language)}: ${t(CAUSE_LABELS[entry.cause], language)} · ${t(TEMPERAMENT_LABELS[entry.temperament], language)}\n    “${safe(entry.summary, language, 200)}” → ${handling}${after.text ? md` · ${after}` : ''}`;
  });
}

function remedyLabel(id: string, policy: Policy, language: Language): string {
  const remedy = policy.remedies.find((entry) => entry.id === id);
  return remedy ? t(remedy.name, language) : id;
}

/**
 * Splits blocks into messages within BLOCKS_PER_MESSAGE and CHARS_PER_MESSAGE, in order, each opening
 * with a line saying it continues the digest (it follows the counts and the chart).
 */
function splitIntoMessages(blocks: readonly SizedBlock[], continued: SafeText): KnownBlock[][] {
  const messages: KnownBlock[][] = [];
  let current: KnownBlock[] = [context([continued])];
  let chars = continued.text.length;
  for (const { block, size } of blocks) {
    if (current.length > 1 && (current.length + 1 > BLOCKS_PER_MESSAGE || chars + size > CHARS_PER_MESSAGE)) {
      messages.push(current);
      current = [context([continued])];
      chars = continued.text.length;
    }
    current.push(block);
    chars += size;
  }
  if (current.length > 1) messages.push(current);
  return messages;
}

/**
 * The digest as Slack messages (and the chart between the counts and the case lines), in the channel's
 * language. Customer text is masked and escaped; long digests run over several messages, each within
 * Block Kit's limits; a quiet day is one line.
 */
export function buildDigestParts(report: DigestReport, options: DigestRenderOptions): DigestPart[] {
  const { language, policy } = options;
  const day = report.today;
  const title = `${t(DIGEST.title, language)} ${day}`;
  const dueAt = formatMoment(report.slot, report.timeZone).slice(11);
  const late = report.late ? ` (${digestLate(dueAt, language)})` : '';
  if (isQuietDigest(report)) {
    const line = md`${digestQuiet(day, formatMoment(report.from, report.timeZone), language)}${late}`;
    return [{ kind: 'message', text: shownText(line, SECTION_CHARS, language), blocks: [section(line)] }];
  }

  const filed = report.counts.byStore.reduce((sum, entry) => sum + entry.count, 0);
  const periodLine = md`${t(DIGEST.period, language)}: ${formatMoment(report.from, report.timeZone)} – ${formatMoment(report.to, report.timeZone)} (${report.timeZone})`;
  const chartNames = options.chartStoreLabels;
  // Store names are typed by staff, so they are user text: masked and escaped wherever they show, also
  // in the chart's comment (mrkdwn too), where `<!channel>` in a store name would otherwise ping everyone.
  const storeName = (key: string) => {
    const label = chartNames?.get(key);
    const shown = safe(key, language, 100);
    return label && label !== key && label !== maskContact(key) ? md`${shown} [${safe(label, language, 40)}]` : shown;
  };
  const plainName = (name: string) => safe(name, language, 100);
  const countBlocks: KnownBlock[] = [
    header(md`${title}${late}`),
    context([periodLine]),
    section(md`*${t(DIGEST.newComplaints, language)}: ${digestTotal(filed, language)}*`),
  ];
  if (filed > 0) {
    countBlocks.push(
      fieldsSection([
        tallyLines(t(DIGEST.byStore, language), report.counts.byStore, storeName),
        tallyLines(t(DIGEST.byCategory, language), report.counts.byCategory, (key) =>
          plainName(categoryName(key, policy, language)),
        ),
        tallyLines(t(DIGEST.byTemperament, language), report.counts.byTemperament, (key) =>
          plainName(
            key in TEMPERAMENT_LABELS ? t(TEMPERAMENT_LABELS[key as keyof typeof TEMPERAMENT_LABELS], language) : key,
          ),
        ),
        tallyLines(t(DIGEST.byCause, language), report.counts.byCause, (key) =>
          plainName(key in CAUSE_LABELS ? t(CAUSE_LABELS[key as keyof typeof CAUSE_LABELS], language) : key),
        ),
      ]),
    );
  }

  // The period's SLA clocks (issue 15): the share of cases within target here, each breach below.
  if (report.sla) {
    const share = describeSlaShare(report.sla.settled, report.sla.withinTarget, language);
    countBlocks.push(section(md`*${t(SLA.digestHeading, language)}*${language === 'zh' ? ':' : ': '}${share}`));
  }

  // Closing the loop (issue 15): cases the customer did not accept, and cases they came back on.
  if (report.customers && (report.customers.notAccepted > 0 || report.customers.reopened > 0)) {
    countBlocks.push(section(describeCustomerCounts(report.customers, language)));
  }

  const more = (count: number) => (count > 0 ? [md`_${digestMore(count, language)}_`] : []);
  const sizing: DigestRenderOptions = { ...options, linkOf: () => LINK_ALLOWANCE, nameOf: () => NAME_ALLOWANCE };
  const rest: SizedBlock[] = [];
  if (report.sla && report.sla.breaches.length > 0) {
    const { breaches, omitted } = report.sla;
    rest.push(
      ...sectionsOf(
        t(SLA.digestBreaches, language),
        [...breaches.map((entry) => breachLine(entry, report, options)), ...more(omitted)],
        [...breaches.map((entry) => breachLine(entry, report, sizing)), ...more(omitted)],
      ),
    );
  }
  if (report.cases.length > 0) {
    rest.push(
      ...sectionsOf(
        t(DIGEST.cases, language),
        [...caseLines(report, options), ...more(report.omitted.cases)],
        [...caseLines(report, sizing), ...more(report.omitted.cases)],
      ),
    );
  }
  const lists: [keyof typeof report.omitted, DigestItem[], string, Localized][] = [
    ['open', report.open, t(DIGEST.open, language), DIGEST.due],
    ['awaitingApproval', report.awaitingApproval, t(DIGEST.awaitingApproval, language), DIGEST.due],
    ['followUpsDue', report.followUpsDue, t(DIGEST.followUpsDue, language), DIGEST.due],
    ['repairs', report.repairs, t(DIGEST.repairs, language), DIGEST.repairDue],
  ];
  for (const [key, entries, heading, dueLabel] of lists) {
    if (entries.length === 0) continue;
    const lines = entries.map((entry) => itemLine(entry, report, options, dueLabel));
    const sized = entries.map((entry) => itemLine(entry, report, sizing, dueLabel));
    rest.push(
      ...sectionsOf(heading, [...lines, ...more(report.omitted[key])], [...sized, ...more(report.omitted[key])]),
    );
  }
  if (report.lessons.length > 0) {
    const lessonLine = (lesson: DigestReport['lessons'][number], linking: DigestRenderOptions) => {
      const unhappy =
        lesson.followUpSatisfaction === null
          ? ''
          : `${t(DIGEST.followUpUnhappy, language)} (${lesson.followUpSatisfaction}/5): `;
      return md`• ${caseRef(lesson.id, lesson.post, linking)} ${safe(lesson.store, language, 100)}: ${unhappy}${safe(lesson.improvement, language)}`;
    };
    rest.push(
      ...sectionsOf(
        t(DIGEST.lessons, language),
        report.lessons.map((lesson) => lessonLine(lesson, options)),
        report.lessons.map((lesson) => lessonLine(lesson, sizing)),
      ),
    );
  }

  const continued = md`${title} · ${t(DIGEST.part, language)}`;
  const parts: DigestPart[] = [
    { kind: 'message', text: shownText(md`${title}${late}`, SECTION_CHARS, language), blocks: countBlocks },
  ];
  if (options.chart && filed > 0) {
    const numbers = joinSafe(
      report.counts.byStoreAndCategory.map(
        (entry) =>
          md`${storeName(entry.store)} · ${plainName(categoryName(entry.category, policy, language))}: ${entry.count}`,
      ),
      '; ',
    );
    parts.push({ kind: 'chart', title: `${t(DIGEST.chartTitle, language)} ${day}`, comment: numbers.text });
  }
  for (const blocks of splitIntoMessages(rest, continued)) {
    parts.push({ kind: 'message', text: shownText(continued, SECTION_CHARS, language), blocks });
  }
  return parts;
}

/**
 * The digest as plain text for the terminal (`npm run digest -- --dry-run`, `npm run report`): each message's
 * text, in order, read as a person sees it in Slack but without mrkdwn's marks (see mrkdwnAsPlainText).
 */
export function digestAsText(parts: readonly DigestPart[]): string {
  return parts
    .map((part) => {
      if (part.kind === 'chart') return `[chart] ${part.title}\n${mrkdwnAsPlainText(part.comment)}`;
      return part.blocks
        .flatMap((block) => {
          if (block.type === 'header') return [block.text.text];
          if (block.type === 'section')
            return [block.text?.text ?? '', ...(block.fields ?? []).map((field) => field.text)].map(mrkdwnAsPlainText);
          if (block.type === 'context')
            return block.elements.map((element) =>
              'text' in element ? (element.type === 'mrkdwn' ? mrkdwnAsPlainText(element.text) : element.text) : '',
            );
          return [];
        })
        .join('\n');
    })
    .join('\n\n');
}
