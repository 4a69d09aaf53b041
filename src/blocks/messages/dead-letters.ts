import type { DeadLetter, PostJobKind } from '../../domain/post-job.ts';
import type { Catalog, Language, Localized } from '../../shared/language.ts';
import { t } from './common.ts';

/**
 * What the bot says about posts it gave up on (dead letters), on App Home and in `npm run outbox`, in
 * Chinese and English: what could not be posted, and Slack's error in words a manager can act on.
 */

/** App Home's section for approvers. */
export const DEAD_LETTERS_HOME = {
  heading: { zh: '没能发到 Slack 的消息', en: 'Posts that could not be sent' },
  intro: {
    zh: 'Slack 拒收了下面的消息,或它们连续一天都没能发出去。排除原因后,请 IT 运行 `npm run outbox -- retry --all` 重新发送。',
    en: 'Slack refused these posts, or they kept failing for a day. Once the cause is fixed, ask IT to run `npm run outbox -- retry --all` to send them again.',
  },
} satisfies Catalog;

/** What each kind of job posts, as a manager would say it. */
export const POST_KIND_LABELS: Record<PostJobKind, Localized> = {
  'review-post': { zh: '审核频道里的案例帖子', en: "the case's post in the review channel" },
  'review-update': { zh: '审核帖子的更新', en: 'an update to the review post' },
  'staff-analysis': { zh: '发给店员的私信分析', en: 'the private analysis for the staff member' },
  'approval-post': { zh: '审批申请', en: 'a request for approval' },
  'approval-close': { zh: '审批结果的更新', en: 'the outcome shown on a request for approval' },
  'approval-notice': { zh: '告知申请人的审批决定', en: 'the decision told to the requester' },
  'approval-reminder': { zh: '给审批人的提醒', en: 'a reminder to approvers' },
  'follow-up-reminder': { zh: '回访提醒', en: 'a follow-up call reminder' },
  'repair-reminder': { zh: '维修提醒', en: 'a repair reminder' },
  'repair-date-prompt': { zh: '询问维修日期', en: 'the question about the repair date' },
  'sla-update': { zh: '时效提醒', en: 'a time-target update to the review post' },
  'digest-post': { zh: '早间简报的一部分', en: 'part of the morning digest' },
  'weekly-post': { zh: '每周根因报告的一部分', en: 'part of the weekly root-cause report' },
  'crisis-alert': { zh: '危机提醒', en: 'a crisis alert' },
  escalation: { zh: '超时升级', en: 'an escalation of an overdue case' },
  'review-files': { zh: '审核帖子下的照片和票据', en: "the photos and receipts in the review post's thread" },
  'approval-escalation': { zh: '审批请求升级', en: 'an escalation of a request for approval left waiting' },
};

/** Where the post was going, for a reason whose wording names it; `{place}` in the texts below. */
const PLACE = '{place}';

