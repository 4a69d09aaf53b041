import { describe, expect, it } from 'vitest';
import { parseExportPeriod, parseSearchQuery } from '../../src/archive/archive-query.ts';
import { commandHelpText } from '../../src/blocks/messages/command-help.ts';
import { isHelpRequest } from '../../src/listeners/commands/answer-help.ts';
import { archiveSubcommand } from '../../src/listeners/commands/archive-commands.ts';

/** What each example of the help text ("e.g. `/complaint …`", "例如 `/complaint …`") would do if typed. */
function whatExamplesDo(text: string): string[] {
  return [...text.matchAll(/(?:e\.g\.|例如) `\/complaint ([^`]+)`/g)].map(([, example = '']) => {
    if (isHelpRequest(example)) return 'help';
    const sub = archiveSubcommand(example);
    if (sub?.kind === 'search') return parseSearchQuery(sub.rest).ok ? 'search' : 'a search refused';
    if (sub?.kind === 'export') return parseExportPeriod(sub.rest).ok ? 'export' : 'an export refused';
    return 'form';
  });
}

describe('the /complaint help text', () => {
  for (const language of ['zh', 'en'] as const) {
    it(`when read in ${language}, then each example does what its line says, and its last line is the help word`, () => {
      const text = commandHelpText(language);
      expect(whatExamplesDo(text)).toEqual(['form', 'search', 'export']);
      const help = /`\/complaint ([^`]+)`[^`]*$/.exec(text)?.[1] ?? '';
      expect(isHelpRequest(help)).toBe(true);
    });
  }
});
