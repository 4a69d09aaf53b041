/** Every piece's name after "costume" or "fashion" (仿真, 时尚, 潮流 in Chinese): how a costume piece is named. */
// biome-ignore format: word lists read best packed
const COSTUME_PIECES: readonly string[] = [
  ...['costume', 'fashion'].flatMap((kind) =>
    ['jewel*', 'piece*', 'ring*', 'necklace*', 'earring*', 'bracelet*', 'bangle*', 'pendant*', 'brooch*', 'tiara*', 'choker*',
      'anklet*', 'hair comb*', 'headband*'].map((piece) => `${kind} ${piece}`),
  ),
  ...['仿真', '时尚', '潮流'].flatMap((kind) =>
    ['首饰', '饰品', '项链', '耳环', '耳钉', '手链', '手镯', '戒指', '发饰', '头饰', '胸针'].map((piece) => `${kind}${piece}`),
  ),
];

/**
 * The makers and chains of the trade, named for what they sell: a 周大福 or 老凤祥 bangle, a Rolex, glasses from
 * Specsavers. Only names that are no other everyday word (not Citizen, Tudor or a bare Tiffany, which are a word and a
 * first name), and only trades whose goods are one category: a Cartier is a ring or a watch, so it is left to the
 * piece's own word. In both scripts; read folded, so 周生生 covers the traditional spelling.
 */
// biome-ignore format: word lists read best packed
const JEWELLERY_MAKERS: readonly string[] = [
  '周大福', '周生生', '六福珠宝', '老凤祥', '老庙黄金', '谢瑞麟', '周六福', '潮宏基', '中国黄金', '菜百', '金至尊', '萃华', '银楼',
  '宝格丽', '梵克雅宝', '蒂芙尼', '施华洛世奇', '御木本', '戴比尔斯',
  'chow tai fook', 'chow sang sang', 'lukfook', 'luk fook', "tiffany's", 'tiffany & co', 'tiffany and co', 'bvlgari', 'bulgari',
  'van cleef', 'swarovski', 'mikimoto', 'de beers', 'harry winston', 'zales', 'kay jewelers', 'blue nile', 'brilliant earth',
];
// biome-ignore format: word lists read best packed
const WATCH_MAKERS: readonly string[] = [
  '精工表', '天梭表', '浪琴表', '宇舶', '爱彼', '百达翡丽', '江诗丹顿', '积家', '万国表', '帝舵', '泰格豪雅', '天王表', '海鸥表', '上海牌',
  'fossil', 'timex', 'hublot', 'audemars', 'vacheron', 'jaeger-lecoultre', 'iwc', 'tudor watch*', 'citizen watch*', 'g-shock',
];
/** Chains and party-plan sellers of costume pieces, which the labelling guide files as alloy whatever the piece. */
// biome-ignore format: word lists read best packed
const COSTUME_MAKERS: readonly string[] = [
  '哎呀呀饰品', '七色花饰品', 'lovisa', 'bijou brigitte', "claire's accessories", 'claires accessories', 'premier designs',
  'paparazzi jewelry', 'paparazzi accessories', 'park lane jewelry', 'stella & dot', 'stella and dot',
];
// biome-ignore format: word lists read best packed
const GLASSES_MAKERS: readonly string[] = [
  '吴良材', '依视路', '蔡司镜片', '博士伦', '雷朋',
  'specsavers', 'lenscrafters', 'warby parker', 'pearle vision', 'vision express', 'visionworks', 'eyemart', 'ray-ban', 'rayban',
  'oakley', 'essilor', 'varilux', 'acuvue', 'bausch',
];

/**
 * How complaints name goods in everyday words, by the standard category ids a store policy uses. The
 * policy lists the shop's own terms (项链, bracelet); real complaints say 金镯子, 三金, 翡翠, "her engagement
 * ring", "the diamond". They are read only for ids the policy defines, so a policy without an id never
 * gets it from here; goods the policy does not cover are in outside-policy-cues.ts.
 */
