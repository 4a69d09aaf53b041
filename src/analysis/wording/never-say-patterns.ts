import type { NeverSayId } from './never-say.ts';

/**
 * How the guard recognises each never-say phrase: regular-expression sources over the guard's folded
 * text (see guard-text.ts: lower case, no apostrophes, one space for any run of punctuation or
 * whitespace, no spaces between two Han characters). English sources are wrapped in word boundaries when
 * compiled; Chinese ones are not, since Chinese has no word breaks.
 *
 * Patterns are deliberately narrow: each needs the dismissive turn of phrase, never a bare word, so
 * "policy", "规定" or "不清楚" alone do not trip it and staff can still say "our policy lets me
 * exchange it for you".
 */
export const NEVER_SAY_PATTERNS: Readonly<
  Record<NeverSayId, { readonly zh: readonly string[]; readonly en: readonly string[] }>
> = {
  'child-knows': {
    zh: [
      '三岁(的)?(小孩|孩子|娃)(子)?(都|也)(懂|知道|明白|会)',
      '连(小孩|孩子)(子)?都(懂|知道|明白|会)',
      '(这|这个|这都)(都|也)?不(懂|知道)(吗|啊|呀)?( |$)',
      '这(是|不是)(基本)?常识',
    ],
    en: [
      'even (a|my|any) (child|kid|toddler|three year old|3 year old)( could| would| can)? (know|knows|understand|understands|tell|get|gets|see)',
      '(a|any) (child|kid|three year old|3 year old) (could|would|can) (tell you|understand|see) (that|this)',
      '(thats|its|that is|it is) (just |only )?common sense',
    ],
  },
  'get-what-you-pay-for': {
    zh: [
      '一分(价)?钱一分货',
      '便宜(没|无)好货',
      '(这个|这种|这)价(钱|格|位)?(你)?(还)?想要(什么|啥)',
      '(这个|这种)价(钱|格|位)(就|也就|只能)(这样|这个样|这质量)',
    ],
    en: [
      'you get what you pay for',
      'what (did|do|would|else did|else do) you expect (for|at) (that|this|the|such a) (price|money)',
      'for (that|this|the) (price|money) what (did|do|would) you expect',
    ],
  },
  impossible: {
    zh: [
      '(^| )(这|那)?(是)?不可能(的)?(吧|啊|呀)?( |$)',
      '(绝对|绝|根本)不可能',
      '不可能(发生|出现|有)(这种|这样的|这个|这)(事|问题|情况)',
      '(这种|这样的|这)(事|问题|情况)(是)?(绝对|根本)?不可能(发生|出现)',
      '(产品|东西|货)(是)?不可能(有|出)(问题|毛病)',
    ],
    en: [
      '(thats|that is|its|it is) (just |simply |completely |totally )?(impossible|not possible)(?! to(?![a-z]))',
      '(that|this|it) (cant|cannot|can not|couldnt|could not) (possibly )?(have )?(happen|happened)',
      '(that|this|it) (would|will|could) never (have )?(happen|happened)(?! again(?![a-z]))',
      'no way (that|this) (happened|happens|could happen)',
    ],
  },
  'not-my-business': {
    zh: [
      '不关我(的)?事',
      '不归我管',
      '(这|这个|这事)不是我(负责|管)的',
      '(跟|和)我(没|没有)(关系|关)',
      '与我无关',
      '(你|您)(自己)?(去)?(找|问)别人',
      '(你|您)(自己)?去(问|找)(厂家|总部|售后|客服|其他人)',
    ],
    en: [
      'not my (business|problem|department|job|responsibility|concern)',
      '(nothing|none of it) to do with me',
      '(go and|go|youll have to|you will have to|you have to|you need to|you should|you can) (ask|find|try|call|contact|take it up with) (someone|somebody) else',
      '(go and|go|youll have to|you will have to|you have to|you need to|you should|you can) (ask|call|contact|take it up with|write to) the (manufacturer|factory|supplier|brand|head office)',
    ],
  },
  'dont-know': {
    zh: [
      '这个问题(我)?(也)?不(太)?(清楚|知道)',
      '(这个|这事|这)我(也)?不(太)?(清楚|知道)',
      '我也不(太)?(清楚|知道)',
      '谁知道(呢|啊)',
    ],
    en: [
      'i (dont|do not) (really )?know( about)? (that|this|it)',
      '(i have|ive|i got|ive got)? ?no idea',
      'not a clue',
      'dunno',
      '(im|i am) not (really |too |very )?sure about (that|this|it)',
    ],
  },
  'company-policy': {
    zh: [
      '(这|那)(是|就是|都是)(我们)?(公司|店里|总部|我们店|店)?的?(规定|制度|规矩)',
      '(公司|店里|总部|上面)(就是)?(这么|这样)规定',
      '规定就是规定',
      '(按|照|按照)(公司|店里)?(的)?规定(就是)?(不行|不能|办不了|没办法)',
      '规定(不允许|不让|不行)',
    ],
    en: [
      '(its|it is|thats|that is|this is|those are|these are)( just| simply| only)?( the| our)?( company| store| shop| head office)? (policy|policies|rules?|regulations?)(?! (to|lets|allows|says (we|i) can|covers)(?![a-z]))',
      '(rules are rules|policy is policy)',
      '(im|i am|were|we are) (just |only )?(following|sticking to) (the )?(rules|policy|procedure)',
      '(the )?(policy|rules?) (says|say) (no|we cant|we cannot|i cant|i cannot)',
      'against (the |our )?(company |store |shop )?(policy|rules)',
      '(company|store|shop) policy (doesnt|does not|wont|will not) allow',
    ],
  },
  'nothing-can-be-done': {
    zh: [
      '没法(办|弄)',
      '办不了',
      '(这|这个|这事|这件事)(儿)?(我们|我)?(也)?(真的|实在)?(处理不了|搞不定)',
      '(我|我们)(也|实在|真的)*没(有)?办法(了|啊|呀)?( |$)',
      '(^| )(真|实在)?没(有)?办法(了|啊|呀)?( |$)',
      '爱莫能助',
    ],
    en: [
      'nothing (else |more )?(we|i) can do',
      'nothing (else |more )?(to be|can be) done',
      '(it|that|this) (cant|cannot|can not) be (done|helped)',
      '(i|we) (cant|cannot|can not) (do anything|help you)',
    ],
  },
  'too-busy': {
    zh: [
      '没看(见|到)?(我)?(正|在|正在)忙',
      '(正|在|正在)忙着(呢|哪)',
      '一个一个来',
      '排队去',
      '(^| )(你)?(先)?等着(吧|去)',
    ],
    en: [
      '(cant|can not|cannot) you see (that )?(im|i am|were|we are) busy',
      '(im|i am|we are) (really |very |a bit |too )?busy( right now| now| at the moment)?',
      'wait (for )?your turn',
      '(^|busy )one at a time',
      'one at a time please',
      '(im|i am) in the middle of something',
    ],
  },
  'others-find-it-fine': {
    zh: [
      '(别人|人家|其他人|别的(顾客|客人)|其他(顾客|客人))(都)?(觉得|说|用着|用得|买了)?(都)?(挺好|很好|不错|没(有)?(问题|说什么|意见))',
      '就(你|您)(事儿?多|毛病多|挑剔)',
    ],
    en: [
      '(other (customers|people|shoppers)|everyone else|everybody else) (find|finds|think|thinks|say|says|seem|seems|are|is|have been|has been)( to (find|think))? (it |them )?(fine|ok|okay|happy|good|great|alright|all right)',
      '(nobody|no one|noone) else (has|had|have|is)( ever)? (complained|complaining|had (a|any) problems?|said anything)',
      '(youre|you are) the only one (complaining|who has complained|whos complained|with (a|this) problem|who has a problem)',
    ],
  },
  'always-sold-like-this': {
    zh: [
      '(一直|向来|从来|历来)(都)?(是)?(这么|这样)(卖|做|处理|办)',
      '(我们|店里)(都|就)是(这么|这样)卖的',
      '(一直|向来|历来)(都)?是?(这样|这么)的?( |$)',
    ],
    en: [
      '(weve|we have) always (sold|done) (it|them|this|things) (like (this|that)|this way|that way)',
      '(thats|that is) how (weve|we have) always (sold|done) (it|them|things)',
      '(its|it has|thats|that has) always been (like (this|that)|this way|that way)',
      '(thats|that is) (just )?how (its|it is|they are|theyre) sold',
    ],
  },
  'listen-to-me-first': {
    zh: [
      '(你|您)(先|就)?(听我|让我)(先)?(说|讲|解释|把话说)',
      '(你|您)(先)?(别说了|别说话|别吵了|别嚷了|别讲了)',
      '(^| )听我(说|讲|解释)',
    ],
    en: [
      '(just )?listen to me',
      'hear me out',
      'let me (explain|speak|talk) first',
      'let me (just )?finish(?! (the|this|that|your|it|off|up|writing|checking|filling)(?![a-z]))',
      'stop (talking|shouting) and listen',
    ],
  },
  'partly-your-fault': {
    zh: [
      '(你|您)(自己)?也有(不对|错|责任|问题)',
      '(?<!不)(是|都是|也是)(你|您)(自己)?的(错|责任|问题)',
      '(你|您)(自己)?(没|没有)(用好|用对|保养好|看说明)',
      '(你|您)(自己)?(用|戴|弄)(得|的)不对',
      '(你|您)自己(弄|搞|摔|碰)坏的',
      '怪(你|您)自己',
    ],
    en: [
      '(youre|you are) (partly |partially |also |equally )?(to blame|at fault)',
      '(?<!(not|nt|never) (at all )?)(your|yours) (own )?fault',
      '(its|it is|thats|that is) (partly |partially |also |all |entirely )?your (own )?(responsibility|problem)',
      'you (must have|mustve|probably) (dropped|damaged|broken|misused|knocked|banged|worn) (it|them)',
      'you (didnt|did not) (look after|take care of|use) (it|them) (properly|correctly|right)',
      'you (should have|shouldve) (read|followed|been (more )?careful)',
      'you (used|wore|handled) (it|them) (wrong|wrongly|incorrectly|badly)',
    ],
  },
  'how-dare-you': {
    zh: [
      '(你|您)怎么(能)?(这么|这样)(讲话|说话|讲|说)',
      '说话(客气|放尊重|注意|礼貌)(一)?点',
      '(你|您)(这)?是什么态度',
      '注意(你|您)的(态度|言辞|用词)',
      '(你|您)好好说话',
    ],
    en: [
      'how dare you',
      '(dont|do not) (talk|speak) to me (like that|that way|in that tone)',
      'watch your (tone|language|mouth|attitude)',
      'mind your (manners|language|tone)',
      'who do you think you are',
      '(theres|there is) no need to be (so )?(rude|nasty)',
      '(why are you|why do you) (talking|speaking|talk|speak) (to me )?(like that|that way)',
    ],
  },
  'complain-wherever': {
    zh: [
      '(你|您)?爱(去|上|到)?(告(?!诉)|投诉)?(哪儿|哪里|哪)(就)?(去|上|到)?(告(?!诉)|投诉)((就)?(去|上|到)?(哪儿|哪里|哪)(告(?!诉)|投诉)?)?',
      '随便(你|您)?(去)?(告(?!诉)|投诉)',
      '(你|您)?(想|要)(告(?!诉)|投诉)(就)?(去)?(告(?!诉)|投诉)',
      '(你|您)(去)?(告(?!诉)|投诉)(去)?(吧|好了)',
      '爱找谁(就)?找谁',
    ],
    en: [
      'complain (wherever|to whoever|to whomever|to anyone|anywhere)( you)?( (like|want|please))?',
      'complain (all|as much as) you (like|want)',
      '(go ahead|feel free) (and |to )?(complain|report (us|me|it)|sue (us|me))',
      '(sue|report) (us|me) (then|if you (want|like))',
    ],
  },
  'consumer-council': {
    zh: [
      '(你|您)(可以|就|自己)?(去)?(找|到|向|跟)? ?(消协|消费者协会|工商|12315|市场监管)',
      '去(找|到)?(消协|消费者协会|工商|市场监管)',
      '(打|拨打|拨) ?12315',
      '找(消协|消费者协会|工商|市场监管)(去|吧)',
      '这是(消协|他们)的电话',
    ],
    en: [
      '(go|complain|report it|report this|report us|take it|take this|you can go|you can complain|call|ring|contact|try) (to )?(the )?(consumer council|consumers council|consumer association|consumers association|consumer protection (council|agency|association)|trading standards)',
      '(go|complain|report it|report this|report us|take it|take this|you can go|you can complain) to case',
      'heres their (phone )?number',
    ],
  },
};
