import type { TemperamentRead } from '../../domain/analysis.ts';
import type { FollowUpPlan } from '../../domain/suggestion.ts';
import type { Localized } from '../../shared/language.ts';

/** What the follow-up call is planned for. */
export interface FollowUpInput {
  /** Days after resolution; the policy's `followUpDays`. */
  afterDays: number;
  temperament: TemperamentRead;
}

/** The policy schema's default, used when the caller passes something that is not a day count. */
const DEFAULT_AFTER_DAYS = 7;

/**
 * Seed 002's call script (回访), in its order — thank them; ask how the product works for them; if they
 * stopped using it, ask why; apologise for anything unpleasant last time; ask for suggestions — said the
 * way each type hears best: forceful brief, lively warm, peaceable gentle and keeping in touch,
 * analytical precise.
 */
const SCRIPT: Readonly<Record<TemperamentRead, readonly Localized[]>> = {
  lively: [
    {
      zh: '您好！我是上次为您处理售后的店员，特地打电话来谢谢您，您上次提的意见对我们帮助很大。',
      en: 'Hello! This is the shop — I looked after you last time, and I just wanted to say thank you; what you told us really helped.',
    },
    { zh: '东西现在用得怎么样？还喜欢吗？', en: 'How are you finding it now — still enjoying it?' },
    {
      zh: '如果最近没怎么用，方便说说是什么原因吗？',
      en: "If you haven't been using it, may I ask why?",
    },
    { zh: '上次让您不开心了，真的很抱歉。', en: "I'm sorry again that last time wasn't a happy experience." },
    {
      zh: '您眼光这么好，对我们的款式和服务有什么建议吗？',
      en: "You've got a great eye — is there anything you'd like to see from us, in styles or in service?",
    },
  ],
  forceful: [
    {
      zh: '您好，打扰您一分钟，谢谢您上次给我们提的意见。',
      en: "Hello, I'll only take a minute — thank you for the feedback you gave us last time.",
    },
    { zh: '东西现在用着还好吗？', en: 'Is it working well for you now?' },
    { zh: '如果没再用了，是什么原因？', en: "If you've stopped using it, what's the reason?" },
    { zh: '上次给您添麻烦了，再次说声抱歉。', en: 'Sorry again for the trouble last time.' },
    {
      zh: '您有什么建议，直接告诉我，我们一定改。',
      en: "If there's anything we should do better, tell me straight and we'll act on it.",
    },
  ],
  peaceable: [
    {
      zh: '您好，我是上次为您服务的店员，打电话来谢谢您，也想问候您一下。',
      en: "Hello, this is the shop — I looked after you last time. I'm calling to thank you and to see how you are.",
    },
    {
      zh: '东西现在用得顺手吗？有什么不放心的地方，随时跟我说。',
      en: 'Is everything working nicely for you? If anything worries you, just tell me.',
    },
    {
      zh: '要是最近没怎么用，是什么原因呢？是不是哪里还不太满意？您慢慢说。',
      en: "If you haven't been using it much, may I ask why? Is something still not quite right? Take your time.",
    },
    { zh: '上次让您受委屈了，真的很抱歉。', en: "I'm really sorry you were upset last time." },
    {
      zh: '您有什么建议都可以告诉我们；以后有新品或优惠活动，我也会第一时间通知您。',
      en: "Any suggestions at all are welcome — and I'll let you know first about new arrivals and offers.",
    },
  ],
  analytical: [
    {
      zh: '您好，我是上次为您处理售后的店员，感谢您上次把问题讲得这么清楚。',
      en: 'Hello, this is the shop — I handled your after-sales visit. Thank you for setting out the problem so clearly last time.',
    },
    {
      zh: '处理好以后这些天用下来，各方面都正常吗？有没有发现别的细节问题？',
      en: 'Since it was sorted out, has everything worked as it should? Have you noticed any other details we should look at?',
    },
    {
      zh: '如果没再使用，能具体说说原因吗？我们好把原因查清楚。',
      en: "If you've stopped using it, could you tell me exactly why? It helps us get to the cause.",
    },
    {
      zh: '上次的处理如果有让您不满意的地方，我向您道歉。',
      en: 'If anything about how we handled it last time fell short, I apologise.',
    },
    {
      zh: '您看我们在商品或服务上还有哪些可以改进的？您的意见我会认真记下来。',
      en: "Where do you think we could improve, in the products or the service? I'll make a careful note of what you say.",
    },
  ],
  // Type not known: the same five points, plainly and courteously, which no type minds.
  unknown: [
    {
      zh: '您好，我是上次为您处理售后的店员，谢谢您上次给我们提的意见。',
      en: 'Hello, this is the shop — I handled your after-sales visit. Thank you for the feedback you gave us.',
    },
    { zh: '东西现在用着还好吗？', en: 'Is it working well for you now?' },
    {
      zh: '如果没再使用，方便说说是什么原因吗？',
      en: "If you've stopped using it, may I ask why?",
    },
    { zh: '上次给您添麻烦了，再次说声抱歉。', en: 'Sorry again for the trouble last time.' },
    {
      zh: '您觉得我们在商品或服务上还有哪些可以改进的？',
      en: 'Is there anything we could do better, in the products or the service?',
    },
  ],
};

/**
 * The follow-up call plan (seed 002). `afterDays` is rounded to a whole day of at least one; anything that
 * is not a finite number falls back to the policy default of seven days.
 */
export function buildFollowUpPlan(input: FollowUpInput): FollowUpPlan {
  const afterDays = Number.isFinite(input.afterDays) ? Math.max(1, Math.round(input.afterDays)) : DEFAULT_AFTER_DAYS;
  return { afterDays, script: SCRIPT[input.temperament].map((line) => ({ zh: line.zh, en: line.en })) };
}