// biome-ignore format: word lists read best packed
export const EVERYDAY_CATEGORY_CUES: Readonly<Record<string, readonly string[]>> = {
  jewellery: [
    '黄金', '金价', '金饰', '金器', '足金', '千足金', '三金', '镯子', '金镯', '金链', '金项链', '翡翠', '玉镯', '玉坠', '玉牌', '宝石', '钻石', '钻戒',
    '祖母绿', '红宝石', '蓝宝石', '珍珠', '铂金', '珠宝', '金店', '金铺', '金行', '婚戒', '对戒',
    'gold', 'diamond*', 'engagement ring', 'wedding ring', 'wedding band', 'rings', 'gemstone*', 'emerald', 'sapphire', 'ruby', 'pearl*',
    'platinum', 'jewel*', 'heirloom', 'cross', 'charm', 'chain', 'solitaire',
    // The rest of the trade's general vocabulary: stones and organics by name, gold by its karat, pieces by kind.
    '和田玉', '玉石', '玉器', '蜜蜡', '琥珀', '珊瑚', '手串', '佛珠', '18k', 'k金', '金条', '碧玺', '石榴石', '紫水晶', '绿松石', '坦桑石',
    'jade', 'opal*', 'tanzanite', 'topaz', 'amethyst', 'garnet', 'turquoise', 'aquamarine', 'moissanite', 'karat*', '14k', '10k',
    'locket', 'cufflink*', 'studs', 'hoops', 'choker', 'signet', 'tennis bracelet', 'eternity band',
    // Pieces in Hong Kong's and Taiwan's everyday names (頸鏈 or 頸鍊 a necklace, 手鈪 or 金鈪 a bangle, 吊咀 a pendant)
    // and the pendant's plain name (坠子); read folded, so 頸鏈 is 颈链.
    '颈链', '鈪', '吊咀', '坠子', '链坠',
    // Gold sold by its making and the stones by their kind, as every gold counter names its lines: 古法金, 硬金,
    // 转运珠, lab-grown diamonds (培育钻), moissanite (莫桑石), South Sea and Tahitian pearls.
    '古法金', '硬金', '转运珠', '培育钻', '莫桑石', '莫桑钻', '南洋珠', '大溪地珠', '金镶玉',
    ...JEWELLERY_MAKERS,
  ],
  // Pieces of base metal, and costume or fashion jewellery, which is what such pieces are sold as: 仿真首饰, 时尚饰品,
  // brass or a copper base under the plating. The labelling guide files every costume piece as alloy, whatever the
  // piece: "costume" or "fashion" before any piece's name (a costume tiara, fashion earrings), 仿真 or 时尚 before 项链.
  alloy: [...COSTUME_PIECES, 'base metal', 'cheap metal', 'brass', 'pewter', '黄铜', '白铜', '镀铜', '铜镀', '铜质', '包金', ...COSTUME_MAKERS],
  // A maker of sterling pieces named for them, as 925 names the metal: a Pandora bracelet, 潘多拉手链.
  silver: ['pandora', '潘多拉', '足银', '银戒', '银镯', '银链', '纯银打造', 'sterling', '银器', '银碗', '银筷', '银质', '银条', '银手串', 'silver bar*',
    // A silver necklace or bangle in Hong Kong's and Taiwan's names: 銀頸鏈, 銀鈪.
    '银颈链', '银鈪'],
  watch: ['表壳', '机芯', '表冠', '石英', '名表', 'seiko', 'rolex', 'swatch', 'tissot', 'omega', 'movement', 'timepiece', 'watches', 'mechanism', 'watch repair*',
    // The trade's general vocabulary: the watchmaker and the watch's parts, and makers whose name is no other word.
    '钟表', '表行', '修表', '表扣', '表蒙', '表链', '浪琴', '欧米茄', '劳力士', '天梭', '卡西欧', '西铁城', '斯沃琪', '罗西尼',
    '飞亚达', '依波', 'watchmaker*',
    // A watch named by 表 (錶) alone, as a customer names theirs: with its measure word (一块表, 隻錶 folded to 只表, but
    // not 只表示) or as what stopped (表停了, 表不走, 錶唔行).
    '块表', '只表', '表停', '表不走', '表唔行',
    // By its Cantonese measure word (條錶) or by what went wrong with it (錶冇電, 錶入水, 表没电); not 我的表, a form (表格) as often.
    '条表', '表没电', '表冇电', '表入水', '表进水', '表坏了', '表坏咗', 'chronograph', 'wristwatches', 'casio', 'longines', 'movado', 'breitling', 'patek', 'bulova', 'invicta', 'tag heuer',
    ...WATCH_MAKERS],
  glasses: ['配镜', '验光', '隐形眼镜', '隐眼', '眼科', '近视', '老花', 'optician*', 'optometrist', 'prescription', 'varifocal*', 'progressives', 'bifocal*', 'trifocal*', 'contacts',
    '美瞳', '散光', '度数', '眼镜行', '镜脚', 'eyeglass', 'specs', 'optical', 'eye exam*', 'sight test*', 'anti-glare', 'transitions lenses',
    ...GLASSES_MAKERS],
};

