import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { context, header, section } from '../../src/blocks/block-parts.ts';
import { ownText } from '../../src/blocks/own-text.ts';
import { joinSafe, link, md, mention, quoteSafe, SafeText, safeText, shownText } from '../../src/blocks/safe-text.ts';

const HOSTILE = '13812345678 <!channel> wang.li@example.com & @here';

describe('safe text', () => {
  it('when people’s text is made safe, then contacts are masked before it is escaped, and broadcasts are broken', () => {
    expect(safeText(HOSTILE).text).toBe('138****5678 &lt;!channel&gt; w***@example.com &amp; @\u200Dhere');
  });

  it('when it is cut, then the cut is measured on the escaped text and says so in the reader’s language', () => {
    const cut = safeText(`<<<<${'x'.repeat(50)}`, { max: 30, language: 'en' }).text;
    expect(cut.length).toBeLessThanOrEqual(30);
    expect(cut.startsWith('&lt;&lt;&lt;&lt;')).toBe(true);
    expect(cut.endsWith('… (truncated)')).toBe(true);
    expect(safeText('短', { max: 30, language: 'zh' }).text).toBe('短');
  });

  it('when a plain string is interpolated in markup, then it is masked and escaped, while the markup and safe pieces stay', () => {
    const words = safeText('<b>');
    expect(md`*${HOSTILE}* ${words} ${42}`.text).toBe(
      '*138****5678 &lt;!channel&gt; w***@example.com &amp; @\u200Dhere* &lt;b&gt; 42',
    );
  });

  it('when safe text is turned back into a string by a template or a join, then markup treats it as untrusted again', () => {
    const safe = mention('U123ABC');
    expect(md`${safe}`.text).toBe('<@U123ABC>');
    expect(md`${`${safe}`}`.text).toBe('&lt;@U123ABC&gt;');
    expect(md`${[safe, safe].join(' ')}`.text).toBe('&lt;@U123ABC&gt; &lt;@U123ABC&gt;');
  });

  it('when code outside the module tries to vouch for a string, then it cannot', () => {
    const Forged = SafeText as unknown as new (key: symbol, text: string) => SafeText;
    expect(() => new Forged(Symbol('safe-text'), '<!channel>')).toThrow(TypeError);
  });

  it('when pieces are joined, then plain ones are made safe and empty or absent ones left out', () => {
    const joined = joinSafe([mention('U1AB'), '', undefined, false, null, 'a<b', 7], ' · ');
    expect(joined.text).toBe('<@U1AB> · a&lt;b · 7');
    expect(joinSafe([], ' · ').text).toBe('');
  });

  it('when an id is not a user id, then it is shown as text, never as a mention', () => {
    expect(mention('U123ABC').text).toBe('<@U123ABC>');
    expect(mention('<!channel>').text).toBe('&lt;!channel&gt;');
    expect(mention('u1').text).toBe('<@u1>');
    expect(mention('U').text).toBe('U');
    expect(mention(`U${'1'.repeat(64)}`).text).not.toContain('<@');
  });

  it('when a link is made, then only an http(s) URL that cannot close the markup becomes one', () => {
    const label = safeText('#C-1');
    expect(link('https://example.slack.com/archives/C1/p1', label).text).toBe(
      '<https://example.slack.com/archives/C1/p1|#C-1>',
    );
    expect(link('http://example.com/x', label).text).toBe('<http://example.com/x|#C-1>');
    for (const bad of [undefined, '', 'javascript:alert(1)', 'https://x|y', 'https://x>y', 'https://a b', 'ftp://x']) {
      expect(link(bad, label).text).toBe('#C-1');
    }
  });

  it('when words are quoted, then every line is', () => {
    expect(quoteSafe(safeText('one\ntwo')).text).toBe('>one\n>two');
  });

  it('when a header is made from safe text, then its plain text shows the characters, masked, and still inert', () => {
    const block = header(md`${'A & B <!channel> 13812345678'}`);
    expect(block.text.text).toBe('A & B <\u200D!channel> 138****5678');
    expect(block.text.type).toBe('plain_text');
  });

  it('when a section or context is made, then it carries the safe mrkdwn verbatim', () => {
    expect(section(md`*${'<x>'}*`).text).toEqual({ type: 'mrkdwn', text: '*&lt;x&gt;*', verbatim: true });
    expect(context([md`a`, md`b`]).elements).toEqual([
      { type: 'mrkdwn', text: 'a', verbatim: true },
      { type: 'mrkdwn', text: 'b', verbatim: true },
    ]);
  });

  it('when the notification text is made, then it is the safe text cut to its limit', () => {
    expect(shownText(md`${HOSTILE}`, 25, 'en')).toBe('138****5678… (truncated)');
    expect(shownText(md`${HOSTILE}`, 13)).toBe('138****5678…');
  });

  it('when the filer reads their own words, then they are escaped but the contacts stay whole', () => {
    expect(ownText(HOSTILE, 200, 'en').text).toBe('13812345678 &lt;!channel&gt; wang.li@example.com &amp; @\u200Dhere');
    expect(ownText('x'.repeat(50), 20, 'zh').text.endsWith('…(已截断)')).toBe(true);
  });
});

/** Every TypeScript file under src/, as paths relative to the repository and their text. */
async function sources(): Promise<{ path: string; text: string }[]> {
  const root = join(import.meta.dirname, '../..');
  const entries = await readdir(join(root, 'src'), { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.ts'));
  return Promise.all(
    files.map(async (entry) => {
      const path = relative(root, join(entry.parentPath, entry.name));
      return { path, text: await readFile(join(root, path), 'utf8') };
    }),
  );
}

describe('the one way to a surface', () => {
  it('when the code is read, then only the builders of the filer’s own DMs import the unmasked text', async () => {
    const importers = (await sources())
      .filter(({ text }) => /from '\.{1,2}\/(?:blocks\/)?own-text\.ts'/.test(text))
      .map(({ path }) => path)
      .sort();
    expect(importers).toEqual([
      'src/blocks/analysis-message.ts',
      'src/blocks/not-saved-message.ts',
      'src/blocks/owner-reminders.ts',
    ]);
    const vouching = (await sources())
      .filter(({ text }) => text.includes('vouchEscapedForFiler'))
      .map(({ path }) => path)
      .sort();
    expect(vouching).toEqual(['src/blocks/own-text.ts', 'src/blocks/safe-text.ts']);
  });

  it('when the code is read, then no file but the block parts writes a mrkdwn or header object itself', async () => {
    const writers = (await sources())
      .filter(({ text }) => /type: '(?:mrkdwn|header|section|context)'/.test(text))
      .map(({ path }) => path)
      .sort();
    // limits.ts writes the "… more not shown" note from safe text (it cannot import the parts: they import it).
    expect(writers).toEqual(['src/blocks/block-parts.ts', 'src/blocks/limits.ts']);
  });

  it('when the code is read, then escaping and masking are reached only through safe text', async () => {
    const direct = (await sources())
      .filter(({ text }) => /\b(?:escapeMrkdwn|userMrkdwn)\(/.test(text))
      .map(({ path }) => path)
      .sort();
    expect(direct).toEqual(['src/blocks/mrkdwn.ts', 'src/blocks/own-text.ts', 'src/blocks/safe-text.ts']);
  });
});
