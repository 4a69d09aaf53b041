import { describe, expect, it } from 'vitest';
import { mrkdwnAsPlainText } from '../../src/blocks/mrkdwn-as-plain-text.ts';

describe('mrkdwn read as plain text for a terminal', () => {
  it.each([
    ['*Complaints: 3* (previous 2)', 'Complaints: 3 (previous 2)'],
    ['*投诉: 3 宗* (上期 2)', '投诉: 3 宗 (上期 2)'],
    ['*顾客确认*:未接受:*1*', '顾客确认:未接受:1'],
    ['_No rules cited_', 'No rules cited'],
    ['~withdrawn~ request', 'withdrawn request'],
    ['owner <@U123ABC>', 'owner @U123ABC'],
    ['see <#C1|complaints>', 'see #complaints'],
    ['<!here> look', '@here look'],
    ['case <https://x.slack.com/archives/C1/p1|C-1> filed', 'case C-1 (https://x.slack.com/archives/C1/p1) filed'],
    ['Wuyi &lt;!channel&gt; &amp; Co', 'Wuyi <!channel> & Co'],
    ['typed &amp;lt; as is', 'typed &lt; as is'],
  ])('when the mrkdwn is %j, then it reads %j', (mrkdwn, plain) => {
    expect(mrkdwnAsPlainText(mrkdwn)).toBe(plain);
  });

  it.each([
    ['call 138****5678'],
    ['(***) ***-0132 and +44 ** **** 0958'],
    ['****-**5-678, 微信号: l***'],
    ['DIGEST_CRON "30 8 * * *", li_hua88'],
    ['2 * 3 = 6'],
  ])('when the text only holds stars and underscores that are no marks (%j), then it is unchanged', (text) => {
    expect(mrkdwnAsPlainText(text)).toBe(text);
  });
});
