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
  'earbuds', 'bicycle', 'bike', 'furniture', 'mattress', 'shoes', 'eyelash extensions', 'botox', 'filler*', 'macbook',
  'computer', 'plumber',
  // Trades a jewellery, watch and glasses policy never covers, by the kind of trade: food and drink, groceries,
  // health, building and household work, vehicles, locks and keys, parcels, pets.
  '饼店', '饼家', '面包店', '蛋糕店', '甜品店', '雪糕', '冰淇淋', '奶茶', '饮品店', '咖啡店', '超市', '便利店', '诊所', '牙医',
  '牙科', '健身房', '装修', '搬家公司', '快递', '物业', '修车', '锁匠', '开锁', '配钥匙', '洗车', '宠物店',
  'bakery', 'cake shop', 'ice cream', 'ice-cream', 'bubble tea', 'coffee shop', 'supermarket', 'grocery', 'dentist', 'dental',
  'gym', 'contractor', 'movers', 'moving company', 'courier', 'mechanic', 'car dealer*', 'dealership', 'locksmith', 'car wash',
  'pet shop', 'takeaway',
  // The rest of what people buy, by the general vocabulary of trades and goods rather than any one text: meals
  // and food shops, lodging and travel bookings, vehicles, telecoms, home appliances and electronics, building
  // and home furnishing, clothes and bags, personal care, health and fitness, schooling, housing and animals.
  // Words a jewellery complaint says in passing (手机 or a camera for the photo taken, 商场, 酒店 of a tour, a
  // coat pocket or handbag where the ring was kept, phone, car, flight, hotel, a café in the mall) are left out: they do not say what was bought.
  '餐馆', '酒楼', '茶餐厅', '火锅', '烧烤', '快餐', '面馆', '小吃', '零食', '月饼', '面包', '水果店', '生鲜', '菜品', '点餐', '服务员上菜',
  '宾馆', '民宿', '机票', '航空公司', '航班', '酒店房间', '订房', '租车', '二手车', '4s店', '电动车', '电瓶车', '摩托车', '轮胎',
  '宽带', '话费', '套餐费', '运营商', '平板电脑', '游戏机', '音响', '热水器', '油烟机', '燃气灶', '吸尘器', '扫地机',
  '净水器', '电饭煲', '微波炉', '烤箱', '空气净化器', '门窗', '瓷砖', '地板', '橱柜', '衣柜', '沙发', '床垫', '窗帘', '灯具', '马桶',
  '羽绒服', '裤子', '裙子', '运动鞋', '皮鞋', '鞋子', '行李箱', '香水', '眼霜', '精华液', '纹身', '纹绣', '按摩店',
  '足疗', '洗浴', '桑拿', '整形', '整容', '植发', '培训班', '课程', '早教', '驾校', '补习', '学费', '中介', '租房', '房东', '家政', '保洁',
  '保姆', '月子中心', '婚庆', '婚礼策划', '宠物', '兽医', '奶粉', '纸尿裤', '药品', '茶叶', '白酒', '红酒',
  // The trades themselves in their everyday words: hair and beauty work, phone repair, laundry, cakes and meals.
  '发型屋', '发型师', '剪发', '电发', '洗头', '护发', '接发', '假发', '纹眉', '绣眉', '半永久', '脱毛', '修眉', '纤体', '瘦身', '美容院',
  '美容师', '睫毛', '面部护理', '手机维修', '修手机', '换屏', '手机屏', '手机壳', '蛋糕', '西饼', '海鲜', '衣物', '洗坏', '婚纱店', '礼服店',
  '饭菜', '点菜', '上菜', '菜单', '餐费', '食物中毒', '吃坏', '拉肚子',
  'hotel room', 'motel', 'airline', 'car rental', 'rental car', 'used car', 'tyre*', 'tire shop', 'auto shop',
  'body shop', 'oil change', 'cable company', 'internet provider', 'phone plan', 'phone bill', 'smartphone',
  'ipad', 'game console', 'refrigerator', 'fridge', 'dishwasher', 'oven', 'microwave',
  'vacuum', 'air conditioner', 'furnace', 'hvac', 'roofer', 'roofing', 'electrician', 'handyman', 'carpet*', 'flooring',
  'sofa', 'couch', 'curtains', 'sneakers', 'perfume', 'fragrance', 'lipstick', 'spa', 'massage', 'tanning', 'tattoo', 'waxing', 'fitness',
  'yoga', 'daycare', 'tutor*', 'driving school', 'tuition', 'realtor', 'landlord', 'cruise',
  'travel agen*', 'caterer', 'catering', 'wedding planner', 'videographer', 'print shop', 'upholster*',
  'shoe repair', 'cobbler', 'storage unit', 'veterinar*', 'groomer', 'florist', 'pizza', 'burger*', 'diner', 'pub', 'takeout', 'menu', 'waiter', 'waitress', 'buffet', 'groceries',
  'stylist', 'hairstylist', 'colorist', 'perm', 'blowout', 'nail tech*', 'acrylic nails', 'gel nails', 'lash extension*', 'eyelashes',
  'microblading', 'beautician', 'esthetician', 'aesthetician', 'clinic', 'laundry', 'laundromat', 'tuxedo', 'bridal shop',
  'bridesmaid*', 'screen repair', 'cracked screen', 'phone repair', 'toy', 'toys', 'cake', 'cupcake*', 'bread', 'pastr*', 'boba',
  'seafood', 'gold buyer', 'cash for gold', 'food poisoning',
  // More trades by family, in the words of Hong Kong and Taiwan as well as the mainland (matched folded to simplified):
  // food and drink (饮料店, 手摇饮, 便当店, 茶楼, 大排档), medicine and hearing (药店, 药局, 助听器, 中医, 推拿), cars' upkeep,
  // tickets and outings, home work (冷气, 水电工, 装潢公司, 油漆, 系统柜, 除虫), leather goods (皮具, 名牌包), skincare (保养品,
  // 面霜, 防晒, 洗发水), telecoms and gadgets (手机卡, 充电宝, 打印机, 路由器), estate agents. Left out, like the phone and
  // the car: what a jewellery complaint names in passing (a taxi, the parking lot, clothes, jeans, the lawn, an
  // insurer who pays for a lost ring, 夜市 where a piece was bought, 机车 that is Taiwan's "jerk"). A layaway is how
  // goods were paid for, not what they were. Words other words contain are named in full (体检中心, not
  // the 体检 of 整体检查; 便当店, not the 便当 of 方便当时).
  '饮料店', '手摇饮', '早餐店', '便当店', '茶楼', '大排档', '排档', '酒吧', '烧腊', '寿司', '拉面', '牛排', '自助餐',
  '药店', '药局', '助听器', '中医', '推拿', '针灸', '理疗', '体检中心', '加油站',
  '门票', '演唱会', '电影院', '戏院', '游乐园', '主题乐园', '冷气', '水电工', '装潢公司', '油漆', '系统柜', '除虫', '灭虫', '清洁公司',
  '皮具', '皮件', '名牌包', '保养品', '面霜', '防晒', '洗发水', '沐浴露', '手机卡', '充电宝',
  '打印机', '路由器', '显示器', '键盘', '房屋中介', '地产代理', '房仲',
  'drugstore', 'hearing aid*', 'audiologist', 'chiropract*', 'physiotherap*', 'physical therap*', 'acupunctur*',
  'towing', 'tow truck', 'gas station', 'car repair', 'auto repair', 'transmission', 'movie theater', 'cinema',
  'concert ticket*', 'theme park', 'amusement park', 'pest control', 'exterminator', 'cleaning service', 'maid service', 'painter',
  'remodel*', 'renovation', 'plumbing', 'landscap*', 'pool cleaning', 'wedding venue', 'caterers', 'framer', 'framing',
  'seamstress', 'shoe store', 'clothing store', 'phone store',
  'phone case', 'charger', 'printer', 'router', 'real estate', 'hardware store', 'liquor store',
  // More of the same families in everyday words: Hong Kong's 茶记 (a 茶餐厅), Taiwan's 超商 (a convenience store), face
  // wash and make-up remover, the vet and the jabs.
  '茶记', '超商', '洗面乳', '洗面奶', '洁面', '卸妆', 'vet', 'vets', 'vaccination*', 'vaccine*',
];
