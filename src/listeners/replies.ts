import type { WebClient } from '@slack/web-api';
import type { Language, Localized } from '../shared/language.ts';

/** Short private replies from listeners, in both languages. */
export const REPLIES = {
  notYours: {
    zh: '只有这个案例的负责人和审批经理可以修改它。如需帮忙，请联系负责人或店长。',
    en: "Only this case's owner and the approvers can change it. Ask the owner or your manager if you need something changed.",
  },
  notFound: { zh: '找不到这个案例,可能已被删除。', en: 'That case could not be found; it may have been removed.' },
  refused: { zh: '这个操作现在不能进行:', en: 'That change cannot be made now:' },
  filed: {
    zh: '已登记投诉,分析结果已私信发给你。',
    en: 'Complaint filed; the analysis has been sent to you privately.',
  },
  sentForApproval: {
    zh: '已提交给审批经理:这个方案超出你的权限,经理决定后才能答应顾客。',
    en: 'Sent to the approvers: this is beyond your authority, so promise nothing until a manager decides.',
  },
  withinAuthority: {
    zh: '在你的权限内,可以直接办理;办完后记得点“记录处理结果”。',
    en: 'This is within your authority: go ahead, then press "Record the outcome" when it is done.',
  },
} satisfies Record<string, Localized>;

/**
 * Tells one person something only they see: an ephemeral message where the click happened, else a direct
 * message from the bot.
 */
export async function tellPrivately(
  client: WebClient,
  user: string,
  channel: string | undefined,
  text: string,
): Promise<void> {
  if (channel && !channel.startsWith('D')) {
    await client.chat.postEphemeral({ channel, user, text });
    return;
  }
  await client.chat.postMessage({ channel: user, text });
}

export function reply(text: Localized, language: Language): string {
  return text[language];
}