/**
 * Silver by its grade, as it is sold and stamped (925银, S925, 纯银, 足银, sterling): the metal the piece is made of.
 * However many of the trade's words are said around it (a 周大福 counter, a pendant, a 镀金 finish, 18K gold plating),
 * a piece named by its silver grade is a silver piece.
 */
export const SILVER_GRADES: readonly string[] = [
  '925银',
  's925',
  '925纯银',
  '纯银',
  '足银',
  '千足银',
  '925 silver',
  'sterling',
];

/**
 * Goods words used for something else: 黄金周 is a holiday week, 钻石会员 and a "gold card" are loyalty tiers,
 * 珍珠奶茶 is a drink and 珍珠粉 a cosmetic, 翡翠台 a TV channel, 钻石山 a place, 铝合金 a window frame, 石英石 a
 * worktop, 只表示 "only said" (no 只表, a watch), and a phone in use (玩手机, "on her phone", "by phone") is no phone bought;
 * "a big chain" or "chain store" is a business, "watch out", "to watch the video" or "ring me back" are verbs (but not
 * after "my", "a", "the": "dropped off my watch for a battery", "bought a watch for him" name one), "crystal clear" and
 * "Pandora's box" (潘多拉魔盒) idioms, a "picture frame" or a "camera lens" no glasses, "my contacts" a phone book.
 * Read on the folded (simplified) text, so both scripts are covered; what matches is blanked before the category
 * is read. (Amber is left out of the stones' names: it is a first name as often.)
 */
export const NOT_GOODS = new RegExp(
  [
    '黄金(?=周|时间|时段|时期|期|地段|档|年龄|比例|搭档)|只表(?=示|达|明|现|态|扬)|(?:钻石|铂金|白金|黄金)(?=会员|卡|级)|金卡|珍珠(?=奶茶|粉)|翡翠(?=台)|潘多拉(?=的?魔盒|之盒|盒子)|钻石(?=山)|(?<=铝)合金|石英(?=石)',
    String.raw`\b(?:chain\s+(?:store|stores|restaurant|of\s+stores)|(?:a|big|large|national|retail|supply|food|hotel|store|department\s+store)\s+chain)\b`,
    String.raw`\b(?:to|would|will|could|can|can't|cannot|didn't|don't|did\s+not|do\s+not|i|we|you|they|just|please|must|should)\s+watch\b(?!\s+(?:strap|band|battery|face|repair))`,
    String.raw`(?<!\b(?:my|his|her|their|our|your|its|the|a|an|this|that|new|old)\s+)\bwatch\s+(?:out|over|for|tv|television|videos?|movies?|films?|him|her|them|me|us|you|as|how|what|while|it\s+happen)\b`,
    String.raw`\b(?:rings?|rang|rung|ringing)\s+(?:me|us|him|her|them|up|back|round|around|the\s+(?:bell|doorbell|store|shop|office|police))\b|\bgive\s+(?:me|us|him|her|them)\s+a\s+ring\b|\bphone\s+(?:rings?|rang|ringing)\b`,
    String.raw`\b(?:gold|platinum|diamond|silver)\s+(?:card|member|members|membership|status|star|stars|medal|level|tier|standard)\b|\bcrystal\s+clear\b|\bpandora'?s\s+box\b`,
    String.raw`\b(?:picture|photo|bed|bike|door|window)\s+frames?\b|\bcamera\s+lens(?:es)?\b|\b(?:my|her|his|phone)\s+contacts\b|\bdial\s+(?:the|a|911|999|\d)`,
    // A phone in use, not bought: the clerk on her phone, a call, a number, a photo taken with it (玩手机, 低头看手机,
    // 用手机拍, 手机号).
    '(?:玩|看|刷|滑|盯着|用)手机|手机(?=号|拍)',
    String.raw`\b(?:on\s+(?:her|his|their)|over\s+the|by)\s+phones?\b|\bphone\s+(?:calls?|numbers?)\b`,
  ].join('|'),
  'giu',
);
