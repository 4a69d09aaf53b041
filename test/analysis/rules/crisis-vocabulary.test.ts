import { describe, expect, it } from 'vitest';
import { detectFlags } from '../../../src/analysis/rules/detect-flags.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** Flags read from a text pasted whole. */
const kinds = (narrative: string) => detectFlags(ComplaintSchema.parse({ narrative })).map((flag) => flag.kind);

describe('crisis kinds read from the general vocabulary of each kind, in three scripts', () => {
  it.each([
    ['violence', '两名顾客在店门口互殴,保安拉都拉不开。'],
    ['violence', '兩名男子在櫃台前大打出手,玻璃櫃也被推倒。'],
    ['violence', 'A brawl broke out at the counter when the manager refused the refund.'],
    ['violence', 'Her husband assaulted the cashier over a watch battery.'],
    ['lawyer', '法官判令店家退还全部货款。'],
    ['lawyer', '原告要求被告人退還貨款並賠償鑑定費。'],
    ['lawyer', 'The small-claims hearing is set for March.'],
    ['lawyer', 'He sought legal advice before writing to the store again.'],
    ['regulator', '她向标准检验局检举金饰重量不足。'],
    ['regulator', '顧客已向地檢署檢舉這間珠寶店。'],
    ['regulator', 'He complained to weights and measures about the shop scale.'],
    ['social-media', '她在面書專頁發貼公審這間金舖。'],
    ['social-media', '顾客回家后发贴说我们以次充好。'],
    ['social-media', 'She blogged about the repair the same night.'],
    ['media', '台南一位李小姐投訴眼鏡行配錯度數。'],
    ['media', '陳先生續稱,店方一直拒絕退款。'],
    ['special-customer', '一名長者在金舖被店員游說以舊換新。'],
    ['media', '责任编辑:王明 原标题:金店以旧换新克重缩水'],
    ['media', '消委會最新一期《選擇》月刊列出多宗眼鏡店個案。'],
    ['media', 'By Jane Doe, staff writer. The store refused to refund the ring.'],
    ['social-media', '坐标广州,在这家金店买的手镯一周就变色了,求扩散!'],
    ['social-media', '這間眼鏡行我給了負評,店員態度真的很差。'],
    ['social-media', 'TL;DR the jeweller lost my ring and will not pay for it.'],
    ['social-media', 'EDIT: the store finally called me back, still no refund.'],
  ] as const)('when the text says it in general words, then %s is flagged: %s', (kind, text) => {
    expect(kinds(text)).toContain(kind);
  });

  it.each([
    ['lawyer', '顾客被告知没有零件,要等三个月。'],
    ['lawyer', '顧客被告知保養期已過,要自費維修。'],
    ['violence', '和这家店打交道真的很累。'],
    ['violence', 'The jeweller punched a new hole in the strap for free.'],
    ['special-customer', 'She laid the necklace down like an injured patient on the counter.'],
    ['special-customer', '染发后,她换来一头紫红色和受伤的皮肤。'],
    ['special-customer', '店員出手打傷了要求退款的旅客。'],
    ['special-customer', '消委會提醒長者購買金飾時要留意克重。'],
    ['special-customer', '她买的儿童手表戴了一周就不走了。'],
    ['social-media', '顾客说等了一星期手表还没修好。'],
    ['media', '莫桑石又称碳硅石,店员当时说是钻石。'],
    ['lawyer', '店里说维修件要总部统一审核,要等两周。'],
    ['regulator', '顾客说首饰的经济部分可以分期付款。'],
    ['media', '顾客说手链使用中时扣子突然松开。'],
    ['media', '她在电商平台视频里看到同款,价格便宜一半。'],
    ['social-media', '她把原贴膜撕掉以后发现镜片有划痕。'],
  ] as const)('when the words mean something else, then %s is not flagged: %s', (kind, text) => {
    expect(kinds(text)).not.toContain(kind);
  });

  it.each([
    ['regulator', '店员威胁要报警,顾客才肯离开。'],
    ['regulator', '店員恐嚇話要報警。'],
    ['regulator', 'The store threatened to call the cops on her.'],
    ['violence', '顾客威胁要曝光这家店。'],
  ] as const)(
    'when the shop makes the threat or nothing violent is threatened, then %s is not flagged: %s',
    (kind, text) => {
      expect(kinds(text)).not.toContain(kind);
    },
  );

  it.each([
    ['regulator', '顾客威胁要报警。'],
    ['regulator', 'She threatened to call the police over the swapped stone.'],
    ['violence', '他扬言要砸柜台。'],
  ] as const)('when the customer makes the threat, then %s is flagged: %s', (kind, text) => {
    expect(kinds(text)).toContain(kind);
  });

  it('reads a prosecutor as the authorities, not as a lawyer the customer hired', () => {
    const flags = kinds('她憤而向台中地檢署檢舉購物台。');
    expect(flags).toContain('regulator');
    expect(flags).not.toContain('lawyer');
  });

  it('reads a customer beaten in a shop as violence, not as a customer needing special care', () => {
    const flags = kinds('店員出手打傷了要求退款的旅客。');
    expect(flags).toContain('violence');
    expect(flags).not.toContain('special-customer');
  });
});

describe('a post pasted under its platform tag, and a video made to expose the shop, are social media', () => {
  it.each([
    '【大众点评】一星。这家金店的手链质量太差，买了一周就断了，坚决要求退款！',
    '【小紅書】這家金店的手鍊質量太差，買了一週就斷了。',
    '客服只说可以修，我要退款，不然我就发视频曝光。',
    '客服只說可以修，我要退款，不然我就發視頻曝光。',
  ])('then social-media is flagged: %s', (text) => {
    expect(kinds(text)).toContain('social-media');
  });
});
