import { GIVING_WAY_PARTS } from './giving-way-parts.ts';
import { SHOP_DAMAGED } from './shop-work.ts';

/**
 * Problems that name what happened only in general terms. A specific problem (a lost stone, a watch
 * battery) counts double against them, so "the ring bent and the diamond is gone" reads as a lost stone.
 */
export const GENERAL_PROBLEMS: ReadonlySet<string> = new Set(['defect', 'service', 'broken', 'other']);

/**
 * How customers name a problem in everyday words, by the standard problem ids a store policy uses. The
 * policy file lists the shop's own terms (掉钻, "stone fell out"); these add the ways real complaints say
 * the same thing ("one of the diamonds came loose", 钻石不翼而飞, "turned my finger green", 等了三个月还没修好).
 * They are read only for ids the policy defines, so a policy without an id never gets it from here.
 */
/**
 * A set stone coming away, as the language says it rather than as one text did: every set stone's name (and its
 * plural) before every form of the verbs of coming away (fall/fell/fallen/falling out, came/coming loose, popped
 * out, went missing), a few words apart ("one of the small side stones had fallen out"); in Chinese a stone's name
 * before 掉了/脱落/松动/不见 …. Built once, when the module loads.
 */
const SET_STONES_EN = [
  'stone*',
  'diamond*',
  'gem*',
  'sapphire*',
  'ruby',
  'rubies',
  'emerald*',
  'rhinestone*',
  'opal*',
  'cz',
  'crystal*',
  'pave',
  'pavé',
];
// biome-ignore format: word lists read best packed
const COMING_AWAY_EN = [
  'fell out', 'fall out', 'falls out', 'fallen out', 'falling out', 'fell off', 'falls off', 'fallen off', 'falling off',
  'came out', 'come out', 'comes out', 'coming out', 'came loose', 'come loose', 'comes loose', 'coming loose',
  'worked loose', 'working loose', 'got loose', 'popped out', 'pops out', 'popping out', 'dropped out', 'went missing',
  'gone missing', 'is missing', 'was missing', 'are missing', 'were missing', 'had come out', 'had fallen out',
  // Gone, loose, dropped: the other everyday verbs of a stone leaving its setting, in all their forms.
  'is gone', 'was gone', 'are gone', 'were gone', 'had gone', 'has gone', 'had disappeared', 'has disappeared', 'disappeared from',
  'had come loose', 'has come loose',
  'dropped off', 'drops off', 'fell from', 'falls from', 'fallen from', 'came out of', 'broke off', 'knocked out',
  'vanished', 'has vanished', 'had vanished',
];
/**
 * Loose in its setting, said right after the stone's name and agreeing with it ("the center stone is loose", "the diamond
 * wobbles"): with words between, or a plural verb after a single stone, the looseness is another part's ("the prongs
 * around her stone were loose").
 */
// biome-ignore format: word lists read best packed
const LOOSE_EN = ['is loose', 'was loose', 'became loose', 'rattles', 'rattled', 'rattling', 'wobbles', 'wobbled', 'wobbling', 'wiggles', 'wiggled', 'wiggling', 'moves', 'moved'];
const SET_STONES_ZH = ['钻', '钻石', '宝石', '石头', '主石', '碎钻', '配石', '副石', '水钻', '锆石', '珍珠'];
const COMING_AWAY_ZH = [
  '掉了',
  '掉落',
  '掉出',
  '脱落',
  '松动',
  '松脱',
  '松了',
  '不见了',
  '丢了',
  '丢失',
  '没了',
  '遗失',
  '跌咗',
  '甩咗',
  // Cantonese and other everyday forms of falling out and going missing (甩, 冇咗, 唔见).
  '甩了',
  '掉咗',
  '冇咗',
  '唔见咗',
  '唔见了',
  '松咗',
  '脱咗',
  '飞了',
  // Loose in the setting: 晃动, 摇动, 会动, 松松的, and wobbling in every everyday form (摇摇下, 摇晃, 晃来晃去, 郁下郁下).
  '晃动',
  '摇动',
  '会动',
  '松松',
  '摇摇下',
  '摇晃',
  '晃来晃去',
  '郁下郁下',
];
/**
 * One of the stones named before coming away, said with "one" for the stone as English refers back to a plural ("pavé
 * diamonds down the band, and the very last one was missing", "three stones, but one of them fell out"): the
 * commonest verbs of a stone leaving its setting, right after the "one".
 */
// biome-ignore format: word lists read best packed
const ONE_CAME_AWAY_EN = [
  'was missing', 'is missing', 'went missing', 'had gone missing', 'has gone missing', 'fell out', 'had fallen out', 'has fallen out',
  'came out', 'came loose', 'had come loose', 'has come loose', 'popped out', 'is gone', 'was gone', 'fell off', 'dropped out', 'is loose', 'was loose',
];
/** The verbs of coming away after "is" or "has" contracted to 's ("stone's gone"; not "stone's setting", a possessive). */
// biome-ignore format: word lists read best packed
const CONTRACTED_AWAY_EN = ["'s gone", "'s missing", "'s fallen out", "'s come out", "'s come loose", "'s loose", "'s gone missing", "'s disappeared", "'s vanished", "'s dropped out", "'s popped out"];
const ONE_OF_THEM = ['', '… and', '… but'].flatMap((then) => [`${then}… one`, `${then}… one of them`]);
const STONE_CAME_AWAY: readonly string[] = [
  ...SET_STONES_EN.flatMap((stone) => COMING_AWAY_EN.map((verb) => `${stone}… ${verb}`)),
  ...SET_STONES_EN.flatMap((stone) =>
    ONE_OF_THEM.flatMap((one) => ONE_CAME_AWAY_EN.map((verb) => `${stone}${one} ${verb}`)),
  ),
  ...SET_STONES_EN.flatMap((stone) => LOOSE_EN.map((verb) => `${stone} ${verb}`)),
  ...SET_STONES_EN.flatMap((stone) => [
    `missing… ${stone}`,
    `lost one of… ${stone}`,
    `lost a ${stone}`,
    `lost two ${stone}`,
    // The piece as the subject that lost it: "the ring lost its center diamond", "it lost the main stone".
    `lost its… ${stone}`,
    ...['center', 'centre', 'main', 'middle', 'side'].map((which) => `lost the ${which} ${stone}`),
  ]),
  // Said with the verb contracted onto the stone, as people speak: "the stone's gone", "the diamond's fallen out".
  ...SET_STONES_EN.flatMap((stone) => CONTRACTED_AWAY_EN.map((verb) => `${stone.replace(/\*$/u, '')}${verb}`)),
  ...SET_STONES_ZH.flatMap((stone) => COMING_AWAY_ZH.map((verb) => `${stone}…${verb}`)),
];

/** Plating or colour wearing through, in every form of the verbs of wearing away ("the gold is rubbing off"). */
const FINISHES_EN = ['gold', 'plating', 'coating', 'finish', 'gold colour', 'gold color', 'gold tone'];
// biome-ignore format: word lists read best packed
const WEARING_AWAY_EN = [
  'rub* off', 'rubbed off', 'wear* off', 'wore off', 'worn off', 'wear* away', 'wore away', 'worn away', 'wear* through',
  'wore through', 'worn through', 'peel* off', 'peeled', 'peeling', 'flak* off', 'flaked', 'flaking', 'came off', 'coming off',
  'comes off', 'fad*', 'come off', 'has come off', 'had come off', 'came away', 'coming away',
];
const FINISH_WORE_AWAY: readonly string[] = [
  ...FINISHES_EN.flatMap((finish) => WEARING_AWAY_EN.map((verb) => `${finish}… ${verb}`)),
  ...['镀层', '镀金', '金色', '电镀', '表层'].flatMap((finish) =>
    ['脱落', '磨损', '掉了', '褪了', '磨掉', '剥落', '起皮'].map((verb) => `${finish}…${verb}`),
  ),
];

