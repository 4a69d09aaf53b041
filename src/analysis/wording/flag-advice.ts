import type { FlagKind } from '../../domain/analysis.ts';
import type { Localized } from '../../shared/language.ts';

/* Lines several kinds share: seed 001's calming skills and its crisis rule (special customers escalate
   more easily, so the manager hears early and nothing is promised that the store cannot keep). */

const MOVE_ASIDE: Localized = {
  zh: '把顾客请到安静的地方（休息区或里间）坐下来谈，避开其他顾客，免得影响扩大。',
  en: 'Invite them somewhere quieter — the seating area or the back room — away from other shoppers, so it does not spread.',
};
const TELL_MANAGER_SOON: Localized = {
  zh: '情况一有升级的苗头，马上报告店长。',
  en: 'The moment it starts to escalate, let your manager know.',
};
const TELL_MANAGER_NOW: Localized = {
  zh: '立即告诉店长，请店长出面处理。',
  en: 'Tell your manager straight away and ask them to take the lead.',
};
const KEEP_RECORD: Localized = {
  zh: '把顾客说的话、时间和经过如实写进处理记录表，留好小票、照片等凭证。',
  en: 'Write down what was said, when and what happened in the handling record, and keep the receipt, photos and any other evidence.',
};
const NO_PROMISES: Localized = {
  zh: '不做超出店里条款的承诺；拿不准的，说“我请店长来确认”。',
  en: "Promise nothing beyond the store's terms; if you are unsure, say 'I'll ask my manager to confirm that for you.'",
};
const STAY_IN_STORE: Localized = {
  zh: '保持礼貌，不要把顾客往外推，也不要主动提外部机构，把问题留在店里用心解决。',
  en: 'Stay courteous; never push them towards outside bodies yourself — keep working on it here in the shop.',
};

