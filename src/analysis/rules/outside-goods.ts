/**
 * Goods a jewellery, watch and glasses policy never covers that a complaint about a piece names only in passing —
 * clothes, shoes, bags and leather goods, phones, cars, a marketplace's parcel — so they are no cue for the catch-all
 * beside the goods words (see outside-policy-cues.ts, which leaves them out for that reason). A text that names none
 * of the goods the policy covers and one of these is about them: boots resoled, a 包包 cleaned, jeans won on eBay are
 * outside the policy. Read on folded (simplified) text, so traditional Chinese is covered.
 */
// biome-ignore format: word lists read best packed
export const GOODS_NAMED_IN_PASSING: readonly string[] = [
  // Clothes, in everyday words, and the fabric and leather they are made of.
  'jeans', 'denim', 'trousers', 'pants', 'shirt*', 't-shirt*', 'blouse*', 'dress', 'dresses', 'skirt*', 'jacket*', 'coat', 'coats',
  'sweater*', 'hoodie*', 'jumper*', 'cardigan*', 'scarf', 'scarves', 'gloves', 'socks', 'lingerie', 'swimsuit*', 'outfit*', 'clothes',
  'clothing', 'garment*', 'apparel', 'leather', 'suede', 'nubuck', 'cashmere', 'wool',
  '衣服', '衣物', '服装', '外套', '大衣', '夹克', '衬衫', '衬衣', 't恤', '毛衣', '卫衣', '羽绒服', '裤子', '牛仔裤', '裙子', '连衣裙', '围巾',
  '手套', '袜子', '内衣', '泳衣', '皮衣', '皮质', '真皮', '羊绒',
  // Shoes, and the cobbler's words for mending them.
  'boots', 'shoe', 'sneakers', 'trainers', 'sandals', 'heels', 'loafers', 'slippers', 'footwear', 'resole*', 'heel tip*', 'insole*',
  '鞋', '靴子', '高跟鞋', '拖鞋', '凉鞋', '球鞋', '鞋底', '鞋跟',
  // Bags, luggage and small leather goods.
  'handbag*', 'purse', 'purses', 'tote', 'totes', 'backpack*', 'duffel*', 'duffle*', 'luggage', 'suitcase*', 'wallet*', 'clutch',
  'belt', 'belts',
  '包包', '手袋', '手提包', '皮包', '挎包', '背包', '单肩包', '双肩包', '钱包', '皮夹', '皮带', '腰带', '行李箱', '奢侈品包',
  // Phones, gadgets and cars.
  'phone', 'iphone', 'cellphone', 'tablet', 'car', 'truck', 'vehicle',
  '手机', '平板', '汽车', '车辆',
  // Marketplaces, where a listing or an auction says what was bought when the goods' own name is a brand's.
  'ebay', 'amazon', 'etsy', 'marketplace', 'auction*', 'listing',
  '淘宝', '天猫', '拼多多', '闲鱼', '京东', '二手平台',
];

/**
 * A shop named by the kind of goods it sells, when those goods are none the policy covers: a noodle shop, a drugstore,
 * a homeware store, 乌龙面店, 药妆店, 家品店, 鱼档, 杂货铺. A text that names such a shop and no goods the policy covers is
 * about what that shop sold or did. The goods' word is read only right before the shop's, so 对面 (opposite) or 门面
 * (a shopfront) before 店 is no noodle shop. Read on folded (simplified) text.
 */
export const SHOPS_OF_OTHER_GOODS = new RegExp(
  [
    '(?<![对门表里外前后上下见方当全场体版铺店])(?:面|粉|粥|饭|菜|茶|饮品|饮料|咖啡|果汁|甜品|糖水|烧腊|面包|饼|糕|肉|鱼|水果|零食|米|药|药妆|家品|家居|日用品|杂货|文具|书|花|五金|家具|电器|手机|电脑|服装|衣|鞋|玩具|宠物)(?:店|铺|档|摊|馆|局)',
    String.raw`\b(?:noodle|ramen|udon|sushi|pizza|sandwich|burger|coffee|tea|juice|donut|doughnut|bagel|candy|sweet|chocolate|grocery|convenience|corner|liquor|wine|book|toy|pet|flower|furniture|hardware|homeware|houseware|kitchen|shoe|clothing|clothes|thrift|charity|dollar|video|game|music|record|phone|computer|electronics|bike|bicycle|sports?|paint|fabric|craft|drug)\s*(?:shop|store|stall|stand|bar|house|parlou?r|outlet)s?\b`,
  ].join('|'),
  'iu',
);
