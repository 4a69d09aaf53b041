import type { AimKind, TemperamentRead } from '../../domain/analysis.ts';
import { REPAIR_KINDS, type RemedyKind } from '../../domain/policy-schema.ts';
import type { RemedyVerdict } from '../../domain/remedy-verdict.ts';
import type { ResolutionSuggestion } from '../../domain/suggestion.ts';
import { formatMoney } from '../../i18n/labels.ts';
import type { Localized } from '../../shared/language.ts';
import { midSentence } from '../wording/mid-sentence.ts';

/** What the resolution is chosen from: the policy engine's verdicts and what analysis read. */
export interface ChooseResolutionInput {
  verdicts: readonly RemedyVerdict[];
  temperament: TemperamentRead;
  aim: AimKind;
  /** A sum the customer named, in the policy's currency. */
  requestedAmount?: number | undefined;
  /** The policy's currency, so amounts read "50元" / "¥50". */
  currency: string;
  /**
   * The goods or service are outside what the store's policy covers (a photo studio, a salon, another
   * shop's order): none of its remedies is put to the customer, and the manager decides.
   */
  outsidePolicy?: boolean;
}

/** What staff are told when the complaint is about something the store's policy does not cover. */
const OUTSIDE_POLICY_NOTE: Localized = {
  zh: '这不在本店购物须知的范围内：投诉的商品或服务不是店里条款所管的，条款里的换货、维修等办法都不适用。先真诚道歉，听清顾客想要什么，再请店长决定怎么处理。',
  en: "This is outside this store's policy: the goods or service complained about are not covered by the store's terms, so none of its exchanges or repairs apply. Apologise sincerely, find out what the customer wants, and let your manager decide.",
};

/** Money remedies, where the staff authority limit applies. */
const MONEY_KINDS: ReadonlySet<RemedyKind> = new Set<RemedyKind>(['discount', 'compensation', 'gift']);

/**
 * The remedy kinds that answer each aim, best group first. Aims that no remedy answers by itself
 * (an apology, accountability, an assurance) leave the order to relevance and cost.
 */
const AIM_PREFERENCE: Readonly<Record<AimKind, readonly (readonly RemedyKind[])[]>> = {
  refund: [['refund']],
  exchange: [['exchange']],
  repair: [REPAIR_KINDS],
  discount: [['discount'], ['compensation', 'gift']],
  compensation: [['compensation'], ['gift'], ['discount']],
  apology: [],
  accountability: [],
  assurance: [],
  unknown: [],
};

/** Seed 001: a forceful customer gets three options to choose from. */
const FORCEFUL_OPTIONS = 3;
/** A hesitant, peaceable customer stalls when handed a menu; staff take the initiative with one fallback. */
const PEACEABLE_OPTIONS = 2;
/** Everyone else: one recommendation and at most two fallbacks. */
const DEFAULT_OPTIONS = 3;

interface Ranked {
  verdict: RemedyVerdict;
  /** 0 relevant and on aim; 1 relevant; 2 on aim only; 3 neither. */
  tier: number;
  aimRank: number;
  index: number;
}

/**
 * Chooses what to put to the customer, only ever from eligible verdicts. Relevant remedies that answer
 * the customer's likely aim come first, then other relevant ones, then off-problem ones that answer the
 * aim; free before paid, and those staff can grant alone before those that need a manager. Remedies that
 * neither address the problem nor the aim are used only when nothing else is eligible. Options of
 * different kinds are preferred so the fallbacks are real alternatives.
 */
