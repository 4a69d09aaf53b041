import { describe, expect, it } from 'vitest';
import { buildReviewThreadLine } from '../../src/blocks/case-message.ts';
import { buildHistoryModal } from '../../src/blocks/history-modal.ts';
import type { CaseEvent } from '../../src/domain/case.ts';
import { DEFAULT_POLICY_PATH, loadPolicy } from '../../src/policy/load-policy.ts';
import { makeCase, minutesIn } from '../store/case-fixtures.ts';

// Issue 15: the thread lines and history entries of a handoff, a resolution the customer did not accept
// and a reopened case, in both languages, with what people wrote masked.

const policy = await loadPolicy(DEFAULT_POLICY_PATH);
const handed: CaseEvent = {
  type: 'handed-over',
  at: minutesIn(1),
  by: 'U_A',
  from: 'U_A',
  to: 'U_B',
  note: '顾客要找店长,电话 13812345678',
};
const declined: CaseEvent = {
  type: 'customer-declined',
  at: minutesIn(2),
  by: 'U_B',
  outcome: 'offered a voucher',
  satisfaction: 2,
};
const reopened: CaseEvent = { type: 'reopened', at: minutesIn(3), by: 'U_B', reason: 'the clasp broke again' };

const line = (event: CaseEvent, language: 'zh' | 'en') => buildReviewThreadLine({ event, language }).text;

describe('thread lines of handoffs and the customer’s answer', () => {
  it('when a case is handed over, then the line says who handed it from whom to whom, with the note masked', () => {
    expect(line(handed, 'en')).toBe(
      '<@U_A> handed the case from <@U_A> to <@U_B> — note: 顾客要找店长,电话 138****5678',
    );
    expect(line(handed, 'zh')).toBe('<@U_A> 将案例从 <@U_A> 转交给 <@U_B> — 说明:顾客要找店长,电话 138****5678');
  });

  it('when the customer did not accept, then the line says so with what was offered', () => {
    expect(line(declined, 'en')).toContain('recorded a resolution the customer did not accept: offered a voucher');
    expect(line(declined, 'zh')).toContain('记录的处理顾客没有接受:offered a voucher');
  });

  it('when a case is reopened, then the line says the customer came back and why', () => {
    expect(line(reopened, 'en')).toBe(
      '<@U_B> reopened the case (the customer came back) — reason: the clasp broke again',
    );
    expect(line(reopened, 'zh')).toBe('<@U_B> 重新打开了案例(顾客又回来了) — 原因:the clasp broke again');
  });

  it('when the history is opened, then each of them has its entry', () => {
    const filed = makeCase({ id: 'C-LINES' });
    const record = { ...filed, history: [...filed.history, handed, declined, reopened] };
    const text = JSON.stringify(buildHistoryModal({ record, language: 'en', policy }).blocks);
    expect(text).toContain('handed the case from <@U_A> to <@U_B>');
    expect(text).toContain('did not accept');
    expect(text).toContain('reopened the case');
  });
});