/** Goods not what they were sold as, in every form of saying so ("it isn't real silver", "wasn't genuine"). */
export const NOT_AS_SOLD: readonly string[] = [
  "isn't",
  "wasn't",
  "aren't",
  "weren't",
  'is not',
  'was not',
  'are not',
  'were not',
  'never',
].flatMap((not) =>
  [
    'real',
    'genuine',
    'authentic',
    'solid gold',
    'pure gold',
    'pure silver',
    'sterling',
    'real gold',
    'real silver',
  ].map((what) => `${not} ${what}`),
);

/**
 * The wait for the shop's work or answer, in the general words of waiting and of time passing with nothing back: still
 * not back, weeks later, never called; 还没修好, 等了…个月, 至今, 三个星期了还没, 都未. Said of a routine job (see
 * ROUTINE_JOBS) it is the complaint, the battery being only why the customer came.
 */
// biome-ignore format: word lists read best packed
export const WAITING_FOR_THE_SHOP: readonly string[] = [
  '还没修好', '还没拿到', '还没…回来', '等了…还', '迟迟', '一拖再拖', '一延再延', '拖延', '延误', '至今', '等了…个月', '等了…周',
  '等了…天', '几个月', '好几个月', '杳无音信', '没有回音', '没回音', '没有回复', '没回复', '不回复', '联系不上', '不接电话', '无人接听',
  '未修好', '仲未', '未搞掂', '搞唔掂', '未攞到', '未拎到', '到而家都未', '至今未',
  'on hold for', '等咗…个月', '等咗…日', '等咗…星期', '等咗…个礼拜', '冇回音', '冇人覆', '唔覆', '冇覆',
  'still not back', 'still waiting', "still isn't back", 'still is not back', "still hasn't come back", 'still has not come back',
  'not back yet', "isn't back", 'still not returned', "hasn't been returned", 'has not been returned', "hasn't come back", "still haven't", 'still had not', 'still hadn’t', "still hadn't", "still wasn't", 'still was not',
  'still not ready', "wasn't ready", 'was not ready', 'months later', 'weeks later', 'took months', 'took… weeks', 'took… months',
  'too long', 'another… weeks', 'another… months', 'month went by', 'weeks went by', 'months went by', 'been waiting', 'waited… weeks',
  'waited… months', 'waited… hours', 'never called', 'no call', 'never heard back', "didn't call", 'did not call', 'unreturned',
  "didn't return", 'never returned', 'call* back', 'never got back',
  // Time gone by with the work still not done, told by the span and a 'still not': 三个星期了还没, 一个月都未, "still have not".
  'still have not', 'still has not', '星期了还没', '个月了还没', '天了还没', '周了还没', '礼拜了还没', '星期都未', '个月都未', '日都未',
  '礼拜都未', '星期仲未', '个月仲未',
  // Stalled with no outcome, in every form: tried many times to no avail, strung along, passed around; 未果, 无果, 拖着,
  // 不处理, 没有下文, "got nowhere", "the runaround".
  '未果', '无果', '拖着', '拖住', '不处理', '唔处理', '没有下文', '冇下文', 'got nowhere', 'getting nowhere', 'runaround',
  'run-around', 'passed from one', 'passed around', 'no response', 'no reply',
];

/**
 * The staff's manner, in the general words of rudeness, contempt and suspicion: rude, an attitude, yelled, talked
 * down, followed around as if a thief; 态度, 白眼, 当贼. Said of a routine job (see ROUTINE_JOBS) it is the complaint.
 */
// biome-ignore format: word lists read best packed
export const STAFF_MANNER: readonly string[] = [
  // An attitude named bad, not any attitude: 态度平和 is how a calm customer was.
  ...['', '很', '太', '极', '非常', '好', '超'].flatMap((much) => ['差', '差劲', '不好', '恶劣', '冷淡', '冷漠', '冷冰冰', '凶', '傲慢', '嚣张', '敷衍', '生硬', '蛮横', '强硬', '消极', '不友善', '不耐烦', '不端正', '不积极'].map((bad) => `态度${much}${bad}`)),
  '什么态度', '这态度', '那态度', '不理', '恶劣', '辱骂', '骂人', '冷漠', '不耐烦', '爱答不理', '甩脸色', '白眼', '刁难', '歧视', '嘲讽', '服务差', '服务态度',
  'rude*', 'attitude', 'customer service', 'lousy service', 'poor service', 'bad service', 'terrible service', 'awful service',
  'unpleasant experience', 'yell', 'yells', 'yelled', 'yelling', 'shout*', 'scream*', 'argu* with', 'accus*', 'condescend*', 'dismissive', 'patroni*',
  'unprofessional', 'incompetent', 'talked down', 'lied to', 'blamed me', 'hung up',
  // Watched as a suspect, in every form: followed around, treated like a thief; 当贼, 像小偷, 当我贼.
  // Short with the customer, in the everyday words of a curt or snobbish manner.
  'short with me', 'short with us', 'short with her', 'short with him', 'curt', 'brusque', 'snippy', 'snooty', 'snobb*',
  'followed… around', 'like a thief', 'like a criminal', 'as if i were a thief', 'as if i was a thief', '当贼', '当我贼', '像小偷',
  '是小偷一样', '当成小偷', '似贼',
];

/**
 * The goods found not to be the metal or stone they were sold as, in the general forms of such a finding rather than
 * any one text's: not real or not genuine, a fake, one metal sold as another; 假的, 不是足金, 冒充, 当作…卖. A colour
 * the piece took (see tarnish) is then how the customer found out, and the problem is the goods not being as sold.
 */
// biome-ignore format: word lists read best packed
export const NOT_AS_SOLD_FOUND: readonly string[] = [
  ...NOT_AS_SOLD,
  'fake', 'counterfeit', 'not real', 'not genuine', 'not gold', 'not solid gold', 'not platinum', 'not sterling', 'turned out to be',
  'was actually', 'sold as', 'sold to me as', 'passed off', 'not to be real', 'not to be genuine', 'not to be gold',
  '假货', '假的', '假金', '不是足金', '不是真', '不是纯', '根本不是', '冒充', '以次充好', '以假充真', '掺假', '唔系真', '唔系足金', '唔系纯',
  '当作…卖', '当作…销售', '当作…出售', '当成…卖', '当成…销售', '当成…出售', '充当', '原来是', '其实是', '实际上是',
  // The finding itself: found to be, tested or appraised as; 发现是, 才知道是, 鉴定为, 检测为.
  'found out it was', 'found it was', 'tested as', 'appraised as', '发现是', '才知道是', '鉴定为', '鉴定是', '检测为', '检测是',
];

