import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PolicyLoadError } from '../../src/errors.ts';
import { DEFAULT_POLICY_PATH, loadPolicy, loadPolicySync, parsePolicy } from '../../src/policy/load-policy.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/policies/${name}`, import.meta.url));
const MINIMAL = readFileSync(fixture('minimal.policy.yml'), 'utf8');

/** The minimal policy with one exact piece of text replaced; fails loudly if the piece is not there. */
function minimalWith(find: string, replace: string): string {
  if (!MINIMAL.includes(find)) throw new Error(`fixture has no ${JSON.stringify(find)}`);
  return MINIMAL.replace(find, replace);
}

/** 1-based line and column of the first occurrence of `needle`. */
function positionOf(text: string, needle: string, occurrence = 1): { line: number; col: number } {
  let index = -1;
  for (let seen = 0; seen < occurrence; seen++) index = text.indexOf(needle, index + 1);
  if (index < 0) throw new Error(`no ${JSON.stringify(needle)}`);
  const before = text.slice(0, index);
  return { line: before.split('\n').length, col: index - before.lastIndexOf('\n') };
}

function loadError(text: string): PolicyLoadError {
  try {
    parsePolicy(text, 'policy.yml');
  } catch (error) {
    if (error instanceof PolicyLoadError) return error;
    throw error;
  }
  throw new Error('expected a PolicyLoadError');
}

