import { describe, expect, it } from 'vitest';
import { buildStaffAnalysis } from '../../src/blocks/analysis-message.js';
import { buildAppHome } from '../../src/blocks/app-home.js';
import { buildReviewMessage, buildReviewThreadLine } from '../../src/blocks/case-message.js';
import { buildComplaintModal } from '../../src/blocks/complaint-modal.js';
import { buildTemperamentModal } from '../../src/blocks/temperament-modal.js';
import type { Case } from '../../src/complaints/case.js';
import { LANGUAGES, type Language } from '../../src/shared/language.js';
import {
  CONTACT,
  EMAIL,
  HOSTILE,
  hostileCase,
  hostileEvents,
  OWNER,
  PHONE,
  policy,
  resolvedHostileCase,
} from './block-fixtures.js';
import { activeMrkdwn, activePlainText, mrkdwnTexts, textObjects } from './block-texts.js';

/** Everything each builder writes for a case, in one language. */
function everything(record: Case, language: Language) {
  const review = buildReviewMessage({ record, language, policy });
  const staff = buildStaffAnalysis({ record, remedies: record.remedies, language, policy });
  const home = buildAppHome({ language, mine: [record], recent: [record], policy });
  const threadLines = record.history.map(
    (event) => buildReviewThreadLine({ event, language, remedies: record.remedies, currency: policy.currency }).text,
  );
  return { review, staff, home, threadLines };
}

describe('the detectors these tests rely on', () => {
  it('when text is left unescaped, then every kind of active sequence is caught', () => {
    expect(activeMrkdwn(HOSTILE)).toEqual([
      '<!channel>',
      '<!here>',
      '<@U123ABC>',
      '<#C123|x>',
      '<!subteam^S1>',
      '<http://evil|click>',
      '@channel',
      '@here',
      '@everyone',
      '& at 79',
      'a raw < opening a control sequence',
    ]);
    expect(activePlainText(HOSTILE)).toHaveLength(9);
    expect(activeMrkdwn(`<@${OWNER}> &amp; &lt;!here&gt;`)).toEqual([]);
  });
});

describe('hostile text in every field', () => {
  describe.each(LANGUAGES)('in %s', (language) => {
    for (const [name, record] of [
      ['a new case', hostileCase],
      ['a resolved, decided and corrected case', resolvedHostileCase],
    ] as const) {
      it(`when ${name} holds mentions, broadcasts, links and &, then nothing in any mrkdwn output is active`, () => {
        const { review, staff, home, threadLines } = everything(record, language);
        const mrkdwn = [...mrkdwnTexts(review), ...mrkdwnTexts(staff), ...mrkdwnTexts(home), ...threadLines];
        expect(mrkdwn.length).toBeGreaterThan(10);
        for (const text of mrkdwn) expect(activeMrkdwn(text), text.slice(0, 200)).toEqual([]);
      });

      it(`when ${name} holds mentions and broadcasts, then no plain text would act either`, () => {
        const { review, staff, home } = everything(record, language);
        const plain = [review.blocks, staff.blocks, home.blocks]
          .flatMap((blocks) => textObjects(blocks))
          .filter((found) => found.type === 'plain_text');
        expect(plain.length).toBeGreaterThan(2);
        for (const found of plain) expect(activePlainText(found.text), found.path).toEqual([]);
      });
    }
  });

  it('when the owner is trusted, then it is the one mention the review post makes', () => {
    const { review } = everything(hostileCase, 'zh');
    expect(JSON.stringify(review.blocks)).toContain(`<@${OWNER}>`);
    expect(review.text).not.toContain('<@');
  });

  it('when the owner id is not a user id, then it is shown escaped, not as a mention', () => {
    const review = buildReviewMessage({ record: { ...hostileCase, owner: '<!channel>' }, language: 'en', policy });
    for (const text of mrkdwnTexts(review)) expect(activeMrkdwn(text)).toEqual([]);
    expect(JSON.stringify(review.blocks)).toContain('&lt;!channel&gt;');
  });

  it('when the thread line covers every kind of change, then each is escaped and names who did it', () => {
    const events = [
      ...hostileEvents,
      { type: 'approval-withdrawn', at: hostileCase.createdAt, by: OWNER, reason: HOSTILE },
      { type: 'closed', at: hostileCase.createdAt, by: OWNER, note: HOSTILE },
    ] as const;
    for (const event of events) {
      for (const language of LANGUAGES) {
        const line = buildReviewThreadLine({ event, language }).text;
        expect(activeMrkdwn(line), line).toEqual([]);
        expect(line.startsWith(`<@${event.by}>`)).toBe(true);
      }
    }
  });

  it('when the modal is prefilled with hostile words, then they stay an input value and the form renders no mrkdwn', () => {
    const modal = buildComplaintModal({
      language: 'zh',
      prefill: HOSTILE,
      categories: policy.categories,
      stores: [HOSTILE],
      privateMetadata: '{}',
    });
    for (const found of textObjects(modal.blocks)) {
      expect(found.type).toBe('plain_text');
      expect(activePlainText(found.text), found.path).toEqual([]);
    }
    const temperament = buildTemperamentModal({ language: 'en', caseId: 'C-1', current: 'lively' });
    for (const text of mrkdwnTexts({ blocks: temperament.blocks })) expect(activeMrkdwn(text)).toEqual([]);
  });
});

