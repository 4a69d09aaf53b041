import type { Temperament } from '../../domain/analysis.ts';
import { type Cue, cues } from './cue.ts';

/**
 * Cues for the four temperaments of 人际性格解析法 (seed 001), in Chinese and English. They follow the
 * method's descriptions — what each type cares about, how they talk, how they behave — rather than
 * any particular complaint, so that the reader generalises to complaints it has never seen.
 * Weights: 3 a defining sign, 2 a clear one, 1 a hint.
 */
/**
 * Dismay and exasperation shown (气死了, 无语, 傻眼, "are you kidding", "ugh"): every angry customer says them, so they
 * tell the outgoing side of seed 001's axes (表现力强), not which outgoing type — half a sign of each, lively and forceful.
 */
// biome-ignore format: word lists read best packed
const FEELINGS_SHOWN: Cue[] = [
  ...cues(1, '气死了', '气死我了', '太失望了', '无语', '崩溃', '绝了', '服了', '傻眼', '大吃一惊', '吓了一跳', '哭诉', '哭闹', '嚷着', '激动'),
  ...cues(1, 'ugh', 'are you kidding', 'can you believe'),
];

// biome-ignore format: word lists read best packed
export const TEMPERAMENT_CUES: Record<Temperament, Cue[]> = {
  // Outgoing and people-oriented: trend-minded, impulsive, talkative, jumps topics; serve with praise.
  lively: [
    // As a retelling tells it: telling it as a funny story.
    ...cues(2, '搞笑', '笑死', '哭笑不得', 'haha*', 'lol', 'hilarious', 'funny', 'joke*', 'jokingly', 'imagine my surprise'),
    ...cues(3, '滔滔不绝', '说个不停', '话很多', '话特别多', '问东问西'),
    ...cues(3, '一眼就看中', '冲动', '当场就买', '手舞足蹈', '眉飞色舞', '聊个不停', '聊起', '扯到'),
    ...cues(2, '好看', '漂亮', '可爱', '搭配', '闺蜜', '姐妹', '宝子', '夸张', '边说边笑', '朋友都说', '自拍', '晒图', '晒照', '晒出'),
    ...cues(2, '哈哈', '嘻嘻', '天哪', '天啊', '超喜欢', '特别喜欢', '好喜欢', '太喜欢', '超级', '哇'),
    ...cues(2, '对了', '顺便', '话说', '还有啊', '另外那款', '其他款', '别的款', '有没有新', '笑着', '笑嘻嘻', '热情', '语速很快'),
    ...cues(3, 'chatty', 'talkative', 'bubbly'),
    ...cues(3, 'talked nonstop', 'non-stop', 'kept chatting', 'chatted', 'impulse buy*', 'impulse purchase*', 'on impulse', 'impulsive*', 'spur of the moment', 'fell in love with'),
    // Talking on and on (seed 001: 活泼型 说话多): what a listener says of a talker, whoever tells it.
    ...cues(3, 'on and on', 'rambl*', 'talked my ear off', 'talking my ear off', "wouldn't stop talking", 'would not stop talking', "couldn't stop talking", 'kept talking', '说个没完', '讲个不停', '讲个没完', '聊了半天', '一直讲', '一直说个', '喋喋不休'),
    ...cues(2, 'cute', 'gorgeous', 'stunning', 'adorable', 'obsessed', 'love it', 'loved it', 'bestie'),
    ...cues(2, 'selfie*', 'photos for', 'omg', 'oh my god', 'so excited', 'animated', 'laughing', 'laughed', 'giggl*'),
    ...cues(2, 'by the way', 'oh and', 'anyway', 'changed the subject', 'other colours', 'other colors', 'other styles'),
    ...cues(2, 'sparkly', 'matches', 'outfit', 'compliments'),
    // Feelings told to everyone: a buy they could not resist, a good mood spoilt, friends and followers told.
    ...cues(2, '心爱的', '好心情', '迫不及待', '忍不住'),
    ...cues(1, '朋友圈', '告诉朋友', '跟朋友说', '跟闺蜜', '点赞'),
    ...cues(2, 'beloved', 'my beautiful', 'most beautiful', 'so happy'),
    ...FEELINGS_SHOWN,
    ...cues(2, 'told all my friends', 'told everyone', 'my followers', 'couldn\'t resist', 'could not resist', 'dramatic*'),
    // A piece loved and worn all the time (seed 001: 对新产品有兴趣, 外形、颜色): attachment to the look, told by anyone —
    // but any customer whose favourite piece broke says it was their favourite, so it is a hint, not a clear sign.
    ...cues(1, '最爱', '最喜欢', '心头好', '爱不释手', '天天戴', '每天都戴'),
    ...cues(1, 'favorite', 'favourite', 'loved', 'adored', 'lived in it', 'wore it every day', 'wore it everyday'),
    // Talk written down as it is spoken (seed 001: 活泼型 说话多, 表现力强): the interjections a chatty teller drops
    // into a story — surprise, mock dismay, a shrug — whoever writes them, not the words a complaint is about.
    ...cues(2, '哎呀', '哎哟', '哎唷', '我的天', '天呐', '妈呀', '我也是醉了', '醉了醉了', '晕死', '笑哭', '呜呜'),
    // A story told to an audience (seed 001: 活泼型 爱讲故事): the teller's frames — skipping ahead, teasing what comes,
    // owning up to a digression — which a report, a letter or a log has no use for.
    ...cues(2, 'long story short', 'fast forward', 'fast-forward', "here's the kicker", 'guess what', 'believe it or not', 'let me tell you', 'needless to say', 'here it goes', 'here goes', 'plot twist', 'i digress', 'you guessed it'),
    ...cues(2, '长话短说', '说来话长', '你们猜', '猜猜看', '重点来了', '事情是这样的', '话说回来'),
    ...cues(2, 'yep', 'yup', 'geez', 'jeez', 'gee whiz', 'gosh', 'golly', 'whoa', 'wow', 'yikes', 'oops', 'whoops', 'phew', 'yay', 'woohoo', 'hmm*', 'meh', 'duh', 'crap'),
  ],
  // Outgoing and task-oriented: wants status and quality, decisive, straight to the point, short-tempered.
  forceful: [
    ...FEELINGS_SHOWN,
    // As a retelling tells it: anger stated, a confrontation, a verdict on the shop, going over its head.
    ...cues(2, '生气', '气愤', '愤怒', '愤慨', '一气之下', '怒告', '怒斥', '火大', '理论', '强烈要求', '当场报警', '誓言', '追究到底', '欺诈', '坑人', '骗子', '据理力争', '不依不饶', '讨公道'),
    ...cues(2, 'angry', 'angrily', 'furious*', 'livid', 'outraged', 'confront*', 'accus*', 'how dare', 'ridiculous', 'bloody', 'crooked', 'stupid', 'incompetent', 'straight to the manager', 'called the police', 'went to the police'),
    ...cues(3, '要求…马上', '要求…立刻', '要求…立即', '马上给我', '立刻给我', '现在就', '必须', '叫你们经理', '叫你们店长', '找你们领导', '叫经理', '叫店长', '我不管'),
    ...cues(3, '别废话', '少废话', '直接说', '说吧怎么办', '给个说法', '要么', '没时间', '浪费我时间', '开门见山', '斩钉截铁'),
    ...cues(3, '拍桌', '拍柜台', '拍在柜台', '强硬', '很硬', '命令', '不容商量', '没得商量', '一句话'),
    ...cues(1, '给我'),
    ...cues(2, '我要求', '你们看着办', '赶时间', '快点', 'VIP', '老客户', '大客户'),
    ...cues(2, '大声', '嗓门', '不耐烦', '脾气', '指着', '盯着', '冷冷', '黑着脸', '板着脸', '很冲', '质问', '咄咄逼人', '抱胸', '话很短', '句话都很短', '打断'),
    ...cues(1, '凭什么', '到底', '立马', '就这样'),
    ...cues(3, 'right now', 'demand*… immediately', 'i demand', 'manager now', 'get me your manager', 'get your manager'),
    ...cues(3, 'speak to the manager', "don't waste my time", 'waste of my time', 'no excuses', 'bottom line', 'non-negotiable'),
    ...cues(3, 'slammed', 'banged', 'pounded', 'demanding', 'demanded', 'demands', 'just tell me', 'straight to the point'),
    ...cues(3, "haven't got all day", "don't give me", 'cutting… off', 'cut… off', "you're wrong", 'very direct', 'and we are done', "and we're done"),
    ...cues(2, 'i want', 'i expect', 'unacceptable', 'deal with it', 'fix it', 'vip', 'premium', 'direct', 'leaned over', 'eye contact', 'just refund', 'just give me'),
    ...cues(2, 'loud', 'raised voice', 'raised her voice', 'raised his voice', 'impatient', 'curt', 'blunt', 'firm', 'firmly'),
    // Narrated by someone else: "she wants", "he insisted", "she yelled at the clerk".
    ...cues(2, 'she wants', 'he wants', 'she wanted… now', 'he wanted… now', 'insist*', 'threats', 'yell', 'yells', 'yelled', 'yelling', 'shout*', 'scream*', 'threaten*'),
    ...cues(2, 'pointed at', 'pointed her finger', 'pointed his finger', 'glared', 'arms crossed', 'tapped', 'snapped', 'interrupted', 'in a hurry', 'busy man', 'busy woman'),
    ...cues(1, 'quality i paid for', 'what are you going to do', 'decide', 'no time'),
    // An ultimatum or a deadline, damages several times the loss, a face-to-face confrontation, a verdict on the
    // shop, an offer turned down flat: how a forceful customer acts, whoever tells it.
    ...cues(3, '否则', '不然就', '要么…要么', '限期', '…天内给', '最后通牒', '双倍赔偿', '三倍赔偿', '十倍赔偿', '加倍赔偿', '退一赔三', '坚决要求', '强烈不满', '讨说法', '要说法', '要个说法', '对质', '当面质问'),
    ...cues(2, '直斥', '痛斥', '痛批', '怒批', '狠批', '炮轰', '斥责', '指责', '大骂', '要求…道歉', '拒绝…方案', '不接受…方案', '不接受…赔偿', '不接受…道歉', '找…理论', '报警'),
    ...cues(3, "or i'll", 'or i will', "or i'm going to", "otherwise i'll", 'otherwise i will', "or we'll", 'or we will'),
    ...cues(3, 'or else', 'ultimatum', 'deadline', 'within 24 hours', 'within 48 hours', 'by friday', 'by monday', 'double the', 'triple the', 'three times the', 'three times what'),
    ...cues(2, 'refused the offer', 'turned down', 'turned… down', 'rejected the', 'would not accept', "wouldn't accept", 'blames', 'blamed', 'denounc*', 'lashed out', 'tore into', 'called them out', 'called her out', 'called him out', 'filed a police report', 'reported… to the police', 'took matters into'),
    // Temper shown and acted on (seed 001: 投诉时有暴力倾向、脾气大 — short-tempered, turns violent when complaining):
    // swearing, hands laid on staff, rage, contempt, snatching back, flat contradiction, stepping in or going over
    // the shop's head unasked. Each is something the customer does, so a retelling tells it as well as they would.
    ...cues(3, '日他大爷', '日你大爷', '操你', '卧槽', '混蛋', '王八蛋', '你老母', '仆街', '爆粗', '粗口', '脏话', '破口大骂', '辱骂', '谩骂', '骂人', '骂道', '骂街'),
    ...cues(3, 'fuck*', 'bullshit', 'asshole*', 'bitch*', 'bastard*', 'swore at', 'swearing at', 'cursed at', 'cursing at', 'cussed', 'cussing', 'profanit*', 'obscenit*', 'expletive*', 'f-word', 'f-bomb*'),
    ...cues(3, '拳打脚踢', '大打出手', '动手打', '扇耳光', '打耳光', '一巴掌', '掌掴', '殴打', '拍打', '推搡', '推撞', '郁手', '砸店', '摔东西', '互殴'),
    ...cues(3, 'punched him', 'punched her', 'punching him', 'punching her', 'slapped him', 'slapped her', 'slapped the clerk', 'slapped the counter', 'kicked him', 'kicked her', 'kicked the door', 'kicked the counter', 'shoved', 'shoving', 'threw it at', 'hit the clerk', 'hit the employee', 'hit the worker', 'assaulted'),
    ...cues(2, '暴怒', '大发雷霆', '怒不可遏', '气冲冲', '暴跳如雷', '发飙', '发火', '火冒三丈', '抢过', '一把抢', '夺过', '翻白眼', '冷笑', '嗤之以鼻'),
    ...cues(2, 'rage', 'raged', 'raging', 'enraged', 'stormed', 'storming', 'stomped', 'snatch*', 'yanked', 'tantrum', 'rolled her eyes', 'rolled his eyes', 'rolls her eyes', 'rolls his eyes', 'rolling her eyes', 'eye-roll*', 'scoff*', 'sneer*'),
    // Anger retold as what the customer did with it (seed 001: 脾气大, 投诉时有暴力倾向): threatening, quarrelling, making a
    // scene, refusing to leave the counter, losing their temper — told by anyone, in any person or tense. Not 威胁 or
    // 恐吓, which a customer as often suffers (被店员威胁) as makes.
    ...cues(2, '扬言', '放狠话', '撂下狠话', '吵起来', '吵了起来', '大吵', '争吵', '吵架', '大闹', '闹事', '撒泼', '翻脸', '不肯走', '不肯离开', '赖着不走', '坐着不走', '拒绝离开', '气得'),
    ...cues(2, 'refused to leave', 'refuses to leave', "wouldn't leave", 'would not leave', 'made a scene', 'making a scene', 'caused a scene', 'causing a scene', 'lost her temper', 'lost his temper', 'lost their temper', 'blew up at', 'flew off the handle', 'hit the roof', 'went ballistic', 'went off on', 'chewed out', 'ripped into', 'claws came out', 'argued with', 'arguing with', 'got into an argument', 'pissed off'),
    ...cues(2, "i don't believe you", 'i do not believe you', 'you are lying', "you're lying", 'liar', '骗人', '胡说', '胡扯', '放屁', '扯淡', '别忽悠', '少忽悠', '忽悠人'),
    ...cues(2, 'into her own hands', 'into his own hands', 'into their own hands', 'into my own hands', 'demanded to speak', 'asked to speak to the manager', 'asked for the manager', 'asked for a manager', 'called corporate', 'contacted corporate', 'went to corporate', 'over their heads', 'over his head', '看不过眼', '看不过去', '看不下去', '不吐不快', '公审', '越级'),
  ],
  // Reserved and people-oriented: follows the crowd, likes discounts, quiet, passive, hesitant.
  peaceable: [
    // As a retelling tells it: hurt or worry rather than anger, trust in what staff said, patience, asking for help.
    ...cues(2, '委屈', '焦虑', '后悔', '不放心', '拿不定主意', '无奈', '求助', '只好', '相信了', '信以为真', '没多想', '不假思索', '听从', '听信'),
    ...cues(2, 'please help', 'waited patiently', 'trusted', 'face value', 'i assumed', 'heartbroken', 'in tears', 'holding back tears', 'disappointed', 'loyal customer', 'am i being unreasonable', 'not a trouble-maker', 'not a troublemaker', 'make a fuss'),
    ...cues(3, '看着办就好', '看着办吧', '看着处理就好', '不好意思', '麻烦你', '麻烦您', '打扰', '都行', '都可以', '听你的', '听你们的', '你们说了算', '随便'),
    ...cues(3, '犹豫', '小声', '轻声', '声音很小', '不好意思开口', '欲言又止', '吞吞吐吐', '低着头', '怯'),
    ...cues(3, '不用麻烦', '轻声细语', '说谢谢'),
    ...cues(2, '没事', '也还好', '不是什么大问题', '不是大问题', '没关系', '算了', '要不', '也不是什么大事', '不是大事', '可能是我', '是不是我', '别人都', '大家都', '一般怎么'),
    ...cues(2, '客气', '礼貌', '温和', '平静', '慢慢', '耐心', '不想麻烦', '怕麻烦', '不想添麻烦', '不急'),
    ...cues(2, '卖得最好', '最多人买', '朋友推荐', '同事推荐', '跟着买'),
    // Following the crowd (随大流, 购主流, 受影响): bought where everyone buys, on others' word or a queue's.
    ...cues(2, '口碑', '好评', '随大流', '跟风', '人气', '大家都买', '亲戚推荐', '邻居推荐', '朋友介绍', '排长队', '大排长龙', '受…影响'),
    ...cues(2, 'everybody', 'everyone else', 'so many people', 'lots of people', 'good reviews', 'word of mouth', 'most popular', 'best-selling', 'long line', 'line out the door'),
    ...cues(1, '请问', '谢谢', '好吗', '可以吗', '行吗', '吧'),
    ...cues(3, 'sorry to bother', 'sorry for the trouble', 'whatever you think', 'whatever is easiest', "whatever's easiest"),
    ...cues(3, "don't want to make a fuss", 'not want to make a fuss', 'hesitat*', 'timid', 'shy'),
    ...cues(3, 'quietly', 'softly', 'apologetic', 'kept apologising', 'kept apologizing', 'if it is not too much trouble'),
    ...cues(2, 'sigh', 'no worries', "it's okay", 'it is okay', 'maybe', 'i guess', 'not sure', 'i suppose', 'if possible'),
    ...cues(2, 'what do people usually', 'what do others', 'everyone', 'most people', 'recommended by', 'my friend recommended'),
    ...cues(2, 'soft', 'thanked', "don't mind", 'do not mind', 'anxious', 'polite', 'politely', 'gentle', 'calm voice', 'patient', 'patiently', 'soft-spoken', 'mild'),
    ...cues(2, 'on sale', 'promotion', 'best seller', 'bestseller', 'popular one'),
    ...cues(1, 'discount', 'please', 'thank you', 'thanks', 'could you', 'would it be', 'sorry'),
    // Letting it go, blaming themselves, waiting a long time, taking the seller's word: said with a negation,
    // so written out whole ("didn't want to make a fuss", 不想追究).
    ...cues(3, '不想…闹大', '不愿…闹大', '不喜欢…闹大', '不想追究', '不想计较', '不愿计较', '不再追究', '自认倒霉', '认栽', '哑巴亏', '也怪我', '怪我自己', '只怪自己', '好说话', '息事宁人'),
    ...cues(2, '一等再等', '耐心等', '一直等', '等了…个月', '等了…周', '又等了', '劝说下', '建议下', '推荐下', '听了…建议', '被说服', '就同意了', '没有多想', '没多看', '走个程序', '忍了'),
    ...cues(3, "didn't want to make a fuss", 'did not want to make a fuss', "didn't want to bother", 'did not want to bother', "didn't want to bug", "didn't want to cause", "i'm not one to complain", 'not one to complain', "don't usually complain", 'never complain'),
    // Holding back (seed 001: 和平型 被动、犹豫不决): the choice left open when the shop offers one, or a quiet exit
    // instead of a fight — what a narrator tells the customer did, not how they spoke, so it carries across genres.
    ...cues(2, '未能…决定', '还没决定', '还未决定', '尚未决定', '没想好', '考虑是否', '考虑要不要', '不知道要不要', '不知该', '不知如何是好', '默默离开', '只好离开', '转身离开', '悻悻离开', '作罢'),
    ...cues(2, 'still deciding', 'undecided', 'weighing my options', 'looking at my options', 'considering my options', 'went home', 'resigned to'),
    // Handing the case to a third party to settle (seed 001: 和平型 被动, lets others decide): a consumer council, a
    // newspaper's help desk, a mediator, rather than taking it up with the shop face to face.
    ...cues(2, '向消委会投诉', '向消协投诉', '向消保委投诉', '向消委投诉', '向本报投诉', '寻求帮助', '请求协助', '委托…消保委', '委托…消协', '委托…消委会', '同意调解', '接受调解'),
    ...cues(2, 'sought help', 'asked for help', 'turned to the', 'asked the council', 'asked the newspaper'),
    ...cues(2, 'my own fault', 'my fault', 'should have known', 'i should have', 'still waiting', 'kept waiting', 'waited… months', 'waited… weeks', 'month went by', 'weeks went by', 'months went by', 'another chance', 'took his word', 'took her word', 'took their word', 'believed them', 'went along', 'talked into', 'persuaded', 'let it go', 'let it slide'),
  ],
  // Reserved and task-oriented: rational, value for money, technical detail and quality, nitpicks.
  analytical: [
    // As a retelling tells it: checking for themselves — weighing, comparing, keeping records, asking for a second opinion.
    ...cues(2, '称重', '称了', '复检', '送检', '比对', '逐一', '核实', '提出质疑', '质疑…说法', '质疑…解释', '质疑…结果', '质疑…报告', '质疑…结论', '质疑…规定', '不认同', '另一家', '另外一家'),
    ...cues(2, 'weighed', 'kept a log', 'logged', 'kept records', 'kept the paperwork', 'paperwork', 'sceptic*', 'skeptic*', 'questioned', 'second opinion', 'another jeweller', 'another jeweler', 'independent'),
    ...cues(3, '规格', '参数', '说明书', '数据', '性价比', '吹毛求疵'),
    ...cues(3, '纯度', '镀层', '厚度', '对比', '比较了', '比较过', '作比较', '货比三家', '比价', '别家', '条款', '第几条', '依据'),
    ...cues(2, '为什么', '原因', '具体', '详细', '拍了照', '截图', '网上查', '自己查', '我查过', '他查过', '她查过', '查了一下', '查了资料', '查过资料'),
    ...cues(2, '合理', '逻辑', '放大镜', '一条一条', '一项一项', '逐条', '列了', '问得很细', '有条理', '笔记', '理性', '冷静'),
    ...cues(1, '仔细'),
    // Not 925 nor "sterling": silver is sold and stamped so, and a customer naming the piece by it ("my sterling
    // bracelet", 925银手链) names the goods, not a taste for technical detail; its purity weighed or tested still is (纯度).
    ...cues(2, '电镀', '毫米', '微米'),
    ...cues(1, '是否', '请解释', '解释一下'),
    ...cues(3, 'specification*', 'spec', 'material', 'plating', 'thickness', 'micron*'),
    ...cues(3, 'warranty terms', 'clause', 'evidence', 'documented', 'compar*', 'value for money', 'spreadsheet'),
    // Value for money weighed against the trade (seed 001: 分析型 注重性价比): the shop's margin or mark-up, what its
    // competitors charge — 利润, 市场价, 同行.
    ...cues(2, 'margin', 'margins', 'mark-up', 'markup', 'competitor*', 'the going rate', 'market price', '利润', '市场价', '同行'),
    ...cues(3, 'nitpick*', 'methodical*', 'printout', 'printed out', 'measured', 'data', 'technical'),
    ...cues(2, 'why', 'explain', 'explanation', 'details', 'detailed', 'precise*', 'exactly', 'according to', 'standards', 'industry standard', 'up to standard', 'below standard', 'substandard', 'quality standard*'),
    ...cues(2, 'photos', 'photographed', 'screenshot*', 'reviews', 'research*', 'close look', 'closer look', 'good look', 'under the light', 'in good light', 'magnif*', 'looked it up', 'checked', 'tested', 'notes'),
    ...cues(2, 'calm*', 'rational', 'logical', 'carefully', 'step by step', 'point by point', 'itemised', 'itemized'),
    ...cues(1, 'receipt dated'),
    // Keeping and citing the papers — receipts, certificates, test reports, standards, the law's articles — and
    // recording it: how an analytical customer builds a case, whoever tells it.
    ...cues(2, '检测报告', '质检报告', '鉴定报告', '检测结果', '鉴定结果', '国家标准', '国标', '行业标准', '法规', '相关规定', '按照…规定', '根据…规定', '消费者权益保护法', '消法', '第…条', '提供的…显示', '录像', '录影', '全程录', '留证', '保留证据', '核对', '复秤', '算了一下', '算了算'),
    // Reasoning written out (seed 001: 分析型 理性, 逻辑力强): whether the shop's answer makes sense, what follows from
    // what, the law or the rules given as grounds — the case argued, whoever tells it. A denial is part of these
    // phrases ("doesn't make sense"), so they are written out whole.
    ...cues(2, 'makes no sense', 'make no sense', 'made no sense', "doesn't make sense", 'does not make sense', "didn't make sense", 'did not make sense', 'make any sense', 'makes any sense', 'make any sort of sense', 'illogical', 'which means', 'in other words', 'it follows', 'by law', 'under the law', 'the law says', 'legally required', 'legally obliged', 'legal obligation', 'statutory'),
    ...cues(2, '说不通', '讲不通', '不合逻辑', '也就是说', '由此可见', '按理说', '照理说', '法律规定', '按照法律', '根据法律', '三包规定'),
    ...cues(2, 'documentation', 'paper trail', 'appraisal', 'appraised', 'in writing', 'written quote', 'terms and conditions', 'consumer protection act', 'regulation*', 'microscope', 'records show', 'quote beforehand', 'asked for a quote', 'test report', 'lab report', 'lab test*'),
  ],
};