export function chooseResolution(input: ChooseResolutionInput): ResolutionSuggestion {
  if (input.outsidePolicy === true) {
    return { options: [], recommended: null, letCustomerChoose: false, note: OUTSIDE_POLICY_NOTE };
  }
  const limit =
    input.temperament === 'forceful'
      ? FORCEFUL_OPTIONS
      : input.temperament === 'peaceable'
        ? PEACEABLE_OPTIONS
        : DEFAULT_OPTIONS;
  const ranked = rankEligible(input.verdicts, input.aim);
  // Seed 001 gives a forceful customer three real options; goodwill may fill places the problem leaves.
  const pool = input.temperament === 'forceful' ? [...ranked.primary, ...ranked.goodwill] : ranked.primary;
  const chosen = pickDistinct(pool, limit);
  const letCustomerChoose = input.temperament === 'forceful' && chosen.length > 1;
  return {
    options: chosen.map((verdict) => verdict.id),
    recommended: chosen[0]?.id ?? null,
    letCustomerChoose,
    note: noteFor(chosen, input.temperament, letCustomerChoose, input.requestedAmount, input.currency),
  };
}

/**
 * Ranks eligible remedies. Goodwill — money remedies and refunds the customer's aim does not call for —
 * is kept apart: it is not a way to fix the problem, so it is offered only when nothing else is eligible
 * or to fill a forceful customer's three options.
 */
function rankEligible(
  verdicts: readonly RemedyVerdict[],
  aim: AimKind,
): { primary: RemedyVerdict[]; goodwill: RemedyVerdict[] } {
  const groups = AIM_PREFERENCE[aim];
  const ranked: Ranked[] = verdicts.flatMap((verdict, index) => {
    if (verdict.eligible !== true) return [];
    const group = groups.findIndex((kinds) => kinds.includes(verdict.kind));
    const onAim = group >= 0;
    const goodwill = !onAim && (MONEY_KINDS.has(verdict.kind) || verdict.kind === 'refund');
    const tier = goodwill ? 3 : verdict.relevant ? (onAim ? 0 : 1) : onAim ? 2 : 3;
    return [{ verdict, tier, aimRank: onAim ? group : groups.length, index }];
  });
  // Once something eligible addresses the problem, remedies for other problems only distract.
  const addressesProblem = ranked.some((entry) => entry.tier < 3 && entry.verdict.relevant);
  const useful = ranked.filter((entry) => entry.tier < 3 && (entry.verdict.relevant || !addressesProblem));
  const sorted = ranked
    .sort(
      (a, b) =>
        a.tier - b.tier ||
        a.aimRank - b.aimRank ||
        costRank(a.verdict) - costRank(b.verdict) ||
        Number(a.verdict.needsApproval) - Number(b.verdict.needsApproval) ||
        a.index - b.index,
    )
    .map((entry) => entry.verdict);
  if (useful.length === 0) return { primary: sorted, goodwill: [] };
  const primary = sorted.filter((verdict) => useful.some((entry) => entry.verdict === verdict));
  return { primary, goodwill: sorted.filter((verdict) => !primary.includes(verdict) && MONEY_KINDS.has(verdict.kind)) };
}

/** Free remedies first: they cost the customer nothing and settle things fastest. */
function costRank(verdict: RemedyVerdict): number {
  return verdict.fee?.type === 'free' ? 0 : 1;
}

/** Takes the best of each kind first, then fills any remaining places in rank order. */
function pickDistinct(ranked: readonly RemedyVerdict[], limit: number): RemedyVerdict[] {
  const picked: RemedyVerdict[] = [];
  const kinds = new Set<RemedyKind>();
  for (const verdict of ranked) {
    if (picked.length < limit && !kinds.has(verdict.kind)) {
      picked.push(verdict);
      kinds.add(verdict.kind);
    }
  }
  for (const verdict of ranked) {
    if (picked.length < limit && !picked.includes(verdict)) picked.push(verdict);
  }
  // Keep rank order so the first option stays the best one.
  return picked.sort((a, b) => ranked.indexOf(a) - ranked.indexOf(b));
}