describe('contact details', () => {
  it.each(LANGUAGES)(
    'when the case holds a phone number and an e-mail address (%s), then the review channel masks them',
    (language) => {
      const { review, home, threadLines } = everything(resolvedHostileCase, language);
      const shared = JSON.stringify([review, home, threadLines]);
      expect(shared).not.toContain(PHONE);
      expect(shared).not.toContain(EMAIL);
      expect(shared).toContain('138****5678');
      expect(shared).toContain('j***@example.com');
    },
  );

  it('when the owner reads their private analysis, then the phone number and e-mail address are there to use', () => {
    const record = { ...hostileCase, complaint: { ...hostileCase.complaint, customerWords: `顾客说:${CONTACT}` } };
    const staff = buildStaffAnalysis({ record, remedies: record.remedies, language: 'zh', policy });
    const evidenceAndText = JSON.stringify(staff.blocks) + JSON.stringify(record.analysis);
    // The analysis quotes what it read; where it quotes contact details, they reach the owner whole.
    expect(evidenceAndText).toContain(PHONE);
    const header = staff.blocks[0];
    expect(header?.type === 'header' && header.text.text).toContain(PHONE);
  });
});

describe('truncation', () => {
  it('when the narrative has 3000 characters, then the review shows it cut with a visible mark', () => {
    for (const language of LANGUAGES) {
      const { blocks } = buildReviewMessage({ record: hostileCase, language, policy });
      const narrative = blocks[2];
      const text = narrative?.type === 'section' ? (narrative.text?.text ?? '') : '';
      expect(text.length).toBeLessThanOrEqual(3000);
      expect(text.endsWith(language === 'zh' ? '…(已截断)' : '… (truncated)')).toBe(true);
    }
  });

  it('when the narrative is 3000 characters of emoji, then the cut splits none of them', () => {
    const family = '👨‍👩‍👧‍👦';
    const narrative = family.repeat(Math.floor(3000 / family.length));
    const record = { ...hostileCase, complaint: { ...hostileCase.complaint, narrative } };
    const { blocks } = buildReviewMessage({ record, language: 'en', policy });
    const section = blocks[2];
    const text = section?.type === 'section' ? (section.text?.text ?? '') : '';
    const body = text.slice(text.indexOf('\n') + 1, -'… (truncated)'.length);
    expect(body.length).toBeGreaterThan(1000);
    expect(body.split(family).join('')).toBe('');
  });
});
