import { describe, expect, it } from 'vitest';
import { readFacts } from '../../../src/analysis/read-facts.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';
import { DEFAULT_POLICY_PATH, loadPolicySync } from '../../../src/policy/load-policy.ts';

const policy = loadPolicySync(DEFAULT_POLICY_PATH);
const problemOf = (narrative: string) => readFacts(ComplaintSchema.parse({ narrative }), policy).problem;

describe('a problem said in any form of its everyday verbs, in three scripts', () => {
  it.each([
    // A stone gone, dropped or knocked out of its setting, not only "fell out".
    ['lost-stone', 'By the weekend the little ruby was gone from the pendant.'],
    ['lost-stone', 'Two of the side diamonds had dropped off the band.'],
    ['lost-stone', '佢條手鏈啲鑽石冇咗兩粒。'],
    ['lost-stone', '戴咗一個禮拜,寶石就唔見咗。'],
    // Cantonese for plating or colour wearing off, and a watch that does not run or keep time.
    ['plating-wear', '條頸鏈戴咗一個月就甩色。'],
    ['watch-battery', '隻錶買咗三日就唔行。'],
    ['watch-fault', '隻錶行得唔準,成日慢。'],
    ['watch-fault', 'The new watch loses about four minutes every day.'],
    ['watch-fault', '这块表每天慢三分钟。'],
    // Water in a watch, however it got there.
    ['water-damage', 'After one swim, water got inside the dial.'],
    ['water-damage', '隻錶入咗水,錶面有霧。'],
    // A piece cracked, shattered or split, in each script.
    ['broken', '玉镯戴了一周就裂了。'],
    ['broken', '隻玉鈪爆咗。'],
    ['broken', 'The bangle split in two when she put it on.'],
    // Glasses: a lens scratched or come out, a screw gone.
    ['lens-broken', '副眼鏡啲鏡片花咗。'],
    ['lens-broken', 'Both lenses got scuffed in the first week.'],
    ['lens-broken', '新配的眼镜才戴一个月,镜片就脱膜了。'],
    ['lens-broken', 'After a month there were marks on both lenses that would not wipe off.'],
    ['loose-screw', 'The screw in the hinge came loose again.'],
    ['loose-screw', '眼镜的螺丝又松了。'],
    // Found not to be what it was sold as.
    ['defect', 'The bracelet turned out not to be genuine.'],
    ['defect', '拿去驗,原來唔係真金。'],
    // Not what it was sold as: glass for a stone, papers that do not match, a fake watch, short weight.
    ['defect', 'The so-called sapphire was actually glass.'],
    ['defect', '证书上的数据和实物对不上。'],
    ['defect', '佢喺網上買到一隻假錶。'],
    ['defect', '條金頸鏈唔夠秤。'],
    // Silver yellowing, colour faded all over, a dead watch, a watch's crown or hands, a nose pad.
    ['tarnish', '纯银手镯戴了半个月就变黄了。'],
    ['plating-wear', '條手鏈戴咗兩個禮拜就褪晒色。'],
    ['watch-battery', 'By Friday the watch was dead.'],
    ['watch-fault', 'The crown fell off the first time he wound it.'],
    ['watch-fault', '表针卡住不动了。'],
    ['broken', '眼镜的鼻托掉了一个。'],
    // The wait, said in Cantonese.
    ['service', '隻錶送咗去修,等咗兩個月都未修好。'],
  ] as const)('when the text says it so, then the problem is %s: %s', (problem, text) => {
    expect(problemOf(text)).toBe(problem);
  });

  it('when prongs or a stone are only said to be loose, then no stone is lost', () => {
    expect(problemOf('At the check-up they said the prongs around the stone were loose.')).not.toBe('lost-stone');
  });

  it('when water leaks somewhere else, then the watch has no water damage', () => {
    expect(problemOf('The kitchen pipe was leaking water and the plumber charged a fortune.')).not.toBe('water-damage');
  });

  it.each([
    'The solder on the clasp cracked after a week.',
    'Two months on, the soldered joint gave way and the ring opened.',
    '戒指的焊口又裂了,圈子张开。',
    '手鏈的焊接位斷了,又要拿回去。',
    '手链的焊接位断了,又要拿回去。',
  ])('when a soldered joint gives way, in any verb of breaking, then it came unsoldered: %s', (text) => {
    expect(problemOf(text)).toBe('unsoldered');
  });
});

describe('words of breaking used of feelings, people, plans and other things', () => {
  it.each([
    ['The clerk snapped at her when she asked.'],
    ['The saleswoman came off as cold when we asked.'],
    ['They broke their promise to call her.'],
    ['She broke down in tears at the counter.'],
    ['店员的话把老人家气坏了。'],
    ['店員講完,佢話心都碎了。'],
    ['她的手机坏了,只能改天再去店里问。'],
  ])('when the only breaking is a manner of speaking or another thing, then nothing is broken: %s', (text) => {
    expect(problemOf(text)).not.toBe('broken');
  });

  it('when the piece itself breaks, then it is still broken', () => {
    expect(problemOf('The bracelet broke in two on the second day.')).toBe('broken');
    expect(problemOf('手镯戴了一周就断了。')).toBe('broken');
  });
});

describe("the shop's dealings said in everyday words, in three scripts", () => {
  it.each([
    ['The jeweller charged her twice for one cleaning.'],
    ['They never mentioned the extra fee until she paid.'],
    ['They left him on hold for forty minutes.'],
    ['The ring was resized wrong for the second time.'],
    ['师傅把手镯的尺寸改错了。'],
    ['戒指内圈的名字刻错了。'],
    ['佢哋收多咗兩百蚊。'],
    ['企咗成個鐘都冇人招呼。'],
    ['隻錶送返去修,到而家都未攞到。'],
  ])('when that is all the text complains of, then the problem is the service: %s', (text) => {
    expect(problemOf(text)).toBe('service');
  });

  it('when a fault of the piece is named too, then the fault is the problem', () => {
    expect(problemOf('They charged her for the visit, and the chain snapped again the next day.')).toBe('broken');
  });
});

describe('a stone referred back to as "one" is still the stone that came away', () => {
  it.each([
    'Her halo ring has pave diamonds going down the band, and the very last one was missing.',
    'The pendant had three tiny sapphires set along the bail but one of them fell out within a week.',
    'Six little stones round the bezel and one came loose the first time I wore it.',
  ])('then the problem is a lost stone: %s', (text) => {
    expect(problemOf(text)).toBe('lost-stone');
  });

  it('when the one that came away is no stone, then it is no lost stone', () => {
    expect(problemOf('The diamonds are fine, but one earring back fell off and the post bent.')).not.toBe('lost-stone');
  });
});
