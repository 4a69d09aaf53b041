import { describe, expect, it } from 'vitest';
import { readFacts } from '../../../src/analysis/read-facts.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';
import { DEFAULT_POLICY_PATH, loadPolicySync } from '../../../src/policy/load-policy.ts';

const policy = loadPolicySync(DEFAULT_POLICY_PATH);
const problemOf = (narrative: string) => readFacts(ComplaintSchema.parse({ narrative }), policy).problem;

describe('problems named in everyday words', () => {
  it.each([
    ['lost-stone', 'One of the diamonds came loose on the second day.'],
    ['lost-stone', "My wife's engagement ring lost its center diamond within a month."],
    ['lost-stone', 'Three weeks later it lost the main stone.'],
    ['lens-broken', '镜片有划痕，刚配的眼镜。'],
    ['lens-broken', '鏡片上都是刮痕，才戴了兩天。'],
    ['lens-broken', 'Bottom line: your new lens is chipped, the optician said.'],
    ['lens-broken', 'The right lens had a long semicircular scratch in it.'],
    ['broken', 'One support arm of my glasses fell off this morning.'],
    ['broken', '跟住佢拿住我幅鏡番來,佢話,個鼻托斷左。'],
    ['watch-fault', 'Soon the watch fell into the habit of stopping once a day.'],
    ['lost-stone', '戴了三天,镶着的钻石就不翼而飞了。'],
    ['lost-stone', '才买一个月,手链上就少了一颗钻。'],
    ['lost-stone', '戒指变形了,越变形越厉害,变形以后钻石也丢了。'],
    ['lost-stone', 'Two rhinestones fell off the necklace after a week.'],
    ['lost-stone', 'The necklace lost two stones the first time she wore it.'],
    ['lost-stone', '項鍊戴了兩天就掉了兩顆石頭。'],
    ['lost-stone', '條頸鏈甩咗兩粒石。'],
    ['tarnish', 'Within a week the ring had turned my finger green.'],
    ['plating-wear', 'The gold has rubbed off all along the edges.'],
    ['watch-battery', 'The watch stopped working two days after I bought it.'],
    ['watch-battery', '手表买了一周就不走了。'],
    ['watch-fault', "It won't keep time and it is losing time every night."],
    ['defect', '送去鉴定,结果显示根本不是足金。'],
    ['defect', 'The so-called sterling chain is fake, not what was advertised.'],
    ['service', 'Three months later the watch is still not back from the repairer.'],
    ['service', '手表送修后等了两个月还没修好,打电话也迟迟没有回音。'],
    ['service', '直播间下单的金手镯一直显示待出货,客服只会回避问题。'],
    ['service', 'I got lousy service and the frames still are not ready.'],
    ['defect', '送去检测,结果是注胶的B货翡翠,根本不是天然的。'],
    ['defect', 'The "diamond" turned out to be cubic zirconia, a cheap knock-off.'],
    // Weight lost in a trade-in is how the deal was done, not a fault in the goods.
    ['service', '以旧换新以后金饰缩水了好几克,店员还推诿。'],
    ['service', 'The dry cleaner ruined the dress and now says it was like that.'],
  ] as const)('when the text says it plainly, then the problem is %s: %s', (problem, text) => {
    expect(problemOf(text)).toBe(problem);
  });

  it('when the staff are the ones who name it, then it is their claim, not the problem', () => {
    expect(problemOf('店员说是正常氧化,让她回去自己擦一擦。')).not.toBe('tarnish');
    expect(problemOf('The jewelers claimed the stone was missing when she brought it in.')).not.toBe('lost-stone');
  });

  it('when the narrator turns against the staff claim, then what follows counts again', () => {
    expect(problemOf('The clerk said it was fine, but the stone fell out again the next day.')).toBe('lost-stone');
  });

  it('when the text denies a problem, then it is not read', () => {
    expect(problemOf('The chain is not broken; the staff were just rude to her.')).toBe('service');
  });
});

describe('a problem said in so many words, and one inferred', () => {
  const facts = (narrative: string) => readFacts(ComplaintSchema.parse({ narrative }), policy);

  it('when the text names the problem in the policy’s own words, then it counts as named', () => {
    expect(facts('顾客说项链才戴两天就掉钻了。')).toMatchObject({ problem: 'lost-stone', problemNamed: true });
  });

  it('when the problem is inferred from everyday words, then it is a guess, not named', () => {
    expect(facts('The watch we sold her stopped working after four days.')).toMatchObject({
      problem: 'watch-battery',
      problemNamed: false,
    });
  });

  it('when staff entered the problem, then it is named whatever the text says', () => {
    const entered = readFacts(ComplaintSchema.parse({ narrative: 'It stopped.', problem: 'watch-fault' }), policy);
    expect(entered).toMatchObject({ problem: 'watch-fault', problemNamed: true });
  });
});