function noteFor(
  chosen: readonly RemedyVerdict[],
  temperament: TemperamentRead,
  letCustomerChoose: boolean,
  requestedAmount: number | undefined,
  currency: string,
): Localized {
  const [first, ...fallbacks] = chosen;
  if (first === undefined) {
    return {
      zh: '按店里的条款，这次没有可以直接给顾客的处理办法。先真诚道歉，耐心、友善地讲明原因，不要一味搬规定；马上请店长出面，看看还能为顾客做些什么。',
      en: "Under the store's terms there is nothing you can offer straight away. Apologise sincerely, explain the reason kindly without hiding behind the rules, and bring in your manager now to see what else can be done for the customer.",
    };
  }
  const lines = [
    howToPutIt(first, fallbacks, temperament, letCustomerChoose),
    approvalLine(chosen),
    moneyLine(chosen, requestedAmount, currency),
    chargeLine(chosen),
    checksLine(first),
  ];
  const present = lines.filter((line): line is Localized => line !== undefined);
  return { zh: present.map((line) => line.zh).join(''), en: present.map((line) => line.en).join(' ') };
}

function howToPutIt(
  first: RemedyVerdict,
  fallbacks: readonly RemedyVerdict[],
  temperament: TemperamentRead,
  letCustomerChoose: boolean,
): Localized {
  const name = nameOf(first);
  const others = fallbacks.length > 0 ? listOf(fallbacks) : undefined;
  if (letCustomerChoose) {
    const all = listOf([first, ...fallbacks]);
    const count = fallbacks.length + 1 === 2 ? { zh: '两', en: 'two' } : { zh: '三', en: 'three' };
    return {
      zh: `把这${count.zh}个方案直接摆出来：${all.zh}。每个一句话讲清结果，让顾客自己拍板，不要替顾客做决定。`,
      en: `Put all ${count.en} options to them plainly — ${all.en} — one sentence each on what they get, then let them decide.`,
    };
  }
  switch (temperament) {
    case 'forceful':
      return {
        zh: `直接、简短地提出${name.zh}，讲清结果，请顾客拍板。`,
        en: `Offer ${name.en} directly and briefly, say what they get, and let them give the word.`,
      };
    case 'lively':
      return {
        zh: `热情地推荐${name.zh}，说说它的好处。${others ? `顾客不满意的话，再提${others.zh}。` : ''}`,
        en: `Recommend ${name.en} warmly and say what they gain.${others ? ` If they are not keen, mention ${others.en}.` : ''}`,
      };
    case 'peaceable':
      return {
        zh: `主动推荐${name.zh}，用以前类似的例子说明为什么合适，再温和地问一句“这样处理您看行吗？”${others ? `顾客还犹豫的话，再提${others.zh}。` : ''}`,
        en: `Take the lead and recommend ${name.en}, with an example of why it suits, then ask gently, 'Would that work for you?'${others ? ` If they still hesitate, mention ${others.en}.` : ''}`,
      };
    case 'analytical':
      return {
        zh: `推荐${name.zh}，把依据讲清楚：条款、期限、费用逐项说明。${others ? `再把${others.zh}作为备选，` : ''}征询顾客的意见，请顾客自己判断。`,
        en: `Recommend ${name.en} and set out the grounds — the terms, the time limits, any cost — point by point.${others ? ` Offer ${others.en} as ${fallbacks.length > 1 ? 'alternatives' : 'an alternative'},` : ''} ${others ? 'and ask' : 'Ask'} for their view so they can weigh it up.`,
      };
    case 'unknown':
      return {
        zh: `推荐${name.zh}，简单说明理由，再问一句“您看这样处理可以吗？”${others ? `顾客不接受的话，再提${others.zh}。` : ''}`,
        en: `Recommend ${name.en}, say briefly why, and ask, 'Would that be all right with you?'${others ? ` If they would rather not, mention ${others.en}.` : ''}`,
      };
  }
}

function approvalLine(chosen: readonly RemedyVerdict[]): Localized | undefined {
  const needing = chosen.filter((verdict) => verdict.needsApproval);
  if (needing.length === 0) return undefined;
  const names = listOf(needing, 'and');
  return {
    zh: `${names.zh}需要店长批准：先请示店长，不要当场答应。`,
    en: `${names.en} ${needing.length === 1 ? 'needs' : 'need'} a manager's approval — check with your manager before you promise it.`,
  };
}

