import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyCaseEvent } from '../../src/domain/case-transitions.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';
import { makeCase, minutesIn } from '../store/case-fixtures.ts';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ clock: () => new Date(minutesIn(600)) });
});
afterAll(async () => {
  await app?.stop({ keepStore: false });
});

describe('App Home for an approver', () => {
  it('when more requests are pending than Home shows, then the oldest are shown first and the rest counted', async () => {
    // 23 requests, asked one minute apart; the awaiting index lists the newest first.
    for (let index = 0; index < 23; index++) {
      const id = `C-HOME-${String(index).padStart(2, '0')}`;
      await app.stores.cases.create(makeCase({ id, minute: index }));
      const at = minutesIn(100 + index);
      await app.stores.cases.update(id, (current) =>
        applyCaseEvent(
          applyCaseEvent(current, { type: 'proposed', at, by: 'U_STAFF', remedyId: 'compensation', amount: 200 }),
          { type: 'approval-requested', at, by: 'U_STAFF', remedyId: 'compensation', amount: 200, reason: 'Asked' },
        ),
      );
    }
    await app.event({ type: 'app_home_opened', user: 'UMANAGER01', channel: 'D_M1', tab: 'home', event_ts: '3.1' });
    const home = await app.slack.waitFor('views.publish', (call) => call.args.user_id === 'UMANAGER01');
    const blocks = (home.args.view as { blocks: { type: string }[] }).blocks;
    // The pending requests come first, up to the first divider; the store's recent cases follow.
    const view = JSON.stringify(
      blocks.slice(
        0,
        blocks.findIndex((block) => block.type === 'divider'),
      ),
    );
    expect(view).toContain('Requests awaiting your decision');
    const shown = [...view.matchAll(/C-HOME-(\d\d)/g)].map((match) => Number(match[1]));
    const order = [...new Set(shown)];
    expect(order).toEqual(Array.from({ length: 20 }, (_, index) => index));
    expect(view).toContain('+3 more waiting');
  });
});
