import type { Language, Localized } from '../../shared/language.ts';
import { COMMAND } from '../ids.ts';

const C = COMMAND.complaint;

/**
 * What `/complaint help` answers, in Chinese and English: each thing the command does, with an example
 * in the words staff type (the sub-commands and search filters of each language).
 */
export const COMMAND_HELP = {
  zh: [
    `*${C}* 可以做什么:`,
    `• \`${C}\` — 登记顾客投诉:打开投诉表单。后面跟的文字会作为顾客原话填进表单,例如 \`${C} 别废话,马上给我换!\``,
    `• \`${C} 搜索 关键词\` — 查找案例,最新的在前;可加 \`店:\` \`从:\` \`到:\` \`性格:\` \`状态:\` 缩小范围,例如 \`${C} 搜索 项链 从:2026-11-01 状态:已解决\``,
    `• \`${C} 导出 开始日期 结束日期\` — 仅限审批经理:把这几天登记的全部案例导成 CSV,私信发给你,例如 \`${C} 导出 2026-11-01 2026-11-30\``,
    `• \`${C} 不在\` — 仅限审批经理:不在期间指定代理人和截止日期,审批请求和提醒也会发给 ta;\`${C} 不在 取消\` 提前结束`,
    `• \`${C} 帮助\` — 显示本说明(只有你看得到)。`,
  ].join('\n'),
  en: [
    `*${C}* — what it does:`,
    `• \`${C}\` — record a customer complaint: opens the form. Text after it goes into the form as the customer's words, e.g. \`${C} Just give me a new one, now!\``,
    `• \`${C} search WORDS\` — find cases, newest first; narrow it with \`store:\` \`from:\` \`to:\` \`temperament:\` \`status:\`, e.g. \`${C} search necklace from:2026-11-01 status:resolved\``,
    `• \`${C} export FROM TO\` — managers only: every case filed on those days as a CSV, sent to you in a direct message, e.g. \`${C} export 2026-11-01 2026-11-30\``,
    `• \`${C} away\` — approvers only: name a delegate and the last day you are away; requests for approval and reminders also go to them. \`${C} away off\` ends it sooner`,
    `• \`${C} help\` — this list (only you see it).`,
  ].join('\n'),
} satisfies Localized;

/** The help text of `/complaint`, as mrkdwn, in `language`. */
export function commandHelpText(language: Language): string {
  return COMMAND_HELP[language];
}