/** The method's handling advice for every difficult and crisis kind (seed 001). */
const ADVICE: Readonly<Record<FlagKind, readonly Localized[]>> = {
  stubborn: [
    {
      zh: '注重倾听，处理问题时不批评顾客的观点和想法。',
      en: 'Listen closely, and never criticise their view or their reasoning while you deal with it.',
    },
    {
      zh: '把顾客的话复述一遍，让顾客觉得自己很重要、被听进去了。',
      en: 'Repeat their words back to them so they feel important and properly heard.',
    },
    {
      zh: '承认顾客某些观点是对的，找到双方都认同的地方，再从那里谈解决办法。',
      en: 'Acknowledge where they are right, find a point you both agree on, and build the solution from there.',
    },
  ],
  nagging: [
    {
      zh: '保持平静和耐心，让顾客把话说完、把气发出来。',
      en: 'Stay calm and patient, and let them say everything and let off steam.',
    },
    {
      zh: '偶尔表示同意，并感谢顾客把情况讲得这么清楚。',
      en: 'Agree now and then, and thank them for explaining it so fully.',
    },
    {
      zh: '清楚、友善地说明你能做到的和做不到的，别含糊，也别生硬。',
      en: 'Say clearly and kindly what you can and cannot do — neither vague nor curt.',
    },
  ],
  arrogant: [
    {
      zh: '别把顾客的话往心里去，对事不对人。',
      en: 'Do not take what they say personally; keep it about the problem, not the person.',
    },
    {
      zh: '多向顾客提问，表示关心，也把注意力从情绪引到事情本身。',
      en: 'Ask questions to show you care and to shift their attention from the anger to the facts.',
    },
    {
      zh: '及时把顾客请到一边单独谈，避免当众升级。',
      en: 'Take them aside promptly so it does not escalate in front of others.',
    },
    {
      zh: '了解顾客的背景（职业、身份），判断有没有演变成危机的可能，有的话马上告诉店长。',
      en: 'Find out a little about who they are (occupation, position) and judge whether it could turn into a crisis; if so, tell your manager at once.',
    },
  ],
  irritable: [
    {
      zh: '你先稳住：放慢语速、压低声音，不争辩，不较劲。',
      en: 'Stay steady yourself: slow down, lower your voice, and do not argue or try to win.',
    },
    {
      zh: '尽早真诚道歉，先平复情绪，再谈怎么处理。',
      en: 'Apologise sincerely and early; calm the feelings first, then talk about the fix.',
    },
    MOVE_ASIDE,
    TELL_MANAGER_SOON,
  ],
  vulgar: [
    {
      zh: '不以牙还牙，保持专业和礼貌，语气平稳而坚定。',
      en: 'Never respond in kind; stay professional and polite, calm but firm.',
    },
    MOVE_ASIDE,
    {
      zh: '如果出现辱骂或骚扰，不必一个人硬扛，马上换同事或请店长接手。',
      en: 'If it turns to abuse or harassment, you do not have to take it alone — hand over to a colleague or your manager at once.',
    },
  ],
  odd: [
    {
      zh: '耐心对待，不笑话、不评判顾客的想法。',
      en: 'Be patient; never laugh at or judge how they see things.',
    },
    {
      zh: '用复述确认顾客到底要什么，说话简单明了，一次只谈一件事。',
      en: 'Repeat back what they want to be sure you have it right; keep it simple and take one point at a time.',
    },
    {
      zh: '以事实和商品本身为准，讲清楚能怎么处理。',
      en: 'Stick to the facts and the item itself, and be clear about what can be done.',
    },
  ],
  reserved: [
    {
      zh: '这类顾客话不多，不满不一定说出口：用温和的开放式问题引导，比如“还有哪里让您不满意？”',
      en: "They say little and may not voice what is wrong: draw them out gently with open questions such as 'Is there anything else that bothered you?'",
    },
    {
      zh: '留意顾客的表情和动作，尊重顾客的节奏，需要的话找个安静的地方谈。',
      en: 'Watch their face and manner, respect their pace, and find a quiet spot if that helps.',
    },
    {
      zh: '离开前再确认一次顾客是不是真的满意——大多数不满的顾客是一声不吭就走了的。',
      en: 'Before they leave, check once more that they are truly satisfied — most unhappy customers simply walk away without a word.',
    },
  ],
  indecisive: [
    {
      zh: '主动给一个明确的建议，方案控制在一两个，别让顾客挑花眼。',
      en: 'Make one clear recommendation and keep it to one or two options so they are not overwhelmed.',
    },
    {
      zh: '用以前类似情况的处理结果让顾客放心。',
      en: 'Reassure them with how similar cases turned out.',
    },
    {
      zh: '给顾客一点时间考虑，约好什么时候再联系，到时主动打电话。',
      en: 'Give them a little time to think, agree when you will be in touch, and then make that call yourself.',
    },
  ],
  domineering: [
    {
      zh: '给足尊重，不跟顾客争主导权，说话简短有力。',
      en: 'Show plenty of respect, do not fight them for control, and keep it short and firm.',
    },
    {
      zh: '把几个可选方案摆出来让顾客做主，顾客会觉得局面在自己手里。',
      en: 'Lay out the options and let them choose, so they feel in charge.',
    },
    {
      zh: '超出你权限的要求，客气地说“这个我请店长来定”，马上请店长。',
      en: "For anything beyond your authority, say politely 'I'll ask my manager to decide that' and fetch them straight away.",
    },
  ],
  drunk: [
    {
      zh: '安全第一：保持距离，不争论，不在这个时候谈条件。',
      en: 'Safety first: keep your distance, do not argue, and do not negotiate while they are in this state.',
    },
    MOVE_ASIDE,
    TELL_MANAGER_NOW,
    {
      zh: '客气地留下联系方式，约好改天再来把事情处理好，并做好记录。',
      en: 'Politely take their contact details, arrange to settle it properly another day, and note it in the record.',
    },
  ],
  critic: [
    {
      zh: '感谢顾客提意见，一条条记下来，不急着辩护。',
      en: 'Thank them for the feedback, note each point, and do not rush to defend.',
    },
    {
      zh: '有道理的地方坦然承认，并告诉顾客店里会怎么改进。',
      en: 'Admit frankly where they have a point, and tell them how the shop will improve.',
    },
    {
      zh: '处理完把这些意见带到早会上和大家分享。',
      en: 'Once it is settled, bring the points to the morning meeting so everyone learns from them.',
    },
  ],
  argumentative: [
    {
      zh: '不跟顾客争对错，争赢了道理，就输了顾客。',
      en: 'Do not argue over who is right: win the argument and you lose the customer.',
    },
    {
      zh: '先找双方认同的点，少说“但是”，多说“您说得有道理，我们看看怎么办”。',
      en: "Start from what you agree on; avoid 'but' and say 'You have a point — let's see what we can do.'",
    },
    {
      zh: '把话题拉回到事实和解决办法上。',
      en: 'Keep bringing the conversation back to the facts and the fix.',
    },
  ],
  troublemaker: [
    {
      zh: '始终礼貌，以事实为准：亲眼检查商品、核对小票和购买时间。',
      en: 'Stay polite and go by the facts: inspect the item yourself and check the receipt and purchase date.',
    },
    KEEP_RECORD,
    NO_PROMISES,
    MOVE_ASIDE,
    TELL_MANAGER_SOON,
  ],
  media: [
    TELL_MANAGER_NOW,
    {
      zh: '媒体已经报道，或顾客扬言找媒体：说话格外注意，不评论、不表态，态度诚恳；记者找来时，由店长统一回应。',
      en: 'The press already has it, or they threaten to go to it: choose every word with care, make no comments or statements, stay courteous, and if a reporter calls or comes, let your manager speak for the shop.',
    },
    KEEP_RECORD,
    NO_PROMISES,
  ],
  'social-media': [
    TELL_MANAGER_NOW,
    {
      zh: '不跟顾客争发不发网，也不要拿删帖当处理条件，把心思放在真诚解决问题上。',
      en: 'Do not argue about them posting online, and never make taking a post down a condition; put your effort into genuinely solving it.',
    },
    KEEP_RECORD,
    NO_PROMISES,
  ],
  'consumer-council': [TELL_MANAGER_NOW, STAY_IN_STORE, KEEP_RECORD, NO_PROMISES],
  lawyer: [
    TELL_MANAGER_NOW,
    {
      zh: '只讲事实，不猜测原因，不签字、不写任何说明，一切交给店长。',
      en: 'Stick to the facts, do not guess at causes, and sign or write nothing — leave it all to your manager.',
    },
    KEEP_RECORD,
    NO_PROMISES,
  ],
  regulator: [
    TELL_MANAGER_NOW,
    {
      zh: '积极配合，把小票、商品和处理记录准备好，如实说明经过。',
      en: 'Cooperate fully: have the receipt, the item and the handling record ready, and explain honestly what happened.',
    },
    KEEP_RECORD,
    NO_PROMISES,
  ],
  'special-customer': [
    {
      zh: '特殊顾客（职业、身份、身体状况特殊）更容易把投诉变成危机，沟通要格外细心周到。',
      en: 'Special customers (by occupation, position or health) turn complaints into crises more easily: take extra care in every word.',
    },
    {
      zh: '身体不便的顾客，先请坐、倒杯水，照顾好再谈。',
      en: 'If their health is a concern, offer a seat and a glass of water first, and talk once they are comfortable.',
    },
    TELL_MANAGER_NOW,
    KEEP_RECORD,
    NO_PROMISES,
  ],
  violence: [
    {
      zh: '人身安全第一：保持距离，不推搡，不还手，先让其他顾客和同事离开。',
      en: 'Safety comes first: keep your distance, never push back or touch them, and get other shoppers and colleagues out of the way.',
    },
    {
      zh: '立即叫店长和保安，情况危险就报警。',
      en: 'Call your manager and security at once, and the police if anyone is in danger.',
    },
    {
      zh: '不争吵，不刺激对方，语气平稳。',
      en: 'Do not argue or provoke; keep your voice even.',
    },
    KEEP_RECORD,
  ],
};

/** What the method advises staff to do with a customer of this difficult or crisis kind (seed 001). */
export function adviceFor(kind: FlagKind): Localized[] {
  return ADVICE[kind].map((line) => ({ zh: line.zh, en: line.en }));
}
