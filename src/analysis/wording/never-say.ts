import type { Localized } from '../../shared/language.ts';

/** Stable ids of the fifteen phrases of seed 001's 该说和不该说的, in the seed's order. */
export const NEVER_SAY_IDS = [
  'child-knows',
  'get-what-you-pay-for',
  'impossible',
  'not-my-business',
  'dont-know',
  'company-policy',
  'nothing-can-be-done',
  'too-busy',
  'others-find-it-fine',
  'always-sold-like-this',
  'listen-to-me-first',
  'partly-your-fault',
  'how-dare-you',
  'complain-wherever',
  'consumer-council',
] as const;
export type NeverSayId = (typeof NEVER_SAY_IDS)[number];

/** One phrase staff must never say to a complaining customer, with what to say instead. */
export interface NeverSayEntry {
  readonly id: NeverSayId;
  /** The seed's own wording in zh and its usual English equivalent. */
  readonly phrase: Localized;
  /** Realistic ways staff actually say it; the phrase guard must catch every one of them. */
  readonly examples: { readonly zh: readonly string[]; readonly en: readonly string[] };
  /** A line that does the same job without pushing the customer away. */
  readonly instead: Localized;
}

/**
 * The never-say list of seed 001, worded as staff really say it. Exported whole so the LLM prompt can
 * quote it and the tests can prove the phrase guard catches every example.
 */
