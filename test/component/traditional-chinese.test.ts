import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintForm } from '../helpers/complaint-payloads.ts';
import type { RecordedCall } from '../helpers/fake-slack-api.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

// Issue 11, through the real entry points: a shop in Hong Kong pastes a complaint in traditional script
// and gets the apology it will say to the customer back in traditional script, in the owner's DM.

let app: TestApp;
const json = (call: RecordedCall) => JSON.stringify(call.args);
const SIMPLIFIED_ONLY = /[这让说时为们给么处礼货]/u;
const TRADITIONAL_ONLY = /[這讓說説時為們給麼處禮貨]/u;

beforeAll(async () => {
  app = await startTestApp();
  app.slack.locales.set('U_HKSTAFF', 'zh-HK');
});
afterAll(async () => {
  await app?.stop({ keepStore: false });
});

describe('a complaint pasted in traditional Chinese', () => {
  it('when it is filed, then the stored analysis and the owner’s DM word the apology in traditional script', async () => {
    const narrative = '陳小姐話條頸鏈戴咗一個禮拜就斷咗，店員態度好差。';
    await app.interact(complaintForm(narrative, '我要退貨，你哋俾個說法我！', { user: 'U_HKSTAFF', viewId: 'VHANT' }));
    const record = await app.waitForCase((item) => item.complaint.narrative === narrative, 'U_HKSTAFF');
    const { apology, steps } = record.analysis.suggestion;
    expect(apology.language).toBe('zh');
    expect(apology.text).toMatch(TRADITIONAL_ONLY);
    expect(apology.text).not.toMatch(SIMPLIFIED_ONLY);
    expect(steps.map((step) => step.text.zh).join('')).not.toMatch(SIMPLIFIED_ONLY);

    const dm = await app.slack.waitFor(
      'chat.postMessage',
      (call) => call.args.channel === 'U_HKSTAFF' && json(call).includes(record.id),
    );
    expect(json(dm)).toContain(apology.text.slice(0, 12));
  });
});
