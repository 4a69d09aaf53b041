import type { KnownBlock, ModalView } from '@slack/types';
import type { Case } from '../domain/case.ts';
import type { Policy } from '../domain/policy-schema.ts';
import { formatMoment } from '../i18n/labels.ts';
import type { Language } from '../shared/language.ts';
import { context, plainText, section } from './block-parts.ts';
import { buildReviewThreadLine } from './case-message.ts';
import { CALLBACK } from './ids.ts';
import { fitBlocks, LIMITS, type RankedBlock } from './limits.ts';
import { moreNote, t } from './messages/common.ts';
import { HISTORY } from './messages/history.ts';
import { md } from './safe-text.ts';

/** What the history view is built from. */
export interface HistoryModalInput {
  record: Case;
  language: Language;
  policy: Policy;
}

/**
 * A case's history read back, oldest first: every change with who and when — each request for approval
 * with its remedy, amount and reason, each withdrawal, each decision with its reason. Worded as the
 * review thread words it (masked, escaped). When there is more than a view holds, the oldest entries
 * after the filing give way first, and a note says how many are not shown.
 */
export function buildHistoryModal({ record, language, policy }: HistoryModalInput): ModalView {
  const entries: (KnownBlock | RankedBlock)[] = [context([md`#${record.id} · ${t(HISTORY.intro, language)}`])];
  record.history.forEach((event, index) => {
    const line = buildReviewThreadLine({ event, language, remedies: record.remedies, currency: policy.currency });
    const block = section(md`*${formatMoment(event.at, policy.timezone)}*  ${line}`);
    // Newer entries matter most; the filing line stays as the anchor.
    entries.push(index === 0 ? block : { block, drop: record.history.length - index });
  });
  return {
    type: 'modal',
    callback_id: CALLBACK.historyView,
    title: plainText(t(HISTORY.title, language), LIMITS.modalTitle),
    close: plainText(t(HISTORY.close, language), LIMITS.modalButton),
    blocks: fitBlocks(entries, LIMITS.viewBlocks, (hidden) => moreNote(hidden, language)),
  };
}
