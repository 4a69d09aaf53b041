/**
 * Yields once to the event loop after acknowledging, so that during a burst every pending request is
 * acknowledged before any of them starts its slower work (views.open, analysis, storing, posting).
 * Slack gives 3 s to acknowledge and no deadline for the rest.
 */
export function afterAck(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
