import { stringify } from 'csv-stringify/sync';
import { filesOf } from '../blocks/complaint-files.ts';
import { describeWaited } from '../blocks/messages/approval-escalation.ts';
import { describeOverdue } from '../blocks/messages/escalation.ts';
import { type AftercarePolicy, followUpDueOn, repairOf } from '../domain/aftercare.ts';
import type { Case } from '../domain/case.ts';
import type { Policy } from '../domain/policy-schema.ts';
import { FLAG_LABELS, formatMoment, TEMPERAMENT_LABELS } from '../i18n/labels.ts';
import type { Language } from '../shared/language.ts';

/** One column of the export: its heading in each language, and the value for a case. */
interface Column {
  zh: string;
  en: string;
  value: (record: Case, context: { policy: Policy; language: Language; link: string | undefined }) => unknown;
}

function lastOf<Type extends Case['history'][number]['type']>(record: Case, type: Type) {
  return record.history.findLast(
    (event): event is Extract<Case['history'][number], { type: Type }> => event.type === type,
  );
}

function name(record: Case, remedyId: string | undefined, language: Language): string {
  if (!remedyId) return '';
  const remedy = record.remedies.find((entry) => entry.id === remedyId);
  return remedy ? remedy.name[language] : remedyId;
}

/**
 * The handling record (处理记录表, seed 000/002) as a spreadsheet: the complaint, the customer, what was
 * done, the satisfaction, the improvement, the follow-up and any repair. Customer details are kept whole —
 * the export is for managers only.
 */
