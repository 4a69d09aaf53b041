import type { FlagKind } from '../../domain/analysis.ts';
import { type Cue, cues } from './cue.ts';

/**
 * Platforms a customer posts on, for "took to …", "wrote on …" (a platform merely named is no post), by their names and
 * the short ones people use (insta, FB, the gram, my story).
 */
// biome-ignore format: word lists read best packed
const PLATFORMS = ['facebook', 'instagram', 'twitter', 'tiktok', 'reddit', 'yelp', 'threads', 'xiaohongshu', 'weibo', 'douyin', 'tripadvisor', 'trustpilot', 'social media', 'the internet', 'insta', 'ig', 'fb', 'the gram', 'snapchat', 'youtube', 'nextdoor', 'my story', 'my page'];

/**
 * Chinese platforms, by name and by the nicknames posters give them so as not to name them (小红薯, 某书, 某音, 围脖),
 * and the forms of 发 that post on one: 发到, 发在, 发了, 发布, 发帖, 发抖音. A bare 发 before a
 * platform is also 发现 (found), 发票 (invoice) or 发货 (shipped): "发现抖音上有同款" posts nothing.
 */
// biome-ignore format: word lists read best packed
const ZH_PLATFORMS = ['抖音', '微博', '小红书', '朋友圈', '快手', '大众点评', '网上', '网络上', '网路上', '社交平台', '视频号', 'B站', '脸书', '面书', '公众号', '头条', 'IG', 'FB', '油管', '推特', '小红薯', '某书', '某音', '某乎', '围脖', '红书', 'xhs', 'ins', '限动', '动态'];
const ZH_POSTED_ON = ZH_PLATFORMS.flatMap((platform) => [
  `发${platform}`,
  ...['发到', '发在', '发了', '发布', '发帖', '发文', '发视频', '晒到', '曝光到', '挂到', '放到'].map(
    (verb) => `${verb}…${platform}`,
  ),
  // Complaining where others read it is posting it: 在网路上抱怨, 在网上投诉.
  ...['发帖', '发文', '发布', '发了', '发视频', '吐槽', '曝光', '晒出', '抱怨', '投诉', '控诉', '诉苦', '爆料'].map(
    (verb) => `在${platform}…${verb}`,
  ),
]);

/** Ages from 65 up, as a report gives them (65岁, 七十多岁): an elderly customer. */
const OLD_AGES = [
  ...Array.from({ length: 35 }, (_, index) => `${65 + index}岁`),
  ...['七十', '八十', '九十'].flatMap((tens) => [`${tens}岁`, `${tens}多岁`]),
];

/**
 * A child by age, as a report or a parent gives one (5岁童, 8岁男童, 三岁宝宝): only the words said of no adult, since a
 * cue matches inside a longer number too (the 3岁女儿 in 33岁女儿, the 三岁 in 二十三岁).
 */
const CHILD_AGES = [
  ...Array.from({ length: 12 }, (_, index) => String(index + 1)),
  ...['一', '两', '二', '三', '四', '五', '六', '七', '八', '九', '十'],
].flatMap((age) => ['童', '男童', '女童', '幼童', '小孩', '宝宝'].map((child) => `${age}岁${child}`));

/**
 * A child named in a complaint (8岁的儿子, 5岁童, 小朋友, "a little girl", "her toddler"). A child the goods were bought
 * for is no special customer (the customer is the parent who bought them); a child hurt by them is the story a
 * complaint most easily becomes, so these count only beside a harm (see CHILD_HARM_CUES and detect-flags.ts).
 */
// biome-ignore format: word lists read best packed
export const CHILD_CUES: Cue[] = [
  ...cues(1, '岁的儿子', '岁的女儿', '岁的孩子', '小朋友', '幼儿', ...CHILD_AGES),
  ...cues(1, 'toddler', 'little girl', 'little boy', 'infant', 'year-old daughter', 'year-old son', 'year-old girl', 'year-old boy', 'year-old child'),
  // The age as often written without hyphens ("my 9 year old daughter", "7 yr old son"), and the child a parent names
  // by no age at all (my kid, 我家孩子): a grown son or daughter is named so too, a child or a kid seldom.
  ...cues(1, ...['year old', 'yr old'].flatMap((age) => ['daughter', 'son', 'girl', 'boy', 'child', 'kid'].map((child) => `${age} ${child}`))),
  ...cues(1, 'my child', 'our child', 'my kid', 'my kids', 'our kid', 'our kids', 'my little one', '我孩子', '我家孩子', '我的孩子', '我家小孩', '我的小孩', '我小孩'),
];

/**
 * Harm to a body, in the words a parent or a report uses of a child (hurt, a cut, a rash, swallowed, a doctor; 受伤,
 * 磨破, 过敏, 误食, 医院), not an illness or a pain in a turn of phrase (心疼, 心痛, 哽咽): read only to let a child
 * named count.
 */
// biome-ignore format: word lists read best packed
export const CHILD_HARM_CUES: Cue[] = [
  ...cues(1, '受伤', '伤口', '割伤', '划伤', '划破', '磨破', '烫', '烧伤', '灼伤', '过敏', '红肿', '红疹', '疹子', '起疹', '出血', '流血', '误食', '吞下', '吞了', '卡在喉', '窒息', '医院', '医生', '就医', '送医', '急诊', '疼痛', '喊疼', '很疼', '好疼', '疼得', '喊痛', '很痛', '好痛', '痛得', '刺痛', '肿痛', '头晕', '呕吐', '视力'),
  ...cues(1, 'hurt', 'injur*', 'cut her', 'cut his', 'cut him', 'cut into', 'rash', 'allergic', 'allergy', 'bleeding', 'blood', 'swallow*', 'chok*', 'doctor', 'hospital', 'emergency room', 'a&e', 'pain', 'painful', 'burn*', 'headache*', 'blurred vision', 'nausea', 'vomit*', 'swollen', 'swelling', 'infection', 'infected', 'scar', 'scarred'),
];

/**
 * How a news report attributes what a named complainant said: 梁女士表示, 陈先生称, 李小姐指. Staff write
 * "顾客说" of their own customer, so a title and a reporting verb together mark a story already in the press.
 */
const REPORTED_BY_TITLE = ['女士', '先生', '小姐', '太太'].flatMap((title) =>
  ['表示', '称', '说', '介绍', '告诉', '回忆', '指出', '坦言', '直言', '反映', '投诉称', '指'].map(
    (verb) => `${title}${verb}`,
  ),
);

