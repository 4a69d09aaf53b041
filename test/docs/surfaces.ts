import type { AnyBlock, HomeView } from '@slack/types';
import { buildStaffAnalysis } from '../../src/blocks/analysis-message.ts';
import { buildAppHome } from '../../src/blocks/app-home.ts';
import { buildApprovalRequestMessage } from '../../src/blocks/approval-message.ts';
import { buildReviewMessage, type SlackMessage } from '../../src/blocks/case-message.ts';
import { buildDigestParts, type DigestMessagePart, type DigestPart } from '../../src/blocks/digest-message.ts';
import { buildDigestReport } from '../../src/digest/build-digest-report.ts';
import { aftercareDue } from '../../src/domain/aftercare.ts';
import type { Policy } from '../../src/domain/policy-schema.ts';
import { formatMoment } from '../../src/i18n/labels.ts';
import { DEFAULT_POLICY_PATH, loadPolicy } from '../../src/policy/load-policy.ts';
import { LANGUAGES, type Language } from '../../src/shared/language.ts';
import { DIGEST_FROM, DIGEST_SLOT, HOME_AT, MANAGER, NAMES, type SampleShop, sampleShop } from './sample-cases.ts';

/** Where the pictures live, relative to the repository. */
export const SURFACES_DIR = 'docs/surfaces';
export const SURFACES_PAGE = 'docs/surfaces.md';

/** One place the bot writes to, built in one language: what the JSON file holds and what Builder is given. */
export interface RenderedSurface {
  name: SurfaceName;
  language: Language;
  /** What the bot sends, exactly: a message (notification text and blocks), the Home view, or the digest's parts. */
  payload: SlackMessage | HomeView | DigestPart[];
  /** The blocks of each message (or of the view) in turn, for Block Kit Builder and the picture. */
  views: BlockView[];
  /** When it is posted, as the picture's message header shows it (HH:MM in the shop's time zone). */
  time: string;
}

/** Blocks as one message or one Home tab shows them; Builder lays blocks out as a message unless told otherwise. */
export interface BlockView {
  blocks: AnyBlock[];
  surface: 'message' | 'home';
}

const SURFACE_NAMES = ['staff-dm', 'approval', 'review-post', 'app-home', 'digest'] as const;
export type SurfaceName = (typeof SURFACE_NAMES)[number];

/** The page's words for each surface: its heading and what it is for. */
const ABOUT: Record<SurfaceName, { title: string; about: string }> = {
  'staff-dm': {
    title: 'The analysis the staff member gets privately',
    about:
      'Seconds after staff file a complaint with `/complaint`, the bot sends them this direct message: who the customer seems to be and how to serve them, warning signs (a threat to go public or to the authorities comes first, marked 🚨), what the customer likely wants, an apology to say in the customer’s language, what the policy lets staff offer and under which rule, the six steps and the follow-up call. The buttons record the outcome, correct the temperament, ask a manager for compensation, show the case’s history, log a repair, hand the case to a colleague, or reopen it when the customer comes back. The customer’s words keep their contact details here, since the filer may need to call back.',
  },
  approval: {
    title: 'A request for a manager’s approval',
    about:
      'When staff propose more than the policy lets them grant alone (here 80 yuan of compensation, above the 50 yuan staff limit, rule A1), each approver gets this in a direct message and the review thread gets a copy: the case in brief, the remedy, amount and reason, the rule it goes beyond, and Approve / Adjust / Reject. Once decided, the same message shows who decided what and when, without buttons.',
  },
  'review-post': {
    title: 'The case in the review channel',
    about:
      'Every case is posted to the review channel for the managers’ review meeting, and the post is edited as the case moves on; here it is the next morning, after the manager’s decision and the resolution. Phone numbers and e-mail addresses the customer or staff wrote are masked, and there are no buttons: the channel is for reading. Each step (proposal, request, decision, resolution) is also added as a line in the post’s thread.',
  },
  'app-home': {
    title: 'App Home',
    about:
      'What a staff member sees on the bot’s Home tab, here a manager who is also an approver: requests waiting for their decision (oldest first, with the decide buttons), what they owe customers (follow-up calls, repairs promised for a date, items waiting for pickup), their own open cases (marked when the customer did not accept what was offered or came back), and their store’s recent ones — each with a button to hand it to a colleague, or to reopen it once resolved (staff see it on their own cases, approvers on any).',
  },
  digest: {
    title: 'The morning digest',
    about:
      'Each morning (DIGEST_CRON, 08:30 by default) the bot posts the last day to DIGEST_CHANNEL for the morning meeting: complaints by store, category and temperament, each new case in a line, what is still open or waiting for approval, follow-up calls and repairs due, and the lessons (what each store changes). A bar chart of complaints per category per store is uploaded right after the counts (not shown here). Owners are named, not mentioned, so the meeting does not ping everyone.',
  },
};