/** The staff authority limit (the policy's `authority.staffLimit`), said against the sum the customer named. */
function moneyLine(
  chosen: readonly RemedyVerdict[],
  requestedAmount: number | undefined,
  currency: string,
): Localized | undefined {
  const money = chosen.find((verdict) => MONEY_KINDS.has(verdict.kind) && verdict.staffLimit !== null);
  if (money === undefined || money.staffLimit === null) return undefined;
  const limit = formatAmount(money.staffLimit, currency);
  if (requestedAmount === undefined || !Number.isFinite(requestedAmount)) {
    const name = nameOf(money);
    return {
      zh: `${name.zh}你最多可以自己给到${limit.zh}，再多要店长批准。`,
      en: `You may grant up to ${limit.en} yourself for ${name.en}; anything more needs your manager.`,
    };
  }
  const asked = formatAmount(requestedAmount, currency);
  return requestedAmount > money.staffLimit
    ? {
        zh: `顾客要的金额（${asked.zh}）超过你能自己给的上限（${limit.zh}），要店长批准。`,
        en: `The amount they ask for (${asked.en}) is more than you may grant alone (${limit.en}), so your manager must approve it.`,
      }
    : {
        zh: `顾客要的金额（${asked.zh}）在你的权限内（最多${limit.zh}），你可以自己决定。`,
        en: `The amount they ask for (${asked.en}) is within your authority (up to ${limit.en}), so you can decide yourself.`,
      };
}

function chargeLine(chosen: readonly RemedyVerdict[]): Localized | undefined {
  // Money remedies have no fee to the customer in any meaningful sense; their amount is the remedy itself.
  const charged = chosen.filter(
    (verdict) =>
      !MONEY_KINDS.has(verdict.kind) &&
      verdict.kind !== 'refund' &&
      verdict.fee !== null &&
      verdict.fee.type !== 'free',
  );
  if (charged.length === 0) return undefined;
  const names = listOf(charged, 'and');
  return {
    zh: `${names.zh}要收费，事先跟顾客讲清楚费用。`,
    en: `There is a charge for ${names.en}: tell them the cost up front.`,
  };
}

function checksLine(first: RemedyVerdict): Localized | undefined {
  if (first.checks.length === 0) return undefined;
  const strip = (text: string): string => text.trim().replace(/[。.；;，,]+$/u, '');
  return {
    zh: `给之前先确认：${first.checks.map((check) => strip(check.zh)).join('；')}。`,
    en: `Before you agree to it, check: ${first.checks.map((check) => strip(midSentence(check.en))).join('; ')}.`,
  };
}

/**
 * Policy names are labels ("Re-setting a lost stone"), which English cannot always fit with an article,
 * so the en note quotes them as labels; Chinese takes them as they are.
 */
function nameOf(verdict: RemedyVerdict): Localized {
  return { zh: verdict.name.zh, en: `'${verdict.name.en}'` };
}

/** "换货、免费补钻或减价" / "an exchange, free re-setting or a discount". */
function listOf(verdicts: readonly RemedyVerdict[], conjunction: 'or' | 'and' = 'or'): Localized {
  const names = verdicts.map(nameOf);
  const zhLast = conjunction === 'or' ? '或' : '和';
  const join = (parts: readonly string[], separator: string, last: string): string =>
    parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(separator)}${last}${parts.at(-1) ?? ''}`;
  return {
    zh: join(
      names.map((name) => name.zh),
      '、',
      zhLast,
    ),
    en: join(
      names.map((name) => name.en),
      ', ',
      ` ${conjunction} `,
    ),
  };
}

/** Amounts as staff read them: whole numbers plain, others to two decimals. */
function formatAmount(amount: number, currency: string): Localized {
  const value = Number.isInteger(amount) ? amount : Number(amount.toFixed(2));
  return { zh: formatMoney(value, currency, 'zh'), en: formatMoney(value, currency, 'en') };
}
