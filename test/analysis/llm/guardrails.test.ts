import { describe, expect, it } from 'vitest';
import type { LlmAnswer } from '../../../src/analysis/llm/llm-answer-schema.ts';
import { buildApology } from '../../../src/analysis/wording/apology.ts';
import { passesPhraseGuard } from '../../../src/analysis/wording/phrase-guard.ts';
import { approachFor } from '../../../src/analysis/wording/temperament-approach.ts';
import { examplePolicy, goodAnswer, LOST_STONE, llmAnalyserFor, triage, useFakeOpenAi } from './llm-test-kit.ts';

const fake = useFakeOpenAi();

describe('evidence quotes', () => {
  it('when a quote does not occur in the complaint, then it is dropped, and a flag left without evidence goes with it', async () => {
    const answer = goodAnswer();
    fake.enqueue({
      content: {
        ...answer,
        temperament: {
          ...answer.temperament,
          evidence: [
            ...answer.temperament.evidence,
            { type: 'forceful', quote: '我是你们老板的朋友', source: 'customerWords' },
          ],
        },
        flags: [
          ...answer.flags,
          { kind: 'lawyer', evidence: [{ quote: '我要找律师告你们', source: 'customerWords' }] },
        ],
        // Right words, wrong field: kept, with the field corrected.
        aim: { ...answer.aim, evidence: [{ quote: '马上给我换', source: 'narrative' }] },
      },
    });
    const { analysis } = await triage(await llmAnalyserFor(fake));
    expect(analysis.analysedBy).toBe('llm');
    expect(analysis.temperament.evidence.map((item) => item.quote)).toEqual(['别废话,马上给我换']);
    expect(analysis.flags.map((flag) => flag.kind)).toEqual(['social-media']);
    expect(analysis.aim.evidence).toEqual([{ quote: '马上给我换', source: 'customerWords' }]);
    expect(analysis.engine?.adjustments).toContainEqual(expect.objectContaining({ kind: 'quote-dropped' }));
  });
});

describe('the temperament', () => {
  it('when every quote for the temperament is dropped, then its confidence is lowered to at most 0.5', async () => {
    fake.enqueue({
      content: goodAnswer({
        temperament: {
          type: 'forceful',
          confidence: 0.95,
          evidence: [{ type: 'forceful', quote: '我是你们老板的朋友', source: 'customerWords' }],
        },
      }),
    });
    const { analysis } = await triage(await llmAnalyserFor(fake));
    expect(analysis.temperament.evidence).toEqual([]);
    expect(analysis.temperament.confidence).toBeLessThanOrEqual(0.5);
  });

  it('when the model answers unknown, then staff see unknown with confidence 0, no quotes and the approach that suits anyone', async () => {
    // Whatever the model put beside it: an unknown reading has nothing to be sure of and nothing to quote.
    fake.enqueue({
      content: goodAnswer({
        temperament: {
          type: 'unknown',
          confidence: 0.7,
          evidence: [{ type: 'forceful', quote: '别废话,马上给我换', source: 'customerWords' }],
        },
      }),
    });
    const { analysis } = await triage(await llmAnalyserFor(fake));
    expect(analysis.analysedBy).toBe('llm');
    expect(analysis.temperament).toEqual({
      type: 'unknown',
      confidence: 0,
      scores: { lively: 0, forceful: 0, peaceable: 0, analytical: 0 },
      evidence: [],
      approach: approachFor('unknown'),
    });
    expect(analysis.engine?.adjustments).toEqual([]);
  });

  it('when only retold text backs the temperament, then its confidence is kept under 0.5, as the rules keep it', async () => {
    fake.enqueue({
      content: goodAnswer({
        temperament: {
          type: 'lively',
          confidence: 0.9,
          evidence: [{ type: 'lively', quote: '顾客昨天买的水钻项链掉了两颗钻', source: 'narrative' }],
        },
      }),
    });
    const { analysis } = await triage(await llmAnalyserFor(fake));
    expect(analysis.temperament.evidence.map((item) => item.source)).toEqual(['narrative']);
    expect(analysis.temperament.confidence).toBe(0.45);
  });

  it("when a quote backs the temperament, then the model's confidence stands", async () => {
    fake.enqueue({ content: goodAnswer() });
    const { analysis } = await triage(await llmAnalyserFor(fake));
    expect(analysis.temperament.confidence).toBe(goodAnswer().temperament.confidence);
  });
});

describe('the length of staff notes', () => {
  it('when a note runs far beyond a few sentences, then the answer fails the schema and the rules stand in', async () => {
    fake.enqueue({
      content: goodAnswer({
        aim: { ...goodAnswer().aim, note: { zh: '顾客'.repeat(1000), en: 'They want it. '.repeat(200) } },
      }),
    });
    const { analysis } = await triage(await llmAnalyserFor(fake));
    expect(analysis.analysedBy).toBe('rules');
    expect(analysis.engine?.fallback).toMatchObject({
      reason: 'schema-mismatch',
      detail: expect.stringContaining('aim.note'),
    });
  });
});

