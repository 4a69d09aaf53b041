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
// biome-ignore format: word lists read best packed
export const EVERYDAY_PROBLEM_CUES: Readonly<Record<string, readonly string[]>> = {
  'lost-stone': [
    '钻掉了', '钻石掉', '钻石…丢', '钻…不见', '钻…不翼而飞', '宝石…不翼而飞', '少了一颗', '少了颗', '缺了一颗', '掉了一颗',
    '石头松', '石头掉', '宝石丢', '宝石掉', '钻石松', '钻松', '主石…掉',
    'stone* fell out', 'stone* came loose', 'stone* came out', 'stone* was missing', 'stone* missing', 'missing a stone',
    'diamond* fell out', 'diamond* came loose', 'diamond* came out', 'diamond* was missing', 'missing a diamond',
    'lost a diamond', 'lost the stone', 'lost the diamond', 'one of the diamonds', 'one of the stones',
    'stone* fell off', 'diamond* fell off', 'rhinestone* fell off', 'crystal* fell off', 'lost two stones', 'lost a stone',
    'lost stones', 'lost some stones', '颗石头', '粒石', '石头掉', '石跌', '甩…石', '甩…钻', '钻…甩',
  ],
  tarnish: ['发乌', '黑了', '变暗', 'turned… green', 'went green', 'gone green', 'green mark*', 'went dark', 'gone dark', 'turned dark', 'darkened', 'went grey', 'gone grey', 'discolo*'],
  'plating-wear': ['掉金', '褪金', '露出…底', '颜色掉', 'plating… wore off', 'plating… worn', 'gold… rubbed off', 'gold… wore off', 'wore off', 'worn off', 'rubbed off', 'wearing off'],
  'watch-battery': ['不走了', '表…停了', '停摆', '停走', 'stopped working', 'stopped running', 'stopped ticking', "isn't running", 'not running', 'quit working'],
  'watch-fault': ['走走停停', '时快时慢', '走时', '机芯故障', "won't keep time", "doesn't keep time", 'keep* stopping', 'kept stopping', 'habit of stopping', 'stopping once a day', 'stops every', 'losing time', 'running backward*', 'moving backward*', 'runs fast', 'runs slow'],
  broken: ['断成', '断掉', '断左', '断咗', '变形', '裂开', 'fell off', 'came off', 'snapped off', 'broke in half', 'broke again', 'broke off', 'fell apart', 'came apart', 'cracked', 'snapped'],
  'lens-broken': ['镜片…碎', '镜片…裂', '镜片…刮花', 'lens… shattered', 'shard* of lens', 'lens… cracked', 'lens… popped out', 'lens is chipped', 'lens was chipped', 'lens… scratch*', 'scratch* on the lens*', 'scratch* in the lens*'],
  defect: [
    '假货', '假金', '假的', '不是足金', '不是真', '不是纯金', '含金量', '成色不足', '纯度不', '克重不符', '重量不符', '短缺', '以次充好',
    '货不对板', '与宣传不符', '不符', '磁铁', '吸起来', '鉴定', '检测', '自燃', '冒烟', '烫伤', '烧伤',
    '掺假', '冒充', '注胶', '充胶', 'B货', 'C货', '合成', '人造', '仿品', '高仿', '山寨', '以假乱真', '赝品', '偷工减料',
    'fake', 'not real', 'not genuine', 'counterfeit', 'not what was advertised', 'not as described', 'not solid gold',
    'not sterling', 'lower quality', 'flawed', 'swapped', 'switched', 'caught fire', 'overheat*', 'burned', 'burnt',
    'replica', 'knock-off', 'knockoff', 'imitation', 'lab-grown', 'synthetic', 'cubic zirconia', 'not gold', 'not platinum',
  ],
  service: [
    '还没修好', '还没拿到', '还没…回来', '等了…还', '迟迟', '一拖再拖', '一延再延', '拖延', '延误', '至今', '以旧换新', '换购', '旧金',
    '回收', '工费', '误导', '诱导', '推销', '强迫', '乱收费', '收费过高', '态度', '不理', '拒绝', '推诿', '踢皮球', '未告知', '没有告知',
    '虚假发货', '不发货', '未发货', '没发货', '待出货', '迟迟不', '回避', '转移话题', '欺诈', '诈骗', '沟通有误', '服务差', '服务态度',
    'still not back', 'still waiting', "still haven't", 'still had not', 'still hadn’t', 'months later', 'weeks later', 'took months',
    'never called', 'no call', 'never heard back', "didn't call", 'did not call', 'lost my', "can't find my", 'could not find',
    'rude*', 'attitude', 'customer service', 'lousy service', 'poor service', 'bad service', 'terrible service', 'awful service',
    'unpleasant experience', 'owes me', 'never got it', 'never received', 'never arrived', 'ruined', 'lost it', 'lost the', 'no way we can', 'ignored', 'upsell*', 'overcharg*', 'misled', 'misleading', 'refused', 'wrong prescription',
  ],
};