/**
 * A report retelling what someone posted: the poster by the internet's names (网友, 网民, 楼主, 博主, 帖主) with a
 * reporter's verb of attribution (网民表示, 楼主指出, 网友直言). The poster writes their post; only a report says so of
 * them. (Those names alone already mark a post; see FLAG_CUES' social-media.)
 */
const POSTER_REPORTED = ['网友', '网民', '楼主', '博主', '帖主', '原po'].flatMap((poster) =>
  ['表示', '指出', '直言', '坦言', '透露', '称', '续指', '续称'].map((verb) => `${poster}${verb}`),
);

/**
 * How a report brings in a stranger it does not name: one person by sex, bare or with the age or the origin a reporter
 * gives them (一名男子, 一名年轻男子, 一名外籍女子). Staff say 这位顾客 or 那位女士 of their own customer.
 */
const STRANGER_INTRODUCED = ['', '年轻', '中年', '老年', '年长', '年迈', '外籍', '外地', '本地', '陌生'].flatMap(
  (age) => ['女子', '男子', '女士', '男士'].map((person) => `一名${age}${person}`),
);

/**
 * How a report names the people in its story by their part in it: the public as Taiwan's and Hong Kong's reports call a
 * complainant (一名民众, 有民众, 女民众 — no one calls themselves 民众, and staff say 客人), and 当事 before a role
 * (当事设计师, 当事店家, 当事男子; 当事人 is listed with the reporter's words). Not 当事情 ("when things…").
 */
const REPORT_PERSONS = [
  ...['一位民众', '有民众', '女民众', '男民众', '民众…投诉', '民众…表示', '民众…指出', '民众…反映'],
  // The public counted or qualified as a report counts them (一名民众, 1名退货民众, 多名民众, 不少民众,
  // 民众不满).
  ...[
    '1名…民众',
    '一名…民众',
    '多名…民众',
    '数名…民众',
    '不少民众',
    '许多民众',
    '大批民众',
    '部分民众',
    '民众不满',
    '民众…生气',
    '民众…抱怨',
  ],
  ...['店家', '业者', '设计师', '店员', '店长', '老板', '男子', '女子', '消费者', '客人', '顾客', '民众', '网友'].map(
    (role) => `当事${role}`,
  ),
];

/**
 * Signs of the difficult kinds of customer and of crisis risk (seed 001), in Chinese and English.
 * A flag is raised on one clear sign, so phrases are specific: a platform merely mentioned ("我在抖音刷到的")
 * is no threat, so social-media cues pair a verb with the platform ("发到…抖音", "post… online").
 */
