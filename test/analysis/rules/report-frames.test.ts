import { describe, expect, it } from 'vitest';
import { detectFlags } from '../../../src/analysis/rules/detect-flags.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** The flags' kinds of a text pasted whole as what happened, with no "came from" set. */
const kinds = (narrative: string) => detectFlags(ComplaintSchema.parse({ narrative })).map((flag) => flag.kind);

describe('a report read from its frames: its days, the other side asked, a subject introduced by origin', () => {
  it.each([
    // The day counted from the paper's (昨日, 前日) beside a subject narrated by surname and title.
    '刘女士昨日到金店取回维修的项链,发现链子短了一截。刘女士要求赔偿,店员称是正常损耗。',
    '劉女士前日到金行取回維修的項鍊,發現鏈子短了一截。劉女士要求賠償,金行則堅持屬正常損耗。',
    // The other side asked for its answer.
    '何先生在商场买的手表走时不准,何先生多次要求退货未果。对此,该店店长解释称手表符合国家标准。',
    '何先生在商場買的手錶走時不準,何先生多次要求退貨未果。對此,該店店長解釋稱手錶符合國家標準。',
    // A subject introduced by where they come from.
    '今年夏天,来自杭州的游客周女士在景区一家玉器店买了手镯,周女士回到酒店才发现手镯有裂纹。',
    '今年夏天,來自台中的遊客周女士在景區一家玉器店買了手鐲,周女士回到飯店才發現手鐲有裂紋。',
    // The same frames in an English report.
    'Rosa Fenwick bought the bracelet in March. Fenwick said the clasp failed twice. The jeweller did not respond to a request for comment.',
  ])('flags media: %s', (text) => {
    expect(kinds(text)).toContain('media');
  });

  it.each([
    // A customer's own account says 昨天 and 我; a staff note has its customer come in (来店).
    '我昨天去店里取项链,发现链子短了一截,店员说是正常损耗。',
    '顾客黄女士昨日来店取项链,黄女士说链子短了一截,要求赔偿。',
    '顧客黃女士昨日來店取項鍊,黃女士說鍊子短了一截,要求賠償。',
    // What came from someone is no one introduced.
    '这是来自顾客的投诉:项链短了一截,客人要求赔偿。',
    'Customer came in yesterday and said the chain was shorter after the repair. Mrs Fenwick wants compensation.',
  ])('a customer’s account or a staff note is no report: %s', (text) => {
    expect(kinds(text)).not.toContain('media');
  });
});

describe('a report’s lead that opens on its subject introduced by where they come from', () => {
  it.each([
    '最近,来自杭州的林佳拿着刚买的金戒指去称重,发现少了0.8克。',
    '上月,來自台中的陳姓遊客在景區買了一隻玉鐲,回到飯店才發現有裂紋。',
    // The same lead in English introduces its subject by where they live.
    'A Leeds grandmother has been left without her wedding ring for three months after a repair went wrong.',
  ])('flags media: %s', (text) => {
    expect(kinds(text)).toContain('media');
  });

  it.each([
    '最近,来自总部的通知要求各店检查金价标签。',
    '最近,來自總部的通知要求各店檢查金價標籤。',
    '最近我来自杭州的朋友拿着金戒指去称重,发现少了0.8克。',
  ])('a thing that came from somewhere, or a customer’s own account, is no lead: %s', (text) => {
    expect(kinds(text)).not.toContain('media');
  });
});
