import type { Evidence } from '../domain/analysis.ts';

/**
 * A retelling — a staff summary, a news report, a review pasted whole — says far less about how the
 * customer is than their own words or what staff saw: on real retold complaints, readings the cues were
 * sure of were right about half the time. A temperament carried by retold text alone is kept below 0.5,
 * whichever engine read it, so the confidence shown is one staff can trust (README: "On real complaints").
 */
export const RETOLD_CEILING = 0.45;

/** Where the customer is seen or heard first hand: their words as staff took them down, and their behaviour. */
export const FIRST_HAND: ReadonlySet<Evidence['source']> = new Set(['customerWords', 'behaviour']);
