import { type LlmAnswer, LlmAnswerSchema } from './llm-answer-schema.ts';
import { LlmError } from './llm-error.ts';

/** Local models in JSON mode often wrap the object in a Markdown fence anyway. */
const FENCE = /^\s*```(?:json)?\s*([\s\S]*?)\s*```\s*$/i;

/**
 * Parses the model's answer text: JSON, then the agreed schema. Structured outputs should make both
 * certain, JSON mode makes neither, so every answer passes here whichever way it was asked for.
 */
export function parseAnswer(content: string): LlmAnswer {
  const text = FENCE.exec(content)?.[1] ?? content;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new LlmError('invalid-json', `the answer is not JSON: ${(error as Error).message}`.slice(0, 200));
  }
  const parsed = LlmAnswerSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'answer';
    throw new LlmError('schema-mismatch', `${where}: ${issue?.message ?? 'does not match the schema'}`.slice(0, 200));
  }
  return parsed.data;
}
