import { EventEmitter } from 'node:events';
import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';
import type { KeyvStoreAdapter, StoredData } from 'keyv';
import { likePrefix } from './sql-like-prefix.ts';

/** keyv's table. The name and layout are @keyv/sqlite 4's, so a store file works with either, both ways. */
export const KEYV_TABLE = 'keyv';
const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS ${KEYV_TABLE}(key VARCHAR(255) PRIMARY KEY, value TEXT )`;

/**
 * keyv's storage adapter on Node's built-in SQLite (`node:sqlite`), which needs no compiled module, in
 * place of @keyv/sqlite 4 and its `sqlite3` (a native addon that npm ci downloads or compiles). It does
 * what keyv and the engine ask of it on the connection it is given, and nothing else: no expiry of its own
 * (keyv and the engines keep expiry in the stored JSON), no key iteration (the engine pages keys itself).
 *
 * Statements run synchronously on the main thread, as `node:sqlite` does; the store's statements touch a
 * handful of rows by primary key, and the engine reads long lists in pages. Only the wait for the disk
 * after a write is left to another thread (see wal-sync.ts): a write resolves once it is durable.
 */
export class NodeSqliteAdapter extends EventEmitter implements KeyvStoreAdapter {
  readonly opts = { dialect: 'sqlite', table: KEYV_TABLE };
  namespace?: string | undefined;
  readonly #db: DatabaseSync;
  readonly #statements = new Map<string, StatementSync>();
  readonly #beforeStatement: () => void;
  readonly #durable: (writes: number) => Promise<void>;

  /**
   * Adopts `db` (closed by {@link disconnect}) and creates keyv's table in it unless it is there.
   * `beforeStatement` runs before every statement and may throw to refuse it (a file that was removed);
   * every write waits for `durable` (see wal-sync.ts), told how many statements it wrote, before it resolves.
   */
  constructor(
    db: DatabaseSync,
    beforeStatement: () => void = () => undefined,
    durable: (writes: number) => Promise<void> = () => Promise.resolve(),
  ) {
    super();
    this.#db = db;
    this.#beforeStatement = beforeStatement;
    this.#durable = durable;
    db.exec(CREATE_TABLE);
  }

  /**
   * Runs one statement and returns its rows (those of RETURNING for a write); statements are prepared once.
   * A write run here is committed but not yet durable: writes go through {@link write}.
   */
  all(sql: string, ...parameters: SQLInputValue[]): unknown[] {
    this.#beforeStatement();
    return this.#run(sql, parameters);
  }

  #run(sql: string, parameters: readonly SQLInputValue[]): unknown[] {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.#db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement.all(...parameters);
  }

  /** Runs one writing statement, its own transaction, and resolves with its rows once the write is durable. */
  async write(sql: string, ...parameters: SQLInputValue[]): Promise<unknown[]> {
    const rows = this.all(sql, ...parameters);
    await this.#durable(1);
    return rows;
  }

  /**
   * Runs one writing statement once per parameter list, all in one transaction with one wait for the disk,
   * and resolves, once that is durable, with each run's rows or, for a run SQLite refused, its error: a
   * refused statement is undone alone and the others still commit. It rejects as a whole (nothing written)
   * when the transaction itself fails: refused before it began, ended by a statement, or not committed.
   */
  async writeEach(sql: string, runs: readonly (readonly SQLInputValue[])[]): Promise<(unknown[] | Error)[]> {
    this.#beforeStatement();
    const db = this.#db;
    const results = this.#transaction(() =>
      runs.map((parameters): unknown[] | Error => {
        try {
          return this.#run(sql, parameters);
        } catch (error) {
          // Most refusals undo the one statement; some (a full disk, RAISE(ROLLBACK)) end the transaction.
          if (!db.isTransaction) throw error;
          return error instanceof Error ? error : new Error(String(error));
        }
      }),
    );
    await this.#durable(runs.length);
    return results;
  }

  /**
   * Runs `statements` in one transaction with one wait for the disk, and resolves true once that is
   * durable. A statement marked `required` must return a row (RETURNING) or the whole transaction is
   * rolled back and false returned, nothing written; a statement SQLite refuses rolls it back too, and
   * the error is thrown. No other statement of this connection can come between: they run synchronously.
   */
  async writeTogether(
    statements: readonly { sql: string; parameters: readonly SQLInputValue[]; required: boolean }[],
  ): Promise<boolean> {
    this.#beforeStatement();
    const written = this.#transaction(
      () => statements.every(({ sql, parameters, required }) => this.#run(sql, parameters).length > 0 || !required),
      (all) => all,
    );
    if (!written) return false;
    await this.#durable(statements.length);
    return true;
  }

  /**
   * Runs `body` in one transaction, committed when `keep` says so of its result and rolled back otherwise,
   * or when it throws. IMMEDIATE takes the write lock at once (waiting for another process as a single
   * write would), so no statement inside can fail for want of it.
   */
  #transaction<T>(body: () => T, keep: (result: T) => boolean = () => true): T {
    const db = this.#db;
    db.exec('BEGIN IMMEDIATE');
    try {
      const result = body();
      db.exec(keep(result) ? 'COMMIT' : 'ROLLBACK');
      return result;
    } catch (error) {
      if (db.isOpen && db.isTransaction) db.exec('ROLLBACK');
      throw error;
    }
  }

  async get<Value>(key: string): Promise<StoredData<Value> | undefined> {
    const [row] = this.all(`SELECT value FROM ${KEYV_TABLE} WHERE key = ?`, key);
    // keyv hands the text it reads to its deserializer; the generic only names what that will yield.
    return storedText(row) as StoredData<Value> | undefined;
  }

  async getMany<Value>(keys: string[]): Promise<StoredData<Value | undefined>[]> {
    const found = new Map<string, string>();
    const rows = this.all(
      `SELECT key, value FROM ${KEYV_TABLE} WHERE key IN (SELECT value FROM json_each(?))`,
      JSON.stringify(keys),
    );
    for (const row of rows) {
      const value = storedText(row);
      if (isRow(row) && typeof row.key === 'string' && value !== undefined) found.set(row.key, value);
    }
    return keys.map((key) => found.get(key) as StoredData<Value | undefined>);
  }

  async set(key: string, value: unknown): Promise<void> {
    if (typeof value !== 'string') throw new TypeError('keyv hands the SQLite adapter serialized text');
    await this.write(
      `INSERT INTO ${KEYV_TABLE} (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      key,
      value,
    );
  }

  async delete(key: string): Promise<boolean> {
    return (await this.write(`DELETE FROM ${KEYV_TABLE} WHERE key = ? RETURNING key`, key)).length > 0;
  }

  async deleteMany(keys: string[]): Promise<boolean> {
    const deleted = await this.write(
      `DELETE FROM ${KEYV_TABLE} WHERE key IN (SELECT value FROM json_each(?)) RETURNING key`,
      JSON.stringify(keys),
    );
    return deleted.length > 0;
  }

  async has(key: string): Promise<boolean> {
    return this.all(`SELECT 1 FROM ${KEYV_TABLE} WHERE key = ?`, key).length > 0;
  }

  async clear(): Promise<void> {
    if (this.namespace === undefined) await this.write(`DELETE FROM ${KEYV_TABLE}`);
    else await this.write(`DELETE FROM ${KEYV_TABLE} WHERE key LIKE ? ESCAPE '\\'`, likePrefix(`${this.namespace}:`));
  }

  async disconnect(): Promise<void> {
    if (this.#db.isOpen) this.#db.close();
  }
}

function isRow(row: unknown): row is Record<string, unknown> {
  return typeof row === 'object' && row !== null;
}

function storedText(row: unknown): string | undefined {
  return isRow(row) && typeof row.value === 'string' ? row.value : undefined;
}