// biome-ignore format: word lists read best packed
export const EVERYDAY_PROBLEM_CUES: Readonly<Record<string, readonly string[]>> = {
  'lost-stone': [
    ...STONE_CAME_AWAY,
    '钻掉了', '钻石掉', '钻石…丢', '钻…不见', '钻…不翼而飞', '宝石…不翼而飞', '少了一颗', '少了颗', '缺了一颗', '掉了一颗',
    '石头松', '石头掉', '宝石丢', '宝石掉', '钻石松', '钻松', '主石…掉',
    'stone* fell out', 'stone* came loose', 'stone* came out', 'stone* was missing', 'stone* missing', 'missing a stone',
    'diamond* fell out', 'diamond* came loose', 'diamond* came out', 'diamond* was missing', 'missing a diamond',
    'lost a diamond', 'lost the stone', 'lost the diamond', 'one of the diamonds', 'one of the stones',
    'stone* fell off', 'diamond* fell off', 'rhinestone* fell off', 'crystal* fell off', 'lost two stones', 'lost a stone',
    'lost stones', 'lost some stones', '颗石头', '粒石', '石头掉', '石跌', '甩…石', '甩…钻', '钻…甩',
    // A stone asked to be put back is one that came out: 补返粒钻, 镶返粒石, 补回一颗钻.
    '补返…钻', '补番…钻', '镶返…钻', '镶返…石', '补回…钻',
  ],
  tarnish: ['就黑', '发乌', '黑了', '变绿', '发绿', '变暗', 'turned… green', 'went green', 'gone green', 'green mark*', 'went dark', 'gone dark', 'turned dark', 'darkened', 'went grey', 'gone grey', 'discolo*',
    // Every form of the policy's words ("tarnished", "oxidised"): tarnishes, tarnishing, oxidation, blackened, turning black.
    'tarnish*', 'oxidi*', 'oxidation',
    // Colour left on the skin or taken by the metal, in every form: left a green mark, turned my ears black, went brown;
    // rust on steel (rust, rusted, rusty, 生锈, 锈迹).
    'left… green', 'turned… black', 'turned… grey', 'turned… gray', 'turned… brown', 'went brown', 'gone brown', 'turning brown',
    'rust', 'rusts', 'rusted', 'rusting', 'rusty',
    // The metal's colour going with words between ("has gone all black", "went a dull yellow"), yellowing in every form,
    // and the Chinese and Cantonese forms of going black or yellow all over: 黑乎乎, 黑晒, 变…黄色, 变咗黄.
    'gone… black', 'went… black', 'gone… yellow', 'went… yellow', 'turned… yellow', 'turning yellow', 'turns yellow', 'yellowed',
    'yellowing', '黑乎乎', '黑晒', '黄晒', '变…黑色', '变…黄色', '变咗黄',
    // Colour left on the skin in every form: a black or green mark or stain; 染黑, 染绿, 黑印, 绿印.
    'left… black', 'black mark', 'black marks', 'black stain', 'black stains', 'green stain', 'green stains', '染黑', '染绿', '黑印', '绿印', '生锈', '锈迹', '锈斑', '生锈了', '变黄', '黄咗', '黑咗', '变咗黑', '变咗色', 'blacken*', 'turning black', 'turns black', 'gone black', 'going black', 'turning green', 'turns green'],
  'plating-wear': [...FINISH_WORE_AWAY, '掉金', '褪金', '褪…色', '掉了色', '掉晒色', '甩晒色', '甩色', '甩金', '甩漆', '脱漆', '褪咗色', '掉咗色', '甩咗色', '露出…底', '颜色掉', 'plating… wore off', 'plating… worn', 'gold… rubbed off', 'gold… wore off', 'wore off', 'worn off', 'rubbed off', 'wearing off',
    'fading', 'peeled', 'peels', 'flaked', 'chipping paint',
    // The base metal showing through where the finish went: brass showing through, you can see the copper underneath.
    'showing through', 'shows through', 'showed through', 'brass underneath', 'copper underneath', 'brass… showing', 'copper… showing', '露铜', '露出…铜', 'colour came off', 'color came off', 'colour is coming off', 'color is coming off'],
  'watch-battery': ['冇电', '电芯', 'watch… dead', 'watch died', 'dead watch', '不走了', '唔行', '唔郁', '停咗', '表…唔行', 'stopped keeping time', 'stops working', 'stopping working', '表…停了', '停摆', '停走', 'stopped working', 'stopped running', 'stopped ticking', "isn't running", 'not running', 'quit working',
    // A watch that does not work, in every form: doesn't/won't work, not working, no longer works; 表…不动.
    "watch… doesn't work", 'watch… does not work', "watch… won't work", 'watch… not working', "watch… isn't working", 'watch… no longer works',
    'watch… stopped', 'watch… stops', '表…不动', '表…不走', '表…停', '表…唔郁'],
  'water-damage': ['入水', '入咗水', '渗水', 'water got inside', 'water had got', 'took on water', 'waterlogged', 'fogg*', 'fogs up', 'steamed up', 'steams up', 'misted up', 'mists up', 'water in the', 'water got into', 'got water in', 'moisture in', 'condensation',
    // Fog, droplets or moisture under the glass, in every form; 水珠, 水雾, 雾气.
    'fog under', 'fog inside', 'fog in', 'foggy', 'droplet*', 'moisture under', 'water under', 'water inside', 'water behind', '水珠', '水雾', '雾气', '起雾', '有水汽', '泡过水',
    // Mist under the glass, in every form: misty, mist inside; 有雾, 水气 (水氣).
    'mist… under', 'mist… inside', 'misty', '有雾', '水气', 'water got under', 'water… under the glass', 'water… under the crystal'],
  'watch-fault': ['crown… came off', 'crown… fell off', 'crown… broke', 'crown… snapped', 'hand*… stuck', 'stuck hand*', 'hand*… stopped moving',
    '表针…不动', '指针…不动', '指针…卡', '表针…卡', '表冠…掉', '表冠…坏', '表冠…断', '表冠…甩', '把头…甩',
    // The calendar stuck, in every form: the date does not change, the date wheel; 日历不跳, 日期…不动.
    'date wheel', 'date… stuck', "date… doesn't change", 'date… does not change', "date… won't change", 'date… not changing',
    '日历…不跳', '日期…不跳', '日历…不动', '日期…不动', '日历…唔跳', '日期…唔跳', '表把…掉', '把头…掉', '走走停停', '行得唔准', '走得不准', '走得唔准', '时间不准', '每天慢', '每天快', '一天慢', '一天快', '慢了…分钟', '快了…分钟',
    'loses… minutes', 'lost… minutes', 'losing… minutes', 'gains… minutes', 'gained… minutes', 'gaining… minutes', 'lose… minutes', 'gain… minutes',
    'loses… seconds', 'gains… seconds', 'keeps bad time', 'keeping bad time', 'wrong time', 'inaccurate', '时快时慢', '走时', '机芯故障', "won't keep time", "doesn't keep time", 'keep* stopping', 'kept stopping', 'habit of stopping', 'stopping once a day', 'stops every', 'losing time', 'running backward*', 'runs… fast', 'runs… slow', 'running… fast', 'running… slow', 'minutes fast', 'minutes slow', 'seconds fast', 'seconds slow',
    // Time lost or gained told by how far the watch is off, in every form: minutes behind or ahead, 慢五分钟, 快好几分钟.
    // The hands coming off, in every form: 指针…掉, 表针…甩.
    '指针…掉', '表针…掉', '指针…甩', '表针…甩', '指针…松', '表针…松',
    'minutes behind', 'minutes ahead', 'seconds behind', 'seconds ahead', '慢…分钟', '快…分钟', '慢…秒', '快…秒', 'moving backward*', 'runs fast', 'runs slow'],
  broken: ['就断', '鼻托…掉', '鼻托…甩', '鼻托…断', '托叶…掉', '裂了', '裂咗', '爆咗', '折了', '折断', '崩了', '崩咗', '崩口', '缺了一块', '断成两', '碎了', '碎咗',
    'breaking', 'snapping', 'cracking', 'split in two', 'split in half', 'in two pieces', 'in pieces', 'shattered', 'busted', 'split apart', 'split open', 'band… split', 'shank… split', 'shank… cracked', 'shank… snapped',
    'bent out of shape', 'misshapen', 'warped', '断成', '断掉', '断左', '断咗', '变形', '裂开', 'fell off', 'fallen off', 'falls off', 'falling off', 'came off', 'comes off', 'coming off', 'come off', 'came undone', 'come undone', 'coming undone', 'comes undone',
    // Bent out of its shape, in everyday words: 耳针弯了, 压弯, 弯咗; "the post is bent".
    '弯了', '弯咗', '弯掉', '压弯', '弄弯', '变弯', 'is bent', 'was bent', 'got bent', 'are bent', 'were bent',
    // 烂 is the everyday Cantonese and northern word for broken: 烂咗, 烂了, 扣烂.
    '烂咗', '烂了', '烂掉', 'broken off', 'breaks', 'snaps', 'snapped off', 'broke in half', 'broke again', 'broke off', 'fell apart', 'came apart', 'cracked', 'snapped'],
  'lens-broken': ['镜片…花咗', '镜片…花了', '镜片…崩', '镜片…爆', '镜片…甩', '镜片…掉', '镜片…脱落', '镜片…划伤', '镜片…磨损', '镜片…刮伤',
    'lens*… chipped', 'lens*… fell out', 'lens*… broke*', 'lens*… split', 'lens*… torn', 'lens*… tore', 'lens*… ripped', 'lens*… smashed',
    // The lens's coating coming away or marked: 脱膜, 掉膜, 膜花了, "the coating is peeling", marks all over the lenses.
    '脱膜', '掉膜', '膜层…脱', '镀膜…脱', '镀膜…掉', '膜…花了', '镜片…斑', 'coating… peel*', 'coating… came off', 'coating… coming off',
    'coating… flak*', 'coating… wore off', 'coating… worn off', 'lens*… marks', 'marks on… lens*', 'lens*… crazing', 'crazing',
    'lens*… came out', 'lens*… fallen out', 'lens*… popping out', 'lens*… pops out', 'lens*… scuffed', 'lens*… peeling',
    '镜片…碎', '镜片…裂', '镜片…刮花', '镜片…划痕', '镜片…刮痕', '镜片…划花', '镜片…磨花', 'lens*… shattered', 'shard* of lens*', 'lens*… cracked', 'lens*… popped out', 'lens is chipped', 'lens was chipped', 'lenses are chipped', 'crack*… lens*', 'chip in… lens*', 'chip on… lens*', 'lens*… scratch*', 'scratch* on the lens*', 'scratch* in the lens*'],
  // A soldered joint or seam giving way, in every form of the verbs of breaking and coming apart ("the solder joint
  // where I had sized it had broken", "the soldering cracked"); in Chinese a 焊 word before 断, 裂, 开 or 脱.
  unsoldered: [
    'solder*… broke', 'solder*… broken', 'solder*… breaking', 'solder*… snapped', 'solder*… cracked', 'solder*… gave way',
    'solder*… came apart', 'solder*… come apart', 'solder*… came undone', 'solder*… failed', 'solder*… let go', 'solder*… separated',
    'joint… came apart', 'seam… came apart', 'seam… split', 'weld*… broke', 'weld*… broken', 'weld*… cracked',
    '焊…断了', '焊…断开', '焊…裂', '焊…开了', '焊…脱了', '焊…松了', '焊点…掉', '焊口…脱', '甩焊', '焊…甩咗',
  ],
  // A clip snapped or broken named by any of its kinds, with the words between (竖夹第二天就断了, 抓夹的弹簧坏了).
  'clip-broken': ['竖夹…断', '发夹…断', '抓夹…断', '鲨鱼夹…断', '香蕉夹…断', '夹子…断', '竖夹…坏', '发夹…坏', '抓夹…坏', '鲨鱼夹…坏', '夹子…坏'],
  'loose-screw': [
    '螺丝…掉', '螺丝…松', '螺丝…甩', '螺丝…冇咗', '螺丝…不见', '镜脚…松', '镜腿…松', '镜脚…掉', '镜脚…甩',
    'screw*… fell out', 'screw*… came out', 'screw*… came loose', 'screw*… coming loose', 'screw*… is loose', 'screw*… was loose',
    'screw*… missing', 'screw*… gone', 'hinge*… loose',
    // Every form of a screw or an arm working loose: keeps falling out, falls out, the arm came loose, 镜腿松动.
    'screw*… falling out', 'screw*… falls out', 'screw*… keeps', 'screw*… loosen*', 'arm… loose', 'arms… loose', 'temple*… loose',
    'earpiece*… loose', 'arm… wobbl*', 'hinge*… wobbl*', '镜腿…松', '镜腿…掉', '镜脚…松动', '铰链…松',
  ],
  defect: [
    ...NOT_AS_SOLD,
    // Found not to be what was sold, in the forms a finding takes ("turned out not to be real") and in Cantonese.
    'actually glass', 'just glass', 'only glass', 'made of glass', 'did not match', "didn't match", 'does not match', "doesn't match",
    '对不上', '不一致', '不相符', '假表', '假…表', '唔够重', '唔够秤', '不够重', '缺斤少两',
    'not to be real', 'not to be genuine', 'not to be gold', 'not to be silver', 'not to be authentic', 'turned out to be fake',
    '唔系真', '唔系足金', '唔系纯', '假嘢', '老翻', '翻版货',
    '假货', '假金', '假的', '不是足金', '不是真', '不是纯金', '含金量', '成色不足', '纯度不', '克重不符', '重量不符', '短缺', '以次充好',
    '货不对板', '与宣传不符', '不符', '磁铁', '吸起来', '鉴定', '检测', '自燃', '冒烟', '烫伤', '烧伤',
    '掺假', '冒充', '注胶', '充胶', 'B货', 'C货', '合成', '人造', '仿品', '高仿', '山寨', '以假乱真', '赝品', '偷工减料',
    'fake', 'not real', 'not genuine', 'counterfeit', 'not what was advertised', 'not as described', 'not solid gold',
    'not sterling', 'lower quality', 'flawed', 'swapped', 'switched', 'caught fire', 'overheat*', 'burned', 'burnt',
    'replica', 'knock-off', 'knockoff', 'imitation', 'lab-grown', 'synthetic', 'cubic zirconia', 'not gold', 'not platinum', 'not silver', 'no silver', 'no gold',
    // Short weight or purity, hidden flaws: how a buyer finds out the piece is not what was paid for.
    '缩水', '分量不足', '份量不足', '重量不足', '克重不足', '少了…克', '轻了…克', '中空', '空心', '裂痕', '裂纹', '裂缝', '有裂', '杂质', '虚标',
    '假冒', '以假充真', '不是真', '不达标', '不合格',
    // A stone chipped, in Chinese: 缺角, 崩角, a corner gone from the stone (钻石缺了一角, its verb blanked in NOT_FAULTS).
    '缺角', '崩角', '钻…一角', '宝石…一角', '石头…一角', '主石…一角',
    'was plated', 'only plated', 'just plated', 'actually plated', 'hairline crack*', 'chipped', 'hollow', 'underweight',
    'weigh* less', 'lighter than',
    // Short weight told by the grams: two grams less, a gram short; 轻咗两克, 少咗…克.
    'gram* less', 'gram* short', 'gram* lighter', 'gram* under', '轻咗…克', '少咗…克',
    // Tested at another shop and found lower: 验…只有, 验出…唔系 (验 of 验光 is no test of metal, but needs these words after).
    '验…只有', '验…只系', '验出…不是', '验出…唔系', 'inferior', 'substandard', 'blurr*', 'headache*', 'mixed up', 'wrong lens*',
    // A phone or gadget (goods the policy does not cover) failing as such goods do, in their everyday words: it shuts
    // itself off, freezes or will not turn on or charge; 自动关机, 死机, 开不了机, 充不进电. (Food gone off was tried
    // and left out: 过期 and "expired" are said of warranties and deadlines as often.)
    '自动关机', '死机', '黑屏', '开不了机', '无法开机', '充不进电', '充唔到电',
    'shuts down', 'shut down by itself', 'shutting down', 'shuts itself off', 'turns itself off', "won't turn on", 'will not turn on',
    "won't power on", "won't charge", 'will not charge', 'stopped charging', 'keeps crashing', 'keeps freezing',
    // Glasses not made to the prescription are goods not as ordered, in every way of saying so: the wrong or an
    // incorrect prescription, "not the correct prescription", "the prescription was off"; 度数不对, 度数配错, with a word
    // between (度数完全不对, 度數都唔啱), or too strong or weak (度数配高了, 度数太深, 度数偏低).
    'wrong prescription', 'incorrect prescription', 'not the correct prescription', 'not the right prescription',
    'prescription was wrong', 'prescription is wrong', 'prescription was off', 'prescription is off', 'prescription was incorrect',
    '度数…不对', '度数错', '度数配错', '配错度数', '度数…唔啱', '度数…不准', '度数配高', '度数配低', '度数太高', '度数太低', '度数太深',
    '度数太浅', '度数偏高', '度数偏低',
    // Found to be other than sold, in the forms a test's or a sale's finding takes: tested at, sold as, 鉴定为. (Turned out
    // to be, 原来是 are said as often of a cause or a person, 原来是员工…, and stay with QUALITY_CUES.)
    'sold as', 'sold to me as', 'passed off', 'tested at', 'tested as', 'came back as', '鉴定为', '检测为', '鉴定是',
    // A man-made stone for a natural one, by the names of the commonest: moissanite, a simulant; 莫桑石, 培育钻.
    'moissanite', 'simulant', 'lab-created', 'lab created', '莫桑石', '培育钻', '人造钻',
    // Every form of the policy's own words (defect, flaw, faulty): defects, flaws, manufacturing fault.
    'defects', 'flaws', 'manufacturing fault', 'manufacturing defect*', 'factory defect*', 'faulty batch',
  ],
  service: [
    ...WAITING_FOR_THE_SHOP,
    // The shop's work done wrong: sized, resized or engraved wrong, a resize made too small or too big (改小了, 改细咗),
    // nobody serving.
    '改错', '刻错', '冇人招呼', '没人招呼', '无人招呼', '冇人理', '唔睬', '没人接待', '无人接待', '没有人接待', '冇人接待', '等了…个小时', '等了…个钟', 'sized… wrong', 'resized… wrong', 'resized… too small',
    'resized… too big', 'sized… too small', 'sized… too big',
    // Or put together wrong: restrung, set or fitted wrong, a part put on backwards.
    'restrung… wrong', 'set… wrong', 'fitted… wrong', 'put on backwards', 'put in backwards', 'wrong way round',
    'wrong way around', '改小了', '改大了', '改细咗', '改细了', '改大咗', '改得太', '改坏', 'engraved… wrong', 'engraving… wrong',
    // The shop lost, damaged or botched the piece it was given.
    '弄丢', '丢失', '遗失', '弄坏', '修坏', '越修越', '没修好', '修不好', '擅自', '私自',
    // Every everyday verb of mislaying or knocking off a part of it (弄掉了, 搞丢, 整唔见), Cantonese included; 弄掉
    // and 搞掉 said before a done deed only, since before a plan they mean taking off (想弄掉两节, a strap's links).
    '弄掉了', '弄掉的', '搞掉了', '搞掉的', '弄没了', '弄不见', '搞丢', '搞不见', '整丢', '整唔见', '整甩咗', '整坏', '搞坏',
    'lost my', "can't find my", 'could not find', "couldn't find", 'lost it', 'lost the', 'lost her', 'lost his', 'they lost', 'misplaced',
    'disappeared', 'botched', 'messed up', 'screwed up', 'ruined', 'damaged it', 'worse shape', 'worse than', 'without my permission',
    'without permission', 'unauthori*', 'never got it', 'never received', 'never arrived',
    ...STAFF_MANNER,
    // What was sold or charged, and how.
    '以旧换新', '换购', '旧金', '回收', '工费', '误导', '诱导', '推销', '强迫', '强制', '强行', '乱收费', '收费过高', '多收', '天价', '加价',
    '被坑', '坑人', '宰客', '挨宰', '忽悠', '套路', '欺骗', '隐瞒', '未告知', '没有告知', '虚假发货', '不发货', '未发货', '没发货', '待出货',
    '沟通有误', 'owes me', 'upsell*', 'overcharg*', 'overpriced', 'ripped off', 'rip-off', 'rip off',
    'pushy', 'pressur*', 'hard sell', 'hidden fee*', 'bait and switch', 'misled', 'mislead*',
    // Old gold bought back below its price, in the words of any sale of scrap: lowballed, below the gold price; 压价.
    'lowball*', 'low-ball*', 'below… gold price', 'below the… price', 'scrap price', 'sell… old gold', 'sold… old gold', '压价', '压低',
    // Made to buy before being let go, as on a shopping tour: forced to buy, not let leave; 不买就不让走, 唔买就唔俾走.
    'forced to buy', 'forced… to buy', 'made us buy', "wouldn't let… leave", 'would not let… leave', 'not let… leave', 'locked… in',
    '不买就', '唔买就', '不让走', '唔俾走', '不准走', '强迫购物', '强制购物', '强迫消费', '强制消费',
  ],
};

