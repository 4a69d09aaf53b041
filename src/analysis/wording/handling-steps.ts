import type { AimKind, FlagKind, TemperamentRead } from '../../domain/analysis.ts';
import type { HandlingStep } from '../../domain/suggestion.ts';
import type { Localized } from '../../shared/language.ts';
import { hasCrisis, isAngry, needsQuietPlace } from './flag-groups.ts';

/** What the six steps are worded for. */
export interface HandlingStepsInput {
  temperament: TemperamentRead;
  flags: readonly FlagKind[];
  aim: AimKind;
  /** Whether the resolution puts several options to the customer to choose from. */
  letCustomerChoose: boolean;
}

type Line = Localized | undefined;

const VENT_BY_TYPE: Readonly<Record<TemperamentRead, Localized>> = {
  lively: {
    zh: '顾客话多、话题跳，耐心听，适时点头回应。',
    en: 'They talk a lot and jump about: listen patiently and nod along.',
  },
  forceful: {
    zh: '顾客说话直、火气大，别顶嘴，只记要点。',
    en: "They are blunt and may be heated: don't answer back, just note the key points.",
  },
  peaceable: {
    zh: '顾客不太会主动说，温和地问一句“还有哪里让您不满意？”',
    en: "They may hold back: ask gently, 'Is there anything else that bothered you?'",
  },
  analytical: {
    zh: '顾客会讲很多细节，逐条记下来，先别急着解释。',
    en: 'They will give you a lot of detail: write each point down and hold off explaining.',
  },
  unknown: {
    zh: '让顾客把话说完，不打断，记下要点。',
    en: 'Let them finish without interrupting, and note the key points.',
  },
};

const APOLOGY_BY_TYPE: Readonly<Record<TemperamentRead, Localized>> = {
  lively: { zh: '语气热情，说出顾客的感受。', en: 'Be warm and put into words how they must feel.' },
  forceful: { zh: '道歉简短有力，说完马上进入方案。', en: 'Keep it short and firm, then go straight to the options.' },
  peaceable: { zh: '语气温和，告诉顾客这件事你来负责。', en: 'Be gentle and tell them you will take care of it.' },
  analytical: {
    zh: '道歉要诚恳、具体，并说明会查清原因。',
    en: 'Make it sincere and specific, and say you will check the cause.',
  },
  unknown: { zh: '道歉真诚、简短，不找借口。', en: 'Keep it sincere and short, with no excuses.' },
};

const FACTS_BY_TYPE: Readonly<Record<TemperamentRead, Localized>> = {
  lively: { zh: '顾客跑题时，轻轻把话题拉回来。', en: 'When they wander off the point, bring them gently back.' },
  forceful: {
    zh: '问题问得少而准，别让顾客重复。',
    en: "Ask a few precise questions and don't make them repeat themselves.",
  },
  peaceable: { zh: '多问几句，顾客不一定主动说。', en: 'Ask a few more questions; they may not volunteer much.' },
  analytical: {
    zh: '把检查结果、规格和条款如实告诉顾客，用事实说话。',
    en: 'Share what you find, the specifications and the terms, plainly and factually.',
  },
  unknown: {
    zh: '问题少而准，留意顾客最在意的是哪一点。',
    en: 'Ask a few precise questions and notice which point matters most to them.',
  },
};

/** Seed 000's reading of intent, turned into what to put forward for each likely aim. */
const SOLUTION_BY_AIM: Readonly<Record<AimKind, Localized>> = {
  refund: {
    zh: '退款要店长批准：先请示，不要当场答应，也不要当场回绝；同时准备一个好的替代方案。',
    en: "A refund needs a manager's approval: check first, neither promise nor refuse it on the spot, and have a good alternative ready.",
  },
  exchange: {
    zh: '先核对换货条件：购买时间、小票、商品是否完好。',
    en: 'Check the exchange conditions first: time since purchase, the receipt, and whether the item is intact.',
  },
  repair: {
    zh: '讲清修理要多久、怎么收费，写明取件日期。',
    en: 'Be clear about how long the repair takes, what it costs and the collection date.',
  },
  discount: {
    zh: '顾客一再挑毛病却没坚持要退，可以在你的权限内给适当减价。',
    en: 'They keep stressing the faults without insisting on a refund: a discount within your authority may settle it.',
  },
  compensation: {
    zh: '权限内的补偿你可以自己定，超出就请店长。',
    en: 'Compensation within your limit is yours to give; beyond that, bring in your manager.',
  },
  apology: {
    zh: '顾客最看重的是被尊重：真诚道歉、认真对待，方案不必复杂。',
    en: 'What they want most is respect: a sincere apology and real attention matter more than an elaborate remedy.',
  },
  accountability: {
    zh: '告诉顾客店里会查清原因、内部处理，但不要当着顾客的面指责同事。',
    en: 'Tell them the shop will find the cause and deal with it internally — but never blame a colleague in front of them.',
  },
  assurance: {
    zh: '向顾客说明店里具体会怎么改进，让同样的问题不再发生。',
    en: 'Explain what the shop will change so the same thing does not happen again.',
  },
  unknown: {
    zh: '还看不出顾客真正要什么，可以问一句“您看怎么处理比较好？”',
    en: "If their real aim is still unclear, ask: 'What would feel like the right way to settle this?'",
  },
};

