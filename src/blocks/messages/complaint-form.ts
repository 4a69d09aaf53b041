import type { Catalog } from '../../shared/language.ts';

/** The complaint form: its title, buttons, and each field's label, hint and placeholder. */
export const COMPLAINT_FORM = {
  title: { zh: '登记顾客投诉', en: 'Log a complaint' },
  submit: { zh: '分析', en: 'Analyse' },
  close: { zh: '取消', en: 'Cancel' },
  narrative: {
    label: { zh: '事情经过', en: 'What happened' },
    hint: {
      zh: '用你自己的话写:什么商品、什么问题、顾客怎么说、现在怎样了。',
      en: 'In your own words: which item, what went wrong, what the customer said, where things stand.',
    },
  },
  customerWords: {
    label: { zh: '顾客原话', en: "The customer's words" },
    hint: {
      zh: '尽量一字不差地记下顾客的话,性格判断主要看这里。',
      en: 'As close to verbatim as you can; the temperament is read mostly from these.',
    },
  },
  behaviour: {
    label: { zh: '顾客表现', en: 'How they behaved' },
    hint: { zh: '语气、动作、说话方式。', en: 'Tone, gestures, how they speak.' },
  },
  customerAsk: {
    label: { zh: '顾客要求', en: 'What they ask for' },
    placeholder: { zh: '例如:退款、换货、赔偿200元', en: 'e.g. a refund, an exchange, 200 yuan' },
  },
  channel: {
    label: { zh: '投诉从哪里来', en: 'Where it reached us' },
    placeholder: { zh: '选择来源', en: 'Choose where' },
    hint: {
      zh: '新闻报道、网上帖子或消协、监管部门转来的投诉,已经是危机事件。',
      en: 'A news report, a public post, or a complaint passed on by a consumer council or regulator is already a crisis.',
    },
  },
  product: {
    label: { zh: '商品', en: 'Product' },
    placeholder: { zh: '例如:水钻项链', en: 'e.g. rhinestone necklace' },
  },
  category: {
    label: { zh: '品类', en: 'Category' },
    placeholder: { zh: '不选则自动识别', en: 'Detected if left empty' },
  },
  price: {
    label: { zh: '购买价格', en: 'Price paid' },
    placeholder: { zh: '例如:129', en: 'e.g. 129' },
  },
  purchasedAt: {
    label: { zh: '购买时间', en: 'When it was bought' },
    hint: { zh: '换货、保修期限都从这里算起。', en: 'Exchange and warranty windows are counted from this.' },
  },
  receipt: {
    label: { zh: '顾客有购物小票吗?', en: 'Does the customer have the receipt?' },
    yes: { zh: '有', en: 'Yes' },
    no: { zh: '没有', en: 'No' },
    unknown: { zh: '还不清楚', en: 'Not known yet' },
  },
  specialPrice: {
    label: { zh: '特价', en: 'Special price' },
    option: {
      zh: '特价购买(特价商品不保修、不退换)',
      en: 'Bought at a special price (no warranty, return or exchange)',
    },
  },
  suspectedCause: {
    label: { zh: '你判断的原因', en: 'What caused it, you think' },
  },
  store: {
    label: { zh: '门店', en: 'Store' },
    placeholder: { zh: '例如:黄兴店', en: 'e.g. Huangxing Road' },
  },
  language: {
    label: { zh: '顾客的语言', en: "The customer's language" },
    placeholder: { zh: '不选则按顾客原话识别', en: "Detected from the customer's words" },
  },
} satisfies Catalog;