describe('remedies and money', () => {
  it('when the model names a remedy the policy did not find eligible, then it is removed with the reason and never offered', async () => {
    // Special-price goods: the policy excludes exchanges and refunds (R5).
    const complaint = {
      narrative: '特价买的项链掉了一颗钻',
      customerWords: '我就要退货!',
      category: 'jewellery',
      specialPrice: true,
      hasReceipt: true,
      purchasedAt: '2026-11-20T10:00:00+08:00',
    };
    fake.enqueue({
      content: goodAnswer({
        temperament: {
          type: 'forceful',
          confidence: 0.7,
          evidence: [{ type: 'forceful', quote: '我就要退货', source: 'customerWords' }],
        },
        flags: [],
        aim: { kind: 'refund', stated: null, evidence: [], note: { zh: '要退货。', en: 'Wants a refund.' } },
        resolution: {
          options: ['refund', 'exchange', 'free-gold-plating'],
          recommended: 'refund',
          letCustomerChoose: true,
          amount: null,
          note: { zh: '直接给顾客退货。', en: 'Give them the refund.' },
        },
      }),
    });
    const result = await triage(await llmAnalyserFor(fake), complaint);
    const eligible = new Set(result.remedies.filter((remedy) => remedy.eligible).map((remedy) => remedy.id));
    expect(eligible.has('refund')).toBe(false);
    expect(eligible.has('exchange')).toBe(false);

    const { resolution } = result.analysis.suggestion;
    expect(resolution.options.every((id) => eligible.has(id))).toBe(true);
    expect(resolution.recommended === null || eligible.has(resolution.recommended)).toBe(true);
    expect(resolution.note.en).not.toContain('Give them the refund');
    const removed = result.analysis.engine?.adjustments.filter((adjustment) => adjustment.kind === 'remedy-removed');
    expect(removed?.map((adjustment) => adjustment.remedy)).toEqual(['refund', 'exchange', 'free-gold-plating']);
    expect(removed?.[0]?.reason.en).toMatch(/not allowed by the policy.*R5/);
    expect(removed?.[2]?.reason.en).toContain('not a remedy of the store policy');
  });

  it('when the model offers compensation above the staff limit, then it becomes a request for a manager, with the reason', async () => {
    const policy = await examplePolicy();
    fake.enqueue({
      content: goodAnswer({
        resolution: {
          options: ['compensation', 'exchange'],
          recommended: 'compensation',
          letCustomerChoose: false,
          amount: 300,
          note: { zh: '补偿顾客300元。', en: 'Compensate them 300 yuan.' },
        },
      }),
    });
    const { analysis } = await triage(await llmAnalyserFor(fake));
    const approval = analysis.engine?.adjustments.find((adjustment) => adjustment.kind === 'approval-needed');
    expect(approval).toMatchObject({ remedy: 'compensation' });
    expect(approval?.reason.en).toContain(`${policy.authority.staffLimit}`);
    expect(approval?.reason.en).toContain("manager's approval");
    expect(analysis.suggestion.resolution.note.en).toContain("needs a manager's approval");
    expect(analysis.suggestion.resolution.note.zh).toContain('须店长批准');
  });

  it("when the model offers an over-limit amount and its note calls it approved, then the note is the rules' one with the approval warning", async () => {
    fake.otherwise(() => ({
      content: goodAnswer({
        resolution: {
          options: ['compensation'],
          recommended: 'compensation',
          letCustomerChoose: false,
          amount: 5000,
          note: { zh: '已批准,直接给顾客。', en: 'Approved; hand it over.' },
        },
      }),
    }));
    const { analysis } = await triage(await llmAnalyserFor(fake));
    const { note } = analysis.suggestion.resolution;
    expect(note.en).not.toMatch(/approved|hand it over/i);
    expect(note.zh).not.toMatch(/已批准|直接给顾客/);
    expect(note.en).toContain("needs a manager's approval");
    expect(note.zh).toContain('须店长批准');
    expect(analysis.engine?.adjustments).toContainEqual(expect.objectContaining({ kind: 'approval-needed' }));
  });

  it.each([
    [
      'the resolution note',
      {
        resolution: {
          ...goodAnswer().resolution,
          note: { zh: '直接补偿5,000元。', en: 'Give them 5,000 yuan straight away.' },
        },
      },
    ],
    [
      'the resolution note, in Chinese numerals',
      { resolution: { ...goodAnswer().resolution, note: { zh: '直接补偿五千元。', en: 'Give them RMB 5000.' } } },
    ],
    ['the aim note', { aim: { ...goodAnswer().aim, note: { zh: '批准5000元。', en: 'Approve 5000 yuan.' } } }],
    ['a follow-up line', { followUp: [{ zh: '回访时确认5000元已到账。', en: 'Confirm the 5000 yuan arrived.' }] }],
    ['the apology', { apology: '真是太对不起您了!我们马上补偿您5,000元。' }],
  ] satisfies [string, Partial<LlmAnswer>][])(
    "when %s names a sum above the staff limit twice, then it is reworded once and then replaced by the rules' wording",
    async (_where, overrides) => {
      fake.otherwise(() => ({ content: goodAnswer(overrides) }));
      const { analysis } = await triage(await llmAnalyserFor(fake));
      expect(fake.requests).toHaveLength(2);
      expect(fake.requests[1]?.body.messages.at(-1)?.content).toContain('above the staff limit');
      const texts = [
        analysis.suggestion.apology.text,
        analysis.aim.note.zh,
        analysis.aim.note.en,
        ...analysis.suggestion.followUp.script.flatMap((line) => [line.zh, line.en]),
      ];
      for (const text of texts) expect(text).not.toMatch(/5,?000|五千|批准5000|approve/i);
      expect(analysis.suggestion.resolution.note.en).not.toMatch(/straight away|Give them/);
      expect(analysis.engine?.adjustments.map((adjustment) => adjustment.kind)).toContain('wording-replaced');
    },
  );

  it('when the model offers a sum within the staff limit, then nothing is marked for approval', async () => {
    fake.enqueue({
      content: goodAnswer({
        resolution: { ...goodAnswer().resolution, options: ['compensation'], recommended: 'compensation', amount: 30 },
      }),
    });
    const { analysis } = await triage(await llmAnalyserFor(fake));
    expect(analysis.engine?.adjustments).toEqual([]);
  });
});

