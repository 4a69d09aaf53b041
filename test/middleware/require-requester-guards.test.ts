import type { AllMiddlewareArgs } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION } from '../../src/blocks/ids.ts';
import type { Case } from '../../src/domain/case.ts';
import { applyCaseEvent } from '../../src/domain/case-transitions.ts';
import { checkApprover } from '../../src/middleware/require-decider.ts';
import { requestButtonClick } from '../helpers/approval-payloads.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';
import { makeCase, minutesIn } from '../store/case-fixtures.ts';

// Who may withdraw a request when the one who asked is not the case's owner (an approver asked on a
// staff member's case), through the real app; and the approver check's log line. Edges the first
// mutation run (docs/mutation-testing.md) found untested.

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ env: { APPROVERS: 'UMANAGER01,UMANAGER02' } });
});
afterAll(async () => {
  await app?.stop();
});

/** Stores a case of U_STAFF's whose refund UMANAGER01 sent for approval; returns it and its request's ref. */
async function requestedByAnApprover(id: string): Promise<{ record: Case; ref: { caseId: string; request: number } }> {
  const proposed = applyCaseEvent(makeCase({ id, owner: 'U_STAFF' }), {
    type: 'proposed',
    at: minutesIn(1),
    by: 'UMANAGER01',
    remedyId: 'refund',
  });
  const asked = applyCaseEvent(proposed, {
    type: 'approval-requested',
    at: minutesIn(2),
    by: 'UMANAGER01',
    remedyId: 'refund',
    reason: 'the customer asked the manager directly',
  });
  const { record } = await app.stores.cases.create(asked);
  return { record, ref: { caseId: id, request: record.history.length - 1 } };
}

async function withdrawnBy(caseId: string): Promise<string | undefined> {
  for (let tries = 0; tries < 250; tries += 1) {
    const record = await app.stores.cases.get(caseId);
    const last = record?.history.at(-1);
    if (record?.status === 'proposed' && last?.type === 'approval-withdrawn') return last.by;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return undefined;
}

describe('withdrawing a request someone other than the owner asked for', () => {
  it('when whoever asked withdraws it, then it is withdrawn, though they do not own the case', async () => {
    const { ref } = await requestedByAnApprover('C-WDASK');
    await app.interact(requestButtonClick(ACTION.withdrawRequest, ref, 'UMANAGER01', 'D_MANAGER01'));
    expect(await withdrawnBy('C-WDASK')).toBe('UMANAGER01');
  });

  it('when the case’s owner withdraws it, then it is withdrawn, though they did not ask', async () => {
    const { ref } = await requestedByAnApprover('C-WDOWN');
    await app.interact(requestButtonClick(ACTION.withdrawRequest, ref, 'U_STAFF', 'D_STAFF'));
    expect(await withdrawnBy('C-WDOWN')).toBe('U_STAFF');
  });

  it('when another approver, who neither asked nor owns the case, withdraws it, then they are refused', async () => {
    const { ref, record } = await requestedByAnApprover('C-WDOTHER');
    await app.interact(requestButtonClick(ACTION.withdrawRequest, ref, 'UMANAGER02', 'D_MANAGER02'));
    await app.slack.waitFor(
      'chat.postMessage',
      (call) => call.args.channel === 'UMANAGER02' && /withdraw the request/.test(String(call.args.text)),
    );
    expect((await app.stores.cases.get('C-WDOTHER'))?.history).toHaveLength(record.history.length);
  });
});

describe('the approver check', () => {
  it('when reading the approvers fails, then the answer is "unknown" and the reason is logged', async () => {
    const warnings: string[] = [];
    const args = { logger: { warn: (line: string) => warnings.push(line) } } as unknown as AllMiddlewareArgs;
    const answer = await checkApprover(args, async () => {
      throw new Error('usergroups.users.list: 503');
    });
    expect(answer).toBeUndefined();
    expect(warnings).toEqual(['approvers: could not check who may approve: usergroups.users.list: 503']);
  });
});
