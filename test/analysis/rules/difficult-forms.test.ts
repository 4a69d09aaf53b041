import { describe, expect, it } from 'vitest';
import { detectFlags } from '../../../src/analysis/rules/detect-flags.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** The flags' kinds of a text pasted whole as what happened. */
const kinds = (narrative: string) => detectFlags(ComplaintSchema.parse({ narrative })).map((flag) => flag.kind);

describe('a customer who flatly contradicts staff is argumentative', () => {
  it.each([
    'Customer: “I don’t believe you! Your machine must be broken!”',
    'She looked at the test result and said, "You\'re lying, these are real diamonds."',
    '顾客一听就说:“胡说,这明明是足金的!”',
    '顧客一聽就說:「你們騙人,這明明是足金的!」',
    '佢話:「我唔信你,你講大話!」',
  ])('then argumentative is flagged: %s', (text) => {
    expect(kinds(text)).toContain('argumentative');
  });

  it.each([
    // A contradiction denied is none.
    'She said she did not think we were lying, and took the repair.',
    // The shop's side telling a customer they are lying is the staff's, not the customer's.
    'The manager told her she was lying about where she bought it.',
  ])('when no customer contradicts staff, then argumentative is not flagged: %s', (text) => {
    expect(kinds(text)).not.toContain('argumentative');
  });
});

describe('the same complaint gone on about, in every form of the verb, is nagging', () => {
  it.each([
    'While I looked at her ring she was going on and on about her insurance.',
    'He goes on and on about the scratch every time he comes in.',
  ])('then nagging is flagged: %s', (text) => {
    expect(kinds(text)).toContain('nagging');
  });
});