/**
 * The price asked for the goods or the job against the price shown or fair for it, told by the figures or a verdict on
 * them rather than by a word of overcharging alone: the advertised price, the label's, a price quoted, "we charge $10",
 * outrageous, a rip-off; 标价, 报价, 要价, 太贵, 收费. Part of the shop's dealing (see SHOP_RESPONSE_CUES), and what a
 * routine job's complaint is about when it is said (see ROUTINE_JOBS).
 */
// biome-ignore format: word lists read best packed
export const PRICE_ASKED_CUES: readonly string[] = [
  'advertised price', 'price on the label', 'price tag', 'price they quoted', 'quoted', 'exchange rate', 'we charge', 'they charge',
  'a lot of money', 'outrageous', 'ridiculous price', 'so expensive', 'damn expensive',
  'listed price', 'sticker price', 'marked price', 'price difference',
  '标价', '报价', '要价', '开价', '汇率', '收费太', '价钱太', '价格太', '吊牌价', '价签', '明码标价',
  // The verdict on a price in its everyday forms: too dear, a rip-off, more than the thing is worth; 太贵, 好贵, 贵得离谱, 漫天要价.
  'too expensive', 'very expensive', 'overpriced', 'overcharg*', 'rip-off', 'ripoff', 'ripped off', 'highway robbery',
  'daylight robbery', 'extortionate', 'exorbitant', 'cost more than', 'costs more than', 'price of a new',
  '太贵', '好贵', '贵得离谱', '贵到离谱', '漫天要价', '狮子大开口', '收费高', '收费贵', '乱收费', '天价', '咁贵', '好鬼贵',
  // A charge added on top of the price agreed, in the trade's words: a labour or making charge, 手工费, 另收, 加收.
  'labour charge*', 'labor charge*', 'labour fee*', 'labor fee*', 'making charge*', 'added… charge', 'added… fee', 'fixed price',
  '手工费', '另收', '加收', '另外收',
];

