import { describe, expect, it } from 'vitest';
import { NEVER_SAY, NEVER_SAY_IDS } from '../../../src/analysis/wording/never-say.ts';
import { findNeverSay, passesPhraseGuard } from '../../../src/analysis/wording/phrase-guard.ts';

/** Every way staff might type the same words: case, full width, other punctuation, other spacing. */
function disguises(text: string): string[] {
  const fullWidth = [...text]
    .map((char) => {
      const code = char.codePointAt(0) ?? 0;
      if (char === ' ') return '\u3000';
      return code >= 0x21 && code <= 0x7e ? String.fromCodePoint(code + 0xfee0) : char;
    })
    .join('');
  const halfWidthPunctuation = text.replace(
    /[，。！？：；]/gu,
    (char) => ({ '，': ',', '。': '.', '！': '!', '？': '?', '：': ':', '；': ';' })[char] ?? char,
  );
  const otherPunctuation = text.replace(
    /[,.!?]/gu,
    (char) => ({ ',': '，', '.': '！', '!': '。', '?': '!' })[char] ?? char,
  );
  const noPunctuation = text.replace(/[\p{P}]/gu, (char) => (char === "'" || char === '’' ? char : ' '));
  const spaced = text.replace(/(\p{Script=Han})(?=\p{Script=Han})/gu, '$1 ').replace(/ /gu, '   ');
  const curly = text.replace(/'/gu, '’');
  return [text, text.toUpperCase(), fullWidth, halfWidthPunctuation, otherPunctuation, noPunctuation, spaced, curly];
}

const everyWording = NEVER_SAY.flatMap((entry) =>
  [entry.phrase.zh, entry.phrase.en, ...entry.examples.zh, ...entry.examples.en].map((text) => ({
    id: entry.id,
    text,
  })),
);

describe('the never-say list', () => {
  it('when the list is read, then it holds the fifteen phrases of seed 001 in order, each with examples in both languages', () => {
    expect(NEVER_SAY.map((entry) => entry.id)).toEqual([...NEVER_SAY_IDS]);
    expect(NEVER_SAY).toHaveLength(15);
    for (const entry of NEVER_SAY) {
      expect(entry.examples.zh.length).toBeGreaterThanOrEqual(3);
      expect(entry.examples.en.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('when the seed wording is quoted, then the canonical zh phrases are the seed’s own', () => {
    const zh = NEVER_SAY.map((entry) => entry.phrase.zh).join('');
    for (const seed of [
      '连三岁的小孩都懂',
      '一分价钱一分货',
      '这是公司的规定',
      '你先听我解释',
      '你爱告哪儿告哪儿',
      '你去找消协吧',
    ]) {
      expect(zh).toContain(seed);
    }
  });

  it('when staff are shown what to say instead, then those lines pass the guard', () => {
    for (const entry of NEVER_SAY) {
      expect(findNeverSay(entry.instead.zh)).toEqual([]);
      expect(findNeverSay(entry.instead.en)).toEqual([]);
    }
  });
});

describe('findNeverSay', () => {
  it.each(everyWording)('when staff write "$text", then the guard names $id', ({ id, text }) => {
    for (const disguised of disguises(text)) {
      const ids = findNeverSay(disguised).map((match) => match.id);
      expect(ids, disguised).toContain(id);
    }
  });

  it.each(everyWording)('when "$text" sits inside a longer reply, then it is still caught', ({ id, text }) => {
    expect(findNeverSay(`好的，${text}。那先这样吧。`).map((match) => match.id)).toContain(id);
    expect(findNeverSay(`Right. ${text} Anyway, thanks.`).map((match) => match.id)).toContain(id);
  });

  it('when a phrase is found, then the match quotes the words as written and gives the canonical phrase', () => {
    const text = '好的，这是公司的规定！不过我看看。';
    const [match] = findNeverSay(text);
    expect(match).toMatchObject({ id: 'company-policy', text: '这是公司的规定', index: 3 });
    expect(match?.phrase).toEqual({ zh: '这是公司的规定。', en: "It's company policy." });
    const spaced = 'Sorry ｉｔ’ｓ　ｃｏｍｐａｎｙ　ｐｏｌｉｃｙ!';
    const [wide] = findNeverSay(spaced);
    expect(wide).toMatchObject({ id: 'company-policy', text: 'ｉｔ’ｓ　ｃｏｍｐａｎｙ　ｐｏｌｉｃｙ', index: 6 });
  });

  it('when a reply says several never-say phrases, then each occurrence is reported once, in reading order', () => {
    const matches = findNeverSay('你先听我说！这是公司规定，规定就是规定。你爱去哪告就去哪告。');
    expect(matches.map((match) => match.id)).toEqual([
      'listen-to-me-first',
      'company-policy',
      'company-policy',
      'complain-wherever',
    ]);
    expect(matches.map((match) => match.text)).toEqual([
      '你先听我说',
      '这是公司规定',
      '规定就是规定',
      '你爱去哪告就去哪告',
    ]);
  });

  const innocent = [
    'policy',
    '规定',
    'Our policy lets me exchange it for you.',
    'Under our exchange policy you can swap it within 48 hours.',
    "I'll check the policy and come straight back to you.",
    'The rules on exchanges are printed on the back of your receipt.',
    "It's our policy to give you a written repair date.",
    "It's not your fault at all.",
    "This isn't your fault.",
    "I'll make sure it will never happen again.",
    'Let me explain what we can do for you.',
    'Is there anything else I can do for you?',
    "I'm not sure yet, but I'll find out for you today.",
    "Other customers' feedback on this model may help you decide.",
    'Thank you for waiting while I was busy with the repair.',
    "Let me finish the paperwork and I'll be right with you.",
    "We'll go through your points one by one.",
    'In that case, let me fetch my manager.',
    "It isn't possible to repair a broken lens, but I can order a new one at cost.",
    'I will make this right for you.',
    '按照公司规定，您可以免费换一次。',
    '店里的规定是48小时内凭小票可以换一次。',
    '这不是您的错。',
    '这不是您的问题，是我们没讲清楚。',
    '我马上帮您查清楚。',
    '这个问题我马上帮您确认。',
    '我去问一下店长，马上回复您。',
    '我们保证以后不会再发生这种事。',
    '您慢慢说，我听着。',
    '请您告诉我具体情况。',
    '顾客说要投诉，我们先耐心听完。',
    '我一个一个帮您检查。',
    '很多老顾客反馈这款很耐戴。',
    '其他顾客的使用反馈可以给您参考。',
    '没问题，我来处理。',
    '办理换货需要小票。',
    '您说得有道理，我们看看怎么办。',
    '真是太对不起您了！我会妥善为您解决。',
  ];

  it.each(innocent)('when staff write the innocent "%s", then nothing is flagged', (text) => {
    expect(findNeverSay(text)).toEqual([]);
    expect(passesPhraseGuard(text)).toBe(true);
  });

  it('when the text is empty or only punctuation, then nothing is flagged', () => {
    expect(findNeverSay('')).toEqual([]);
    expect(findNeverSay(' ，。!! ')).toEqual([]);
  });
});

describe('passesPhraseGuard', () => {
  it('when any never-say phrase is present, then the text fails the guard', () => {
    expect(passesPhraseGuard('Sorry, those are the rules.')).toBe(false);
    expect(passesPhraseGuard('你 去 找 消 协 吧')).toBe(false);
    expect(passesPhraseGuard('Let me see what I can do for you.')).toBe(true);
  });
});
