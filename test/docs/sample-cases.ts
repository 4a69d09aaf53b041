import { createRulesAnalyser } from '../../src/analysis/rules-analyser.ts';
import { caseIdFor } from '../../src/complaints/file-complaint.ts';
import { triageComplaint } from '../../src/complaints/triage-complaint.ts';
import type { Case, CaseEvent } from '../../src/domain/case.ts';
import { applyCaseEvent, openCase } from '../../src/domain/case-transitions.ts';
import { type ComplaintInput, ComplaintSchema } from '../../src/domain/complaint.ts';
import type { Policy } from '../../src/domain/policy-schema.ts';
import type { Language } from '../../src/shared/language.ts';

/**
 * The sample shop the pictures in docs/surfaces.md show: a few complaints triaged by the rules analyser on
 * the example policy, then taken along by the case machine, as staff and a manager would, at fixed
 * moments so the pictures never change. Names are made up and no case holds a phone number or an e-mail
 * address.
 */

/** Slack user ids as Slack writes them; Block Kit Builder shows them as unknown users. */
export const STAFF = 'U0SAMPLE01';
export const COLLEAGUE = 'U0SAMPLE02';
export const MANAGER = 'U0SAMPLE03';

/** The names the digest gives owners (from users.info in the bot). */
export const NAMES: Readonly<Record<string, string>> = {
  [STAFF]: 'Sam Sample',
  [COLLEAGUE]: 'Dana Demo',
  [MANAGER]: 'Max Example',
};

/** When the first complaint is filed: a Saturday morning in the shop's time zone. */
export const FILED_AT = new Date('2026-11-21T10:00:00+08:00');
/** When the manager opens App Home that evening, with the request still pending. */
/** The next morning's digest, before the manager decides. */
export const DIGEST_SLOT = new Date('2026-11-22T08:30:00+08:00');
export const DIGEST_FROM = new Date('2026-11-21T08:30:00+08:00');
export const HOME_AT = new Date('2026-11-21T18:00:00+08:00');

const minutesAfter = (minutes: number) => new Date(FILED_AT.getTime() + minutes * 60_000);
const at = (minutes: number) => minutesAfter(minutes).toISOString();

interface Sample {
  key: string;
  store: string;
  owner: string;
  /** Minutes after FILED_AT. */
  filedAfter: number;
  complaint: ComplaintInput;
  /** What staff and managers did next, minutes after FILED_AT. */
  events?: readonly ((filed: Case) => CaseEvent)[];
}

const STORES = {
  zh: { main: '示例路店', other: '样板街店' },
  en: { main: 'Sample Street', other: 'Example Mall' },
} as const;

/** The bracelet whose clasp broke: the case the DM, the approval and the review post show. */
function braceletComplaint(language: Language): ComplaintInput {
  const common = {
    category: 'alloy',
    price: 89,
    purchasedAt: '2026-11-19T16:00:00+08:00',
    hasReceipt: true,
    suspectedCause: 'quality',
  } as const;
  return language === 'zh'
    ? {
        ...common,
        narrative: '顾客前天买的合金手链,今天搭扣断了。她说话很冲,要求马上退钱,还要赔偿。',
        customerWords: '别跟我废话,才戴两天就断了!马上给我退钱,不然我就发到小红书上让大家评评理。',
        customerAsk: '退款,再赔偿100元',
        product: '合金手链',
      }
    : {
        ...common,
        narrative:
          'The customer bought an alloy bracelet two days ago and the clasp broke today. She was loud and impatient and wants her money back and compensation.',
        customerWords:
          'Stop wasting my time. It broke after two days. Refund me now or I will post it online for everyone to see.',
        customerAsk: 'A refund and 100 yuan compensation',
        product: 'alloy bracelet',
      };
}