/**
 * Faults the policy settles by a small job at a set price whoever is to blame (seed 002: a watch battery at 3 yuan, a
 * glasses screw at 0.5 yuan): a flat battery or a loose screw is why the customer came, not what went wrong. A text
 * about one that disputes the price asked (see PRICE_ASKED_CUES), tells of the wait (see WAITING_FOR_THE_SHOP) or of the
 * staff's manner (see STAFF_MANNER) complains of the shop's dealing.
 */
export const ROUTINE_JOBS: ReadonlySet<string> = new Set(['watch-battery', 'loose-screw']);

/**
 * The shop's answer to a complaint: a refusal, passing the buck, changing the subject. It says how the
 * complaint was met, not what it is about, so it names the problem as `service` only when the text names
 * no other problem ("they refused to exchange it" with no fault given).
 */
// biome-ignore format: word lists read best packed
export const SHOP_RESPONSE_CUES: readonly string[] = [
  '拒绝', '不予', '不同意', '不肯', '推诿', '推脱', '推卸', '敷衍', '搪塞', '踢皮球', '回避', '转移话题', '甩锅', '不承认', '不认账',
  'refus*', 'declin*', 'ignored', 'no way we can', 'would not', "wouldn't", 'brushed off', 'fobbed off', 'stonewall*', 'denied',
  // How the shop dealt with the customer, in the general words of conduct rather than any one text's: waiting
  // and appointments, promises broken, being ignored, lied to, embarrassed or suspected, mistakes and
  // carelessness with the order, the exam or the fitting, and the shop's rules turned against the customer.
  // Like a refusal, they name `service` only when no fault of the goods is named: a text about a snapped chain
  // that also waited for an appointment is about the chain.
  '等了很久', '排队', '预约', '爽约', '承诺', '答应…却', '答应…结果', '说好的', '出尔反尔', '骗', '撒谎', '说谎', '冤枉', '怀疑我', '当小偷',
  '羞辱', '难堪', '丢脸', '看不起人', '狗眼看人低', '不专业', '粗心', '失误', '搞错', '弄错', '出错', '验光', '配错', '度数不对', '度数错',
  '调整', '店规', '规定', '霸王条款', '不退不换', '概不退换', '售后', '保修', '维修费', '收费', '押金', '定金',
  'kept me waiting', 'wait time', 'appointment*', 'delay*', 'promised', 'broken promise*', 'ignor*', 'nobody helped',
  'no one helped', 'nobody answered', 'no one answered', 'lied', 'lying', 'liar*', 'disrespect*', 'embarrass*', 'humiliat*',
  'racis*', 'followed me around', 'treated me', 'treated us', 'treated her', 'treated like', 'careless*', 'negligen*',
  'mistake*', 'error*', 'wrong size', 'wrong name', 'wrong order', 'misspell*', 'eye exam*', 'eye test*', 'sight test*',
  'fitting', 'adjust*', 'store policy', 'company policy', 'no refund*', 'no returns', 'restocking fee', 'warranty',
  'repair fee', 'deposit', 'service charge',
  // Money taken and things not said, in the general words of billing and telling: charged twice or extra, a fee
  // never mentioned; 收了两次, 重复收费, 收多咗, 冇讲.
  'charged me', 'charged her', 'charged him', 'charged us', 'billed me', 'billed her', 'billed him', 'billed us', 'charged… twice', 'double charg*', 'extra charge*', 'hidden charge*',
  'never told', "didn't tell", 'did not tell', 'never mentioned', 'fee', 'fees',
  '收了…两次', '重复收', '收多', '乱收', '冇讲', '冇话', '没说清楚', '没讲清楚', '没有说明', '没有提醒',
  // The price asked and the weighing, in the general words of a price dispute and of being taken in: worth a fraction
  // of what was paid, marked up, a trick of words, cheated on the scales; 上当, 不值, 贵了几倍, 文字游戏, 呃秤, 短秤.
  '上当', '受骗', '文字游戏', '虚高', '暴利', '差价', '不值', '值不了', '只值', '贵了…倍', '贵…几倍', '高出…倍', '价格欺诈',
  '呃秤', '呃人', '呃钱', '短秤', '缺秤', '虚报', '一口价', '虚标价', '价格虚标',
  // A verdict on the whole deal (scam, fraud, 欺诈, 诈骗) says the customer was wronged, not how: the goods not being what
  // was sold (a fake, a certificate that does not match) is named by its own words when it is said.
  '欺诈', '诈骗', 'scam*', 'fraud*',
  'price gouging', 'gouged', 'marked up', 'mark-up', 'markup', 'not worth', 'worth only', 'only worth', 'worth less than',
  'worth a fraction', 'paid too much', 'too expensive', 'charged more', 'took advantage', 'taken advantage', 'tricked',
  'conned', 'cheated', 'short-changed', 'shortchanged',
  // A piece ordered or made to order and the wait for it, told by the date promised and the dates that passed it rather
  // than by a word of delay: "it would be ready in three weeks", a backlog, a hold-up, "January came and went"; 说好…天,
  // 订做, 工期, 还没到货. The arrival itself (到货, 交货) is how any order's story goes on, not a wait.
  'be ready', 'ready by', 'ready in', 'ready within', 'made to order', 'special order*', 'custom order*', 'backlog*', 'hold-up',
  'held up', 'hold up', 'came and went', 'come and gone', 'wait… longer', 'longer than promised', 'would be with us', 'fast forward',
  'yet to arrive', "hasn't arrived", 'has not arrived', "hadn't arrived", 'had not arrived', 'delivery date', 'lead time',
  'supposed to be ready', 'should have been ready', 'supposed to arrive', 'promised by',
  '说好…天', '说好…号', '说好…周', '答应…天', '承诺…天', '话好…日', '话好…天', '话好…号', '拖咗', '拖了', '还没到货', '未到货', '没到货', '订做', '定做', '订制', '工期', '延期', '推迟',
  'how much',
  ...PRICE_ASKED_CUES,
];

