/** Writes collected to be committed together; see {@link createCommitGroup}. */
export interface CommitGroup<Item, Result extends object> {
  /** Resolves with the item's own result once the group it joined is durable; rejects with its error. */
  add(item: Item): Promise<Result>;
}

interface Waiting<Item, Result extends object> {
  item: Item;
  resolve: (result: Result) => void;
  reject: (error: unknown) => void;
}

/**
 * Collects the writes that arrive in one turn of the event loop or while the disk syncs the previous ones,
 * and hands them to `commit` together once `whenIdle` (see WalSync) says no sync is under way. Each would
 * have waited for that next sync anyway; committed one by one they would each also pay a commit of their own
 * on the main thread (50 held complaints: 1.5 ms one by one, 0.4 ms in one transaction).
 *
 * `commit` resolves, once the group is durable, with one result or Error per item, in order (one refused
 * write fails only its own caller); when it rejects, nothing of the group was written and every caller gets
 * that error, so each can say so and be tried again.
 */
export function createCommitGroup<Item, Result extends object>(
  commit: (items: Item[]) => Promise<(Result | Error)[]>,
  whenIdle: (run: () => void) => void,
): CommitGroup<Item, Result> {
  let waiting: Waiting<Item, Result>[] = [];

  const flush = () => {
    const group = waiting;
    waiting = [];
    // Called from the sync's own bookkeeping: a throw here must become the callers' rejection, never escape.
    let committed: Promise<(Result | Error)[]>;
    try {
      committed = commit(group.map((each) => each.item));
    } catch (error) {
      committed = Promise.reject(error);
    }
    committed.then(
      (results) =>
        group.forEach((each, position) => {
          const result = results[position];
          if (result instanceof Error) each.reject(result);
          else if (result === undefined) each.reject(new Error('the group commit gave no result for a write'));
          else each.resolve(result);
        }),
      (error: unknown) => {
        for (const each of group) each.reject(error);
      },
    );
  };

  return {
    add(item) {
      return new Promise<Result>((resolve, reject) => {
        waiting.push({ item, resolve, reject });
        // The first of a group: the others of this turn join it, then it waits for the sync under way, if any.
        if (waiting.length === 1) setImmediate(() => whenIdle(flush));
      });
    },
  };
}
