import { describe, expect, it } from 'vitest';
import { readFacts } from '../../../src/analysis/read-facts.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';
import { DEFAULT_POLICY_PATH, loadPolicySync } from '../../../src/policy/load-policy.ts';

const policy = loadPolicySync(DEFAULT_POLICY_PATH);
const problemOf = (narrative: string) => readFacts(ComplaintSchema.parse({ narrative }), policy).problem;

describe('each policy problem in the everyday words a customer uses for it', () => {
  it.each([
    ['lost-stone', 'The center stone is loose and rattles in the setting.'],
    ['lost-stone', 'Two of the little crystals dropped out of the bracelet.'],
    ['lost-stone', 'One of the pave diamonds has vanished since Sunday.'],
    ['lost-stone', '吊坠的主石晃动了,一摇就响。'],
    ['lost-stone', '戒指的主石會動,好似快甩出嚟。'],
    ['tarnish', 'The necklace left a green ring on my neck.'],
    ['tarnish', 'The earrings turned my ears black within a day.'],
    ['tarnish', 'The hands on the watch turned brown.'],
    ['tarnish', 'The steel bracelet started to rust after a month.'],
    ['tarnish', '不锈钢手链戴了一个月就生锈了。'],
    ['tarnish', '錶帶戴咗兩個月已經有鏽跡。'],
    ['plating-wear', 'The plating has come off and you can see the brass showing through.'],
    ['plating-wear', '耳环戴了几次就露铜了。'],
    ['watch-battery', 'The watch doesn’t work anymore, a week after I bought it.'],
    ['watch-battery', '手表买回来第二天就不动了。'],
    ['watch-fault', 'The watch runs ten minutes fast every day.'],
    ['water-damage', 'There is fog under the watch glass after I washed my hands.'],
    ['water-damage', 'There are water droplets inside the watch face.'],
    ['water-damage', '表盘里面有水珠,还有水雾。'],
    ['water-damage', '錶面入面有雾气。'],
    ['broken', 'The ring band split apart at the back.'],
    ['lens-broken', 'There is a crack across the left lens.'],
    ['loose-screw', 'The screw on the hinge keeps falling out.'],
    ['loose-screw', 'The arm of the glasses came loose on the second day.'],
    ['service', 'It’s been three months and my ring still isn’t back from repair.'],
    ['defect', 'The shop said it was 18k but the assay showed 14k.'],
  ] as const)('then the problem is %s: %s', (problem, text) => {
    expect(problemOf(text)).toBe(problem);
  });
});

describe('a problem denied, or a part other than the stone loose, names no lost stone', () => {
  it.each([
    'The stone did not fall out; the band is just bent.',
    'The diamonds never came loose, but the band cracked.',
    'The jeweller said the four prongs around her stone were loose.',
  ])('then the problem is not a lost stone: %s', (text) => {
    expect(problemOf(text)).not.toBe('lost-stone');
  });
});

describe('what the customer was told is the shop’s claim, not the problem', () => {
  it.each([
    ['broken', 'She was told the stone had fallen out from wear; in fact the clasp snapped.'],
    ['broken', '她被告知钻石松动是正常的,但其实是链子断了。'],
    ['broken', '佢被告知鑽石鬆動係正常,但其實係條鏈斷咗。'],
  ] as const)('then the problem is what the customer reports: %s → %s', (problem, text) => {
    expect(problemOf(text)).toBe(problem);
  });
});

describe('a phone or gadget failing as such goods do is a defect, in three scripts', () => {
  it.each([
    'The phone they sold me keeps shutting down on its own, and they sent it back for repair four times.',
    "Two weeks after I bought the tablet it won't turn on, and the shop only offers to check it again.",
    '手机买了一周就经常自动关机,拿去维修了三次都没好。',
    '部手機成日死機,返廠維修幾次都冇用。',
  ])('then the problem is a defect: %s', (text) => {
    expect(problemOf(text)).toBe('defect');
  });
});

describe('glasses not made to the prescription are goods not as ordered, a defect, in three scripts', () => {
  it.each([
    'The optometrist finally admitted the glasses were not the correct prescription, after a second appointment.',
    'They made my new lenses to the wrong prescription and still charged me for the rework.',
    '新配的眼镜度数不对,戴了一周头晕。',
    '眼鏡行配錯度數,戴咗一個月都睇唔清。',
  ])('then the problem is a defect: %s', (text) => {
    expect(problemOf(text)).toBe('defect');
  });
});

describe('a price marked false is the shop’s dealing, not a fault of the goods', () => {
  it.each(['商家一口价卖金戒指,虚标价格,称重后每克贵了近一倍。', '店家價格虛標,一條金鏈每克貴咗幾百蚊。'])(
    'then the problem is the service: %s',
    (text) => {
      expect(problemOf(text)).toBe('service');
    },
  );

  it('when the weight is what was marked false, it is still a defect of the goods', () => {
    expect(problemOf('金手镯虚标克重,实际只有标签上的一半。')).toBe('defect');
  });
});

describe('a person who will not leave and a screw that dropped out are no watch or stone fault', () => {
  it.each([
    ['service', '我不管你们什么规定，我就是要退款，不退我就不走了。'],
    ['service', '我不管你們什麼規定，不退款我就不走了，你們態度太差。'],
    ['loose-screw', '眼镜的螺丝掉了一颗，能帮忙上一下螺丝吗？'],
    ['loose-screw', '眼鏡的螺絲掉了一顆，可以幫忙上一下嗎？'],
    ['watch-battery', '手表买了一周就不走了。'],
    ['lost-stone', '戒指上的钻掉了一颗。'],
  ] as const)('then the problem is %s: %s', (problem, text) => {
    expect(problemOf(text)).toBe(problem);
  });
});

describe('a clip broken by its kind, a crack by 裂缝, and no one serving by 没人接待', () => {
  it.each([
    ['clip-broken', '买的竖夹第二天就断了，能不能给我换一个？'],
    ['clip-broken', '買的抓夾彈簧才用兩天就壞了。'],
    ['defect', '买回家发现戒指尺寸不对，而且有个小裂缝，要求换货。'],
    ['defect', '買回家發現戒指有個小裂縫，要求換貨。'],
    ['service', '顾客反映上次来修戒指时等了一个小时没人接待，希望以后不要再发生这种事。'],
    ['service', '顧客反映上次來修戒指時等了一個小時沒人接待。'],
  ] as const)('then the problem is %s: %s', (problem, text) => {
    expect(problemOf(text)).toBe(problem);
  });
});

describe('a piece that went black or snapped soon after, said with 就', () => {
  it.each([
    ['tarnish', 'Dcard上面已經有好多人在罵你們了，純銀手鍊戴一週就黑，我要退費。'],
    ['tarnish', '纯银手链戴一周就黑，我要退款。'],
    ['broken', '你哋搞乜嘢呀！條手鏈戴兩日就斷，即刻退錢！'],
    ['broken', '手链戴两天就断，马上退钱！'],
  ] as const)('then the problem is %s: %s', (problem, text) => {
    expect(problemOf(text)).toBe(problem);
  });
});

describe('a whole diamond ring the shop lost is no stone lost from its setting', () => {
  it.each(['你們把我的鑽戒弄丟了，我已經找律師了，要求照原價賠償。', '你们把我的钻戒弄丢了，要求照原价赔偿。'])(
    'then the problem is service: %s',
    (text) => {
      expect(problemOf(text)).toBe('service');
    },
  );

  it('when a stone fell out of the ring, then it is still lost-stone', () => {
    expect(problemOf('钻戒上的钻掉了，找不到了。')).toBe('lost-stone');
  });
});