// biome-ignore format: word lists read best packed
export const FLAG_CUES: Record<FlagKind, Cue[]> = {
  stubborn: [
    // 坚持 alone is perseverance (孩子坚持戴了一年); a stubborn customer holds to a demand or a view.
    ...cues(1, '坚持要', '坚持说', '坚持认为', '坚持己见', '坚持自己', '坚持退', '坚持换', '坚持赔', '坚持让', '坚持索', '坚持不', '坚持立场', '立场非常坚持', '一再坚持', '仍坚持', '仍然坚持', '还是坚持', '依然坚持', '执意'),
    ...cues(1, '不接受', '都说不要', '直接说不要', '听不进', '就是不听', '怎么解释都', '怎么说都不', '一口咬定', '就认定', '认定了', '死活', '非要', '固执', '油盐不进'),
    ...cues(1, 'refused every', 'would not budge', "wouldn't budge", "wouldn't listen", 'would not listen', 'refus* to listen', 'insist*', 'adamant', 'stubborn'),
    ...cues(1, 'no matter what we said', 'whatever we said', 'refus* to accept', 'would not accept', "wouldn't accept"),
  ],
  nagging: [
    ...cues(1, '唠叨', '絮叨', '絮絮叨叨', '翻来覆去', '反反复复', '说了半天', '没完没了', '重复了好几遍', '说了一个多小时', '一直在说', '念叨'),
    ...cues(1, '车轱辘话', '说了好久', '讲了很久', '好几遍', '一遍又一遍'),
    ...cues(1, 'nagging', 'again and again', 'same points', 'went on and on', 'going on and on', 'goes on and on', 'go on and on', 'kept repeating', 'repeated it', 'repeated the same', 'over and over'),
    ...cues(1, 'talked for ages', 'talked for an hour', 'kept going on', 'would not stop talking', "wouldn't stop talking"),
    // The same demand made again and again, in person or on the phone.
    ...cues(1, '三番五次', '一再要求', '反复要求', '多次到店', '屡次', '天天打电话', '每天都来', '每天打电话', 'repeatedly demand*', 'kept coming back', 'came back again and again', 'day after day'),
    ...cues(1, 'kept asking', 'keeps asking', 'kept calling', 'keeps calling', 'kept phoning', 'kept emailing', 'relentless*', 'same question*', 'called… every day'),
    // The same calls in other everyday words: ringing someone (British; not a phone that keeps ringing), texting,
    // messaging, phoning and emailing in the present.
    ...cues(1, 'kept ringing us', 'keeps ringing us', 'kept ringing me', 'keeps ringing me', 'kept ringing about', 'keeps ringing about', 'kept ringing back', 'keeps ringing back', 'keeps phoning', 'keeps emailing', 'kept texting', 'keeps texting', 'kept messaging', 'keeps messaging', 'rang… every day', 'phoned… every day', '不停地打电话', '不停打电话', '一直打电话', '一直打来', '一天打好几次'),
  ],
  arrogant: [
    ...cues(1, '你知道我是谁', '我认识你们老板', '我认识你们领导', '我有的是钱', '你算什么', '居高临下', '领导都熟', '一个电话的事', '你们这种小店', '看不起', '瞧不起'),
    ...cues(1, '狂妄', '自大', '傲慢', '不屑', '轻蔑', '你们这种人', '一个卖东西的', '我一个月'),
    ...cues(1, 'do you know who i am', 'i know your boss', 'i know the owner', 'people like you', 'arrogant', 'condescending'),
    ...cues(1, 'looked down on', 'sneered', 'smirked', 'just a shop girl', 'just a salesgirl', 'beneath', 'could buy this shop'),
  ],
  irritable: [
    ...cues(1, '发火', '发脾气', '暴躁', '火气很大', '吼', '大吼', '大喊', '大叫', '怒气冲冲', '气冲冲'),
    ...cues(1, '拉高嗓门', '脸涨得通红', '脸红脖子粗', '骂起来', '甩在柜台', '往柜台上一拍', '柜台上一拍', '拍了一下柜台', '拍柜台'),
    ...cues(1, 'shout*', 'yell', 'yells', 'yelled', 'yelling', 'scream*', 'lost her temper', 'lost his temper', 'rage', 'raged', 'raging', 'angrily', 'stormed', 'storms'),
    // Not "yell*" (yellow gold) nor "lost it" (what a shop does to a watch as often as a customer to their temper);
    // not a feeling told (气得, 火了, 火冒三丈, furious, enraged, temper): a customer furious at home wrote a post, and
    // shouted at no one. Temper shown counts: rage on a face, fuming, storming in, slamming.
    ...cues(1, 'fuming', 'exploded', 'red in the face', 'blew up', 'slammed'),
    ...cues(1, 'claws came out', 'flew off the handle', 'lost her cool', 'lost his cool', 'hit the roof', 'went ballistic', 'threw a fit', 'tantrum', 'meltdown', 'went off on'),
    ...cues(1, '大发雷霆', '暴跳如雷', '拍桌子', '摔门', '撒泼', '大闹'),
  ],
  vulgar: [
    ...cues(1, '脏话', '粗口', '爆粗', '骂人', '骂娘', '他妈的', '妈的', '傻逼', '傻X', '你给我滚', '滚出去', '下流'),
    ...cues(1, 'swore', 'swear*', 'cursing', 'cursed', 'curses', 'profanit*', 'expletive*', 'f***', 'f-word', 'obscene', 'foul language', 'called her a', 'called him a'),
    // Abuse of the staff, told by anyone.
    ...cues(1, '辱骂', '侮辱店员', '破口大骂', '口出恶言', '出言不逊', '恶语相向', '人身攻击', 'insulted the', 'hurled abuse', 'verbally abus*', 'abusive', 'called… idiots', 'called… morons'),
    ...cues(1, 'called… an idiot', 'called… stupid', 'called… a liar', '骂…白痴', '骂…蠢货', '骂…混蛋'),
    // The swear words themselves, written into a customer's own post or quoted from them: the abuse shown, not told.
    // Not 我靠 (also "I rely on") nor 靠 alone; the staff's own clauses are skipped as for every difficult kind.
    ...cues(1, 'fuck*', 'f***ing', 'motherfuck*', 'bullshit', 'bitch', 'bitches', 'bastard', 'bastards', 'asshole*', 'shit', 'goddamn*', 'dickhead*'),
    ...cues(1, 'TMD', '他大爷', '卧槽', '尼玛', '草泥马', '操你', '屌你', '仆街', '收皮', '𨳒', '戆居', '食屎'),
  ],
  odd: [
    ...cues(1, '古怪', '莫名其妙', '奇怪的要求', '稀奇古怪', '神神叨叨'),
    ...cues(1, 'bizarre', 'strange request', 'weird request', 'odd request', 'eccentric'),
  ],
  reserved: [
    ...cues(1, '几乎不说话', '问一句答', '只点头', '不肯说', '不愿多说', '不愿意说', '什么都不说', '矜持', '冷淡', '问什么都不答'),
    ...cues(1, 'barely spoke', 'hardly said a word', 'one-word answers', "wouldn't say", 'would not say', 'reluctant to say', 'refused to explain', 'aloof', 'guarded'),
  ],
  indecisive: [
    ...cues(1, '之间犹豫', '犹豫了半天', '反复确认', '又放下', '犹豫不决', '拿不定主意', '改了好几次主意', '一会儿要', '又说不要', '改主意', '决定不了'),
    ...cues(1, "couldn't decide", 'could not decide', 'changed her mind', 'changed his mind', 'kept changing', 'back and forth between'),
    ...cues(1, 'indecisive', 'undecided'),
  ],
  domineering: [
    ...cues(1, '颐指气使', '指手画脚', '霸道', '命令我们', '吆喝', '使唤', '呼来喝去'),
    ...cues(1, 'bossy', 'order* us', 'order* staff', 'order* … around', 'bark* orders', 'domineering', 'snapped his fingers', 'snapped her fingers'),
  ],
  drunk: [
    ...cues(1, '喝了酒', '喝醉', '醉醺醺', '酒气', '酒味', '喝多了', '醉酒', '耍酒疯', '借酒'),
    ...cues(1, 'drunk', 'smelled of alcohol', 'smelt of alcohol', 'smelled of beer', 'tipsy', 'slurring', 'intoxicated'),
  ],
  critic: [
    ...cues(1, '这也不好那也不好', '全盘否定', '挑三拣四', '什么都看不上', '批评了一通', '挑剔', '评头论足'),
    ...cues(1, 'corrected staff', 'corrected our', 'criticised everything', 'criticized everything', 'criticised the', 'criticized the', 'picked apart'),
    ...cues(1, 'nothing was good enough', 'complained about everything', 'lectured us'),
  ],
  argumentative: [
    ...cues(1, '争辩', '抬杠', '纠正', '每解释一句', '跟我们争', '跟我争', '吵起来', '吵了起来', '反驳', '狡辩', '争论', '辩论'),
    ...cues(1, 'argued', 'arguing', 'argumentative', 'disputed', 'contradicted', 'picked a fight', 'started an argument'),
    // Flat contradiction of what staff say, as the customer says it: "I don't believe you!", 胡说, Cantonese 讲大话.
    ...cues(1, "don't believe you", 'do not believe you', "you're lying", 'you are lying', '胡说', '胡扯', '瞎说', '你骗人', '你们骗人', '唔信你', '讲大话'),
  ],
  troublemaker: [
    ...cues(1, '故意找茬', '找茬', '闹事', '敲诈', '讹', '故意弄坏', '不是我们店卖的', '不是在我们这买的', '碰瓷', '专门来闹', '天天来闹', '认出他', '认出她'),
    ...cues(1, 'deliberately damaged', 'damaged it on purpose', 'broke it on purpose', 'extort', 'scam', 'staged', 'not bought here'),
    ...cues(1, 'not from our shop', 'troublemaker', 'causing trouble', 'stirring up trouble', 'known to us'),
    // Professional claimants and extortion: 职业打假, buying a fake on purpose to claim for it.
    ...cues(1, '职业打假', '打假人', '知假买假', '勒索', '讹诈', 'professional complainer', 'serial returner', 'scam artist', 'shakedown'),
    ...cues(1, 'recognised him', 'recognised her', 'recognized him', 'recognized her'),
  ],
  media: [
    // "曝光" alone is not here: customers say it of social media as often as of the press.
    ...cues(1, '媒体', '记者', '报社', '电视台', '上新闻', '媒体曝光', '报纸', '找报社', '栏目组', '新闻热线'),
    ...cues(1, 'journalist', 'reporter', 'newspaper', 'the press', 'the media', 'tv station', 'on the news', 'to the news', 'the local news', 'the evening news', 'go public', 'expose'),
    ...cues(1, 'told the bbc', 'told the paper', 'told… news', 'contacted… news', 'news station', 'consumer reporter', 'troubleshooter', 'told reporters'),
  ],
  'social-media': [
    ...cues(1, ...ZH_POSTED_ON, '挂…网上', '放…网上'),
    ...cues(1, '网上曝光', '曝光…网上', '写差评', '打差评', '给…差评', '刷差评', '直播曝光', '让网友', '网友评评理', '发帖'),
    // Exposed in a video the customer makes (发视频曝光, 拍视频曝光), and a post pasted under its platform's tag (【大众点评】,
    // 【小红书】), as a manager copies it from the app.
    ...cues(1, '视频曝光', ...ZH_PLATFORMS.map((platform) => `【${platform}】`)),
    ...cues(1, 'post… online', 'post… instagram', 'post… facebook', 'post… tiktok', 'post… twitter', 'post… xiaohongshu'),
    ...cues(1, 'put… online', 'share… online', 'post… on social', 'tell… followers', 'social media', 'go viral', 'going viral'),
    ...cues(1, 'online review', 'google review', 'bad review', 'negative review', 'one-star', '1-star', 'leave… review'),
    ...cues(1, 'left… review', 'leaving… review', 'wrote… review', 'writing… review', 'review… on google', 'review… on yelp'),
    ...cues(1, 'write… review', 'my channel', 'make a tiktok', 'tiktok about', 'make a video about'),
    ...cues(1, '拍…抖音', '发了…视频', '发…短视频'),
    // Already posted, in English: "took to Facebook", "wrote on Facebook", "her post went viral".
    ...cues(1, ...PLATFORMS.flatMap((platform) => [`took to ${platform}`, `taken to ${platform}`, `wrote… on ${platform}`, `shared… on ${platform}`, `post*… on ${platform}`])),
    ...cues(1, 'went viral', 'gone viral', 'goes viral'),
    // A post gone round, named as one: "a viral TikTok", "a viral video shows…".
    ...cues(1, ...['post', 'video', 'clip', 'review', 'tweet', 'thread', ...PLATFORMS].map((post) => `viral ${post}`)),
    // A complaint platform's own form, pasted from its page: 投诉对象, 投诉要求, 涉诉金额 (黑猫投诉, 消费保, 聚投诉).
    ...cues(1, '投诉对象', '投诉要求', '投诉诉求', '涉诉金额', '投诉进度'),
    // Already posted: a complaint platform (mentioning one means the complaint is on it), a post, a review.
    ...cues(1, '黑猫投诉', '聚投诉', '消费保', '投诉平台', '大众点评…评价', '网上…求助'),
    ...cues(1, '留言板', '社交平台', '社交媒体', '发文', 'po文', '贴文', '网友', '网民', '晒出', '爆料公社', '脸书', '粉专'),
    // Threads only beside Chinese words: in English it is also a screw's or a seam's threads.
    ...cues(1, 'Dcard', 'PTT', 'Threads上', '在Threads', 'Threads帖', '知乎', '贴吧', '豆瓣', '论坛', '帖子', '网帖'),
    ...cues(1, 'on yelp', 'yelp review*', 'trustpilot', 'google review*', 'on reddit', 'subreddit', 'on tripadvisor', 'on google maps', 'facebook group', 'posted… online', 'posted… review'),
    // A post already up, in the platforms' general vocabulary: what a post gathers (comments, trending), the
    // kinds of post by name, and Hong Kong and Taiwan forums (not 转发 or 点赞: staff forward, customers praise).
    ...cues(1, '评论区', '留言区', '热搜', '刷屏', '博文', '帖文', '限时动态', '连登', '高登', 'LIHKG', 'Mobile01', '讨论区'),
    ...cues(1, 'netizens', 'tweeted', 'tweet', 'facebook post', 'instagram post', 'tiktok video', 'viral video', 'viral post', 'reddit post', 'review site', 'the comments section', 'commenters'),
    // The same in the forms people write them: 贴 for 帖 (发贴, 贴子), Hong Kong's 面书 and 专页 (a Facebook page),
    // a 公审 (a shop tried in public by a post), 原帖 and 转帖 (a post quoted), 上载/放上网 (put up); a blog post.
    ...cues(1, '发贴', '贴子', '原帖', '转帖', '帖主', '专页', '面书', '公审', '放上网', '上载…片', '群组', '油管'),
    ...cues(1, 'blogged', 'blog post', 'this posting', 'my posting', 'vlog', 'youtube video', 'instagram story', 'facebook page'),
    // A post gone round, in the words for what it does once out: passed around (网传, 热传, 疯传), taking off (走红,
    // 爆红), its views and its audience (a content creator, a redditor, the comment section).
    ...cues(1, '网传', '热传', '疯传', '走红', '爆红', 'million views', 'thousand views', 'content creator', 'tiktoker', 'redditor*', 'comment section', 'posted a video'),
  ],
  'consumer-council': [
    ...cues(1, '消协', '消费者协会', '12315', '消委会', '消保'),
    ...cues(1, 'consumer council', 'consumer association', 'consumers association', 'consumer protection agency'),
    ...cues(1, 'case singapore', 'consumer ombudsman', 'consumer tribunal', 'ombudsman'),
    ...cues(1, '消费者委员会', '消基会', '消保官', '消费者权益保护委员会', '消费维权'),
    ...cues(1, 'bbb', 'better business bureau', 'citizens advice', 'consumer affairs'),
    ...cues(1, 'consumer watchdog', 'consumer rights group', '消保处', '消费者保护处', '消保会', '315热线'),
    // Councils and commissions by their short forms and other titles: 消委 (for 消委会), a consumer commission.
    ...cues(1, '消委', 'consumer commission', 'consumer affairs commission', 'consumer claims tribunal'),
    // A council by its longer titles and its lines (Taiwan's 1950 line; a consumer helpline), and the general words for one.
    ...cues(1, '消费者权益保护协会', '权益保护协会', '1950专线', '1950热线', '拨打1950', 'consumer helpline', 'consumer hotline', 'consumer advice', 'consumer body', 'consumer rights organisation', 'consumer rights organization', 'consumer protection council'),
    // A council in its own case notes, as itself (本会, as "the Council" in English; see COUNCIL_BY_TITLE): complained to,
    // stepping in, contacting the trader.
    ...cues(1, '向本会投诉', '向本会求助', '本会接获', '本会接到', '本会介入', '本会联络', '本会联系', '本会调解', '经本会'),
  ],
  lawyer: [
    ...cues(1, '律师', '起诉', '法院', '打官司', '告你们', '走法律', '法律途径', '律师函'),
    ...cues(1, 'lawyer', 'solicitor', 'sue', 'suing', 'legal action', 'small claims', 'attorney', 'to the tribunal', 'claims tribunal', 'consumer tribunal', 'tribunal hearing'),
    // A court to go to, not the mall's food court; a judge on the bench, not "judge for yourself".
    ...cues(1, 'in court', 'to court', 'the court', 'a court', 'court case', 'court date', 'court order*', 'court hearing', 'claims court', 'county court', 'district court', 'superior court', 'magistrates court', 'the judge', 'a judge', 'judge ruled', 'judge ordered'),
    ...cues(1, '诉讼', '仲裁', '提告', '告上法庭', '小额钱债', '审裁处', '判决'),
    ...cues(1, '怒告', '控告', '法律责任', '法律制裁', '诉诸法律', '法律手段', '维权诉讼'),
    ...cues(1, 'chargeback', 'charge back', 'disputed the charge', 'dispute the charge', 'dispute* the charge with', 'dispute it with her bank', 'dispute it with my bank', 'lawsuit', 'sued', 'filed suit', 'class action', 'plaintiff'),
    // A card or payment dispute is the chargeback's first step; a solicitor's letter before a claim.
    ...cues(1, 'opened a dispute', 'filed a dispute', 'paypal dispute', 'disputed… with paypal', 'letter before action', 'letter before claim', 'demand letter', 'cease and desist'),
    ...cues(1, '律师信', '法庭', '民事诉讼', '申请仲裁'),
    // The law's general vocabulary in three scripts: a Hong Kong writ (入禀), legal aid, arbitration, a claim filed.
    ...cues(1, '入禀', '法律援助', '法援', '诉状', '传票', 'arbitration', 'legal aid', 'filed a claim', 'filed a lawsuit', 'writ', 'summons', 'litigation'),
    // A court's own words: the judge, the parties, a hearing, a judgment at first or second instance.
    ...cues(1, '法官', '原告', '被告人', '被告方', '开庭', '庭审', '一审判决', '一审法院', '二审', '判令', '判赔', '胜诉', '败诉', '民事判决', '法律顾问'),
    // A ruling's or a pleading's own drafting, whatever the court is called: the parties by their roles (an Indian
    // consumer forum's "opposite party", an appeal's 上诉人), what a party "submitted", a court directing payment, a case
    // heard (审理) and courts by their short names (地院, 高院); a consumer court or forum is a court, not a council. Not a
    // complaint's 投诉称 or 投诉至, which hold 诉称 and 诉至, nor 一审 alone (统一审核).
    ...cues(1, 'opposite party', 'opposite parties', 'hereinafter', 'complainant submitted', 'complainants submitted', 'the respondent', 'the respondents'),
    ...cues(1, 'directed… to pay', 'was ordered to pay', 'were ordered to pay'),
    ...cues(1, 'consumer court', 'consumer forum', 'consumer disputes', 'redressal', 'deficiency in service', 'unfair trade practice', 'tribunal ordered', 'tribunal ruled', 'tribunal found'),
    ...cues(1, '上诉', '审理', '判处', '判决书', '裁定书', '法律诉讼', '地院', '高院'),
    // A question put to a lawyer or an advice column: whether the law is on the customer's side, whether it can be fought
    // (not 能不能告, which is also 能不能告诉: can you tell me).
    ...cues(1, 'can i sue', 'can we sue', 'my legal rights', 'my rights as a consumer', 'what are my rights', 'legal recourse', 'any recourse', 'what recourse', 'is this legal', 'is that legal', 'is it legal', 'is this even legal', 'can i fight this', 'do i have a case', 'do i have grounds'),
    ...cues(1, '合法吗', '违法吗', '是否违法', '是否合法', '算不算违法', '能告吗', '可以告吗', '法律上'),
    ...cues(1, 'defendant', 'small-claims', 'judgment against', 'judgement against', 'ruled in favor', 'ruled in favour', 'ruled in her favor', 'ruled in her favour', 'ruled in his favor', 'ruled in his favour', 'legal counsel', 'legal advice', 'lawyered up', 'disputes tribunal', 'small claims tribunal'),
  ],
  regulator: [
    // 工商 alone is also the bank (工商银行) a customer paid through.
    ...cues(1, '工商局', '工商部门', '工商所', '工商分局', '工商执法', '工商管理', '向工商', '找工商', '到工商', '工商投诉', '市场监管', '市场监督', '质监局', '12345'),
    // The authorities a complaint went to, not a report's closing call on them (希望有关部门加强监管); a regulator
    // by that name, not a watch's regulator arm.
    ...cues(1, '向有关部门', '找有关部门', '到有关部门', '有关部门投诉', '有关部门反映', '向…监管部门', '监管部门…投诉', '监管部门…介入', '监管部门…调查', '监管部门…处理', '监管部门…立案', '监管部门…约谈'),
    ...cues(1, 'trading standards', 'regulators', 'to the regulator', 'industry regulator', 'the authorities', 'report you to'),
    ...cues(1, 'fair trading', 'accc', 'competition and consumer', 'department of consumer affairs', 'cops', 'called 911', 'call 911', 'dialled 999', 'dialed 999', 'called 999'),
    ...cues(1, '打110', '拨打110', '报110', '公平交易委员会', '公平会', '食药监', '药监局'),
    ...cues(1, '市监局', '市场监督管理局', '报警', '警方', '派出所', '民警', '警察'),
    ...cues(1, 'police', 'attorney general', 'sheriff', 'officers', 'fda', 'ftc', 'health department'),
    ...cues(1, '帽子叔', '执法人员', '执法部门', '稽查', '质检部门', '市监'),
    // A police report (报案, 警署 in Hong Kong) and customs seizing fakes, not a tourist passing customs (过海关).
    ...cues(1, '报案', '警署', '警局', '海关查获', '海关缉私', '海关扣查', '海关检获', '向海关', '交由海关', '交给海关', '海关…处理', '海关…调查'),
    // Other offices that license, inspect or take complaints about a trade: prices, commerce, tourism, the mayor's
    // hotline, petitions, the police by their formal name; licensing boards and the opticians' regulator.
    ...cues(1, '物价局', '商务局', '旅游局', '文旅局', '旅游质监', '旅游业议会', '市长热线', '政府热线', '信访', '公安局', '公安机关'),
    ...cues(1, 'licensing board', 'state board', 'board of optometry', 'general optical council', 'consumer protection division', 'consumer protection office', 'state attorney', 'district attorney', 'prosecutor*'),
    // Prosecutors (检察院, Taiwan's 地检署, reporting an offence: 检举) and the offices over goods' weights,
    // standards, health and corruption, in three scripts: the authorities, not a lawyer the customer hired.
    ...cues(1, '检察', '地检署', '检举', '标准检验局', '标检局', '计量所', '计量局', '卫生局', '卫生署', '食环署', '卫健委', '廉政公署', '廉署'),
    // A finding that the shop broke a statute is an authority's (an ombudsman's, a tribunal's, a regulator's).
    ...cues(1, 'contravened', 'contravening', 'in contravention of', 'in breach of the… act', 'breached the… act', 'violated the… act'),
    ...cues(1, '责令', '行政处罚', '立案调查', '处以罚款', '勒令停业', '吊销'),
    // Offices by their short forms: 质监 (质监站, 质监部门), 技术监督, 市场局 and 市监所 for 市场监督管理局.
    ...cues(1, '质监', '技术监督', '市场局', '市监所', 'cpsc', 'cfpb', 'advertising standards'),
    // The authorities in general words, as a report or a notice names them without the office's title.
    ...cues(1, '主管机关', '主管部门', '监管机构', '监管单位', '有关当局', '政府部门'),
    ...cues(1, 'weights and measures', 'environmental health', 'health inspector', 'bureau of standards', 'standards bureau', 'icac', 'police report', 'filed a report with'),
  ],
  'special-customer': [
    ...cues(1, '孕妇', '怀孕', '年纪很大', '行动不便', '拄拐', '生病', '病人', '残疾', '轮椅', '公务员', '政府官员', '政府上班', '政府任职', '政府工作的', '在政府工作', '领导干部', '明星'),
    ...cues(1, '博主', '网红', '是记者', '是律师', '身体不好', '心脏病', '报社工作', '报工作', '电视台工作', '媒体工作'),
    ...cues(1, 'pregnant', 'frail', 'walking stick', 'walking frame', 'carer', 'wheelchair', 'disabled', 'unwell', 'illness', 'government official', 'civil servant'),
    ...cues(1, 'councillor', 'celebrity', 'influencer', 'blogger', 'works for the newspaper', 'is a journalist', 'is a lawyer', 'heart condition'),
    // The elderly, children and anyone hurt: the ones a complaint most easily turns into a story. A group named in
    // general (儿童 of 儿童手表, a council's advice to 长者) is no one customer: an elder is one named as such (一名长者).
    ...cues(1, '老太太', '老大爷', '老爷子', '老人家', '一名长者', '一位长者', '该长者', '长者顾客', '七旬', '八旬', '古稀', '高龄'),
    ...CHILD_CUES,
    // Harm that needs care (burns, a hospital, a fracture, sight lost), not 受伤/injured alone: a hurt adult in
    // a scuffle is violence, and "like an injured patient" or 受伤的皮肤 is no customer needing special care.
    ...cues(1, '烫伤', '烧伤', '灼伤', '住院', '送医', '就医', '植皮', '骨折', '失明'),
    // "Elderly" alone is left out: an elderly customer who is plainly fit and independent is not special.
    ...cues(1, 'hospital', 'emergency room', 'hospitalised', 'hospitalized'),
    ...cues(1, ...OLD_AGES),
    // The old as a teller calls them, a grandparent's name in the street (阿婆, Taiwan's 阿北 and 阿嬷) or a reporter's (老翁, 老妇).
    ...cues(1, '老翁', '老妇', '阿北', '阿婆', '阿嬷', '老先生'),
  ],
  violence: [
    ...cues(1, '动手', '打人', '推了我', '推搡', '摔东西', '砸东西', '砸了', '扔东西', '朝我扔', '揍', '拳头', '威胁要砸', '威胁要动手', '扬言要砸', '作势要打'),
    // 要打 with the one to be hit, not a number or a call to make (要打110, 威胁要打12315, 要打电话给经理); a threat with
    // its verb, since a threat's words are what the shop said (see skipStaffClaims), and the threat made is the deed.
    ...cues(1, ...['', '威胁', '扬言'].flatMap((threat) => ['我', '你', '她', '他', '人', '店员', '顾客', '客人', '老板', '保安'].map((person) => `${threat}要打${person}`))),
    ...cues(1, 'hit me', 'hit her', 'hit him', 'punched me', 'punched her', 'punched him', 'punched them', 'punched… in the face', 'punched… in the head', 'pushed me', 'pushed her', 'pushed him', 'pushed our', 'shoved', 'threw it at'),
    ...cues(1, 'smashed', 'grabbed her', 'grabbed his', 'grabbed my', 'violent', 'threaten* to hurt', 'threaten* to hit', 'threaten* to smash', 'slapped'),
    ...cues(1, 'kicked', 'attacked', 'raised his fist', 'raised her fist'),
    // A fight in the general words of any teller (a report's 肢体冲突, a post's 互殴), whoever struck first; a
    // person punched, not a hole punched in a strap.
    ...cues(1, '打架', '打斗', '斗殴', '互殴', '殴打', '拳打脚踢', '大打出手', '肢体冲突', '动粗', '打伤', '扭打', '厮打', '撕打', '掌掴', '扇耳光', '打耳光', '打了一巴掌', '施暴', '袭击'),
    // The same in Hong Kong's and Taiwan's words, a report's and a customer's: 推撞 (shoving), 郁手 (laying hands on),
    // 推跌 (pushed over), 动手动脚; read folded, so 動手動腳 is covered.
    ...cues(1, '推撞', '郁手', '推跌', '动手动脚'),
    ...cues(1, 'assault*', 'brawl*', 'scuffle*', 'fistfight', 'fist fight', 'came to blows', 'got physical', 'physical altercation', 'punching', 'slapping', 'shoving', 'spat at', 'spit at', 'spit on'),
  ],
};

