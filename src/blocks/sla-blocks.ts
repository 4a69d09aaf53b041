import { formatMoment } from '../i18n/labels.ts';
import type { SlaClock } from '../policy/sla-clock.ts';
import type { Language } from '../shared/language.ts';
import { t } from './messages/common.ts';
import { describeBusinessMinutes, describeSpan, SLA, SLA_HOME, SLA_TARGET_LABELS } from './messages/sla.ts';
import { md, mention, type SafeText } from './safe-text.ts';

/** The icon of a clock's state, the same on every surface. */
export const SLA_ICONS: Record<SlaClock['state'], string> = {
  'on-track': '⏳',
  'at-risk': '⚠️',
  breached: '🔴',
  met: '✅',
};

/**
 * One line per clock for the review post: "⚠️ First response *at risk*: 45 min left · due 2026-12-07 12:00";
 * a breached one says how far past due it is (or was, when done late), a met one when it was done.
 */
export function describeSlaClocks(clocks: readonly SlaClock[], language: Language, timeZone: string): SafeText[] {
  const tr = (entry: { zh: string; en: string }) => t(entry, language);
  const colon = language === 'zh' ? ':' : ': ';
  return clocks.map((clock): SafeText => {
    const name = tr(SLA_TARGET_LABELS[clock.target]);
    const icon = SLA_ICONS[clock.state];
    const due = `${tr(SLA.due)} ${formatMoment(clock.dueAt, timeZone)}`;
    switch (clock.state) {
      case 'met':
        return md`${icon} ${name} ${tr(SLA.met)} · ${formatMoment(clock.metAt ?? clock.dueAt, timeZone)}`;
      case 'breached':
        return clock.metAt
          ? md`${icon} ${name} *${tr(SLA.breached)}*${colon}${tr(SLA.answeredLate)} ${formatMoment(clock.metAt, timeZone)}, ${describeSpan(clock.leftMinutes, 'late', language)} · ${due}`
          : md`${icon} ${name} *${tr(SLA.breached)}*${colon}${describeSpan(clock.leftMinutes, 'overdue', language)} · ${due}`;
      case 'at-risk':
        return md`${icon} ${name} *${tr(SLA.atRisk)}*${colon}${describeSpan(clock.leftMinutes, 'left', language)} · ${due}`;
      default:
        return md`${icon} ${name}${colon}${describeSpan(clock.leftMinutes, 'left', language)} · ${due}`;
    }
  });
}

/** The review thread's line when a clock turns at risk or breached, naming the owner so they see it. */
export function buildSlaThreadLine(clock: SlaClock, owner: string, language: Language, timeZone: string): SafeText {
  const tr = (entry: { zh: string; en: string }) => t(entry, language);
  const name = tr(SLA_TARGET_LABELS[clock.target]);
  const said = clock.state === 'breached' ? SLA.threadBreached : SLA.threadAtRisk;
  const amount = describeSpan(clock.leftMinutes, clock.state === 'breached' ? 'overdue' : 'left', language);
  const gap = language === 'zh' ? '' : ' ';
  return md`${SLA_ICONS[clock.state]} ${name}${gap}*${tr(said)}* · ${amount} · ${tr(SLA.due)} ${formatMoment(clock.dueAt, timeZone)} · ${tr(SLA.owner)} ${mention(owner)}`;
}

/**
 * App Home's reading of a case's clocks: the most urgent one still running ("⚠️ 45 min to respond"), or
 * nothing when every clock is met or the case has none.
 */
export function describeSlaForHome(clocks: readonly SlaClock[], language: Language): SafeText | undefined {
  const running = clocks.filter((clock) => clock.metAt === undefined);
  const urgent = [...running].sort((a, b) => a.leftMinutes - b.leftMinutes)[0];
  if (!urgent) return undefined;
  const words = SLA_HOME[urgent.target];
  const span = describeBusinessMinutes(urgent.leftMinutes, language);
  const icon = SLA_ICONS[urgent.state];
  if (urgent.state === 'breached') {
    return language === 'zh'
      ? md`${icon} *${t(words.overdue, language)}* ${span}`
      : md`${icon} *${t(words.overdue, language)} ${span}*`;
  }
  const risk = urgent.state === 'at-risk' ? md` (*${t(SLA.atRisk, language)}*)` : '';
  return language === 'zh'
    ? md`${icon} ${span}${t(words.within, language)}${risk}`
    : md`${icon} ${span} ${t(words.within, language)}${risk}`;
}
