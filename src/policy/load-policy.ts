import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type Document, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { type Policy, PolicySchema } from '../domain/policy-schema.ts';
import { PolicyLoadError } from '../errors.ts';
import { findPolicyProblems, type PolicyPath } from './policy-references.ts';

/** The example store policy (新瀚城购物须知) that ships with the product. */
export const DEFAULT_POLICY_PATH = fileURLToPath(new URL('./examples/xinhancheng.policy.yml', import.meta.url));

// One line is the contract; a few problems at once save an edit-reload cycle without flooding it.
const MAX_REPORTED = 3;

interface Located {
  offset: number;
  /** Null for YAML syntax errors, which have a place in the text but no path yet. */
  path: PolicyPath | null;
  message: string;
  /** False when the place is only the parent of what is missing; those go after the exact ones. */
  exact: boolean;
}

/** `remedies[3].terms[0].fee.amount` */
function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(document)';
  return path
    .map((segment, index) => {
      if (typeof segment === 'number') return `[${segment}]`;
      const name = String(segment);
      return index === 0 ? name : `.${name}`;
    })
    .join('');
}

/**
 * Where in the text a path points: the value if it exists, else the nearest ancestor that does (a
 * missing key is reported at the map that lacks it). With `atKey`, points at the key itself, for keys
 * that should not be there.
 */
function offsetOf(doc: Document, path: readonly PropertyKey[], atKey = false): number {
  let node: unknown = doc.contents;
  let offset = doc.contents?.range?.[0] ?? 0;
  for (const [index, segment] of path.entries()) {
    const last = index === path.length - 1;
    if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
    } else if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === segment);
      if (!pair) return offset;
      const keyOffset = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
      if ((last && atKey) || pair.value === null) return keyOffset ?? offset;
      node = pair.value;
    } else {
      return offset;
    }
    const range = (isScalar(node) || isMap(node) || isSeq(node)) && node.range;
    if (!range) return offset;
    offset = range[0];
  }
  return offset;
}

function fromZod(doc: Document, issue: z.core.$ZodIssue): Located {
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    const path = [...issue.path, key].filter((segment) => typeof segment !== 'symbol');
    return {
      offset: offsetOf(doc, path, true),
      path,
      message: 'unknown key; check its spelling and indentation',
      exact: true,
    };
  }
  const path = issue.path.filter((segment) => typeof segment !== 'symbol');
  // zod says "received undefined" for a key that is simply not there; say so plainly.
  const missing =
    issue.code === 'invalid_type' && path.length > 0 && !doc.hasIn(path)
      ? `missing (expected ${issue.expected})`
      : null;
  return { offset: offsetOf(doc, path), path, message: missing ?? issue.message, exact: missing === null };
}

function report(sourceName: string, problems: readonly Located[], lineCounter: LineCounter): PolicyLoadError {
  const sorted = [...problems].sort((a, b) => Number(b.exact) - Number(a.exact) || a.offset - b.offset);
  const shown = sorted.slice(0, MAX_REPORTED).map((problem) => {
    const { line, col } = lineCounter.linePos(problem.offset);
    const where = problem.path === null ? '' : `${formatPath(problem.path)}: `;
    return `${sourceName}:${Math.max(line, 1)}:${col}: ${where}${problem.message}`;
  });
  const more = sorted.length > MAX_REPORTED ? ` (and ${sorted.length - MAX_REPORTED} more)` : '';
  return new PolicyLoadError(`${shown.join('; ')}${more}`);
}

/**
 * Parses and validates a policy file's text. Every problem is reported as `source:line:col: path:
 * message` in one line, so whoever edits the YAML can jump straight to it.
 * @throws PolicyLoadError (`policy_invalid`) on YAML syntax, schema or cross-reference problems.
 */
export function parsePolicy(text: string, sourceName: string): Policy {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const syntax = doc.errors.map((error) => ({
      offset: error.pos[0],
      path: null,
      exact: true,
      // The parser's messages can run over several lines; the first one says what is wrong.
      message: `YAML syntax: ${error.message.split('\n')[0] ?? error.code}`,
    }));
    throw report(sourceName, syntax, lineCounter);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new PolicyLoadError(`${sourceName}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (data === null || data === undefined || typeof data !== 'object' || Array.isArray(data)) {
    // zod's "expected object, received null" says nothing to whoever saved an empty or half-pasted file.
    const what =
      data === null || data === undefined ? 'is empty' : `holds ${Array.isArray(data) ? 'a list' : 'a single value'}`;
    throw new PolicyLoadError(
      `${sourceName}:1:1: the file ${what}; a policy is a mapping of version, name, categories, rules, remedies and authority (start from src/policy/examples/xinhancheng.policy.yml)`,
    );
  }
  const parsed = PolicySchema.safeParse(data);
  if (!parsed.success)
    throw report(
      sourceName,
      parsed.error.issues.map((issue) => fromZod(doc, issue)),
      lineCounter,
    );
  const problems = findPolicyProblems(parsed.data);
  if (problems.length > 0) {
    throw report(
      sourceName,
      problems.map((problem) => ({ ...problem, offset: offsetOf(doc, problem.path), exact: true })),
      lineCounter,
    );
  }
  return parsed.data;
}

/** Why a file could not be read, in a few words: "no such file", "permission denied", "it is a directory"… */
export function describeReadFailure(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : undefined;
  return code === 'ENOENT'
    ? 'no such file'
    : code === 'EACCES'
      ? 'permission denied'
      : code === 'EISDIR'
        ? 'it is a directory'
        : error instanceof Error
          ? (error.message.split('\n')[0] ?? 'unknown error')
          : String(error);
}

function unreadable(path: string, error: unknown): PolicyLoadError {
  return new PolicyLoadError(
    `${path}: cannot read the policy file (${describeReadFailure(error)})`,
    'policy_unreadable',
    {
      cause: error,
    },
  );
}

/**
 * Reads and validates a policy file.
 * @throws PolicyLoadError `policy_unreadable` when the file cannot be read, `policy_invalid` when its
 * content is wrong (see {@link parsePolicy}).
 */
export async function loadPolicy(path: string): Promise<Policy> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw unreadable(path, error);
  }
  return parsePolicy(text, path);
}

/** {@link loadPolicy} for start-up code that cannot await. */
export function loadPolicySync(path: string): Policy {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw unreadable(path, error);
  }
  return parsePolicy(text, path);
}
