import { createRulesAnalyser } from '../../src/analysis/rules-analyser.ts';
import { triageComplaint } from '../../src/complaints/triage-complaint.ts';
import type { Case, CaseEvent } from '../../src/domain/case.ts';
import { applyCaseEvent, openCase } from '../../src/domain/case-transitions.ts';
import { type ComplaintInput, ComplaintSchema } from '../../src/domain/complaint.ts';
import { DEFAULT_POLICY_PATH, loadPolicy } from '../../src/policy/load-policy.ts';

/** Cases for the builder tests, made by the real engine: triage with the rules analyser, then the case machine. */

export const policy = await loadPolicy(DEFAULT_POLICY_PATH);
export const NOW = new Date('2026-11-21T10:00:00+08:00');
export const OWNER = 'U_STAFF';
export const MANAGER = 'U_MANAGER';

/** Moments after the case was filed, as the Slack clients send them. */
export const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000).toISOString();

/** Mentions, broadcasts, a link and an ampersand: none may do anything in what the bot posts. */
export const HOSTILE =
  '<!channel> <!here> <@U123ABC> <#C123|x> <!subteam^S1> @channel @here @everyone & <http://evil|click>';
/** A customer's phone number and e-mail address, which the review channel must not show. */
export const PHONE = '13812345678';
export const EMAIL = 'jane.doe@example.com';
export const CONTACT = `电话 ${PHONE},邮箱 ${EMAIL}`;

export async function makeCase(
  input: ComplaintInput,
  { id = 'C-1', store = '黄兴店', owner = OWNER }: { id?: string; store?: string; owner?: string } = {},
): Promise<Case> {
  const complaint = ComplaintSchema.parse(input);
  const triage = await triageComplaint({ complaint, policy, now: NOW, analyser: createRulesAnalyser() });
  return openCase({
    id,
    store,
    owner,
    at: NOW.toISOString(),
    complaint,
    analysis: triage.analysis,
    remedies: triage.remedies,
  });
}

/** Applies events in order, as staff and managers would. */
export function apply(record: Case, events: readonly CaseEvent[]): Case {
  return events.reduce(applyCaseEvent, record);
}

/** An ordinary case: a forceful customer whose necklace lost two stones. */
export const ordinaryCase = await makeCase({
  narrative: '顾客昨天买的水钻项链掉了两颗钻,拍着柜台要求换新的',
  customerWords: '别废话,马上给我换!不换我就发抖音曝光你们!',
  product: '水钻项链',
  category: 'jewellery',
  price: 129,
  purchasedAt: '2026-11-20T15:00:00+08:00',
  hasReceipt: true,
});

/** The same in English, with an English store and product, for the language checks. */
export const englishCase = await makeCase(
  {
    narrative: 'The customer bought a rhinestone necklace yesterday and two stones fell out; she wants a new one.',
    customerWords: 'Just replace it now. If you do not, I will post it on TikTok.',
    product: 'rhinestone necklace',
    category: 'jewellery',
    price: 129,
    purchasedAt: '2026-11-20T15:00:00+08:00',
    hasReceipt: true,
  },
  { store: 'Huangxing Road' },
);

/** One cue for each of the twenty difficult and crisis kinds. */
const EVERY_FLAG =
  '我坚持要换!翻来覆去说。你知道我是谁?他妈的。莫名其妙。犹豫不决。颐指气使。喝醉了。挑三拣四。抬杠。故意找茬。' +
  '我找记者!发到抖音上!去消协!找律师!去工商局!我是孕妇。砸东西。矜持。大吼大叫。';

const fill = (seed: string, length: number) => seed.repeat(Math.ceil(length / seed.length)).slice(0, length);

/**
 * Hostile text in every field a person writes, contact details in each, every flag raised, no category
 * (so every remedy of the policy is listed), and text at the schema's limits. Contacts and markup lead
 * each field, so that no length cut can keep them out of what a surface shows.
 */
export const hostileCase = await makeCase(
  {
    narrative: fill(`${CONTACT} ${HOSTILE} 项链掉钻了。`, 3000),
    customerWords: fill(`${CONTACT} ${HOSTILE} ${EVERY_FLAG}`, 3000),
    behaviour: fill(`${CONTACT} ${HOSTILE} 大吼,拍柜台 `, 1000),
    customerAsk: fill(`${CONTACT} ${HOSTILE} 退款并赔偿500元 `, 500),
    product: fill(`${PHONE} ${EMAIL} ${HOSTILE} 项链 `, 150),
    price: 129,
    purchasedAt: '2026-11-20T15:00:00+08:00',
    store: fill(`${PHONE} ${HOSTILE} `, 100),
    hasReceipt: true,
  },
  { store: fill(`${PHONE} ${EMAIL} ${HOSTILE} 黄兴店 `, 100) },
);

/** A hostile string of the maximal length people may write in a case's history. */
const hostileReason = fill(`${CONTACT} ${HOSTILE} `, 1000);

/** The hostile case taken all the way: a proposal above the staff limit, approval, resolution, follow-up. */
export const resolvedHostileCase = apply(hostileCase, [
  { type: 'proposed', at: at(1), by: OWNER, remedyId: 'compensation', amount: 80, note: hostileReason },
  { type: 'approval-requested', at: at(2), by: OWNER, remedyId: 'compensation', amount: 80, reason: hostileReason },
  {
    type: 'decided',
    at: at(3),
    by: MANAGER,
    decision: 'adjusted',
    remedyId: 'compensation',
    amount: 60,
    reason: hostileReason,
  },
  { type: 'resolved', at: at(4), by: OWNER, outcome: hostileReason, satisfaction: 4, improvement: hostileReason },
  { type: 'followed-up', at: at(5), by: OWNER, result: hostileReason, satisfaction: 5 },
  { type: 'temperament-corrected', at: at(6), by: OWNER, from: hostileCase.analysis.temperament.type, to: 'peaceable' },
]);

/** Every event of the resolved hostile case's history. */
export const hostileEvents: readonly CaseEvent[] = resolvedHostileCase.history;