/** A message posted at `postedAt` (a moment the case's history holds). */
function messageSurface(
  name: SurfaceName,
  language: Language,
  message: SlackMessage,
  postedAt: string,
  policy: Policy,
): RenderedSurface {
  const views: BlockView[] = [{ blocks: message.blocks, surface: 'message' }];
  return { name, language, payload: message, views, time: clock(postedAt, policy) };
}

/** HH:MM in the shop's time zone. */
function clock(iso: string, policy: Policy): string {
  return formatMoment(iso, policy.timezone).slice(11);
}

/** App Home as the manager opens it that evening: the pending request, their aftercare, their and their store's cases. */
function appHome(shop: SampleShop, language: Language, policy: Policy): HomeView {
  const own = shop.all.filter((record) => record.owner === MANAGER);
  const store = own[0]?.store;
  return buildAppHome({
    language,
    mine: own.filter((record) => record.status !== 'closed'),
    recent: shop.all.filter((record) => record.store === store),
    policy,
    now: HOME_AT,
    pending: [{ record: shop.awaiting, request: shop.request }],
    viewer: MANAGER,
    approver: true,
    aftercare: own.flatMap((record) => aftercareDue(record, policy, HOME_AT).map((item) => ({ record, item }))),
  });
}

/** The next morning's digest: the counts, the chart (a PNG the bot uploads; here its title and comment), the cases. */
function digest(shop: SampleShop, language: Language, policy: Policy): RenderedSurface {
  const report = buildDigestReport({
    slot: DIGEST_SLOT,
    from: DIGEST_FROM,
    to: DIGEST_SLOT,
    now: DIGEST_SLOT,
    filed: shop.all,
    notClosed: shop.all,
    policy,
  });
  const parts = buildDigestParts(report, { language, policy, chart: true, nameOf: (user) => NAMES[user] });
  const views = parts
    .filter((part): part is DigestMessagePart => part.kind === 'message')
    .map((part): BlockView => ({ blocks: part.blocks, surface: 'message' }));
  return { name: 'digest', language, payload: parts, views, time: clock(DIGEST_SLOT.toISOString(), policy) };
}

/** Every surface in every language, built by the bot's own builders from the sample shop. */
export async function renderSurfaces(): Promise<RenderedSurface[]> {
  const policy = await loadPolicy(DEFAULT_POLICY_PATH);
  const surfaces: RenderedSurface[] = [];
  for (const language of LANGUAGES) {
    const shop = await sampleShop(language, policy);
    const home = appHome(shop, language, policy);
    const { filed, awaiting, request, resolved } = shop;
    const asked = awaiting.history[request]?.at ?? awaiting.createdAt;
    const built: Record<SurfaceName, RenderedSurface> = {
      'staff-dm': messageSurface(
        'staff-dm',
        language,
        buildStaffAnalysis({ record: filed, language, policy }),
        filed.createdAt,
        policy,
      ),
      approval: messageSurface(
        'approval',
        language,
        buildApprovalRequestMessage({ record: awaiting, request, language, policy }),
        asked,
        policy,
      ),
      // Posted when the case was filed, and edited since.
      'review-post': messageSurface(
        'review-post',
        language,
        buildReviewMessage({ record: resolved, language, policy }),
        resolved.createdAt,
        policy,
      ),
      'app-home': {
        name: 'app-home',
        language,
        payload: home,
        views: [{ blocks: home.blocks, surface: 'home' }],
        time: clock(HOME_AT.toISOString(), policy),
      },
      digest: digest(shop, language, policy),
    };
    surfaces.push(...SURFACE_NAMES.map((name) => built[name]));
  }
  return surfaces;
}