export const NEVER_SAY: readonly NeverSayEntry[] = [
  {
    id: 'child-knows',
    phrase: { zh: '这种问题连三岁的小孩都懂。', en: 'Even a three-year-old knows that.' },
    examples: {
      zh: ['这个连三岁小孩都知道', '连小孩子都懂的事', '这都不懂？', '这是常识啊'],
      en: ['Even a child knows that!', 'Even a 3 year old would understand this.', "That's common sense."],
    },
    instead: {
      zh: '这一点确实容易被忽略，我来给您详细说明一下。',
      en: "That's easy to miss — let me go through it with you.",
    },
  },
  {
    id: 'get-what-you-pay-for',
    phrase: { zh: '一分价钱一分货。', en: 'You get what you pay for.' },
    examples: {
      zh: ['一分钱一分货嘛', '便宜没好货', '这个价钱还想要什么样的？', '这个价位就这样了'],
      en: [
        'Well, you get what you pay for.',
        'What did you expect for that price?',
        'For this price, what do you expect?',
      ],
    },
    instead: {
      zh: '不管价钱多少，您买了就应该用得放心，我来帮您看看。',
      en: 'Whatever you paid, you should be happy with it — let me take a look.',
    },
  },
  {
    id: 'impossible',
    phrase: { zh: '不可能，绝不可能发生这种事。', en: "That's impossible — it could never happen." },
    examples: {
      zh: ['不可能！', '这不可能', '绝对不可能', '这种事不可能发生的', '我们的产品不可能有问题'],
      en: [
        "That's impossible.",
        "That can't have happened.",
        'That would never happen with our watches.',
        "It's not possible!",
      ],
    },
    instead: {
      zh: '谢谢您告诉我，我马上帮您查清楚是怎么回事。',
      en: "Thank you for telling me — I'll find out straight away what's happened.",
    },
  },
  {
    id: 'not-my-business',
    phrase: { zh: '这种问题不关我的事，请去问……', en: "That's not my business — go and ask someone else." },
    examples: {
      zh: ['这不关我事', '这个不归我管', '跟我没关系，你去问售后', '您去找别人吧', '这不是我负责的'],
      en: [
        'Not my problem.',
        "That's not my department.",
        "It's nothing to do with me.",
        "You'll have to ask the manufacturer.",
      ],
    },
    instead: {
      zh: '我来帮您问清楚，请稍等，我马上回复您。',
      en: "Let me find out for you — bear with me a moment and I'll come straight back to you.",
    },
  },
  {
    id: 'dont-know',
    phrase: { zh: '这个问题不太清楚。', en: "I don't really know about that." },
    examples: {
      zh: ['这个我也不清楚', '这个问题我不知道', '这我不太清楚', '谁知道呢'],
      en: ["I don't know about that.", 'No idea.', "I've no idea, sorry.", "I'm not sure about that.", 'Dunno.'],
    },
    instead: {
      zh: '这个我马上帮您确认，确认好了第一时间告诉您。',
      en: "Let me check that for you and I'll tell you as soon as I know.",
    },
  },
  {
    id: 'company-policy',
    phrase: { zh: '这是公司的规定。', en: "It's company policy." },
    examples: {
      zh: ['这是公司规定', '公司就是这么规定的', '规定就是规定', '这是我们店的规矩', '按规定不行'],
      en: [
        "That's our policy.",
        'Those are the rules.',
        'Rules are rules.',
        "I'm just following the rules.",
        "Sorry, it's store policy.",
      ],
    },
    instead: { zh: '我看看有什么办法能帮到您。', en: 'Let me see what I can do for you.' },
  },
  {
    id: 'nothing-can-be-done',
    phrase: { zh: '这事儿没法办。', en: "There's nothing we can do." },
    examples: {
      zh: ['这个没法办', '这事办不了', '我也没办法', '没办法，', '这个我们处理不了', '爱莫能助'],
      en: ["Nothing I can do, I'm afraid.", "It can't be done.", "There's nothing to be done.", "I can't help you."],
    },
    instead: {
      zh: '我们一起想想办法，我先看看能为您做些什么。',
      en: "Let's see what we can work out — here's what I can do for you.",
    },
  },
  {
    id: 'too-busy',
    phrase: { zh: '没看我正忙着吗？一个一个来。', en: "Can't you see I'm busy? One at a time." },
    examples: {
      zh: ['没看见我在忙吗', '我正忙着呢', '一个一个来', '排队去', '等着吧'],
      en: ["Can't you see I'm busy?", "I'm busy right now.", 'Wait your turn.', 'One at a time, please.'],
    },
    instead: {
      zh: '不好意思让您久等了，我马上就来为您服务。',
      en: "Sorry to keep you waiting — I'll be with you in just a moment.",
    },
  },
  {
    id: 'others-find-it-fine',
    phrase: { zh: '别人觉得挺好呀！', en: 'Other customers find it fine.' },
    examples: {
      zh: ['别人都说挺好的', '人家用着都没问题', '别的顾客都没说什么', '就你事多'],
      en: [
        'Everyone else is happy with it.',
        'Nobody else has complained.',
        "You're the only one complaining.",
        'Other people find it fine.',
      ],
    },
    instead: {
      zh: '您遇到的情况我很重视，我们来看看具体是什么问题。',
      en: "What's happened to you matters — let's look at exactly what's wrong.",
    },
  },
  {
    id: 'always-sold-like-this',
    phrase: { zh: '我们一直都是这么卖的。', en: "We've always sold it like this." },
    examples: {
      zh: ['我们一直这么卖', '我们都是这样卖的', '向来都是这样的', '一直都是这么处理的'],
      en: ["That's how we've always sold it.", "We've always done it this way.", "It's always been like that."],
    },
    instead: {
      zh: '谢谢您的意见，我会把您的反馈转达给店长。',
      en: "Thank you for pointing that out — I'll pass it on to my manager.",
    },
  },
  {
    id: 'listen-to-me-first',
    phrase: { zh: '你先听我解释。', en: 'Listen to me first.' },
    examples: {
      zh: ['你先听我说', '您先听我说完', '你让我把话说完', '你先别说了', '听我讲，'],
      en: ['Just listen to me.', 'Hear me out.', 'Let me explain first.', 'Let me finish!'],
    },
    instead: { zh: '您慢慢说，我先把情况听清楚。', en: 'Please go on — I want to understand exactly what happened.' },
  },
  {
    id: 'partly-your-fault',
    phrase: { zh: '你也有不对的地方。', en: "You're partly to blame." },
    examples: {
      zh: ['你自己也有责任', '这是你自己弄坏的', '你没保养好', '都是你自己的问题', '怪你自己'],
      en: [
        "It's partly your fault.",
        'You must have dropped it.',
        "You didn't look after it properly.",
        'You should have read the instructions.',
      ],
    },
    instead: { zh: '我们一起来看看问题出在哪里，好吗？', en: "Let's look together at what went wrong, shall we?" },
  },
  {
    id: 'how-dare-you',
    phrase: { zh: '你怎么这么讲话？', en: 'How dare you talk to me like that?' },
    examples: {
      zh: ['你怎么这样说话', '你说话客气点', '你这是什么态度', '注意你的态度'],
      en: [
        "Don't talk to me like that.",
        'Watch your tone.',
        'Who do you think you are?',
        "There's no need to be rude.",
      ],
    },
    instead: {
      zh: '我明白您很生气，换作是我也会不高兴。',
      en: "I can see you're really upset, and I'd feel the same.",
    },
  },
  {
    id: 'complain-wherever',
    phrase: { zh: '你爱告哪儿告哪儿。', en: 'Complain wherever you like.' },
    examples: {
      zh: ['你爱去哪告就去哪告', '随便你去投诉', '想投诉就去投诉吧', '你去告吧', '爱找谁找谁'],
      en: ['Complain to whoever you want.', 'Go ahead and complain.', 'Feel free to report us.', 'Sue us, then.'],
    },
    instead: {
      zh: '请给我一个机会，我一定尽力为您处理好。',
      en: 'Please give me the chance to put this right for you.',
    },
  },
  {
    id: 'consumer-council',
    phrase: { zh: '你去找消协吧，这是他们的电话。', en: "Go to the consumer council — here's their number." },
    examples: {
      zh: ['您去消协投诉吧', '去找消费者协会', '你打12315', '找工商去'],
      en: [
        'Go to the Consumer Council.',
        'You can complain to the consumers association.',
        'Take it to CASE.',
        'Call trading standards.',
      ],
    },
    instead: {
      zh: '这件事我们店里一定负责到底，我马上请店长来一起处理。',
      en: "We'll see this through ourselves — I'll ask my manager to join us now.",
    },
  },
];