const TAKE_PART_BY_TYPE: Readonly<Record<TemperamentRead, Localized>> = {
  lively: {
    zh: '热情地说说方案的好处，问问顾客的想法。',
    en: 'tell them warmly what they gain and ask what they think.',
  },
  forceful: { zh: '简短说明方案，请顾客拍板。', en: 'put it briefly and let them give the word.' },
  peaceable: {
    zh: '主动替顾客拿主意，温和地问“这样处理您看行吗？”，适当推一把。',
    en: "take the initiative, ask gently 'Would that work for you?', and give a gentle nudge.",
  },
  analytical: {
    zh: '征询顾客的意见，请顾客判断方案是否合理。',
    en: 'ask for their view and let them judge whether the proposal is fair.',
  },
  unknown: {
    zh: '说明方案和理由，问一句“您看这样处理可以吗？”',
    en: "explain the proposal and why, and ask, 'Would that be all right with you?'",
  },
};

const FOLLOW_THROUGH_BY_TYPE: Readonly<Record<TemperamentRead, Localized>> = {
  lively: { zh: '办好后热情地通知顾客。', en: 'Let them know warmly as soon as it is done.' },
  forceful: { zh: '办好了第一时间简短告知。', en: 'Tell them briefly the moment it is done.' },
  peaceable: { zh: '事后保持联系，让顾客安心。', en: 'Keep in touch afterwards so they feel looked after.' },
  analytical: { zh: '把处理结果和依据写清楚交给顾客。', en: 'Give them the outcome and the reasons in writing.' },
  unknown: { zh: '办好后及时告诉顾客结果。', en: 'Tell them the outcome as soon as it is done.' },
};

/**
 * Seed 001's six steps (有效处理投诉的六步骤), each worded for this customer and woven with seed 002's
 * store advice: listen without arguing, do not keep citing company rules, change the person or place so
 * the customer can save face, and bring in a manager when it may become a crisis.
 */
export function buildHandlingSteps(input: HandlingStepsInput): HandlingStep[] {
  const { temperament, flags, aim, letCustomerChoose } = input;
  const key = `${temperament}|${flags.join(',')}|${aim}|${letCustomerChoose}`;
  const known = composed.get(key) ?? composeSteps(input);
  if (!composed.has(key) && composed.size < COMPOSED_LIMIT) composed.set(key, known);
  // Copies: what a caller does with its steps must not reach the next complaint's.
  return known.map(({ step, text }) => ({ step, text: { zh: text.zh, en: text.en } }));
}

/**
 * The steps already composed, by their input: the wording depends on nothing else, and the few types,
 * flags and aims make few combinations, so the lines are joined once per combination rather than per
 * complaint. Bounded all the same.
 */
const composed = new Map<string, readonly HandlingStep[]>();
const COMPOSED_LIMIT = 2000;

