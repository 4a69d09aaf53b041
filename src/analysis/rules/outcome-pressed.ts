import { type Cue, cues } from './cue.ts';

/**
 * An outcome the customer presses on the shop, of their own choosing: an ultimatum or a deadline, damages several
 * times the loss, the shop's offer turned down, a check demanded there and then. The labelling guide's rule of
 * thumb (test/fixtures/complaints/README.md): citing a test, a figure or the law does not make a customer analytical
 * when they use it as a club and want an immediate outcome of their own — that is forceful.
 */
// biome-ignore format: word lists read best packed
export const OUTCOME_PRESSED: Cue[] = [
  ...cues(1, '否则', '不然就', '限期', '最后通牒', '双倍赔偿', '三倍赔偿', '十倍赔偿', '加倍赔偿', '退一赔三', '坚决要求', '拒绝…方案', '不接受…方案', '不接受…赔偿', '要求…现场', '要求…当场', '当场要求'),
  ...cues(1, 'or else', 'ultimatum', 'deadline', 'double the', 'triple the', 'three times the', 'refused the offer', 'turned down', 'turned… down', 'rejected the', "wouldn't accept", 'would not accept'),
];
