import type { RecordTrim } from './kv-engine.ts';

/**
 * `record` without the parts `trim` names, as SQLite's trimmed read hands it over: each `remove` path
 * taken out, and each element of the `pick` array cut to its named fields. For engines that keep a trimmed
 * copy beside the record instead (Redis), computed once per write so a walk never reads the rest. Objects
 * on a path are copied, never changed, so `record` stays as it was.
 */
export function trimRecord(record: unknown, { remove, pick }: RecordTrim): unknown {
  let trimmed = record;
  for (const path of remove) trimmed = changedAt(trimmed, path, () => undefined);
  if (pick) {
    trimmed = changedAt(trimmed, pick.array, (array) =>
      Array.isArray(array)
        ? array.map((element: unknown) =>
            isObject(element) ? Object.fromEntries(pick.fields.map((field) => [field, element[field]])) : element,
          )
        : array,
    );
  }
  return trimmed;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value` with what is at `path` replaced by `change` of it (left out when undefined); unchanged when absent. */
function changedAt(value: unknown, path: readonly string[], change: (found: unknown) => unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return change(value);
  if (!isObject(value) || !(key in value)) return value;
  const next = changedAt(value[key], rest, change);
  // Rebuilt in the same key order, so the copy reads as the record does but for what was left out.
  return Object.fromEntries(
    Object.entries(value).flatMap(([name, inner]) =>
      name !== key ? [[name, inner]] : next === undefined ? [] : [[name, next]],
    ),
  );
}
