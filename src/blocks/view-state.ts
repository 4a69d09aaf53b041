import { z } from 'zod';

/**
 * One input's state in a submitted view, as Slack sends it (`view.state.values[blockId][actionId]`):
 * only the keys the app's forms read. Bolt's `ViewStateValue` is assignable to it.
 */
export interface ViewStateValue {
  type: string;
  /** plain_text_input; number_input (the number as typed, a string). */
  value?: string | null;
  /** datetimepicker: unix seconds. */
  selected_date_time?: number | null;
  /** datepicker: YYYY-MM-DD. */
  selected_date?: string | null;
  /** static_select, radio_buttons. */
  selected_option?: { value: string } | null;
  /** checkboxes. */
  selected_options?: readonly { value: string }[];
  /** users_select: the user id. */
  selected_user?: string | null;
  /** file_input: Slack's file objects, read by `readSlackFile`. */
  files?: readonly unknown[];
}

/** A submitted view's `state.values`: block id → action id → state. Bolt's `view.state.values` fits it. */
export type ViewStateValues = Readonly<Record<string, Readonly<Record<string, ViewStateValue>>>>;

// Parsed, not trusted: the state comes over the wire, and a listener that read it blindly would crash
// (or worse, store nonsense) on a payload it did not expect.
const ViewStateValueSchema = z.object({
  type: z.string(),
  value: z.string().nullish(),
  selected_date_time: z.number().int().nullish(),
  selected_date: z.string().nullish(),
  selected_option: z.object({ value: z.string() }).nullish(),
  selected_options: z.array(z.object({ value: z.string() })).optional(),
  selected_user: z.string().nullish(),
  files: z.array(z.unknown()).optional(),
});

/** An input's state after parsing; `undefined` when the view did not send that block. */
export type ParsedViewStateValue = z.infer<typeof ViewStateValueSchema>;

/** Reading one input: its parsed state (or `undefined` when absent), or `ok: false` when it is malformed. */
export type InputReading = { ok: true; state: ParsedViewStateValue | undefined } | { ok: false };

/** Reads the state of the input `actionId` in block `blockId`. */
export function readInput(values: ViewStateValues, blockId: string, actionId: string): InputReading {
  const raw = values[blockId]?.[actionId];
  if (raw === undefined) return { ok: true, state: undefined };
  const parsed = ViewStateValueSchema.safeParse(raw);
  return parsed.success ? { ok: true, state: parsed.data } : { ok: false };
}

/** A text input's value, trimmed; `undefined` when empty. */
export function textOf(state: ParsedViewStateValue | undefined): string | undefined {
  const value = state?.value?.trim();
  return value ? value : undefined;
}
