import { describe, expect, it } from 'vitest';
import { buildDeadLetterBlocks } from '../../src/blocks/dead-letter-blocks.ts';
import { deadLetterReasonText, explainDeadLetter } from '../../src/blocks/messages/dead-letters.ts';
import type { DeadLetter } from '../../src/domain/post-job.ts';
import { LANGUAGES } from '../../src/shared/language.ts';
import { PERMANENT_REFUSALS } from '../outbox/permanent-refusals.ts';

const letter = (error: string, extra: Partial<DeadLetter> = {}): DeadLetter => ({
  job: { id: 'review-post:C-1', caseId: 'C-1', kind: 'review-post', dueAt: '2026-12-06T08:00:00.000Z', attempts: 1 },
  error,
  method: 'chat.postMessage',
  channel: 'C0REVIEW',
  permanent: true,
  diedAt: '2026-12-06T08:00:00.000Z',
  ...extra,
});

const CODES = [...PERMANENT_REFUSALS, 'user_not_found', 'message_not_found', 'something_new'];

describe('what a dead letter says', () => {
  it.each(LANGUAGES)(
    'when Slack refused a post for any reason, then %s readers get a reason and what to do',
    (language) => {
      const reasons = CODES.map((code) => deadLetterReasonText(letter(code), language));
      for (const reason of reasons) {
        expect(reason).toMatch(/→/);
        expect(reason).not.toContain('{');
        if (language === 'zh') expect(reason).toMatch(/\p{Script=Han}/u);
      }
      // Each group of errors (token, permission, content…) has its own advice; an unknown one names Slack's code.
      expect(new Set(reasons).size).toBe(9);
      expect(deadLetterReasonText(letter('something_new'), language)).toContain('something_new');
    },
  );

  it('when the letter knows the channel, then the reason names it there; when it does not, the channel in words', () => {
    expect(explainDeadLetter(letter('not_in_channel'), 'en')).toEqual({
      before: 'the bot is not in ',
      place: 'C0REVIEW',
      after: ' → invite it there (/invite @complaint-desk in the channel)',
    });
    expect(deadLetterReasonText(letter('is_archived', { channel: undefined }), 'zh')).toBe(
      '该频道 已归档 → 取消归档,或把机器人改到另一个频道',
    );
  });

  it('when a post kept failing for a day, then the reason says so whatever the last error was', () => {
    expect(deadLetterReasonText(letter('not_in_channel', { permanent: false, error: 'http_503' }), 'en')).toBe(
      "it kept failing for a day (last error: http_503) → check the network and Slack's status (and the case's other posts here), then send it again",
    );
  });

  it('when a post failed on something other than Slack for a day, then Home cuts its long message', () => {
    const long = `case C-1: no review post yet for the request's thread ${'x'.repeat(400)}`;
    const blocks = JSON.stringify(
      buildDeadLetterBlocks([letter(long, { permanent: false, method: undefined })], 0, 'en', new Date()),
    );
    expect(blocks).toContain('case C-1: no review post yet');
    expect(blocks).toContain('… (truncated)');
    expect(blocks).not.toContain('x'.repeat(200));
  });

  it('when App Home shows a letter, then the channel is a link, a DM a mention, and Slack’s words cannot add markup', () => {
    const blocks = JSON.stringify(
      buildDeadLetterBlocks(
        [letter('not_in_channel'), letter('user_not_found', { channel: 'U0GONE' }), letter('<!channel>')],
        2,
        'en',
        new Date('2026-12-06T10:00:00.000Z'),
      ),
    );
    expect(blocks).toContain('the bot is not in <#C0REVIEW> → invite it there');
    expect(blocks).toContain('<@U0GONE> cannot be messaged');
    expect(blocks).toContain('&lt;!channel&gt;');
    expect(blocks).not.toContain('<!channel>');
    expect(blocks).toContain("*#C-1* · the case's post in the review channel · 2 h ago");
    expect(blocks).toContain('+2 more: npm run outbox lists them all.');
  });
});