/**
 * What a story is about rather than how the customer is: the occasion (a wedding, a gift, a trip), the
 * look (colour, style), the goods' test and price (鉴定, 发票, 克). Said by the customer — their words,
 * what staff saw, speech quoted in a retelling — they hint at a type; in a reporter's or a clerk's
 * narration they are only the subject matter, and are not read there.
 */
/**
 * The new and the fashionable (seed 001: 活泼型 追求时尚, 喜欢新产品): the customer's taste when they tell it, in their
 * words or their own story; in a reporter's narration the words describe the goods (一款时尚的太阳镜, "the new
 * collection"), not the buyer, and are not read there.
 */
// biome-ignore format: word lists read best packed
export const FASHION_TASTE: Cue[] = [
  ...cues(3, '新款', '新品', '最新款', '流行', '时尚', '潮流', '网红款'),
  ...cues(3, 'new arrival*', 'new collection', 'trendy', 'on trend', 'fashion*'),
];

// biome-ignore format: word lists read best packed
export const TEMPERAMENT_TOPICS: Record<Temperament, Cue[]> = {
  lively: [
    ...cues(2, '颜色', '款式', '拍照'),
    ...cues(1, '粉丝', '生日', '派对', '聚会', '婚礼', '约会', '旅游', '旅行', '送人', '礼物', '心情'),
    ...cues(2, 'my friends'),
    ...cues(2, 'colour', 'color', 'style'),
    ...cues(1, 'birthday', 'party', 'wedding', 'holiday', 'date night', 'gift', 'mood'),
  ],
  // Said by the customer, a speed word is a demand ("马上给我换"); in a retelling it only narrates the pace.
  forceful: [
    ...cues(3, '马上', '立刻', '立即', 'immediately'),
    // Status and quality are what a forceful customer asks for in words; told by a reporter they are the case's
    // subject (学生身份, 品质问题, 效率低).
    ...cues(2, '效率', '档次', '品质', '身份'),
  ],
  // A promotion in a reporter's words is what was sold (以旧换新活动), not a customer who likes discounts.
  peaceable: [
    ...cues(1, '打折', '优惠'),
    ...cues(2, '活动'),
  ],
  analytical: [
    ...cues(3, '材质', '工艺', '检测', '鉴定', '质检'),
    ...cues(2, '标准'),
    ...cues(2, '克'),
    ...cues(1, '同款', '价格', '发票'),
    // A warranty, records, photos and evidence are the case's papers whoever tells it (呈堂证据, 证据不足); the
    // customer citing them is a sign.
    ...cues(2, '保修', '记录', '照片'),
    ...cues(3, '证据'),
    ...cues(2, '证书', '克重', '含金量', '净度', '成分'),
    ...cues(2, 'carat', 'karat', 'serial number', 'inscription', 'certificate'),
    // Units and a price by weight are the goods' facts in a narrator's words, as 克 is: a customer's own when they
    // say them.
    ...cues(1, 'grams', 'mm', 'percent'),
    ...cues(3, '每克', 'per gram'),
    // A receipt is what the policy asks everyone for: only a hint, and only in the customer's words.
    ...cues(1, '小票', '收据', '单据', '凭证', 'receipt', 'receipts', 'invoice*'),
  ],
};