/**
 * How a text reads when it is itself a news report or a public post, rather than a customer who says they
 * went to the paper or posted a review: a report's wording (近日, 市民王女士, 梁女士表示, outlets, photo
 * credits), a post speaking to its readers (楼主, 避雷, "here's my story", "never going back"). They guess
 * where a pasted text was published, so they count only when staff have not said where it came from.
 */
// biome-ignore format: word lists read best packed
export const PUBLISHED_TEXT_CUES: Partial<Record<FlagKind, Cue[]>> = {
  media: [
    ...cues(1, '报道', '报导', '《…报》', '据…报', '报讯', '专讯', '本报', '本台', '栏目', '爆料', '官媒', '维权热线', '电台', '央视', '引发…关注', '引发热议', '近日', '日前', '据悉', '事主', '当事人'),
    ...cues(1, ...REPORTED_BY_TITLE),
    // How a report names a complainant it does not know: 市民王女士, 该消费者, 有顾客抱怨, 消费者余先生.
    ...cues(1, '市民', '该消费者', '有消费者', '还有消费者', '一位消费者', '多名消费者', '有顾客抱怨', '消费者…称', '消费者…表示', '据知', '据了解', '记者了解', '记者从', '明报', '快讯'),
    ...cues(1, ...REPORTED_BY_TITLE.map((phrase) => phrase.replace(/(表示|称|说)$/u, '$1道')).filter((phrase) => phrase.endsWith('道'))),
    ...cues(1, '愤慨道', '无奈道', '坦言道', '直言道', '气愤地说', '无奈地说', '读者', '消费者…先生', '消费者…女士', '消费者…小姐', ...STRANGER_INTRODUCED),
    ...cues(1, ...REPORT_PERSONS),
    // Outlets and the words of a newsroom: 新华社, 接受采访, TVBS, "told CBS".
    // (A paper's name alone is left out: "她在晚报工作" is a special customer, not a story.)
    ...cues(1, '新闻网', '新华社', '中新网', '澎湃', '接受采访', '通讯员', '东方日报', '星岛', '苹果日报', '联合报', '自由时报', 'TVBS', 'ETtoday', '三立', '东森'),
    ...cues(1, 'cbs', 'nbc', 'abc news', 'fox news', 'sky news', 'cnn', 'action news'),
    // A photo credit: 「（图／TVBS）」, 「图/记者 王军」.
    ...cues(1, '图／', '图/', '记者…摄', '摄影／'),
    // A newsroom's own words: press time, an interview, asking the other side for comment.
    ...cues(1, '截至发稿', '发稿前', '回应称', '采访', '东网', 'hk01', '红星新闻', '极目新闻', '澎湃新闻'),
    ...cues(1, 'could not be reached', 'reached for comment', 'when contacted', 'in an interview', 'told this newspaper', 'told the newspaper', 'told the station', 'our station', 'this station'),
    ...cues(1, 'on your side', 'affiliate', 'declined to comment', 'in a statement', 'news team', 'spokes*'),
    // The other side asked for its answer by the newsroom, as only a report says it: its request for comment, answered or
    // not ("has not responded to requests for comment", "did not return calls seeking comment", "did not immediately
    // respond"), its questions or messages "from" the paper. Not "did not respond to my emails" nor "for comment" alone:
    // a customer's post says both of the shop. The refusal is the shop's, so written whole with its "not".
    ...cues(1, 'request* for comment', 'seeking comment', 'asked for comment', 'contacted for comment', 'approached for comment', 'not immediately respond*', 'not immediately return*', 'not return*… seeking comment', 'not return*… for comment', 'not respond* to… request* for comment', 'not respond* to… request* from', 'not respond* to… questions from', 'not respond* to… messages from', 'not respond* to… calls from', 'not respond* to… emails from'),
    // A consumer column speaking as one: its columnist's column, its readers' letters and how it prints them.
    ...cues(1, 'my column', 'this column', 'writing a column', 'wrote a column', 'a column about', 'our readers', 'letter of the week', 'name and address supplied', 'name and address withheld', 'names and addresses supplied'),
    // The paper or the station as the party contacted or contacting, and the complainant interviewed (受访).
    ...cues(1, 'contacted by the paper', 'told the paper', 'the paper contacted', 'the paper asked', 'contacted the station', 'called the station', 'the station contacted', 'the station reached', 'viewers contacted', '受访'),
    // The newsroom's general vocabulary rather than any one outlet's: a source who asked not to be named, the
    // person "in charge" (相关负责人) a report asks for a reply, a Hong Kong paper's 报料 and 苦主, what the paper 获悉.
    ...cues(1, 'asked not to be named', 'did not want to be named', "didn't want to be named", 'asked not to be identified', 'asked that her name', 'asked that his name'),
    ...cues(1, '报料', '苦主', '记者获悉', '本报获悉', '相关负责人', '向本报', '向本台', '本报记者', '见习记者', '据报', '消息指'),
    // A report going on with what its subject said (续称, 续指; not 又称, which is also 'also known as').
    ...cues(1, '续称', '续指'),
    // How a report introduces a stranger: where they live (家住…的), a surname for a name (陈姓女子), an age.
    // A newsroom's boilerplate and outlets by name in three places (the editor's byline, 原标题, a wire's 综合报道; Hong
    // Kong's and Taiwan's papers and channels, by names no other word contains (中时 is in 使用中时, 台视 in 平台视频, 信报
    // in 短信报价); English bylines and consumer desks); a photo credit in English.
    ...cues(1, '责任编辑', '责编', '原标题', '综合报道', '来源：', '新闻客户端', '融媒体', '中央社', '联合新闻网', '中时新闻网', '中国时报', '民视', '华视', 'NOWnews', '无线新闻', '有线新闻', '香港电台', '头条日报', '晴报', '信报财经', '大公报', '文汇报', '都市日报', '周刊', '月刊', '杂志社', '新京报', '人民网', '央广', '看看新闻', '封面新闻', '上游新闻', '界面新闻'),
    ...cues(1, 'staff writer', 'correspondent', 'contributed to this report', 'associated press', 'reuters', 'consumer investigat*', 'i-team', 'problem solvers', 'call for action', 'consumer alert', 'getty images', 'file photo', 'photo credit', "editor's note"),
    ...cues(1, ...POSTER_REPORTED),
    ...cues(1, '家住…的', '姓女子', '姓男子', '姓妇人', '姓顾客', '姓消费者', '姓事主', 'year-old woman', 'year-old man', 'year-old mother', 'year-old father', 'year-old grandmother', 'year-old bride', 'year-old customer', 'year-old shopper'),
  ],
  'social-media': [
    // Not 吐槽 or 上网 alone: a report says 向记者吐槽 (complained to us), a customer 上网查 (looked it up online).
    ...cues(1, '社群', '网上吐槽', '上网吐槽', '传上网', '片上网', '视频上网', '贴上网', '上网发'),
    ...cues(1, 'this review', 'my review', 'review… here', '1 star', 'one star', 'zero stars', 'avoid this place', 'avoid this store', 'avoid this shop', 'avoid this company', 'avoid this business', 'avoid at all costs', 'stay away from this', 'stay away from them', 'stay away from here', 'do not go here', "don't go here"),
    // A post speaks to its readers: a manager pasting one is reading what the public can read.
    ...cues(1, 'for those of you', "here's my story", 'here is my story', 'feel free to share', 'lesson learned', 'word to the wise', 'you have been warned', 'be warned', 'just a heads up', 'heads up to', 'psa', 'rant over', 'end rant', 'end of rant', 'my rant', 'this rant', 'sorry for the rant', 'this post', 'anyone else had', 'has anyone else'),
    ...cues(1, 'never going back', "won't be going back", 'will never go back', "i'll never go back", 'will not be returning', "won't be returning", 'never again', 'shop elsewhere', 'take your business elsewhere'),
    // A review's closing verdict, told to whoever reads it: the reviewer will not be back, and advises others not to go.
    ...cues(1, 'will not be back', "won't be back", 'will never be back', "i'll never be back", 'not be coming back', "won't be coming back", 'never be coming back', 'advise people not to', 'advise anyone', 'advise everyone', 'advise others'),
    // Advice to the readers in the imperative, as only a review gives it: do not shop here, save your money, stay away.
    ...cues(1, 'do not shop here', "don't shop here", 'do not shop at', "don't shop at", 'never shop here', 'save your money', 'stay far away', 'run away from this'),
    // The same in Chinese: the poster's opening (记录一下, 分享一下我的经历), a shop exposed (曝光一家), readers asked or
    // warned (想问一下大家, 大家要小心). Not 千万别买 alone: a message to the shop says it too (see post-genre.test.ts).
    ...cues(1, '记录一下', '分享一下我的', '分享一下我在', '曝光一家', '曝光这家', '想问一下大家', '问一下大家', '请问大家', '大家要小心', '大家买东西要'),
    // The same verdict in Chinese, in the reviewer's own voice (我…, not a report's 表明不会再光顾) and of going there (去, 光顾,
    // 踏足, 上门), which is said to readers; 来 is said to the shop.
    ...cues(1, ...['再也不会去', '再也不去', '不会再去', '再也不会光顾', '不会再光顾', '不会再踏足', '不会再踏进', '再也不踏进', '不可能再次上门', '不会再上门'].map((never) => `我…${never}`)),
    ...cues(1, '楼主', '避雷', '踩雷', '姐妹们', '家人们', '大家注意', '提醒大家', '提醒各位', '群里', '曝光一下'),
    ...cues(1, 'naming names', 'never go… again', 'never shop… again', 'never buy… again', 'never use… again', 'made the mistake of', 'do yourself a favor', 'do yourself a favour', 'save yourself the'),
    // A post's own conventions, whatever the platform: a location tag (坐标), asking readers to spread it or judge it,
    // an update to an earlier post (后续来了), Taiwan's 负评 and blogs (部落格, 网志); in English a post's TL;DR, EDIT: and
    // UPDATE:, an apology for its length, a reader warned or thanked, stars given, other reviews read.
    ...cues(1, '坐标', '求扩散', '帮忙扩散', '转发扩散', '后续来了', '亲身经历', '真实经历', '有没有人遇到', '有人遇到过', '原po', 'po主', '负评', '差评', '一星评价', '一颗星', '部落格', '网志', '博客'),
    ...cues(1, 'tl;dr', 'tldr', 'edit:', 'update:', 'sorry for the long post', 'long post', 'thanks for reading', 'just venting', 'needed to vent', 'warn others', 'spread the word', 'please share', 'other reviews', 'read the reviews', 'reviewers', 'two stars', '2 stars', 'hashtag', 'retweet*', 'my followers', 'upvote*'),
    // A rating given in stars, whatever the count: written out in glyphs as review sites show it (★☆☆☆☆, ⭐⭐), or in
    // words (3 stars, four stars). A lone ⭐ is left out: a lively customer sends one as praise.
    ...cues(1, '★★', '★☆', '☆☆', '⭐⭐', '3 stars', '4 stars', '5 stars', 'three stars', 'four stars', 'five stars', 'half a star'),
    // A post's voice, talking to whoever reads it (a store it will not name, an audience greeted), and storytelling
    // a customer at the counter does not use. Not omg, lol or a laugh: lively customers say those to staff.
    ...cues(1, 'i kid you not', 'needless to say', 'fast forward to', 'you know where i mean', 'you know who you are', '大家好', '小伙伴们', '宝宝们', '姐妹们注意'),
    // A review's verdict on a shop, told to readers in the third person (a letter to the shop says "your").
    ...cues(1, 'their customer service', 'the customer service… is horrific', 'the customer service… is appalling', 'the customer service… is atrocious', 'the customer service… is terrible', 'the customer service… is awful', 'the customer service… is horrible'),
    ...cues(1, '千万别去', '千万不要去', '大家别去', '大家不要去', '劝大家', '奉劝'),
    // A PTT Gossiping post's closing question (有沒有八卦).
    ...cues(1, '有没有八卦', '有没有卦'),
    // A post naming itself (此贴, 本帖), a blog's warning above it (不喜勿入), a blogger's visit to review a shop
    // (探店), its photos put up (贴出照片); a review site's form, its pros and cons set out.
    ...cues(1, '此贴', '此帖', '本帖', '不喜勿入', '探店', '贴出照片', '贴照片', 'pros:', 'cons:'),
    ...cues(1, 'would not recommend', "wouldn't recommend", 'do not recommend', "don't recommend", 'buyer beware', 'this forum', 'this blog', 'first and only visit', 'am i being unreasonable'),
    // A review's own words in either language: a shopper's tested-it and show-the-order posts (亲测, 晒单, 追评 — a
    // review added to later), the audience hailed (集美们, 宝子们), a reader told not to buy from a shop (not "I don't
    // buy plated pieces", a habit), the stars it would give.
    ...cues(1, '亲测', '晒单', '追评', '追加评论', '种草', '拔草', '集美们', '宝子们', '谁懂啊'),
    ...cues(1, 'do not buy from', 'do not buy their', 'do not buy anything', "don't buy from", "don't buy their", "don't buy anything", 'steer clear', 'out of 5 stars', 'out of five stars', 'if i could give zero', 'if i could give 0', 'if i could give less', 'negative stars', 'no stars'),
  ],
};

/**
 * How a consumer council's or a regulator's own case notice reads: it mediated the case (经…调解, 调解下),
 * it reports one (通报, 典型案例, 消费提示). Such a notice names the complainant the way a news report does
 * (消费者刘女士, 市民王先生), but the body that holds the case is speaking, not the press: a report's way of
 * naming people is no sign of the press there, while a journalist named outright still is.
 */
// biome-ignore format: word lists read best packed
export const BODY_NOTICE_CUES: Cue[] = [
  ...cues(1, '经…调解', '经过…调解', '工作人员…调解', '调解下', '调解后', '介入调解', '调解成功', '成功调解', '组织…调解', '通报了', '通报一起', '典型案例', '案例通报', '消费提示', '消费警示'),
  ...cues(1, 'mediated', 'after mediation', 'through mediation', 'the council mediated'),
];
