import { z } from 'zod';
import {
  AimKindSchema,
  FlagKindSchema,
  TEXT_SOURCES,
  TemperamentReadSchema,
  TemperamentSchema,
} from '../../domain/analysis.ts';

/*
 * What the model is asked to return, and the only shape its answer is accepted in. Strict structured
 * outputs need every property required, so "absent" is `null`, never a missing key. The model reads and
 * words; what the method says about each reading (how to serve a type, the advice for a flag, the six
 * steps) comes from the product's own wording, so the model cannot make it up.
 */

const QuoteSchema = z
  .object({
    /** Copied exactly from the complaint data; anything else is dropped. */
    quote: z.string().min(1).max(300),
    source: z.enum(TEXT_SOURCES),
  })
  .strict();

/**
 * Staff text in both languages, bounded so a runaway model cannot fill the case message (Slack cuts a
 * section at 3,000 characters): a note is a few sentences, a follow-up line one.
 */
const noteOf = (zh: number, en: number) =>
  z.object({ zh: z.string().min(1).max(zh), en: z.string().min(1).max(en) }).strict();
const NoteSchema = noteOf(400, 800);
const FollowUpLineSchema = noteOf(150, 300);

export const LlmAnswerSchema = z
  .object({
    temperament: z
      .object({
        /** One of the four, or `unknown` when the text shows no cue (staff judge); never a default type. */
        type: TemperamentReadSchema,
        confidence: z.number().min(0).max(1),
        /** Each quote backs one of the four types; an `unknown` reading needs none. */
        evidence: z.array(QuoteSchema.extend({ type: TemperamentSchema }).strict()).max(6),
      })
      .strict(),
    flags: z.array(z.object({ kind: FlagKindSchema, evidence: z.array(QuoteSchema).min(1).max(4) }).strict()).max(6),
    aim: z
      .object({
        kind: AimKindSchema,
        /** What they literally ask for, when it differs from the likely aim. */
        stated: AimKindSchema.nullable(),
        evidence: z.array(QuoteSchema).max(4),
        /** For staff: what they most likely want and how to meet it. */
        note: NoteSchema,
      })
      .strict(),
    /** To say to the customer, in the customer's language. */
    apology: z.string().min(1).max(600),
    resolution: z
      .object({
        /** Ids of eligible remedies from the complaint data, best first. */
        options: z.array(z.string().min(1)).max(3),
        recommended: z.string().min(1).nullable(),
        letCustomerChoose: z.boolean(),
        /** A sum of money to offer with a compensation, discount or gift, in the policy's currency. */
        amount: z.number().nonnegative().nullable(),
        /** For staff: how to put it to this customer. */
        note: NoteSchema,
      })
      .strict(),
    /** The follow-up call script (回访), one line per step. */
    followUp: z.array(FollowUpLineSchema).min(1).max(6),
  })
  .strict();
export type LlmAnswer = z.infer<typeof LlmAnswerSchema>;

/** The name the answer's JSON schema goes under in a structured-output request. */
export const ANSWER_SCHEMA_NAME = 'complaint_analysis';
