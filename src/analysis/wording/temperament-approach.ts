import type { TemperamentRead } from '../../domain/analysis.ts';
import type { Localized } from '../../shared/language.ts';

/**
 * Seed 001's table of how to serve each type, one concrete line per habit, ending on the type's key verb
 * (赞美, 服务, 解说, 征询) so staff remember it.
 */
const APPROACH: Readonly<Record<TemperamentRead, readonly Localized[]>> = {
  lively: [
    {
      zh: '先让顾客把话说完，认真倾听，适时点头回应，不要打断。',
      en: "Let them talk it all out and really listen; nod along and don't cut in.",
    },
    {
      zh: '真诚地赞美顾客的眼光和品味，比如夸挑的款式好看、搭配有心思。',
      en: 'Praise their taste sincerely — the style they picked, how well they put it together.',
    },
    {
      zh: '多聊聊这件商品独特的地方：外形、颜色、款式上的新意，把顾客的兴致重新带起来。',
      en: "Talk about what makes the piece special — its look, its colour, what's new about it — to win back their enthusiasm.",
    },
    {
      zh: '语气热情活泼一些；顾客话题跳得快，你要跟得上，再轻轻把话题拉回到怎么解决上。关键词：赞美。',
      en: 'Keep your tone warm and lively; they jump from topic to topic, so keep up, then gently steer back to putting it right. Key word: praise.',
    },
  ],
  forceful: [
    {
      zh: '尊重、体贴：称呼得体，一开口就让顾客感到被重视，别让顾客干等。',
      en: 'Show respect and consideration: address them properly, make them feel they matter from the first word, and never leave them waiting.',
    },
    {
      zh: '开门见山、实话实说，干脆利落，不绕弯子，不长篇大论地解释。',
      en: 'Get straight to the point: be honest, brief and decisive — no going round the houses, no long explanations.',
    },
    {
      zh: '直接拿出三个可选方案，每个一句话讲清结果，让顾客自己拍板。',
      en: 'Put three options on the table, one sentence each on what they get, and let them decide.',
    },
    {
      zh: '这类顾客脾气急，投诉时可能很冲：你保持冷静，不顶嘴，用周到的服务让顾客觉得被重视。关键词：服务。',
      en: "They can have a short fuse and turn aggressive when complaining: stay calm, don't answer back, and let attentive service show them they matter. Key word: serve.",
    },
  ],
  peaceable: [
    {
      zh: '多一点耐心和热情，让顾客慢慢说，不要催。',
      en: "Be patient and warm; let them take their time and don't hurry them.",
    },
    {
      zh: '用例子建立信任：讲讲以前类似的情况是怎么处理好的。',
      en: 'Build trust with examples: tell them how a similar case was put right before.',
    },
    {
      zh: '这类顾客比较被动、拿不定主意，你要主动替顾客出主意，给一个明确的建议，适当推一把，但别逼。',
      en: "They tend to be passive and hesitant: take the initiative, make one clear recommendation and give a gentle nudge — but don't push.",
    },
    {
      zh: '耐心解说处理的过程和结果，事后保持联系，让顾客安心。关键词：解说。',
      en: 'Explain the process and the outcome patiently, and keep in touch afterwards so they feel looked after. Key word: explain.',
    },
  ],
  analytical: [
    {
      zh: '态度真诚、专业，说话准确，不夸大，不含糊。',
      en: 'Be sincere and professional, and be precise — no exaggeration, no vague answers.',
    },
    {
      zh: '用数据、事实和证据说话：材质、工艺、规格和保修条款都讲清楚。',
      en: 'Back everything with data, facts and evidence: materials, workmanship, specifications and the warranty terms.',
    },
    {
      zh: '可以拿老顾客的使用反馈给顾客参考，但要如实，不能拿来压顾客。',
      en: 'Share genuine feedback from other customers as a reference — honestly, and never to brush their point aside.',
    },
    {
      zh: '顾客爱挑细节，别急着辩解：逐条回应，一时答不上的记下来，查清楚再答复。',
      en: "They will pick at details: don't get defensive; answer point by point, and note anything you can't answer yet and come back with the facts.",
    },
    {
      zh: '每一步都征询顾客的意见，比如“您看这样处理合理吗？”，让顾客自己判断。关键词：征询。',
      en: "Consult them at each step — 'Does that seem fair to you?' — and let them weigh it up. Key word: consult.",
    },
  ],
  // No cue in the text: what suits every type, and how to tell the type face to face (seed 001's habits).
  unknown: [
    {
      zh: '文字里看不出顾客的性格类型：先用对谁都合适的方式接待——冷静、尊重、简短。',
      en: "The text shows nothing of the customer's temperament: start in the way that suits anyone — calm, respectful and brief.",
    },
    {
      zh: '先让顾客把话说完，不打断、不争辩，再用一句话复述顾客的问题，确认没有听错。',
      en: 'Hear them out without interrupting or arguing, then say their problem back in one sentence to check you have it right.',
    },
    {
      zh: '边谈边观察：说话快、直接的，简短给方案；问细节的，讲事实和依据；话多热情的，耐心听；犹豫少言的，主动给建议。',
      en: 'Watch as you talk: brisk and direct — give the options briefly; asking about details — give facts and grounds; chatty and warm — listen and engage; hesitant and quiet — make a clear suggestion.',
    },
    {
      zh: '看出类型后，在案件里改正性格类型，方便同事和复盘会参考。',
      en: 'Once you can tell, correct the temperament on the case so colleagues and the review meeting can see it.',
    },
  ],
};

/** How to serve a customer of this temperament (seed 001): three to five concrete lines for staff. */
export function approachFor(type: TemperamentRead): Localized[] {
  return APPROACH[type].map((line) => ({ zh: line.zh, en: line.en }));
}
