import { z } from 'zod';
import { LanguageSchema, LocalizedSchema } from '../shared/language.ts';
import { AnalysisEngineSchema } from './analysis-engine.ts';
import { SuggestionSchema } from './suggestion.ts';

/** The four temperaments of 人际性格解析法 (seed 001). */
export const TEMPERAMENTS = ['lively', 'forceful', 'peaceable', 'analytical'] as const;
export const TemperamentSchema = z.enum(TEMPERAMENTS);
export type Temperament = z.infer<typeof TemperamentSchema>;
/**
 * What a reading may conclude: one of the four, or `unknown` when the text shows no cue at all (a bare
 * news report, a form with only the facts). Staff then judge for themselves; no type is guessed for them.
 */
export const TEMPERAMENT_READINGS = [...TEMPERAMENTS, 'unknown'] as const;
export const TemperamentReadSchema = z.enum(TEMPERAMENT_READINGS);
export type TemperamentRead = z.infer<typeof TemperamentReadSchema>;

/** The difficult kinds of customer named by seed 001. */
export const DIFFICULT_KINDS = [
  'stubborn',
  'nagging',
  'arrogant',
  'irritable',
  'vulgar',
  'odd',
  'reserved',
  'indecisive',
  'domineering',
  'drunk',
  'critic',
  'argumentative',
  'troublemaker',
] as const;

/** Signs that a complaint may turn into a crisis (seed 001: special customers, escalation outside the store). */
export const CRISIS_KINDS = [
  'media',
  'social-media',
  'consumer-council',
  'lawyer',
  'regulator',
  'special-customer',
  'violence',
] as const;

export const FlagKindSchema = z.enum([...DIFFICULT_KINDS, ...CRISIS_KINDS]);
export type FlagKind = z.infer<typeof FlagKindSchema>;
export type DifficultKind = (typeof DIFFICULT_KINDS)[number];
export type CrisisKind = (typeof CRISIS_KINDS)[number];

export const TEXT_SOURCES = ['narrative', 'customerWords', 'behaviour', 'customerAsk'] as const;
/**
 * Where evidence comes from: a text of the complaint, or `channel` — where staff said it reached the
 * store, the quote then being the channel's id (`news-report`), which readers show in their language.
 */
export const EVIDENCE_SOURCES = [...TEXT_SOURCES, 'channel'] as const;

/** A phrase from the complaint that supports a reading; `quote` occurs verbatim in the input. */
export const EvidenceSchema = z
  .object({
    quote: z.string().min(1).max(300),
    source: z.enum(EVIDENCE_SOURCES),
    /** The cue that matched in the quote, when the rules engine read it (e.g. "yell*", "向记者反映"). */
    cue: z.string().min(1).max(100).optional(),
  })
  .strict();
export type Evidence = z.infer<typeof EvidenceSchema>;

export const TemperamentEvidenceSchema = EvidenceSchema.extend({ type: TemperamentSchema }).strict();
export type TemperamentEvidence = z.infer<typeof TemperamentEvidenceSchema>;

export const TemperamentReadingSchema = z
  .object({
    type: TemperamentReadSchema,
    /** 0–1: how far the evidence favours this type over the runner-up. A working guess, never a verdict. */
    confidence: z.number().min(0).max(1),
    scores: z.record(TemperamentSchema, z.number().nonnegative()),
    evidence: z.array(TemperamentEvidenceSchema),
    /** How to serve this type (seed 001's key verb and approach). */
    approach: z.array(LocalizedSchema).min(1),
  })
  .strict();
export type TemperamentReading = z.infer<typeof TemperamentReadingSchema>;

export const FlagSchema = z
  .object({
    kind: FlagKindSchema,
    group: z.enum(['difficult', 'crisis']),
    evidence: z.array(EvidenceSchema).min(1),
    /** The method's handling advice for this kind. */
    advice: z.array(LocalizedSchema).min(1),
  })
  .strict();
export type Flag = z.infer<typeof FlagSchema>;

export const AIM_KINDS = [
  'refund',
  'exchange',
  'repair',
  'discount',
  'compensation',
  'apology',
  'accountability',
  'assurance',
  'unknown',
] as const;
export const AimKindSchema = z.enum(AIM_KINDS);
export type AimKind = z.infer<typeof AimKindSchema>;

/** What the customer most likely really wants (seed 000: read the repeated point, the unasked discount). */
export const RealAimSchema = z
  .object({
    kind: AimKindSchema,
    /** What they literally ask for, when it differs from the likely aim. */
    stated: AimKindSchema.optional(),
    /** A sum of money the customer named, in the policy's currency. */
    amount: z.number().nonnegative().optional(),
    evidence: z.array(EvidenceSchema),
    note: LocalizedSchema,
  })
  .strict();
export type RealAim = z.infer<typeof RealAimSchema>;

/** A complete reading of one complaint. Policy verdicts are kept apart: the policy decides, analysis suggests. */
export const AnalysisSchema = z
  .object({
    language: LanguageSchema,
    analysedBy: z.enum(['rules', 'llm']),
    /** Policy category and problem ids, as given or as detected from the text; null when unknown. */
    category: z.string().nullable(),
    problem: z.string().nullable(),
    temperament: TemperamentReadingSchema,
    flags: z.array(FlagSchema),
    aim: RealAimSchema,
    suggestion: SuggestionSchema,
    /** Model, prompt version, tokens and fallback reason; present when an LLM endpoint is configured. */
    engine: AnalysisEngineSchema.optional(),
  })
  .strict();
export type Analysis = z.infer<typeof AnalysisSchema>;

/** Builds a record with one entry per temperament. */
export function byTemperament<T>(make: (type: Temperament) => T): Record<Temperament, T> {
  return {
    lively: make('lively'),
    forceful: make('forceful'),
    peaceable: make('peaceable'),
    analytical: make('analytical'),
  };
}
