import { describe, expect, it } from 'vitest';
import { readTemperament } from '../../../src/analysis/rules/read-temperament.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

const reading = (narrative: string) => readTemperament(ComplaintSchema.parse({ narrative }));

/**
 * A peaceable customer (seed 001: 被动, lets others decide) hands the case to a third party to settle — a consumer
 * council, a newspaper's help desk, a mediator — rather than taking it up with the shop face to face. Texts written
 * for these tests in three scripts, not taken from any labelled set; each has no other sign of a type.
 */
describe('a customer who hands the case to a third party reads peaceable', () => {
  it.each([
    ['The shop stopped answering her emails, so Ms Wong sought help from the consumer council.'],
    ['结账时才发现镜片要另外收钱,李先生于是向消委会投诉。'],
    ['結帳時才發現鏡片要另外收錢，李先生於是向消委會投訴。'],
    ['手链戴了两周就断了,王女士向本报投诉。'],
  ])('when the customer turns to a third party, then peaceable is read: %s', (text) => {
    const result = reading(text);
    expect(result.type).toBe('peaceable');
    expect(result.confidence).toBeLessThan(0.5);
  });
});