const COLUMNS: readonly Column[] = [
  { zh: '案例编号', en: 'case', value: (record) => record.id },
  { zh: '登记时间', en: 'filed', value: (record, { policy }) => formatMoment(record.createdAt, policy.timezone) },
  { zh: '门店', en: 'store', value: (record) => record.store },
  { zh: '负责人', en: 'owner', value: (record) => record.owner },
  { zh: '状态', en: 'status', value: (record) => record.status },
  {
    zh: '品类',
    en: 'category',
    value: (record, { policy, language }) =>
      policy.categories.find((entry) => entry.id === record.analysis.category)?.name[language] ?? '',
  },
  {
    zh: '问题',
    en: 'problem',
    value: (record, { policy, language }) =>
      policy.problems.find((entry) => entry.id === record.analysis.problem)?.name[language] ?? '',
  },
  { zh: '商品', en: 'product', value: (record) => record.complaint.product },
  { zh: '价格', en: 'price', value: (record) => record.complaint.price },
  { zh: '经过', en: 'what happened', value: (record) => record.complaint.narrative },
  { zh: '顾客原话', en: "customer's words", value: (record) => record.complaint.customerWords },
  { zh: '顾客要求', en: 'customer asks', value: (record) => record.complaint.customerAsk },
  // The last four of the phone or member number staff gave, never more: the number itself is not kept.
  { zh: '顾客尾号', en: 'customer ending', value: (record) => record.complaint.customer?.last4 },
  {
    zh: '性格类型',
    en: 'temperament',
    value: (record, { language }) => TEMPERAMENT_LABELS[record.analysis.temperament.type][language],
  },
  {
    zh: '提示',
    en: 'flags',
    value: (record, { language }) => record.analysis.flags.map((flag) => FLAG_LABELS[flag.kind][language]).join('; '),
  },
  { zh: '方案', en: 'remedy', value: (record, { language }) => name(record, record.proposal?.remedyId, language) },
  { zh: '金额', en: 'amount', value: (record) => record.proposal?.amount },
  { zh: '处理结果', en: 'outcome', value: (record) => lastOf(record, 'resolved')?.outcome },
  { zh: '满意度', en: 'satisfaction', value: (record) => lastOf(record, 'resolved')?.satisfaction },
  { zh: '改进', en: 'improvement', value: (record) => lastOf(record, 'resolved')?.improvement },
  {
    zh: '回访日期',
    en: 'follow-up due',
    value: (record, { policy }) => followUpDueOn(record, policy satisfies AftercarePolicy),
  },
  { zh: '回访结果', en: 'follow-up result', value: (record) => lastOf(record, 'followed-up')?.result },
  { zh: '回访满意度', en: 'follow-up satisfaction', value: (record) => lastOf(record, 'followed-up')?.satisfaction },
  { zh: '维修', en: 'repair', value: (record, { language }) => name(record, repairOf(record)?.remedyId, language) },
  { zh: '维修承诺日期', en: 'repair promised for', value: (record) => repairOf(record)?.promisedFor },
  { zh: '通知取件日期', en: 'customer told ready', value: (record) => repairOf(record)?.ready?.customerToldOn },
  { zh: '视为放弃日期', en: 'abandoned after', value: (record) => repairOf(record)?.ready?.abandonedAfter },
  {
    zh: '取件时间',
    en: 'collected',
    value: (record, { policy }) => {
      const at = repairOf(record)?.collectedAt;
      return at ? formatMoment(at, policy.timezone) : undefined;
    },
  },
  // Closing the loop and handoffs (issue 15): what the customer refused, how often it came back, who had it.
  {
    zh: '顾客未接受的处理',
    en: 'not accepted by the customer',
    value: (record) => lastOf(record, 'customer-declined')?.outcome,
  },
  { zh: '重开次数', en: 'reopened', value: (record) => record.history.filter((e) => e.type === 'reopened').length },
  {
    zh: '转交记录',
    en: 'handoffs',
    value: (record, { policy }) =>
      record.history
        .flatMap((event) =>
          event.type === 'handed-over'
            ? [
                `${formatMoment(event.at, policy.timezone)} ${event.from} → ${event.to} (${event.by})${event.note ? `: ${event.note}` : ''}`,
              ]
            : [],
        )
        .join('; '),
  },
  // The escalation ladder (issue 15): each level an overdue case or a waiting request went to, when, why, who was told.
  {
    zh: '升级记录',
    en: 'escalations',
    value: (record, { policy, language }) =>
      record.history
        .flatMap((event) =>
          event.type === 'escalated'
            ? [
                `${formatMoment(event.at, policy.timezone)} ${event.level}. ${event.levelName[language]} (${describeOverdue(event, language)}): ${event.notified.join(', ')}`,
              ]
            : event.type === 'approval-escalated'
              ? [
                  `${formatMoment(event.at, policy.timezone)} ${event.level}. ${event.levelName[language]} (${describeWaited(event, language)}): ${event.notified.join(', ')}`,
                ]
              : [],
        )
        .join('; '),
  },
  // Photos and receipts (issue 15): Slack permalinks, one a line, which open for the workspace's members only.
  {
    zh: '照片和票据',
    en: 'files',
    value: (record) => {
      const { attached, fromSource } = filesOf(record.complaint);
      return [...attached, ...fromSource].map((file) => file.permalink).join('\n');
    },
  },
  { zh: '复盘帖', en: 'review post', value: (_record, { link }) => link },
];

/**
 * How a cell a spreadsheet may run as a formula begins: = + - @, a tab or a carriage return, or one of those
 * signs after leading blanks (some programs skip them before looking for a formula). Text from the forms is
 * trimmed before it is stored, so the blanks are belt and braces.
 */
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@])/u;

/**
 * A cell as written to the file. The customer's words are untrusted, so text that starts like a formula
 * gets a leading apostrophe (OWASP's CSV-injection advice) and opens as the text it is. A number the
 * program wrote itself (an amount, a price, a satisfaction score) is not user text: even a negative one
 * ("-5") opens as a number, not a formula, so it is written as it is and still adds up in the sheet.
 */
function inert(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = String(value);
  if (typeof value === 'number') return text;
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * The cases as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read Chinese right),
 * headings in the reader's language, oldest case first.
 */
export function buildCasesCsv(
  cases: readonly Case[],
  { policy, language, links }: { policy: Policy; language: Language; links?: ReadonlyMap<string, string> },
): string {
  const rows = [...cases]
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt))
    .map((record) =>
      COLUMNS.map((column) => inert(column.value(record, { policy, language, link: links?.get(record.id) }))),
    );
  return `\uFEFF${stringify([COLUMNS.map((column) => column[language]), ...rows], { record_delimiter: 'windows' })}`;
}
