import { type Cue, cues } from './cue.ts';

/**
 * An outcome the customer presses on the shop, of their own choosing: an ultimatum, damages several times the loss,
 * the shop's offer refused, a check demanded there and then. The labelling guide's rule of thumb
 * (test/fixtures/complaints/README.md): citing a test, a figure or the law does not make a customer analytical when
 * they use it as a club and want an immediate outcome of their own — that is forceful. Not a deadline, 否则 or "double
 * the price" alone: a shop's conditions, a regulator's orders (限期整改) and a price told are written so too. Only
 * whether one is found counts, so every weight is 1.
 */
// biome-ignore format: word lists read best packed
export const OUTCOME_PRESSED: Cue[] = [
  ...cues(1, '最后通牒', '双倍赔偿', '三倍赔偿', '十倍赔偿', '加倍赔偿', '退一赔三', '坚决要求', '拒绝…方案', '不接受…方案', '不接受…赔偿', '要求…现场', '要求…当场', '当场要求'),
  ...cues(1, 'or else', 'ultimatum', 'double compensation', 'double damages', 'double the refund', 'triple damages', 'treble damages', 'refused the offer', 'rejected the offer'),
];
