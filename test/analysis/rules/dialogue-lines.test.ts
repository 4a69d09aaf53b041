import { describe, expect, it } from 'vitest';
import { readTemperament } from '../../../src/analysis/rules/read-temperament.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

const reading = (narrative: string) => readTemperament(ComplaintSchema.parse({ narrative }));

/**
 * A staff story written as dialogue gives the customer's lines word for word ("Caller: “…!”"): exclaimed again and
 * again, they are how the customer presses their point, read as in the customer's own words but kept a retelling's
 * weight. Texts written for these tests in three scripts, not taken from any labelled set.
 */
describe("the customer's lines in a dialogue are read for how they are said", () => {
  it.each([
    [
      'Caller: “My son’s new glasses are too strong!”\nMe: “Does he find them blurry?”\nCaller: “No, but I can’t see a thing in them! They are far too strong!”',
    ],
    ['Customer: “This chain is broken!”\nMe: “When did you buy it?”\nCustomer: “Last week! It was brand new!”'],
    ['客人：「這條鏈又斷了！」\n我：「請問幾時買的？」\n客人：「上星期！今日就要換！」'],
    ['顾客：“这条链子又断了！”\n我：“请问什么时候买的？”\n顾客：“上周！今天就要换！”'],
  ])('when the customer exclaims line after line, then forceful is read: %s', (text) => {
    const result = reading(text);
    expect(result.type).toBe('forceful');
    expect(result.confidence).toBeLessThan(0.5);
  });

  it('when only the staff exclaim, then the customer is not read forceful', () => {
    const text = 'Customer: “My chain broke.”\nMe: “Oh no! That is awful! Let me look!”\nCustomer: “Thank you.”';
    expect(reading(text).type).not.toBe('forceful');
  });
});