export function jsonPath(surface: Pick<RenderedSurface, 'name' | 'language'>): string {
  return `${SURFACES_DIR}/${surface.name}.${surface.language}.json`;
}

/**
 * The language the pictures are drawn in: Latin text draws the same with the fonts most machines have,
 * while Chinese needs a CJK font many lack; the Chinese surfaces are shown by their Builder links.
 */
export const PICTURE_LANGUAGE: Language = 'en';

export function pngPath(surface: Pick<RenderedSurface, 'name' | 'language'>): string {
  return `${SURFACES_DIR}/${surface.name}.${surface.language}.png`;
}

/** The pictures the page shows; `npm run surfaces` draws them (their pixels depend on the machine's fonts). */
export function picturePaths(surfaces: readonly RenderedSurface[]): string[] {
  return surfaces.filter((surface) => surface.language === PICTURE_LANGUAGE).map(pngPath);
}

/**
 * A link that opens the blocks in Block Kit Builder: the payload, URL-encoded, after `#`. A Home tab says
 * so (`"type": "home"`), or Builder would lay it out as a message. Parentheses are encoded too, so the
 * link survives Markdown's `[text](url)`.
 */
export function builderLink(view: BlockView): string {
  const payload = view.surface === 'home' ? { type: 'home', blocks: view.blocks } : { blocks: view.blocks };
  const encoded = encodeURIComponent(JSON.stringify(payload)).replace(/\(/g, '%28').replace(/\)/g, '%29');
  return `https://app.slack.com/block-kit-builder/#${encoded}`;
}

const LANGUAGE_LABELS: Record<Language, string> = { en: 'English', zh: '中文' };

/** docs/surfaces.md: a section per surface with its purpose, its picture and links to it in both languages. */
export function surfacesPage(surfaces: readonly RenderedSurface[]): string {
  const lines = [
    '# What staff and managers see',
    '',
    '<!-- Generated by `npm run surfaces` (test/docs/render-surfaces.ts) from the bot’s own block builders; do not edit. -->',
    '',
    'These are the bot’s real messages and App Home, built by the same code the bot runs (src/blocks/) for a',
    'sample shop: three made-up complaints triaged by the rules analyser on the example policy',
    '(src/policy/examples/xinhancheng.policy.yml), at fixed dates. Each surface is here in English and in Chinese',
    '(direct messages and App Home follow the reader’s Slack language, the channels DEFAULT_LOCALE).',
    '',
    'The pictures are a rough drawing of the English blocks’ text, not a screenshot: emoji become plain symbols',
    'and the layout is approximate. Open a **Block Kit Builder** link to see a surface exactly as Slack lays it',
    'out (Builder needs you signed in to a Slack workspace; the sample user ids belong to nobody, so mentions',
    'show as unknown users there). The JSON files hold exactly what the bot sends.',
    '',
  ];
  for (const name of SURFACE_NAMES) {
    const { title, about } = ABOUT[name];
    lines.push(
      `## ${title}`,
      '',
      about,
      '',
      `![${title}](${relative(pngPath({ name, language: PICTURE_LANGUAGE }))})`,
      '',
    );
    const links = LANGUAGES.map((language) => {
      const surface = surfaces.find((entry) => entry.name === name && entry.language === language);
      if (!surface) throw new Error(`no ${name} in ${language}`);
      const many = surface.views.length > 1;
      const opens = surface.views.map(
        (view, index) => `[open${many ? ` message ${index + 1}` : ''} in Block Kit Builder](${builderLink(view)})`,
      );
      return `- ${LANGUAGE_LABELS[language]}: ${opens.join(' · ')} · [JSON](${relative(jsonPath(surface))})`;
    });
    lines.push(...links, '');
  }
  return lines.join('\n');
}

/** A path under docs/ as a link from docs/surfaces.md. */
function relative(path: string): string {
  return path.replace(/^docs\//, '');
}

/** The checked-in text files, path → content: each surface's JSON and the page. */
export function surfaceFiles(surfaces: readonly RenderedSurface[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const surface of surfaces) files.set(jsonPath(surface), `${JSON.stringify(surface.payload, null, 2)}\n`);
  files.set(SURFACES_PAGE, surfacesPage(surfaces));
  return files;
}
