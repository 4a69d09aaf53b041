/**
 * Goods and services a jewellery and accessories policy does not cover, as complaints name them: a photo
 * studio sitting, a salon, cosmetics, an engraving job, appliances, a pharmacy, eye surgery. A complaint
 * about one of these reads as category `other`, which the policy keeps for what it does not list.
 */
// biome-ignore format: word lists read best packed
export const OUTSIDE_POLICY_CUES: readonly string[] = [
  '影楼', '婚纱照', '摄影店', '摄影师', '拍摄', '写真', '选片', '相册', '美容', '美发', '理发', '发廊', '烫发', '染发', '文眉', '塑形',
  '化妆品', '护肤品', '面膜', '口红', '刻字', '刻错', '电视', '洗衣机', '冰箱', '空调', '电器', '家电', '充电', '手机店', '药房',
  '药膏', '近视手术', '激光手术', '当铺', '典当', '裁缝', '改衣', '餐厅', '饭店', '外卖', '旅行社',
  '美甲', '指甲', '挽脸', '挽面', '摊贩', '公仔', '玩具', '单车', '自行车', '公路车', '耳机', '充电座', '电子产品', '婚纱', '礼服', '干洗', '洗衣店',
  '家具', '鞋店', '服装店', '衣服', '美睫', '种睫毛', '种植睫毛', '嫁接睫毛', '睫毛炎', '医美', '玻尿酸', '肉毒', '按摩床', '保健品', '通渠',
  '电脑', '笔记本', '水果电脑', '鱼档', '街市', '菜市场',
  'photo studio', 'photographer', 'photo shoot', 'photoshoot', 'wedding photos', 'portrait*', 'engraving service', 'engraving order',
  'hair salon', 'salon', 'haircut', 'hairdresser', 'barber', 'cosmetics', 'makeup', 'make-up', 'skincare', 'lasik', 'laser eye',
  'eye surgery', 'pawn shop', 'pawnbroker', 'tailor', 'alterations', 'dry clean*', 'laptop', 'television', 'washing machine',
  'appliance*', 'pharmacy', 'restaurant', 'wedding dress', 'gown', 'cleaners', 'nail salon', 'manicure', 'pedicure', 'headphones',
  'earbuds', 'bicycle', 'bike', 'furniture', 'mattress', 'shoes', 'layaway', 'eyelash extensions', 'botox', 'filler*', 'macbook',
  'computer', 'plumber',
  // Trades a jewellery, watch and glasses policy never covers, by the kind of trade: food and drink, groceries,
  // health, building and household work, vehicles, locks and keys, parcels, pets.
  '饼店', '饼家', '面包店', '蛋糕店', '甜品店', '雪糕', '冰淇淋', '奶茶', '饮品店', '咖啡店', '超市', '便利店', '诊所', '牙医',
  '牙科', '健身房', '装修', '搬家公司', '快递', '物业', '修车', '锁匠', '开锁', '配钥匙', '洗车', '宠物店',
  'bakery', 'cake shop', 'ice cream', 'ice-cream', 'bubble tea', 'coffee shop', 'supermarket', 'grocery', 'dentist', 'dental',
  'gym', 'contractor', 'movers', 'moving company', 'courier', 'mechanic', 'car dealer*', 'dealership', 'locksmith', 'car wash',
  'pet shop', 'takeaway',
];