/** Slack's errors grouped by what a person does about them; the wording names `{place}` where it helps. */
const REASONS: { codes: readonly string[]; text: Localized }[] = [
  {
    codes: ['not_in_channel'],
    text: {
      zh: `机器人不在 ${PLACE} 里 → 在该频道输入 /invite @complaint-desk 把它邀请进去`,
      en: `the bot is not in ${PLACE} → invite it there (/invite @complaint-desk in the channel)`,
    },
  },
  {
    codes: ['channel_not_found'],
    text: {
      zh: `Slack 找不到 ${PLACE},或机器人看不到它(私有频道)→ 检查 REVIEW_CHANNEL / DIGEST_CHANNEL 填的是频道 ID,并邀请机器人`,
      en: `Slack cannot find ${PLACE}, or the bot cannot see it (a private channel) → check that REVIEW_CHANNEL / DIGEST_CHANNEL hold the channel's ID, and invite the bot`,
    },
  },
  {
    codes: ['is_archived'],
    text: {
      zh: `${PLACE} 已归档 → 取消归档,或把机器人改到另一个频道`,
      en: `${PLACE} is archived → unarchive it, or point the bot at another channel`,
    },
  },
  {
    codes: [
      'invalid_auth',
      'account_inactive',
      'token_revoked',
      'token_expired',
      'not_authed',
      'not_allowed_token_type',
    ],
    text: {
      zh: 'Slack 不再接受机器人的令牌 → 重新安装应用,更新 SLACK_BOT_TOKEN 后重启机器人',
      en: "Slack no longer accepts the bot's token → reinstall the app, update SLACK_BOT_TOKEN and restart the bot",
    },
  },
  {
    codes: [
      'no_permission',
      'restricted_action',
      'restricted_action_read_only_channel',
      'restricted_action_thread_only_channel',
      'restricted_action_non_threadable_channel',
      'missing_scope',
      'ekm_access_denied',
      'access_denied',
      'team_access_not_granted',
    ],
    text: {
      zh: `工作区的设置不允许机器人在 ${PLACE} 发消息 → 请 Slack 管理员放开权限`,
      en: `the workspace's settings do not let the bot post in ${PLACE} → ask a Slack admin to allow it`,
    },
  },
  {
    codes: [
      'invalid_blocks',
      'invalid_blocks_format',
      'msg_too_long',
      'too_many_attachments',
      'invalid_attachments',
      'invalid_arguments',
      'no_text',
      'invalid_metadata_format',
      'metadata_too_large',
    ],
    text: {
      zh: 'Slack 拒收了消息的内容(机器人自身的问题)→ 请把案例编号报告给 IT',
      en: "Slack refused the message's content (a fault in the bot) → report it to IT with the case number",
    },
  },
  {
    codes: ['user_not_found', 'user_disabled', 'user_not_visible', 'cannot_dm_bot'],
    text: {
      zh: `无法给 ${PLACE} 发消息(账号已删除或停用)→ 由店长直接告知此人`,
      en: `${PLACE} cannot be messaged (the account is gone or deactivated) → tell the person directly`,
    },
  },
  {
    codes: ['message_not_found', 'cant_update_message', 'edit_window_closed', 'is_inactive'],
    text: {
      zh: '要更新的消息已被删除或不能再编辑 → 无需处理,案例本身已保存',
      en: 'the message to update was deleted or can no longer be edited → nothing to do, the case itself is kept',
    },
  },
];

const GAVE_UP: Localized = {
  zh: '连续一天都没能发出去(最后的错误:{error})→ 检查网络和 Slack 的状态(以及同一案例的其他消息),再重新发送',
  en: "it kept failing for a day (last error: {error}) → check the network and Slack's status (and the case's other posts here), then send it again",
};
const OTHER: Localized = {
  zh: 'Slack 拒收了它({error})→ 请报告给 IT',
  en: 'Slack refused it ({error}) → report it to IT',
};
/** How much of a failure's message a reason quotes. */
const ERROR_SHOWN = 160;
const SOMEWHERE: Localized = { zh: '该频道', en: 'the channel' };

/** Why a dead letter could not be posted: the reason's text either side of where it was going. */
export interface DeadLetterReason {
  before: string;
  /** The channel or user the post was for, when the reason names it and the letter knows it. */
  place?: string;
  after: string;
}

/**
 * Slack's error for a dead letter in words a manager acts on ("not_in_channel → invite the bot…"), split
 * around where the post was going, so each surface shows the place its own way (a channel link in Slack).
 */
export function explainDeadLetter(letter: DeadLetter, language: Language): DeadLetterReason {
  const known = REASONS.find((reason) => reason.codes.includes(letter.error));
  const wording = !letter.permanent ? GAVE_UP : (known?.text ?? OTHER);
  // Slack's codes are short; another failure's message can be long, and is kept whole in the letter.
  const error = letter.error.length > ERROR_SHOWN ? `${letter.error.slice(0, ERROR_SHOWN - 1)}…` : letter.error;
  const text = wording[language].replace('{error}', error);
  const at = text.indexOf(PLACE);
  if (at < 0) return { before: text, after: '' };
  const before = text.slice(0, at);
  const after = text.slice(at + PLACE.length);
  return letter.channel
    ? { before, place: letter.channel, after }
    : { before: `${before}${SOMEWHERE[language]}${after}`, after: '' };
}

/** The reason as one line of plain text, the place as its id (for the command line). */
export function deadLetterReasonText(letter: DeadLetter, language: Language): string {
  const { before, place, after } = explainDeadLetter(letter, language);
  return `${before}${place ?? ''}${after}`;
}

/** "+3 more" under the list, when there are more dead letters than Home shows. */
export function moreDeadLetters(count: number, language: Language): string {
  return t(
    { zh: `另有 ${count} 条,运行 npm run outbox 查看全部。`, en: `+${count} more: npm run outbox lists them all.` },
    language,
  );
}
