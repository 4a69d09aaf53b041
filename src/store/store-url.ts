import { isAbsolute, resolve } from 'node:path';
import { StoreError } from '../errors.ts';

/** Where STORE_URL points: a SQLite file, a Redis server or a PostgreSQL database. */
export type StoreLocation =
  | { engine: 'sqlite'; url: string /** Absolute path, or `:memory:`. */; path: string }
  | { engine: 'redis'; url: string }
  | { engine: 'postgres'; url: string };

/** Credentials never reach a log line or an error message: `redis://:secret@host` → `redis://:***@host`. */
export function redactStoreUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)([^/@]*?):([^/@]*)@/i, '$1$2:***@');
}

/**
 * Reads STORE_URL: `sqlite://PATH` (relative to the working directory, or absolute as in
 * `sqlite:///var/lib/complaints.sqlite`), `redis://…`, `rediss://…`, `postgres://…` or `postgresql://…`.
 */
export function parseStoreUrl(url: string, cwd: string = process.cwd()): StoreLocation {
  const trimmed = url.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(trimmed)?.[1]?.toLowerCase();
  switch (scheme) {
    case 'sqlite': {
      const path = trimmed.slice('sqlite://'.length);
      if (path === '')
        throw new StoreError(
          'store_unavailable',
          'STORE_URL sqlite:// needs a file path, e.g. sqlite://./data/complaints.sqlite',
        );
      return {
        engine: 'sqlite',
        url: trimmed,
        path: path === ':memory:' || isAbsolute(path) ? path : resolve(cwd, path),
      };
    }
    case 'redis':
    case 'rediss':
      return { engine: 'redis', url: trimmed };
    case 'postgres':
    case 'postgresql':
      return { engine: 'postgres', url: trimmed };
    default:
      throw new StoreError(
        'store_unavailable',
        `STORE_URL ${JSON.stringify(redactStoreUrl(trimmed))} has an unknown scheme: use sqlite://PATH, redis://…, rediss://…, postgres://… or postgresql://…`,
      );
  }
}
