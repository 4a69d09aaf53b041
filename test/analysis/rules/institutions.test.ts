import { describe, expect, it } from 'vitest';
import { detectFlags } from '../../../src/analysis/rules/detect-flags.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** Flags read from a text pasted whole. */
const kinds = (narrative: string) => detectFlags(ComplaintSchema.parse({ narrative })).map((flag) => flag.kind);

describe('the outside bodies a complaint reaches, by name, in both scripts and English', () => {
  it.each([
    ['lawyer', 'I opened a dispute with PayPal the same afternoon.'],
    ['lawyer', 'My solicitor sent them a letter before action last week.'],
    ['lawyer', '顧客的律師信今早已寄到總店。'],
    ['lawyer', '她说下周就要上法庭解决。'],
    ['lawyer', '对方已经申请仲裁了。'],
    ['regulator', 'She reported the shop to Fair Trading.'],
    ['regulator', 'He called the cops when the clerk would not give the ring back.'],
    ['regulator', 'We called 911 when he would not leave the counter.'],
    ['regulator', '顾客当场打110,说店里调包。'],
    ['regulator', '她向公平會檢舉廣告不實。'],
    ['consumer-council', 'She took it to the consumer watchdog.'],
    ['consumer-council', '他已經向消保處申訴。'],
    ['consumer-council', '顾客打了315热线。'],
    ['social-media', 'I left a one-line review and moved on.'],
    ['social-media', 'She wrote a scathing review about the repair counter.'],
  ] as const)('when the text names it, then %s is flagged: %s', (kind, text) => {
    expect(kinds(text)).toContain(kind);
  });

  it.each([
    ['regulator', "We haven't called the police, we just want the ring back."],
    ['media', "I won't go to the papers or the news, I just want it fixed."],
    ['social-media', "I won't leave a bad review if you fix it today."],
    ['regulator', '顾客说她不想报警,只要把钻石找回来。'],
    ['consumer-council', '她没去找消协,直接来了店里。'],
    ['media', '我们不打算找记者,只想换一只。'],
  ] as const)('when the step is denied, then %s is not flagged: %s', (kind, text) => {
    expect(kinds(text)).not.toContain(kind);
  });
});
