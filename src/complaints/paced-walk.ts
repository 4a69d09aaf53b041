/** How many items a walk hands out between two pauses: a few milliseconds of a sweep's work. */
const ITEMS_PER_PAUSE = 25;

/**
 * The items of `items`, awaiting `pause` before every {@link ITEMS_PER_PAUSE}th. On SQLite a store's reads
 * resolve without waiting for anything, so a sweep over every open case would otherwise run start to end
 * in one turn of the event loop (a tenth of a second at a thousand cases) while acknowledgements wait;
 * the Slack app's pause waits there for the requests in flight. Without `pause` it yields the items as they are.
 */
export async function* pacedWalk<T>(
  items: AsyncIterable<T>,
  pause: (() => Promise<void>) | undefined,
): AsyncIterable<T> {
  let count = 0;
  for await (const item of items) {
    if (pause && count > 0 && count % ITEMS_PER_PAUSE === 0) await pause();
    count += 1;
    yield item;
  }
}