function composeSteps(input: HandlingStepsInput): HandlingStep[] {
  const { temperament, flags, aim, letCustomerChoose } = input;
  const crisis = hasCrisis(flags);
  const steps: Line[][] = [
    [
      {
        zh: '鼓励发泄：让顾客把不满说完，认真倾听，不争辩、不打断，边听边记。',
        en: "Let them vent: hear the whole complaint out, listen properly, don't argue or interrupt, and take notes as you go.",
      },
      needsQuietPlace(flags)
        ? {
            zh: '先把顾客请到安静的地方，避开其他顾客。',
            en: 'First invite them somewhere quieter, away from other shoppers.',
          }
        : undefined,
      isAngry(flags)
        ? {
            zh: '顾客正在气头上（大声、辱骂或威胁）：不争辩、不讲道理，话要短，直接说能怎么解决。',
            en: "They are angry (shouting, insults or threats): don't argue or explain yourself — keep it short and say straight away what you can do to solve it.",
          }
        : VENT_BY_TYPE[temperament],
      flags.includes('nagging')
        ? {
            zh: '保持平静和耐心，偶尔表示同意，并谢谢顾客讲得这么清楚。',
            en: 'Stay calm and patient; agree now and then and thank them for being so clear.',
          }
        : undefined,
      flags.includes('stubborn')
        ? { zh: '把顾客的话复述一遍，让顾客觉得被重视。', en: 'Repeat their words back so they feel taken seriously.' }
        : undefined,
      flags.includes('reserved')
        ? {
            zh: '留意顾客的表情和动作，不满不一定说出口。',
            en: 'Watch their face and manner — they may not say everything.',
          }
        : undefined,
    ],
    [
      {
        zh: '充分道歉，稳住局面：代表店里真诚道歉（可以用上面的道歉话术），为顾客的感受道歉，先不争对错。',
        en: "Apologise fully and steady things: say sorry sincerely on the shop's behalf (the apology above will do), for how they feel, without arguing over who is right.",
      },
      APOLOGY_BY_TYPE[temperament],
      crisis
        ? {
            zh: '这次投诉有演变成危机的苗头：立即告诉店长，请店长出面。',
            en: 'This complaint could turn into a crisis: tell your manager now and ask them to step in.',
          }
        : undefined,
    ],
    [
      {
        zh: '收集信息，找出问题所在：问清购买时间、有没有小票、问题是怎么出现的，亲眼检查商品；判断是质量问题、服务问题还是使用不当，找到双方都认同的地方。',
        en: 'Gather the facts: when they bought it, whether they have the receipt, how the problem came about — and inspect the item yourself. Work out whether it is a product fault, poor service or how it was used, and find the common ground.',
      },
      {
        zh: '留意顾客反复、大声强调的那一点，那往往才是顾客真正想要的。',
        en: 'Notice the point they repeat firmly and loudly — that is usually what they really want.',
      },
      FACTS_BY_TYPE[temperament],
      { zh: '把情况写进处理记录表。', en: 'Write it all into the handling record.' },
    ],
    [
      {
        zh: '承担责任，提出解决方案：不推给同事或厂家，也别一味搬出公司规定——顾客听来就像霸王条款。',
        en: "Take responsibility and propose a solution: don't pass it on to colleagues or the supplier, and don't keep quoting company rules — to the customer it sounds like the shop laying down the law.",
      },
      letCustomerChoose
        ? {
            zh: '把几个方案都摆出来，每个一句话讲清结果。',
            en: 'Lay out the options, one sentence each on what they get.',
          }
        : {
            zh: '先推荐最合适的一个，再准备一两个备选。',
            en: 'Lead with the option that fits best and keep one or two in reserve.',
          },
      SOLUTION_BY_AIM[aim],
      crisis
        ? {
            zh: '超出店里条款的承诺，一律先由店长决定。',
            en: "Anything beyond the store's terms is for your manager to decide.",
          }
        : undefined,
    ],
    [
      letCustomerChoose
        ? {
            zh: '让顾客参与解决方案：让顾客自己拍板，尊重顾客的选择。',
            en: 'Let them take part in the solution: let them choose, and respect their decision.',
          }
        : {
            zh: `让顾客参与解决方案：${TAKE_PART_BY_TYPE[temperament].zh}`,
            en: `Let them take part in the solution: ${TAKE_PART_BY_TYPE[temperament].en}`,
          },
      flags.includes('indecisive')
        ? {
            zh: '顾客犹豫时给点时间，约好什么时候再联系。',
            en: 'If they hesitate, give them time and agree when you will be in touch.',
          }
        : undefined,
      {
        zh: '如果场面僵住了，马上换个人（比如请店长）或换个地方谈，给顾客一个台阶下。',
        en: 'If it gets awkward, change the person (bring in your manager) or the place, so the customer can save face.',
      },
    ],
    [
      {
        zh: '承诺执行，跟踪服务：说到做到，告诉顾客具体什么时候办好；如果会延误，提前告知原因和新的日期。',
        en: 'Commit, carry it out and follow up: do what you said and give a clear date; if it will slip, tell them early with the reason and the new date.',
      },
      aim === 'repair'
        ? {
            zh: '修理前讲清楚：修理是尽量恢复原样，不会和新的一模一样；通知取件后一个月内不来取视为放弃，要提前告诉顾客。',
            en: "Before the repair, set expectations: it restores the piece but won't make it new, and an item not collected within a month of our notice counts as abandoned — tell them now.",
          }
        : undefined,
      FOLLOW_THROUGH_BY_TYPE[temperament],
      {
        zh: '按回访计划打电话回访；把这次投诉写进处理记录，在早会上和大家分享原因和改进。',
        en: 'Make the follow-up call as planned, write the complaint up in the record, and share the cause and the fix at the morning meeting.',
      },
    ],
  ];
  return steps.map((lines, index) => ({ step: index + 1, text: joinLines(lines) }));
}

function joinLines(lines: readonly Line[]): Localized {
  const present = lines.filter((line): line is Localized => line !== undefined);
  return { zh: present.map((line) => line.zh).join(''), en: present.map((line) => line.en).join(' ') };
}