/**
 * Fault words used of something else or naming only a part: a phone's battery or 手机没电 (the customer's
 * phone, not the watch), "the movement" or "a quartz movement" (the watch's works, named by anyone who talks
 * about one; "the movement was broken" still names a fault), 服务有问题 (a manner, not a defect). Read on
 * the folded (simplified) text, and blanked before the problem is read.
 */
export const NOT_FAULTS = new RegExp(
  [
    '(?<=手机|电话|电动车|汽车|车子|充电宝)(?:电池|没电|冇电|电芯)|充电宝',
    String.raw`\b(?:phone|phone's|cell|car|car's|laptop|camera|hearing\s+aid)\s+batter(?:y|ies)\b`,
    String.raw`\b(?:the|a|an|its|new|old|original|replacement|quartz|automatic|self-winding|mechanical|swiss|japanese)\s+movement\b(?!\s+(?:is|was|had|has)?\s*(?:broken|broke|faulty|failed|damaged|stopped|dead|rusted|seized))`,
    '(?<=服务|态度|沟通|流程|管理|说法|做法)有问题',
    // Words of breaking used of feelings, people, plans and money rather than of a piece: a broken heart or
    // promise, breaking the news or the rules, going broke, snapping at someone (not at the hinge), coming off as rude, a deal
    // that fell apart; 气坏了, 吓坏了, 心都碎了, 心态崩了, 断了联系.
    String.raw`\b(?:broke|broken|break(?:s|ing)?)\s+(?:my|her|his|our|their|your)\s+hearts?\b|\b(?:broken|breaking)[\s-]?hearts?(?:ed)?\b|\bheart\s*(?:broken|break)\b`,
    String.raw`\bbroken\s+(?:promises?|english|record|system|trust|home|family|families|link|window|glass|door|lock)\b`,
    String.raw`\b(?:broke|break|breaks|breaking)\s+(?:the\s+news|the\s+rules?|the\s+law|(?:the\s+|their\s+|company\s+|store\s+)?policy|protocol|the\s+silence|the\s+bank|even|a\s+sweat|the\s+ice|character|(?:my|her|his|our|their|the)\s+(?:promise|word|contract|deal|agreement|lease))\b`,
    String.raw`\b(?:broke|breaks?|breaking)\s+(?:down\s+(?:in|into|crying)|into\s+(?:tears|sobs)|up\b|into\s+(?:the|our|my|her|his)\s+(?:house|home|car|shop|store)\b|out\s+(?:in|crying|laughing))|\bbreak-?in\b|\bbreaking\s+news\b|\b(?:was|were|am|is|are|went|go|going|flat|dead)\s+broke\b|\b(?:lunch|coffee|tea|a|short|smoke)\s+break\b`,
    String.raw`\b(?:snapped|snaps|snapping)\s+(?:at(?!\s+(?:the|its|one|a)\s+${GIVING_WAY_PARTS}\b)|back)\b|(?<=\b(?:she|he|they|you|i|we)\s+(?:just\s+|finally\s+)?)snapped\b(?!\s+(?:it|off|in\s+(?:two|half)))|\bcracked\s+(?:a\s+(?:smile|joke)|down|up|under)\b|\b(?:came|comes|coming|come)\s+off\s+(?:as|like)\b|\b(?:fell|falls|falling|came|comes|coming)\s+apart\s+(?:emotionally|at\s+the\s+seams)\b|\b(?:deal|plan|plans|sale|negotiation|talks)\s+fell\s+(?:apart|through)\b`,
    // Something else broken: the customer's zip, bag, door or lock, the shop's machine or till ("the card reader
    // was broken"), and 氧化 in a material's name (氧化锆, cubic zirconia) rather than oxidation.
    String.raw`\b(?:zipper|zip|bag|purse|umbrella|door|lock|phone|screen|laptop|computer|car|till|register|card\s+reader|machine|system|website|elevator|lift|printer)\s+(?:was\s+|is\s+|had\s+|got\s+|has\s+)?(?:broke|broken)\b`,
    '氧化(?:锆|铝|锌)',
    // A price marked false (虚标价格, 价格虚标) is how the goods were priced, the shop's dealing, not a fault of the goods.
    '虚标(?=价|售价|标价|原价)|(?<=价格|价钱|售价|标价|原价)虚标',
    // A piece coming off the one who wears it is too big or lost, not broken: "they were falling off of me", "the ring
    // slid off her finger".
    String.raw`\b(?:fell|falls|falling|fallen|came|comes|coming|come|slid|slides|sliding|slipped|slips|slipping)\s+off\s+(?:of\s+)?(?:me|him|her|them|(?:my|her|his|their|your)\s+(?:finger|fingers|hand|hands|wrist|wrists|neck|ears?|face|nose|head))\b`,
    // Part of a stone gone is the stone chipped, not a stone lost from its setting: "half the stone is missing", "a
    // corner of the diamond", 钻石缺了一角 (the verb is blanked, so no stone falls out). The chip is read as a defect.
    String.raw`\b(?:half|part|parts|a\s+piece|pieces|a\s+chunk|a\s+corner|a\s+bit|a\s+sliver|the\s+tip|the\s+edge)\s+(?:of\s+)?(?:the|a|one|this|that|my|her)\s+(?:(?:tiny|small|little|center|centre|main|side)\s+)?(?:stone|diamond|gem|gemstone|sapphire|ruby|emerald)s?\b`,
    '(?<=钻|钻石|宝石|石头|主石)(?:缺了?|崩了?|崩咗|掉了?|甩咗)(?=一角|一块|一小块|个角|一个角)',
    // Damage the shop did to the piece in its hands (see shop-work.ts): the shop's deed, not the piece's fault.
    SHOP_DAMAGED.source,
    // A battery named as changed already or as sound ("the battery is fine", 刚换过电池, 电池没问题) is no fault of
    // the watch: what else the text names is (the hands discoloured, the crystal cracked).
    String.raw`\b(?:battery|batteries)\s+(?:is|was|are|were)\s+(?:fine|ok|okay|good|new|brand\s+new|not\s+the\s+(?:problem|issue|cause))\b|\b(?:had|has|have\s+just|just)\s+(?:had\s+)?(?:the|its|a\s+new|a|her|his|my)\s+battery\s+(?:replaced|changed|done)\b|\b(?:new|fresh)\s+battery\s+(?:was|had\s+been)\s+(?:put\s+in|fitted|installed)\b`,
    '(?:换过|刚换了?|刚刚换了?|新换了?|已经换了?|才换了?)(?:新)?电池|电池(?:是|都)?(?:好的|没问题|正常|是新的|刚换)',
    '(?<=手机|屏幕|电脑|车|车子|空调|电视|冰箱|洗衣机|电梯|拉链|包包|书包|鞋子|鞋|门|锁|雨伞|机器|系统|收银机|刷卡机)坏了|(?<=气|吓|急|累|乐|饿|愁|惯|宠|闷)坏了|坏了规矩|心都碎了|心碎|碎了一地|(?:心态|情绪|精神|心情)(?:都)?崩(?:了|溃)|断了(?:联系|联络|音讯|念想|念头|后路|财路|生计)|(?<=资金链|联系|信号|网络|电话|线索)断了',
    // A whole diamond ring the shop lost (把我的钻戒弄丢了) lost no stone from its setting: the piece is gone.
    '钻戒(?=[^，,。！？!?]{0,4}(?:丢|不见|遗失))',
    // A person who will not leave (我就不走了, 不退我就不走, 佢唔走) stops no watch; a screw that dropped out (螺丝掉了一颗)
    // loses no stone.
    '(?<=(?:我|我们|她|他|佢|佢哋)(?:就|都|也|还|就是|偏)?)(?:不走了?|唔走)|(?<=(?:螺丝|螺丝钉|螺母)掉)了一颗',
  ].join('|'),
  'giu',
);