describe('wording', () => {
  it('when the wording says a never-say phrase, then it is asked for once more and the clean rewording is used', async () => {
    fake.enqueue(
      { content: goodAnswer({ apology: '这是公司的规定,掉钻只能补。' }), usage: { input: 1000, output: 300 } },
      { content: goodAnswer(), usage: { input: 1400, output: 310 } },
    );
    const { analysis } = await triage(await llmAnalyserFor(fake));
    expect(fake.requests).toHaveLength(2);
    const retry = fake.requests[1]?.body.messages ?? [];
    expect(retry.at(-2)).toMatchObject({ role: 'assistant' });
    expect(retry.at(-1)?.content).toContain('这是公司的规定');
    expect(analysis.suggestion.apology.text).toBe(goodAnswer().apology);
    expect(analysis.engine?.tokens).toEqual({ input: 2400, output: 610 });
    expect(analysis.engine?.adjustments.map((adjustment) => adjustment.kind)).toEqual(['wording-regenerated']);
  });

  it("when the rewording fails the phrase guard again, then the rules analyser's wording replaces it", async () => {
    const dirty = goodAnswer({
      apology: '这是公司的规定,掉钻只能补。',
      followUp: [{ zh: '问问顾客,别人觉得挺好呀。', en: 'Other customers find it fine.' }],
    });
    fake.enqueue({ content: dirty }, { content: dirty });
    const { analysis } = await triage(await llmAnalyserFor(fake));
    expect(fake.requests).toHaveLength(2);
    expect(analysis.analysedBy).toBe('llm');
    expect(analysis.suggestion.apology).toEqual(
      buildApology({
        language: 'zh',
        temperament: 'forceful',
        flags: ['social-media'],
        problem: (await examplePolicy()).problems.find((problem) => problem.id === 'lost-stone')?.name,
        product: undefined,
      }),
    );
    const texts = [
      analysis.suggestion.apology.text,
      ...analysis.suggestion.followUp.script.flatMap((line) => [line.zh, line.en]),
    ];
    expect(texts.every(passesPhraseGuard)).toBe(true);
    expect(analysis.engine?.adjustments.map((adjustment) => adjustment.kind)).toEqual([
      'wording-regenerated',
      'wording-replaced',
    ]);
    // The reading itself still comes from the model.
    expect(analysis.aim.note).toEqual(goodAnswer().aim.note);
  });

  it("when the apology is not in the customer's language, then it is reworded", async () => {
    fake.enqueue({ content: goodAnswer({ apology: 'I am so sorry about the necklace.' }) }, { content: goodAnswer() });
    const { analysis } = await triage(await llmAnalyserFor(fake));
    expect(fake.requests).toHaveLength(2);
    expect(analysis.suggestion.apology).toEqual({ language: 'zh', text: goodAnswer().apology });
  });
});

describe('where the complaint reached the store', () => {
  it('when staff said it came from a news report, then the model is told, and the media flag stands even if the model raised none', async () => {
    fake.enqueue({ content: goodAnswer({ flags: [] }) });
    const { analysis } = await triage(await llmAnalyserFor(fake), { ...LOST_STONE, channel: 'news-report' });
    expect(analysis.analysedBy).toBe('llm');
    expect(fake.requests.at(-1)?.body.messages.at(-1)?.content).toContain('"came_from":"news-report"');
    expect(analysis.flags[0]).toMatchObject({
      kind: 'media',
      group: 'crisis',
      evidence: [{ quote: 'news-report', source: 'channel' }],
    });
  });

  it('when the model flags the same kind from the text, then one flag holds the channel first and the quote after it', async () => {
    fake.enqueue({ content: goodAnswer() });
    const { analysis } = await triage(await llmAnalyserFor(fake), { ...LOST_STONE, channel: 'posted-online' });
    const online = analysis.flags.filter((flag) => flag.kind === 'social-media');
    expect(online).toHaveLength(1);
    expect(online[0]?.evidence.map((item) => item.source)).toEqual(['channel', 'customerWords']);
  });
});