function samples(language: Language): Sample[] {
  const zh = language === 'zh';
  const stores = STORES[language];
  return [
    {
      key: 'bracelet',
      store: stores.main,
      owner: STAFF,
      filedAfter: 0,
      complaint: braceletComplaint(language),
      events: [
        () => ({
          type: 'proposed',
          at: at(5),
          by: STAFF,
          remedyId: 'compensation',
          amount: 80,
          note: zh ? '顾客接受免费换新,另要求补偿' : 'She accepts a free exchange and asks for compensation on top',
        }),
        () => ({
          type: 'approval-requested',
          at: at(6),
          by: STAFF,
          remedyId: 'compensation',
          amount: 80,
          reason: zh
            ? '顾客是老顾客,情绪激动,已换新;80元补偿可以平息此事'
            : 'A regular customer, very upset; already exchanged. 80 yuan would settle it.',
        }),
      ],
    },
    {
      key: 'watch',
      store: stores.main,
      owner: MANAGER,
      filedAfter: 45,
      complaint: zh
        ? {
            narrative: '顾客三周前买的手表走走停停,拿来要求维修。态度平和,说下周要出差,希望尽快修好。',
            customerWords: '没关系,修好就行,就是希望快一点。',
            product: '石英手表',
            category: 'watch',
            price: 299,
            purchasedAt: '2026-10-31T11:00:00+08:00',
            hasReceipt: true,
          }
        : {
            narrative:
              'The customer bought a quartz watch three weeks ago; it keeps stopping. She was calm, said she travels next week and hopes it can be fixed quickly.',
            customerWords: 'No problem, as long as it gets fixed. Just quickly, please.',
            product: 'quartz watch',
            category: 'watch',
            price: 299,
            purchasedAt: '2026-10-31T11:00:00+08:00',
            hasReceipt: true,
          },
      events: [
        () => ({ type: 'proposed', at: at(50), by: MANAGER, remedyId: 'watch-repair' }),
        () => ({
          type: 'resolved',
          at: at(55),
          by: MANAGER,
          outcome: zh ? '送修,约定11月22日取' : 'Sent for repair, to be collected on 22 November',
          satisfaction: 4,
          improvement: zh
            ? '出售前检查手表走时,并告知顾客保修条款'
            : 'Check the movement before sale and explain the warranty to the customer',
        }),
        () => ({
          type: 'repair-promised',
          at: at(56),
          by: MANAGER,
          remedyId: 'watch-repair',
          promisedFor: '2026-11-22',
        }),
      ],
    },
    {
      key: 'earrings',
      store: stores.other,
      owner: COLLEAGUE,
      filedAfter: 180,
      complaint: zh
        ? {
            narrative: '顾客上个月买的耳钉镀层磨掉了,想换一对。她很客气,只是有点失望。',
            customerWords: '戴了一个月就掉色了,能换一对吗?',
            product: '镀金耳钉',
            category: 'jewellery',
            price: 59,
            purchasedAt: '2026-10-20T15:00:00+08:00',
            hasReceipt: true,
          }
        : {
            narrative:
              'The customer bought gold-plated earrings last month and the plating has worn off; she would like another pair. Polite, a little disappointed.',
            customerWords: 'They lost their colour after a month. Could I swap them?',
            product: 'gold-plated earrings',
            category: 'jewellery',
            price: 59,
            purchasedAt: '2026-10-20T15:00:00+08:00',
            hasReceipt: true,
          },
      events: [
        () => ({ type: 'proposed', at: at(185), by: COLLEAGUE, remedyId: 'gift', amount: 20 }),
        () => ({
          type: 'resolved',
          at: at(190),
          by: COLLEAGUE,
          outcome: zh ? '赠送擦银布和一张八折券' : 'Gave a polishing cloth and a 20% voucher',
          satisfaction: 3,
        }),
      ],
    },
  ];
}

async function makeCase(sample: Sample, policy: Policy): Promise<Case> {
  const complaint = ComplaintSchema.parse(sample.complaint);
  const now = minutesAfter(sample.filedAfter);
  const triage = await triageComplaint({ complaint, policy, now, analyser: createRulesAnalyser() });
  const filed = openCase({
    id: caseIdFor(`docs-sample:${sample.key}`),
    store: sample.store,
    owner: sample.owner,
    at: now.toISOString(),
    complaint,
    analysis: triage.analysis,
    remedies: triage.remedies,
  });
  return (sample.events ?? []).reduce((record, event) => applyCaseEvent(record, event(filed)), filed);
}

/** The sample cases in one language, as filed and as they stand after what staff did. */
export interface SampleShop {
  /** The bracelet case as filed: what the staff member's DM shows. */
  filed: Case;
  /** The bracelet case once its request for approval is made. */
  awaiting: Case;
  /** The request's id: the index of its `approval-requested` event. */
  request: number;
  /** The bracelet case the next morning, once the manager decided and the staff member resolved it. */
  resolved: Case;
  /** Every case, newest first, as they stand at HOME_AT. */
  all: Case[];
}

export async function sampleShop(language: Language, policy: Policy): Promise<SampleShop> {
  const [bracelet, ...others] = samples(language);
  if (!bracelet) throw new Error('no sample cases');
  const filed = await makeCase({ ...bracelet, events: [] }, policy);
  const awaiting = await makeCase(bracelet, policy);
  const request = awaiting.history.findIndex((event) => event.type === 'approval-requested');
  const zh = language === 'zh';
  const resolved = [
    {
      type: 'decided',
      at: at(24 * 60),
      by: MANAGER,
      decision: 'adjusted',
      remedyId: 'compensation',
      amount: 60,
      reason: zh ? '按规定上限附近处理,60元足够' : 'Close to the limit; 60 yuan is enough',
    },
    {
      type: 'resolved',
      at: at(24 * 60 + 30),
      by: STAFF,
      outcome: zh ? '免费换新一条,补偿60元,顾客接受' : 'Exchanged for a new one and 60 yuan compensation; she accepted',
      satisfaction: 4,
      improvement: zh ? '上架前逐条检查搭扣' : 'Check every clasp before it goes on display',
    },
  ].reduce<Case>((record, event) => applyCaseEvent(record, event as CaseEvent), awaiting);
  const rest = await Promise.all(others.map((sample) => makeCase(sample, policy)));
  const all = [awaiting, ...rest].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  return { filed, awaiting, request, resolved, all };
}
