import type { Keyv } from 'keyv';
import type OpenAI from 'openai';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { AnalysisInput, ComplaintAnalyser } from '../analyser.js';
import type { Analysis } from '../analysis.js';
import type { AnalysisEngine, GuardAdjustment } from '../analysis-engine.js';
import { analyseWithRules } from '../rules-analyser.js';
import { AnswerCache, type CacheLogger } from './answer-cache.js';
import { answerToAnalysis } from './answer-to-analysis.js';
import { buildSystemPrompt } from './build-prompt.js';
import { buildComplaintData, wrapComplaintData } from './complaint-as-data.js';
import { keepVerbatimQuotes } from './guard-quotes.js';
import { holdResolutionToPolicy } from './guard-resolution.js';
import { findWordingProblems, rewordingRequest, WORDING_FIELD_LABELS, type WordingField } from './guard-wording.js';
import type { LlmAnswer } from './llm-answer-schema.js';
import { parseAnswer } from './parse-answer.js';
import type { PromptFiles } from './prompt-files.js';
import { redactComplaint } from './redact-contacts.js';
import { AnswerRequester, type LlmEndpoint, type TokenUsage, toLlmError } from './request-answer.js';

export interface LlmAnalyserOptions {
  endpoint: LlmEndpoint;
  prompts: PromptFiles;
  /** Where answers are cached; without one every analysis asks the model. */
  cache?: Keyv<unknown> | undefined;
  /** An OpenAI client of the caller's (tests, custom fetch); by default one is built from `endpoint`. */
  client?: OpenAI | undefined;
  logger?: CacheLogger | undefined;
}

/** What one attempt at an LLM reading produced before the guards. */
interface Asked {
  answer: LlmAnswer;
  cached: boolean;
  adjustments: GuardAdjustment[];
}

/**
 * An analyser that asks an LLM to read the customer and word the suggestion, then holds the answer to the
 * policy and the method: contacts redacted before anything leaves the machine, the complaint passed as
 * data, quotes checked against the complaint, remedies checked against the policy engine's verdicts,
 * wording through the phrase guard (reworded once, then the rules'). Any failure — a timeout, an endpoint
 * error after retries, an answer that does not validate — gives the rules analyser's reading instead, with
 * the reason recorded on the case. It never throws for the LLM's sake.
 */
export function createLlmAnalyser(options: LlmAnalyserOptions): ComplaintAnalyser {
  const requester = new AnswerRequester(options.endpoint, options.client);
  const cache = options.cache ? new AnswerCache(options.cache, options.logger) : undefined;
  const { model } = options.endpoint;
  const promptVersion = options.prompts.version;

  async function ask(input: AnalysisInput, messages: ChatCompletionMessageParam[], tokens: TokenUsage): Promise<Asked> {
    const key = AnswerCache.keyFor({ model, promptVersion, messages });
    const cached = await cache?.get(key);
    if (cached) return { answer: cached, cached: true, adjustments: [] };

    const reply = await requester.request(messages);
    add(tokens, reply.usage);
    let answer = parseAnswer(reply.content);
    const adjustments: GuardAdjustment[] = [];
    const problems = findWordingProblems(answer, input.policy, input.facts.language);
    if (problems.length > 0) {
      adjustments.push({
        kind: 'wording-regenerated',
        reason: {
          zh: '措辞未通过用语检查,已请模型重写一次',
          en: 'wording failed the phrase guard and was asked for again',
        },
      });
      try {
        const again = await requester.request([
          ...messages,
          { role: 'assistant', content: reply.content },
          { role: 'user', content: rewordingRequest(problems, input.facts.language) },
        ]);
        add(tokens, again.usage);
        answer = parseAnswer(again.content);
      } catch (error) {
        // The first answer stands; whatever wording still fails is replaced by the rules' below.
        options.logger?.warn(`llm rewording failed: ${toLlmError(error).message}`);
      }
    }
    await cache?.set(key, answer);
    return { answer, cached: false, adjustments };
  }

  async function analyse(input: AnalysisInput): Promise<Analysis> {
    const tokens: TokenUsage = { input: 0, output: 0 };
    const redacted = redactComplaint(input.complaint);
    const messages: ChatCompletionMessageParam[] = [
      { role: 'system', content: buildSystemPrompt(options.prompts, input.policy) },
      { role: 'user', content: wrapComplaintData(buildComplaintData(input, redacted)) },
    ];
    try {
      const asked = await ask(input, messages, tokens);
      const quoted = keepVerbatimQuotes(asked.answer, redacted);
      const replace = new Set<WordingField>(
        findWordingProblems(quoted.answer, input.policy, input.facts.language).map((problem) => problem.field),
      );
      const held = holdResolutionToPolicy({
        resolution: quoted.answer.resolution,
        verdicts: input.verdicts,
        policy: input.policy,
        temperament: quoted.answer.temperament.type,
        aim: quoted.answer.aim.kind,
        requestedAmount: input.facts.requestedAmount,
        useRulesChoice: replace.has('resolutionNote'),
      });
      const replaced: GuardAdjustment[] =
        replace.size === 0
          ? []
          : [
              {
                kind: 'wording-replaced',
                reason: {
                  zh: `${[...replace].map((field) => WORDING_FIELD_LABELS[field].zh).join('、')}未通过用语检查,已换成规则引擎的措辞`,
                  en: `the ${[...replace].map((field) => WORDING_FIELD_LABELS[field].en).join(', ')} failed the phrase guard and was replaced by the built-in rules' wording`,
                },
              },
            ];
      const analysis = answerToAnalysis({ answer: quoted.answer, resolution: held.resolution, replace, input });
      return {
        ...analysis,
        engine: engine(tokens, asked.cached, [
          ...asked.adjustments,
          ...quoted.adjustments,
          ...held.adjustments,
          ...replaced,
        ]),
      };
    } catch (error) {
      const failure = toLlmError(error);
      options.logger?.warn(`llm analysis fell back to the rules (${failure.reason}): ${failure.message}`);
      return {
        ...analyseWithRules(input),
        engine: {
          ...engine(tokens, false, []),
          fallback: { reason: failure.reason, detail: failure.message.slice(0, 300) },
        },
      };
    }
  }

  function engine(tokens: TokenUsage, cached: boolean, adjustments: GuardAdjustment[]): AnalysisEngine {
    return { model, promptVersion, tokens: { ...tokens }, cached, adjustments };
  }

  return { name: 'llm', analyse };
}

function add(total: TokenUsage, usage: TokenUsage): void {
  total.input += usage.input;
  total.output += usage.output;
}