describe('parsePolicy and loadPolicy', () => {
  it('when the example policy is loaded, then it holds the ten articles, R11, R12, A1 and A2 (repeat customers) with their sources', async () => {
    const policy = await loadPolicy(DEFAULT_POLICY_PATH);
    expect(policy.rules.map((rule) => rule.id)).toEqual([
      'R1',
      'R2',
      'R3',
      'R4',
      'R5',
      'R6',
      'R7',
      'R8',
      'R9',
      'R10',
      'R11',
      'R12',
      'A1',
      'A2',
    ]);
    expect(policy.rules.find((rule) => rule.id === 'R2')?.source).toBe('新瀚城购物须知 第2条');
    expect(policy.timezone).toBe('Asia/Shanghai');
    expect(policy.currency).toBe('CNY');
    expect(policy.followUpDays).toBe(7);
    expect(policy.authority).toEqual({ rule: 'A1', staffLimit: 50, managerOnly: ['refund'] });
  });

  it('when the example policy is loaded, then its categories and problems use the agreed ids', () => {
    const policy = loadPolicySync(DEFAULT_POLICY_PATH);
    expect(policy.categories.map((category) => category.id)).toEqual([
      'jewellery',
      'watch',
      'glasses',
      'silver',
      'alloy',
      'hair-clip',
      'yiduoer',
      'single-use',
      'other',
    ]);
    expect(policy.problems.map((problem) => problem.id)).toEqual([
      'lost-stone',
      'watch-battery',
      'watch-fault',
      'water-damage',
      'unsoldered',
      'broken',
      'clip-broken',
      'base-clip-broken',
      'lens-broken',
      'loose-screw',
      'tarnish',
      'plating-wear',
      'defect',
      'service',
      'other',
    ]);
    const lostStone = policy.problems.find((problem) => problem.id === 'lost-stone');
    expect(lostStone?.cues.zh).toEqual(expect.arrayContaining(['掉钻', '掉…钻', '钻掉', '水钻掉']));
    expect(lostStone?.cues.en).toEqual(expect.arrayContaining(['stone fell out', 'missing stone', 'lost a stone']));
  });

  it('when the example policy quotes the seed, then the OCR slips are fixed', () => {
    const policy = loadPolicySync(DEFAULT_POLICY_PATH);
    const quoted = policy.rules.map((rule) => `${rule.title.zh}${rule.citation.zh}`).join('\n');
    for (const slip of ['咨询题', '专门钻', '0。3', '0。5', '坚夹', '镙丝', '镱片', '阻碍'])
      expect(quoted).not.toContain(slip);
    expect(policy.rules.find((rule) => rule.id === 'R2')?.citation.zh).toBe(
      '一个月之内凭电脑小票,免费补钻;一个月后按成本价0.3元/粒收费(特殊钻除外);',
    );
    expect(policy.rules.find((rule) => rule.id === 'R7')?.citation.zh).toBe('竖夹断裂,不可修理;(有底夹的竖夹可换底夹)');
  });

  it('when the minimal fixture is parsed, then defaults are filled in', () => {
    const policy = parsePolicy(MINIMAL, 'policy.yml');
    expect(policy.remedies[1]?.terms).toEqual([{ fee: { type: 'free' } }]);
    expect(policy.remedies[1]?.available).toBe(true);
    expect(policy.timezone).toBe('Asia/Shanghai');
  });

  it('when the YAML has a syntax error, then the error gives the file, line and column', () => {
    const text = minimalWith('  - id: broken\n', '  - id: broken\n   bad: [unclosed\n');
    const error = loadError(text);
    expect(error.code).toBe('policy_invalid');
    expect(error.message).toMatch(/^policy\.yml:\d+:\d+: YAML syntax: /);
    const line = Number(/^policy\.yml:(\d+):/.exec(error.message)?.[1]);
    expect(line).toBeGreaterThanOrEqual(positionOf(text, 'bad:').line);
    expect(line).toBeLessThanOrEqual(positionOf(text, 'bad:').line + 1);
  });

  it('when a syntax error is in a file, then loadPolicy names the file and the line', async () => {
    // Written at run time: a broken YAML file in the repository would break `biome check`.
    const dir = mkdtempSync(join(tmpdir(), 'policy-'));
    const path = join(dir, 'broken.policy.yml');
    writeFileSync(path, 'version: 1\nname: { zh: 测试, en: Test\ncategories:\n  - id: watch\n');
    const error = await loadPolicy(path).catch((caught: unknown) => caught);
    rmSync(dir, { recursive: true });
    expect(error).toBeInstanceOf(PolicyLoadError);
    expect(error).toMatchObject({ code: 'policy_invalid', message: expect.stringMatching(/:3:1: YAML syntax: /) });
    expect(error).toMatchObject({ message: expect.stringContaining(`${path}:`) });
  });

  it('when a fee amount is negative, then the error names the field path, line and column of the value', () => {
    const text = minimalWith('amount: 5', 'amount: -1');
    const { line, col } = positionOf(text, '-1');
    const error = loadError(text);
    expect(error.message).toMatch(
      new RegExp(`^policy\\.yml:${line}:${col}: remedies\\[0\\]\\.terms\\[0\\]\\.fee\\.amount: `),
    );
    expect(error.message).toContain('>0');
  });

  it('when a value has the wrong type, then the error names its path and line', () => {
    const text = minimalWith('staffLimit: 50', 'staffLimit: fifty');
    const error = loadError(text);
    expect(error.message).toMatch(
      new RegExp(`^policy\\.yml:${positionOf(text, 'fifty').line}:\\d+: authority\\.staffLimit: `),
    );
    expect(error.message).toContain('expected number');
  });

  it('when a key is misspelt, then the error points at the key itself', () => {
    const text = minimalWith(
      '    rule: R1\n    appliesTo',
      '    rule: R1\n    applies: { categories: [watch] }\n    appliesTo',
    );
    const { line, col } = positionOf(text, 'applies:');
    expect(loadError(text).message).toMatch(
      new RegExp(`^policy\\.yml:${line}:${col}: remedies\\[0\\]\\.applies: unknown key`),
    );
  });

  it('when a required key is missing, then the error names it at the map that lacks it', () => {
    const text = minimalWith('  rule: R1\n  staffLimit', '  staffLimit');
    const error = loadError(text);
    expect(error.message).toBe(
      `policy.yml:${positionOf(text, 'staffLimit').line}:3: authority.rule: missing (expected string)`,
    );
  });

  it('when a remedy cites a rule that does not exist, then the error names the path, the line and the known rules', () => {
    const text = minimalWith(
      '    name: { zh: 退款, en: Refund }\n    rule: R1',
      '    name: { zh: 退款, en: Refund }\n    rule: R9',
    );
    const { line, col } = positionOf(text, 'R9');
    const error = loadError(text);
    expect(error.message).toBe(`policy.yml:${line}:${col}: remedies[1].rule: unknown rule "R9"; known: R1`);
  });

  it('when two remedies share an id, then the error points at the second one', () => {
    const text = minimalWith('  - id: refund', '  - id: repair');
    const { line, col } = positionOf(text, 'id: repair', 2);
    const error = loadError(text);
    expect(error.message).toBe(
      `policy.yml:${line}:${col + 'id: '.length}: remedies[1].id: duplicate id "repair" (first at remedies[0])`,
    );
  });

  it('when an exclusion names an undefined problem, then the error names the list entry', () => {
    const text = minimalWith('problems: [broken]', 'problems: [cracked]');
    const { line, col } = positionOf(text, 'cracked');
    expect(loadError(text).message).toBe(
      `policy.yml:${line}:${col}: exclusions[0].when.problems[0]: unknown problem "cracked"; known: broken`,
    );
  });

  it('when a remedy applies to an undefined category, then the error names it', () => {
    const text = minimalWith('appliesTo: { categories: [watch] }', 'appliesTo: { categories: [clock] }');
    expect(loadError(text).message).toContain(
      `:${positionOf(text, 'clock').line}:${positionOf(text, 'clock').col}: remedies[0].appliesTo.categories[0]: unknown category "clock"`,
    );
  });

  it('when the time zone is not a real one, then the error names it', () => {
    const text = minimalWith('version: 1\n', 'version: 1\ntimezone: Mars/Olympus\n');
    expect(loadError(text).message).toBe(
      `policy.yml:${positionOf(text, 'Mars').line}:11: timezone: unknown time zone "Mars/Olympus"`,
    );
  });

  it.each([
    ['', 'is empty'],
    ['# to do\n', 'is empty'],
    ['- a\n- b\n', 'holds a list'],
    ['policy\n', 'holds a single value'],
  ])('when the file is not a mapping (%j), then the error says what it holds and where to start', (text, what) => {
    expect(loadError(text).message).toBe(
      `policy.yml:1:1: the file ${what}; a policy is a mapping of version, name, categories, rules, remedies and authority (start from src/policy/examples/xinhancheng.policy.yml)`,
    );
  });

  it('when the time zone is a short name, then the error says which zone Node would read and asks for the full name', () => {
    const text = minimalWith('version: 1\n', 'version: 1\ntimezone: CST\n');
    expect(loadError(text).message).toBe(
      `policy.yml:${positionOf(text, 'CST').line}:11: timezone: "CST" is a short name Node reads as America/Chicago; write an IANA name such as Asia/Shanghai`,
    );
  });

  it('when several things are wrong, then they are joined on one line', () => {
    const text = minimalWith('amount: 5', 'amount: 0').replace('staffLimit: 50', 'staffLimit: -3');
    const error = loadError(text);
    expect(error.message).not.toContain('\n');
    expect(error.message).toContain('remedies[0].terms[0].fee.amount');
    expect(error.message).toContain('; policy.yml:');
    expect(error.message).toContain('authority.staffLimit');
  });

  it('when keys are missing and a present value is wrong, then the wrong value is reported first, at its line', () => {
    const text = 'version: 1\nname:\n  zh: 店\n  en: Shop\ncategories: nope\n';
    const error = loadError(text);
    expect(error.message).toMatch(/^policy\.yml:5:13: categories: /);
    expect(error.message).toContain('rules: missing (expected array)');
  });

  it('when the file does not exist, then the error is policy_unreadable in one line', async () => {
    const missing = fixture('no-such.policy.yml');
    await expect(loadPolicy(missing)).rejects.toBeInstanceOf(PolicyLoadError);
    await expect(loadPolicy(missing)).rejects.toMatchObject({
      code: 'policy_unreadable',
      message: `${missing}: cannot read the policy file (no such file)`,
    });
    expect(() => loadPolicySync(missing)).toThrow(expect.objectContaining({ code: 'policy_unreadable' }));
  });

  it('when the path is a directory, then the error is policy_unreadable', async () => {
    await expect(loadPolicy(fixture(''))).rejects.toMatchObject({ code: 'policy_unreadable' });
  });
});
