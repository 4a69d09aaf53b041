import { describe, expect, it } from 'vitest';
import { readAim } from '../../../src/analysis/rules/read-aim.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** The aim read from a text pasted whole, as a store manager pastes a report or a review. */
const aimOf = (narrative: string) => readAim(ComplaintSchema.parse({ narrative }), null).kind;

/**
 * A customer overcharged or short-weighted who takes it up with the seller wants the excess back; the wrong told alone,
 * by a reporter or a regulator, asks for nothing. Texts written for these tests.
 */
describe('an overcharge taken up with the seller', () => {
  it.each([
    ['He was overcharged by $40 for a strap, so he went back to the shop and complained.'],
    ['结账后才发现老板多收了她两百块,她回去找老板理论。'],
    ['結帳後才發現老闆多收了她兩百元,她回去找老闆理論。'],
    ['回家一秤先知俾人呃秤,佢即刻返去檔口反映。'],
  ])('when the customer takes it up, then the money back is read: %s', (text) => {
    expect(aimOf(text)).toBe('refund');
  });

  it.each([
    ['The shop was fined last year for overcharging tourists, the regulator said.'],
    ['市场监管局通报,该店存在缺斤少两行为,已被立案调查。'],
    ['市場監管局通報,該店存在缺斤少兩行為,已被立案調查。'],
  ])('when the wrong is only told, then nothing is asked: %s', (text) => {
    expect(aimOf(text)).toBe('unknown');
  });

  it('when the customer asks for something else in words, then that ask stands', () => {
    expect(aimOf('老板多收了她两百块,她回去理论,要求老板道歉。')).toBe('apology');
  });
});
