/** A LIKE pattern matching keys that start with `prefix`, its wildcards escaped with a backslash. */
export function likePrefix(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
