import { describe, expect, it } from 'vitest';
import { buildAftercareHomeItem } from '../../src/blocks/aftercare-blocks.ts';
import { buildFollowUpModal, buildRepairModal, buildRepairReadyModal } from '../../src/blocks/aftercare-modals.ts';
import { checkBlockLimits, checkViewLimits } from '../../src/blocks/limits.ts';
import { buildFollowUpReminder, buildRepairReminder } from '../../src/blocks/owner-reminders.ts';
import { buildSearchResults } from '../../src/blocks/search-results.ts';
import { aftercareDue } from '../../src/domain/aftercare.ts';
import type { Case } from '../../src/domain/case.ts';
import { applyCaseEvent } from '../../src/domain/case-transitions.ts';
import { DEFAULT_POLICY_PATH, loadPolicy } from '../../src/policy/load-policy.ts';
import { LANGUAGES } from '../../src/shared/language.ts';
import { makeCase } from '../store/case-fixtures.ts';

const policy = await loadPolicy(DEFAULT_POLICY_PATH);
const by = 'U_STAFF';

/** A case with a hostile outcome and product, resolved and with a repair ready for pickup. */
function hostileCase(): Case {
  const base = makeCase({ id: 'H1', store: '黄兴店 <!here>' });
  const record: Case = {
    ...base,
    complaint: { ...base.complaint, product: 'Necklace <!channel> call 13812345678' },
    reviewPost: { channel: 'C0REVIEW', ts: '1700000000.000100' },
  };
  return [
    { type: 'repair-promised', at: '2026-11-21T03:00:00Z', by, remedyId: 'stone-resetting', promisedFor: '2026-11-25' },
    { type: 'resolved', at: '2026-11-21T04:00:00Z', by, outcome: 'Re-set it <@U999> free', satisfaction: 4 },
  ].reduce((current, event) => applyCaseEvent(current, event as Case['history'][number]), record);
}

describe('aftercare messages', () => {
  for (const language of LANGUAGES) {
    it(`when built in ${language}, then reminders, forms and Home items keep Block Kit's limits and escape user text`, () => {
      const record = hostileCase();
      const now = new Date('2026-11-28T03:00:00Z');
      const followUp = buildFollowUpReminder({ record, policy, language, now });
      const repair = buildRepairReminder({ record, policy, language, now: new Date('2026-11-24T03:00:00Z') });
      for (const message of [followUp, repair]) {
        expect(checkBlockLimits(message.blocks, 'message')).toEqual([]);
        const json = JSON.stringify(message);
        expect(json).not.toContain('<!channel>');
        expect(json).not.toContain('<@U999>');
      }
      // The owner's own reminder keeps the customer's number (as the private analysis does).
      expect(JSON.stringify(followUp.blocks)).toContain('13812345678');
      expect(JSON.stringify(followUp.blocks)).toContain(language === 'zh' ? '回访话术' : 'What to say on the call');

      const items = aftercareDue(record, policy, now);
      expect(items.map((item) => item.kind)).toEqual(['follow-up', 'repair-due']);
      const home = items.flatMap((item) => buildAftercareHomeItem(record, item, policy, language, now));
      expect(checkBlockLimits(home, 'view')).toEqual([]);

      for (const view of [
        buildFollowUpModal({ language, caseId: record.id }),
        buildRepairModal({ language, record, today: '2026-11-21' }),
        buildRepairReadyModal({ language, caseId: record.id, today: '2026-11-21' }),
      ]) {
        expect(checkViewLimits(view)).toEqual([]);
      }
    });
  }

  it('when search results are built, then contacts are masked, text escaped and links point at the review post', () => {
    const record = hostileCase();
    const message = buildSearchResults({
      cases: [record],
      links: new Map([[record.id, 'https://example.slack.com/archives/C0REVIEW/p1700000000000100']]),
      recentOnly: true,
      recentDepth: 500,
      language: 'zh',
      policy,
    });
    const json = JSON.stringify(message);
    expect(checkBlockLimits(message.blocks, 'message')).toEqual([]);
    expect(json).not.toContain('13812345678');
    expect(json).not.toContain('<!channel>');
    expect(json).not.toContain('<!here>');
    expect(json).toContain('<https://example.slack.com/archives/C0REVIEW/p1700000000000100|');
    expect(json).toContain('最近的 500 个案例');
  });
});
