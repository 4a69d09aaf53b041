import { describe, expect, it } from 'vitest';
import { detectFlags } from '../../../src/analysis/rules/detect-flags.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** The flags' kinds of a text pasted whole as what happened, with no "came from" set. */
const kinds = (narrative: string) => detectFlags(ComplaintSchema.parse({ narrative })).map((flag) => flag.kind);

describe('a Cantonese blog or forum post names the shop the way Hong Kong writes it', () => {
  it.each([
    // A shop noun of Hong Kong's (舖, 專門店) after the shop's name.
    '我上個月喺銅鑼灣明光眼鏡舖配咗副眼鏡,我戴咗兩日就頭暈,我返去搵佢哋,佢話係我唔習慣。',
    '我上个月喺铜锣湾明光眼镜铺配咗副眼镜,我戴咗两日就头晕,我返去搵佢哋,佢话系我唔习惯。',
    '我喺尖沙咀星輝專門店買咗條手鏈,我戴咗一個月就甩色,我攞返去佢哋話唔包。',
    // A name in Latin letters or digits beside the trade's word.
    '我個眼鏡戴咗好耐,鼻托斷咗,見到眼鏡 77 就入去,我問佢整唔整得,佢整完我幅鏡仲差咗。',
    '我喺 Lumiq眼鏡 配嘅鏡片有花,我返去兩次,我真係好嬲。',
  ])('when the customer tells it and names the shop, then social-media is flagged: %s', (text) => {
    expect(kinds(text)).toContain('social-media');
  });

  it.each([
    // Spoken to the shop in Cantonese: a customer's message is not yet public.
    '我上個月喺你哋間明光眼鏡舖配咗副眼鏡,我戴咗兩日就頭暈,我想你哋幫我再驗過。',
    // In the shop's own voice, in Cantonese.
    '我喺我哋間明光眼鏡舖返工,我配嘅眼鏡從來冇人話唔啱度數,我今日幫佢再驗咗一次。',
    '呢位客人話佢喺明光眼鏡舖配嘅眼鏡唔啱度數,我幫佢再驗咗一次,我同佢講咗原因,我會跟進。',
    // A prescription or a count after the trade's word is no name.
    '我配咗副眼鏡300度,我戴咗兩日就頭暈,我返去搵個師傅,佢話係我唔習慣。',
  ])(
    'when the text is spoken to the shop, in its voice, or names no shop, then social-media is not flagged: %s',
    (text) => {
      expect(kinds(text)).not.toContain('social-media');
    },
  );
});