/**
 * How well the goods are made and what they are made of, in the general words of quality and of materials
 * passed off as better ones rather than any one text's: cheaply or poorly made, glass, resin or plastic for a
 * stone, a treated, dyed, filled or lab-made stone, gold under its karat, an appraisal that says otherwise.
 * They are everyday talk around any complaint ("the quality of service"), so they name `defect` only when no
 * fault and no dealing of the shop's is named.
 */
// biome-ignore format: word lists read best packed
export const QUALITY_CUES: readonly string[] = [
  '质量', '做工', '粗糙', '劣质', '品质', '净度', '色差', '证书不符', '与证书', '塑料', '玻璃', '树脂', '染色', '优化处理', '充填',
  '培育钻', '莫桑石', '人工宝石', '实物与', '与图片', '和图片不', '描述不符', '虚假宣传', '夸大宣传', '货不对版',
  'quality', 'cheaply made', 'poorly made', 'badly made', 'shoddy', 'cheap-looking', 'looks cheap', 'plastic', 'resin', 'dyed',
  'treated stone*', 'fracture-filled', 'glass-filled', 'lab-created', 'lab grown', 'man-made', 'moissanite', 'simulant',
  'not natural', 'not as pictured', 'not as advertised', 'false advertising', 'misrepresent*', 'appraised', 'appraisal',
  'appraiser', 'gemologist', 'karat*', 'carat weight', 'hallmark*', 'tested', 'test showed', 'assay*', '化验',
  // What the goods turned out to be, said against what they were sold as rather than in a word for a fake: "turned out
  // to be", "was actually", made somewhere else than claimed; 根本不是, 并非, 原来是, 其实是, 真伪, 产地.
  'turned out to be', 'turns out to be', 'was actually', 'were actually', 'is actually', 'are actually', 'made in china',
  'not made in', 'sold as', 'sold to me as', 'passed off', 'country of origin', 'not what i ordered', 'not the one i',
  '根本不是', '根本就不是', '并不是', '原来是', '其实是', '实际上是', '竟然是', '居然是', '真伪', '真假', '产地', '原产',
  // A laboratory's finding, in its own words: the lab report, heat-treated, 处理过, 送检, 检测结果.
  'lab report', 'lab found', 'lab test*', 'laboratory', 'heat treated', 'heat-treated', '处理过', '送检', '检测结果', '检验结果', '鉴定结果',
];

