import type { AimKind } from '../../domain/analysis.ts';
import type { Localized } from '../../shared/language.ts';

/** How staff name each aim inside a sentence. */
const AIM_NAME: Readonly<Record<AimKind, Localized>> = {
  refund: { zh: '退款', en: 'a refund' },
  exchange: { zh: '换货', en: 'an exchange' },
  repair: { zh: '修理', en: 'a repair' },
  discount: { zh: '减价', en: 'a discount' },
  compensation: { zh: '赔偿', en: 'compensation' },
  apology: { zh: '一个真诚的道歉', en: 'a proper apology' },
  accountability: { zh: '有人为这事负责', en: 'someone held to account' },
  assurance: { zh: '保证以后不再出这种问题', en: 'an assurance it will not happen again' },
  // Never named: an unknown aim is never contrasted with another.
  unknown: { zh: '还不清楚的东西', en: 'something not yet clear' },
};

/**
 * Per likely aim: what it tells staff (the reading) and what to do about it (the advice). When the
 * customer asks for something else, the reading is replaced by the contrast and the advice kept.
 */
const AIM_NOTE: Readonly<Record<AimKind, { reading: Localized; advice: Localized }>> = {
  refund: {
    reading: { zh: '顾客想退款。', en: 'They want their money back.' },
    advice: {
      zh: '退款要店长批准，先别当场答应或回绝；同时准备一个好的替代方案，比如换货或修理。',
      en: "A refund needs a manager's approval, so neither promise nor refuse it on the spot, and have a good alternative ready, such as an exchange or a repair.",
    },
  },
  exchange: {
    reading: { zh: '顾客想换一件好的。', en: 'They want a good one in its place.' },
    advice: {
      zh: '先核对是否还在换货期内、有没有小票、商品是否完好。',
      en: 'Check that it is still within the exchange window, that they have the receipt and that the item is intact.',
    },
  },
  repair: {
    reading: { zh: '顾客想把东西修好。', en: 'They want it fixed.' },
    advice: {
      zh: '讲清修理期限和费用，也说明修理是尽量恢复原样。',
      en: 'Be clear about the time and any cost, and that a repair restores the piece rather than making it new.',
    },
  },
  discount: {
    reading: {
      zh: '顾客一再强调毛病，却没坚持要退，多半是想要减价：',
      en: 'They keep stressing the defects without insisting on a refund:',
    },
    advice: {
      zh: '在权限内给个合适的减价，可能就解决了。',
      en: 'a discount within your authority may well settle it.',
    },
  },
  compensation: {
    reading: { zh: '顾客想要补偿。', en: 'They want compensation.' },
    advice: {
      zh: '你权限内的金额可以自己定，超出就请店长。',
      en: 'Within your limit you can decide yourself; above it, bring in your manager.',
    },
  },
  apology: {
    reading: { zh: '顾客最想要的是被尊重、被重视：', en: 'Above all they want to be respected and taken seriously:' },
    advice: {
      zh: '真诚道歉、认真倾听，往往就够了。',
      en: 'a sincere apology and careful listening are often enough.',
    },
  },
  accountability: {
    reading: { zh: '顾客希望看到有人为这事负责。', en: 'They want to see someone held to account.' },
    advice: {
      zh: '告诉顾客店里会查清原因、内部处理和改进，但不要当着顾客的面指责同事。',
      en: 'Tell them the shop will find the cause, deal with it internally and improve — but never blame a colleague in front of them.',
    },
  },
  assurance: {
    reading: {
      zh: '顾客要的是一个保证：同样的问题以后不再发生。',
      en: 'They want an assurance that it will not happen again.',
    },
    advice: { zh: '具体说明店里会怎么改进。', en: 'Say specifically what the shop will change.' },
  },
  unknown: {
    reading: { zh: '还看不出顾客真正想要什么。', en: 'Their real aim is not clear yet.' },
    advice: {
      zh: '留意顾客反复、大声强调的那一点；顾客问“你觉得呢”时，注意顾客自己在意的是哪句话。',
      en: "Listen for the point they repeat firmly and loudly; if they ask 'What do you think?', notice which of their own words they care about.",
    },
  },
};

/**
 * A line for staff on what the customer most likely really wants (seed 000). When they ask for one thing
 * but keep returning to another, the note says so before the advice for the likely aim.
 */
export function aimNote(kind: AimKind, stated?: AimKind): Localized {
  const { reading, advice } = AIM_NOTE[kind];
  // 'unknown' as the stated ask means they asked for nothing in particular: nothing to contrast.
  if (stated === undefined || stated === kind || stated === 'unknown') return joinNote(reading, advice);
  if (kind === 'unknown') {
    return joinNote(
      {
        zh: `顾客说想要${AIM_NAME[stated].zh}，但真正的意图还看不太出来。`,
        en: `They ask for ${AIM_NAME[stated].en}, but what they really want is not clear yet.`,
      },
      { zh: '留意顾客反复、大声强调的那一点。', en: 'Listen for the point they repeat firmly and loudly.' },
    );
  }
  // Seed 000's own example: they say "refund" but keep listing defects — the reading already says it all.
  if (stated === 'refund' && kind === 'discount') return joinNote(reading, advice);
  return joinNote(
    {
      zh: `顾客嘴上说要${AIM_NAME[stated].zh}，但从顾客反复强调的那一点看，更像是想要${AIM_NAME[kind].zh}。`,
      en: `They ask for ${AIM_NAME[stated].en}, but the point they keep coming back to suggests they really want ${AIM_NAME[kind].en}.`,
    },
    advice,
  );
}

function joinNote(reading: Localized, advice: Localized): Localized {
  return { zh: `${reading.zh}${advice.zh}`, en: `${reading.en} ${advice.en}` };
}
