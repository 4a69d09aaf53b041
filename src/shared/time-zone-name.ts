/** Names without an area that still mean one zone to everybody, whatever the runtime's aliases. */
const UNIVERSAL = new Set(['UTC', 'GMT', 'UCT', 'ETC/UTC', 'ETC/GMT', 'ETC/UCT', 'UNIVERSAL', 'ZULU']);

/**
 * What is wrong with a time zone setting, or undefined when it is a full IANA name. The runtime also accepts
 * short names and legacy aliases, and reads them one way of several: "CST" is US Central to Node but China
 * Standard Time to most people in a Chinese shop, so a digest set for 8:30 would arrive at 22:30. Such a name is
 * refused with the zone Node would have used, so the operator writes the one they mean.
 */
export function timeZoneProblem(
  name: string,
): { kind: 'unknown' } | { kind: 'short-name'; readAs: string } | undefined {
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return { kind: 'unknown' };
  }
  if (name.includes('/') || UNIVERSAL.has(name.toUpperCase())) return undefined;
  return { kind: 'short-name', readAs: resolved };
}