/**
 * The goods hurting the one who wears them, in the general words of the body's reactions rather than any one text's:
 * an allergy, a rash, swelling, an infection, red or bloodshot eyes, blurred sight; 过敏, 红肿, 发炎, 角膜炎, 充满血丝,
 * 视力模糊. A piece or lens that does this is faulty (`defect`), but the words are said of many things (a salon's
 * work, a wait in the heat), so they name it only when no fault and no dealing of the shop's is named.
 */
// biome-ignore format: word lists read best packed
export const HARM_TO_WEARER_CUES: readonly string[] = [
  '过敏', '发炎', '红肿', '肿痛', '溃烂', '化脓', '红疹', '皮疹', '湿疹', '瘙痒', '发痒', '痕痒', '角膜炎', '结膜炎', '血丝', '充血', '刺痛',
  '干涩', '视力模糊', '看东西模糊', '伤眼', '伤了眼', '伤了…眼睛', '烂耳', '耳洞…发炎', '眼睛…发红', '眼…红',
  'allergic', 'allergy', 'allergies', 'rash', 'rashes', 'swollen', 'swelling', 'infection*', 'infected', 'inflamed', 'inflammation',
  'irritation', 'irritated', 'itchy', 'itching', 'blister*', 'hives', 'bloodshot', 'red eyes', 'eyes… red', 'blurred vision',
  'blurry vision', 'burning sensation', 'dermatitis', 'conjunctivitis', 'keratitis',
  // The harm told by its consequence, a hurt and a doctor seen, rather than by its name: 受伤, 损伤, 看医生, 就医,
  // "injured", "went to the doctor", "the emergency room".
  '受伤', '受了伤', '损伤', '伤到', '看医生', '看了医生', '就医', '就诊', '急诊', 'injur*', 'the doctor', 'a doctor', 'hospital',
  'emergency room',
];

/**
 * A piece that does not suit or fit the one it was bought for, the reason for a return when nothing is wrong with it:
 * the ring size too far off, the colour not liked, a change of mind; 手寸, 尺寸不合, 不喜欢, "too blue, I don't like
 * them", "didn't fit".
 */
// biome-ignore format: word lists read best packed
export const UNSUITED_CUES: readonly string[] = [
  '手寸', '尺寸不合', '尺码不合', '不合手', '戴不上', '戴不进', '不喜欢', '唔钟意', '不想要', '唔想要', '改变主意',
  "don't like", "didn't like", 'did not like', "doesn't fit", "didn't fit", 'did not fit', "doesn't suit", "didn't suit",
  'changed my mind', 'changed her mind', 'changed his mind', 'change of mind', 'too big for', 'too small for',
];

/**
 * Goods taken back with no fault named: a return or refund sought, a change of mind, a piece not liked or not wanted.
 * Wanting one's money back for a piece that is not faulty is a problem none of the policy's ids fits (the labelling
 * guide's `other`), so, when no fault and no dealing of the shop's is named, it is read as the catch-all rather than
 * left unknown; 退货, 不喜欢, 不想要了, "return them", "changed her mind", "didn't like it".
 */
// biome-ignore format: word lists read best packed
export const RETURN_WITHOUT_FAULT_CUES: readonly string[] = [
  ...UNSUITED_CUES,
  '退货', '退款', '退钱', '退换', '要退', '想退', '退返', '退番', '后悔',
  'return them', 'return it', 'return the', 'return a', 'a return', 'the return', 'to return', 'refund*', 'money back',
  'no longer want*', "didn't want", 'did not want',
];

/**
 * A lens's surface marked or its coating coming away, in the general words of wear on a surface rather than of
 * breaking: scratches, scuffs, marks, a coating flaking, a haze; 划痕, 刮花, 磨花, 膜. On glasses it is the lens that wears
 * so (the frame's finish is rarely what a customer sees first), so a finish said to wear on glasses, or a surface marked
 * when no other problem is named, is a damaged lens.
 */
// biome-ignore format: word lists read best packed
export const LENS_SURFACE_CUES: readonly string[] = [
  'scratch*', 'scuff*', 'marks', 'marked', 'coating', 'crazing', 'cloudy', 'hazy', 'haze', 'pitted', 'pitting',
  '划痕', '划花', '刮花', '刮痕', '磨花', '花了', '花咗', '刮伤', '划伤', '镀膜', '膜层', '脱膜', '掉膜',
];

/**
 * A watch wound by hand or by the wrist's movement, which has no battery: automatic, mechanical, self-winding; 自动表,
 * 机械表, 上链. Such a watch that stops has a fault of its movement, not a flat battery.
 */
// biome-ignore format: word lists read best packed
export const WOUND_WATCH_CUES: readonly string[] = [
  'automatic', 'self-winding', 'self winding', 'mechanical watch*', 'hand-wound', 'hand wound', 'wind it', 'winding it', 'wound it',
  '自动表', '自动机械', '机械表', '机械手表', '自动上链', '手动上链', '上链', '上弦', '自动机芯', '机械机芯',
];

/**
 * A piece not yet worn: brand new, never worn, 还未戴, 没戴过. A watch that stops before it was ever worn has no flat
 * battery (it came with a fresh one): the stopping is a fault of the watch. How long ago it was bought says less (a
 * watch may sit in a drawer for years), so "days after I bought it" is not read so.
 */
// biome-ignore format: word lists read best packed
export const NOT_YET_WORN_CUES: readonly string[] = [
  '还未戴', '还没戴', '未曾戴', '没戴过', '未戴过', '还未佩戴', '还没佩戴', '未曾佩戴', '没佩戴过',
  'brand new', 'brand-new', 'never worn', 'never been worn', 'not yet worn', "hadn't worn it", 'had not worn it',
];
