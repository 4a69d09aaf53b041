import { describe, expect, it } from 'vitest';
import { buildStaffAnalysis } from '../../src/blocks/analysis-message.ts';
import { buildAppHome } from '../../src/blocks/app-home.ts';
import {
  buildApprovalReminder,
  buildApprovalRequestMessage,
  buildDecisionNotice,
} from '../../src/blocks/approval-message.ts';
import { buildReviewMessage, buildReviewThreadLine } from '../../src/blocks/case-message.ts';
import { buildComplaintModal } from '../../src/blocks/complaint-modal.ts';
import { buildDecisionModal } from '../../src/blocks/decision-modals.ts';
import { buildDigestParts } from '../../src/blocks/digest-message.ts';
import { buildHistoryModal } from '../../src/blocks/history-modal.ts';
import { buildSearchResults } from '../../src/blocks/search-results.ts';
import { buildTemperamentModal } from '../../src/blocks/temperament-modal.ts';
import { buildDigestReport } from '../../src/digest/build-digest-report.ts';
import type { Case } from '../../src/domain/case.ts';
import { LANGUAGES, type Language } from '../../src/shared/language.ts';
import {
  apply,
  CONTACT,
  EMAIL,
  HOSTILE,
  hostileCase,
  hostileEvents,
  MANAGER,
  NOW,
  OWNER,
  PHONE,
  policy,
  resolvedHostileCase,
} from './block-fixtures.ts';
import { activeMrkdwn, activePlainText, mrkdwnTexts, textObjects } from './block-texts.ts';

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

/** A case whose request for approval is still pending, as the approvers are asked about it. */
const pendingHostileCase = apply(hostileCase, hostileEvents.slice(1, 3));
const requestOf = (record: Case) => record.history.findIndex((event) => event.type === 'approval-requested');

/** Every surface someone other than the filer reads, each as the messages or views it is made of. */
function sharedSurfaces(language: Language): [string, { text?: string; blocks?: unknown }][] {
  const pending = { record: pendingHostileCase, request: requestOf(pendingHostileCase), language, policy };
  const settled = { record: resolvedHostileCase, request: requestOf(resolvedHostileCase), language, policy };
  const decision = resolvedHostileCase.decisions[0];
  if (!decision) throw new Error('the resolved hostile case has no decision');
  const requested = pendingHostileCase.history[pending.request];
  if (requested?.type !== 'approval-requested') throw new Error('no request');
  const slot = new Date('2026-11-22T08:30:00+08:00');
  const report = buildDigestReport({
    slot,
    from: new Date('2026-11-21T08:30:00+08:00'),
    to: slot,
    now: slot,
    filed: [resolvedHostileCase, pendingHostileCase],
    notClosed: [pendingHostileCase],
    policy,
  });
  const digest = buildDigestParts(report, {
    language,
    policy,
    chart: true,
    nameOf: () => `${PHONE} ${HOSTILE}`,
    linkOf: () => 'https://example.slack.com/archives/C1/p1',
  });
  return [
    ['review post', buildReviewMessage({ record: resolvedHostileCase, language, policy })],
    ['review post while pending', buildReviewMessage({ record: pendingHostileCase, language, policy })],
    ...hostileEvents.map(
      (event, index) =>
        [
          `thread line ${index}`,
          { text: buildReviewThreadLine({ event, language, remedies: hostileCase.remedies }).text },
        ] as [string, { text: string }],
    ),
    ['approval request', buildApprovalRequestMessage(pending)],
    ['settled approval request', buildApprovalRequestMessage(settled)],
    ['approval reminder', buildApprovalReminder(pending)],
    ['decision notice', buildDecisionNotice(resolvedHostileCase, decision, language, policy)],
    [
      'decision form',
      buildDecisionModal({
        kind: 'adjust',
        record: pendingHostileCase,
        request: pending.request,
        event: requested,
        language,
        policy,
      }),
    ],
    ['history', buildHistoryModal({ record: resolvedHostileCase, language, policy })],
    [
      'approver’s App Home',
      buildAppHome({
        language,
        mine: [],
        recent: [resolvedHostileCase, pendingHostileCase],
        policy,
        now: NOW,
        pending: [{ record: pendingHostileCase, request: pending.request }],
        viewer: MANAGER,
      }),
    ],
    [
      'search answer',
      buildSearchResults({
        cases: [resolvedHostileCase, pendingHostileCase],
        links: new Map(),
        recentOnly: false,
        recentDepth: 0,
        language,
        policy,
      }),
    ],
    ...digest.map((part, index) =>
      part.kind === 'chart'
        ? ([`digest chart comment`, { text: part.comment }] as [string, { text: string }])
        : ([`digest part ${index}`, part] as [string, { text: string; blocks: unknown }]),
    ),
  ];
}

describe('every surface others read', () => {
  describe.each(LANGUAGES)('in %s', (language) => {
    const surfaces = sharedSurfaces(language);

    it('when a case holds contacts and markup in every field, then no surface shows a contact whole or lets markup act', () => {
      expect(surfaces.length).toBeGreaterThanOrEqual(20);
      for (const [name, surface] of surfaces) {
        const all = JSON.stringify(surface);
        expect(all, name).not.toContain(PHONE);
        expect(all, name).not.toContain(EMAIL);
        for (const text of mrkdwnTexts(surface))
          expect(activeMrkdwn(text), `${name}: ${text.slice(0, 120)}`).toEqual([]);
        for (const found of textObjects(surface.blocks ?? surface).filter((entry) => entry.type === 'plain_text')) {
          expect(activePlainText(found.text), `${name} ${found.path}`).toEqual([]);
        }
      }
    });

    it('when a surface opens with the case, then the masked contact is in its first block, where the cut cannot hide it', () => {
      const opening = [
        'review post',
        'approval request',
        'settled approval request',
        'approval reminder',
        'search answer',
      ];
      for (const [name, surface] of surfaces.filter(([name]) => opening.includes(name))) {
        const blocks = (surface.blocks ?? []) as unknown[];
        const first = JSON.stringify(blocks.find((block) => JSON.stringify(block).includes('138')) ?? null);
        expect(first, name).toContain('138****5678');
        expect(blocks.indexOf(JSON.parse(first)), name).toBeLessThanOrEqual(1);
      }
    });
  });
});
