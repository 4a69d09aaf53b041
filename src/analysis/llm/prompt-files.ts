import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the prompt files live: `prompts/` at the top of the repository, beside the policy examples' users. */
export const PROMPTS_DIR = fileURLToPath(new URL('../../../prompts/', import.meta.url));

/** The prompt files the system prompt is assembled from. */
export const PROMPT_FILE_NAMES = {
  system: 'complaint-analysis.system.md',
  method: 'method.md',
  examples: 'examples.md',
  answerShape: 'answer-shape.md',
} as const;

/** The prompt's text, as files on disk, and the version that names exactly this text. */
export interface PromptFiles {
  readonly system: string;
  readonly method: string;
  readonly examples: string;
  readonly answerShape: string;
  /**
   * `p-` and the first 10 hex digits of a SHA-256 over every file's name and content. The version a case
   * records also covers what the policy renders into the files: see `promptVersion` in build-prompt.ts.
   */
  readonly version: string;
}

/** Reads the prompt files; a missing one is a deployment error and stops the start-up. */
export async function loadPromptFiles(dir: string = PROMPTS_DIR): Promise<PromptFiles> {
  const entries = await Promise.all(
    Object.entries(PROMPT_FILE_NAMES).map(async ([key, name]) => {
      const text = await readFile(join(dir, name), 'utf8');
      return [key, name, text.trim()] as const;
    }),
  );
  const hash = createHash('sha256');
  for (const [, name, text] of entries) hash.update(`${name}\n${text}\n\0`);
  const text = (key: keyof typeof PROMPT_FILE_NAMES) => entries.find((entry) => entry[0] === key)?.[2] ?? '';
  return {
    system: text('system'),
    method: text('method'),
    examples: text('examples'),
    answerShape: text('answerShape'),
    version: `p-${hash.digest('hex').slice(0, 10)}`,
  };
}
