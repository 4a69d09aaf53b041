import type { Keyv } from 'keyv';
import type OpenAI from 'openai';
import type { Analysis } from '../../domain/analysis.ts';
import type { AnalysisEngine, GuardAdjustment } from '../../domain/analysis-engine.ts';
import type { Policy } from '../../domain/policy-schema.ts';
import type { AnalysisInput, ComplaintAnalyser } from '../analyser.ts';
import { analyseWithRules } from '../rules-analyser.ts';
import { AnswerCache, type AnswerStore, type CacheLogger } from './answer-cache.ts';
import { answerToAnalysis } from './answer-to-analysis.ts';
import { buildSystemPrompt, promptVersion } from './build-prompt.ts';
import { buildComplaintData, wrapComplaintData } from './complaint-as-data.ts';
import { keepVerbatimQuotes } from './guard-quotes.ts';
import { holdResolutionToPolicy } from './guard-resolution.ts';
import { findWordingProblems, rewordingRequest, WORDING_FIELD_LABELS, type WordingField } from './guard-wording.ts';
import type { LlmAnswer } from './llm-answer-schema.ts';
import { parseAnswer } from './parse-answer.ts';
import type { PromptFiles } from './prompt-files.ts';
import { redactComplaint } from './redact-contacts.ts';
import {
  AnswerRequester,
  type Deadline,
  type LlmEndpoint,
  type MessagesFor,
  startDeadline,
  type TokenUsage,
  toLlmError,
} from './request-answer.ts';

export interface LlmAnalyserOptions {
  endpoint: LlmEndpoint;
  prompts: PromptFiles;
  /** Where answers are cached (a keyv, or a store engine that can also sweep lapsed ones); without one every analysis asks the model. */
  cache?: Keyv<unknown> | AnswerStore | undefined;
  /** An OpenAI client of the caller's (tests, custom fetch); by default one is built from `endpoint`. */
  client?: OpenAI | undefined;
  logger?: CacheLogger | undefined;
}

/**
 * Below this share of LLM_TIMEOUT_MS left after the first answer, wording that failed the guards is not
 * asked for again (a second answer would rarely arrive in time) and the rules' wording is used at once.
 */
const MIN_SHARE_TO_REWORD = 0.25;

/** What is sent for one complaint, apart from the system prompt (built per mode from the version's files and policy). */
interface PromptToSend {
  version: string;
  user: string;
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
  const cache = options.cache ? new AnswerCache(options.cache, { logger: options.logger }) : undefined;
  const { model, timeoutMs } = options.endpoint;
  /** One version per policy object: the policy renders into the prompt, so it is part of what the version names. */
  const versions = new WeakMap<Policy, string>();
  const versionFor = (policy: Policy): string => {
    let version = versions.get(policy);
    if (version === undefined) {
      version = promptVersion(options.prompts, policy);
      versions.set(policy, version);
    }
    return version;
  };

  async function ask(
    input: AnalysisInput,
    prompt: PromptToSend,
    tokens: TokenUsage,
    deadline: Deadline,
  ): Promise<Asked> {
    // The system prompt is named by its version; the user message holds the complaint and the verdicts.
    const key = AnswerCache.keyFor({ model, promptVersion: prompt.version, messages: prompt.user });
    const cached = await cache?.get(key);
    if (cached) return { answer: cached, cached: true, adjustments: [] };

    const messagesFor: MessagesFor = (mode) => [
      { role: 'system', content: buildSystemPrompt(options.prompts, input.policy, mode) },
      { role: 'user', content: prompt.user },
    ];
    const reply = await requester.request(messagesFor, deadline);
    add(tokens, reply.usage);
    let answer = parseAnswer(reply.content);
    const adjustments: GuardAdjustment[] = [];
    const problems = findWordingProblems(answer, input.policy, input.facts.language);
    if (problems.length > 0 && deadline.at - Date.now() < timeoutMs * MIN_SHARE_TO_REWORD) {
      // Too little of LLM_TIMEOUT_MS is left for a second answer: the rules' wording replaces what failed.
      options.logger?.warn('llm rewording skipped: too little time left before LLM_TIMEOUT_MS');
    } else if (problems.length > 0) {
      adjustments.push({
        kind: 'wording-regenerated',
        reason: {
          zh: '措辞未通过用语检查,已请模型重写一次',
          en: 'wording failed the phrase guard and was asked for again',
        },
      });
      try {
        const again = await requester.request(
          (mode) => [
            ...messagesFor(mode),
            { role: 'assistant', content: reply.content },
            { role: 'user', content: rewordingRequest(problems, input.facts.language) },
          ],
          deadline,
        );
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
    // One deadline for the whole analysis: the first answer and any rewording share LLM_TIMEOUT_MS.
    const deadline = startDeadline(timeoutMs);
    const tokens: TokenUsage = { input: 0, output: 0 };
    let version = options.prompts.version;
    try {
      // Inside the try: whatever building the prompt throws gives the rules' reading, like any LLM failure.
      version = versionFor(input.policy);
      const redacted = redactComplaint(input.complaint);
      const prompt: PromptToSend = { version, user: wrapComplaintData(buildComplaintData(input, redacted)) };
      const asked = await ask(input, prompt, tokens, deadline);
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
        engine: engine(version, tokens, asked.cached, [
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
          ...engine(version, tokens, false, []),
          fallback: { reason: failure.reason, detail: failure.message.slice(0, 300) },
        },
      };
    }
  }

  function engine(
    promptVersion: string,
    tokens: TokenUsage,
    cached: boolean,
    adjustments: GuardAdjustment[],
  ): AnalysisEngine {
    return { model, promptVersion, tokens: { ...tokens }, cached, adjustments };
  }

  /**
   * The rules' reading, stored the moment a complaint is filed: it stands, saying why, if the bot stops
   * before the model answers, and is replaced by the full analysis when it does.
   */
  function provisional(input: AnalysisInput): Analysis {
    let version: string;
    try {
      version = versionFor(input.policy);
    } catch {
      version = 'unknown';
    }
    return {
      ...analyseWithRules(input),
      engine: {
        ...engine(version, { input: 0, output: 0 }, false, []),
        fallback: { reason: 'interrupted', detail: 'the bot stopped before the LLM answered' },
      },
    };
  }

  return { name: 'llm', analyse, provisional };
}

function add(total: TokenUsage, usage: TokenUsage): void {
  total.input += usage.input;
  total.output += usage.output;
}
