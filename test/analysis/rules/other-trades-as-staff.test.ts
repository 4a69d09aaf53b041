import { describe, expect, it } from 'vitest';
import { readTemperament } from '../../../src/analysis/rules/read-temperament.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

const reading = (narrative: string) => readTemperament(ComplaintSchema.parse({ narrative }));

/**
 * The trades a complaint meets outside the jewellery counter — a seamstress, a photographer, a barber, 裁缝, 理发师 —
 * are the shop's side as a clerk is, also when a sentence adverb opens the clause ("Apparently now the photographer
 * is demanding…") or the clause is what the customer found ("only to discover the seamstress had cut off…", 才发现
 * 裁缝…). What they do is not the customer's manner. Texts written for these tests in three scripts, not taken from
 * any labelled set.
 */
describe("another trade's people are the shop's side, not the customer", () => {
  it.each([
    'Apparently now the photographer is demanding more money for the prints.',
    'Ms. Lee picked up her gown, only to discover the seamstress had cut off the hem.',
    'The barber yelled that the cut was fine.',
    '结果裁缝很不耐烦地说改不了。',
    '王女士去取衣服,才發現理髮師很不耐煩地把頭髮剪短了。',
  ])('when they are the subject, then no forceful customer is read: %s', (story) => {
    expect(reading(story).type).not.toBe('forceful');
  });

  it.each([
    'I found the photographer and yelled at him.',
    'Ms. Lee called the seamstress and demanded a refund.',
    '王女士找到裁缝,很不耐烦地要求重做。',
  ])('when they are only the object, then the customer is still read: %s', (story) => {
    expect(reading(story).type).toBe('forceful');
  });
});
