import { describe, expect, it } from 'vitest';
import { detectFlags } from '../../../src/analysis/rules/detect-flags.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** Flags of a text pasted whole as what happened, with no "came from" set. */
const kinds = (narrative: string) => detectFlags(ComplaintSchema.parse({ narrative })).map((flag) => flag.kind);

describe('a post gone round: what a post does once out, and a report of what a poster said', () => {
  it.each([
    '网传一段视频显示,顾客在金店称重时发现手镯少了两克。',
    '網傳一段影片顯示,顧客在金舖秤重時發現手鐲少了兩克。',
    '这段金店称重的视频近日在朋友之间疯传。',
    'Her clip of the tarnished ring has over a million views.',
    'A TikToker said the same shop swapped her pearls for fakes.',
  ])('when the text tells of a post gone round, then social-media is flagged: %s', (text) => {
    expect(kinds(text)).toContain('social-media');
  });

  it.each(['有网民发文后,网民表示店员态度恶劣,店方至今未回应。', '有網民發文後,樓主指出店員態度惡劣,店方至今未回應。'])(
    'when a report attributes words to a poster, then media is flagged too: %s',
    (text) => {
      expect(kinds(text)).toEqual(expect.arrayContaining(['media', 'social-media']));
    },
  );

  it.each([
    // The poster writing their own post names no reporter.
    '楼主今天去金店换了个手镯,回来发现少了两克。',
    'I posted a review of the watch repair, nothing more.',
  ])('when the poster writes it, then media is not flagged: %s', (text) => {
    expect(kinds(text)).not.toContain('media');
  });
});
