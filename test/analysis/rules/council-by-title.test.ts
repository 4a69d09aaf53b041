import { describe, expect, it } from 'vitest';
import { detectFlags } from '../../../src/analysis/rules/detect-flags.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** The flags' kinds of a text pasted whole as what happened, with no "came from" set. */
const kinds = (narrative: string) => detectFlags(ComplaintSchema.parse({ narrative })).map((flag) => flag.kind);

describe('a consumer council in its own case notes, called by its title alone', () => {
  it.each([
    'The shop refused to refund the deposit, so Ms Ho lodged a complaint with the Council.',
    'After the Council mediated, the trader agreed to replace the watch.',
    '店方拒絕退款,事主於是向本會投訴。',
    '店方拒绝退款,经本会调解后,店方同意更换手表。',
  ])('flags consumer-council: %s', (text) => {
    expect(kinds(text)).toContain('consumer-council');
  });

  it.each([
    // A town's council in lower case, a council named only to be denied, a council's own reminder.
    'She complained to the council about the parking outside the shop.',
    'She did not complain to the Council, she only wanted the clasp fixed.',
    '本会提醒会员,购买金饰时要索取发票。',
  ])('raises no consumer-council: %s', (text) => {
    expect(kinds(text)).not.toContain('consumer-council');
  });
});
