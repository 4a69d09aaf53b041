import { AMOUNT } from '../rules/aim-cues.js';

const AMOUNTS = new RegExp(AMOUNT.source, 'giu');

/** Every sum of money a text names (200元, ¥200, 200 yuan), in the order they appear. */
export function amountsIn(text: string): number[] {
  return [...text.matchAll(AMOUNTS)].flatMap((match) => {
    const value = Number(match[1] ?? match[2]);
    return Number.isFinite(value) ? [value] : [];
  });
}
