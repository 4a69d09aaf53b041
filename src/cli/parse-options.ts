import { type ParseArgsConfig, parseArgs } from 'node:util';
import { InputError } from '../errors.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** What {@link parseOptions} needs besides the arguments. */
export interface OptionsSpec<T extends Options> {
  options: T;
  allowPositionals: boolean;
  allowNegative?: boolean;
  /** Where the right options are found, appended to every complaint, e.g. "npm run triage -- --help lists them". */
  hint: string;
}

/**
 * Thrown for `--help` or `-h` on a command whose options have no help of their own: its usage line (the
 * spec's hint) is the answer, on standard output with exit 0, rather than "unknown option --help", exit 2.
 */
export class UsageRequested extends Error {}

/** Whether the arguments ask for help, before any `--` that ends the options. */
function asksForHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}

/** A number, possibly negative: a value, never an option, even though it starts with a dash. */
const NUMBER = /^-(?:\d|\.\d)/;

/**
 * `--price -5` as parseArgs wants it, `--price=-5`: a dash followed by a digit after an option that takes a
 * value is that value. Anything after `--` is left alone.
 */
function joinNumericValues(argv: readonly string[], options: Options): string[] {
  const joined: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg === '--') return [...joined, ...argv.slice(index)];
    const next = argv[index + 1];
    const option = arg.startsWith('--') ? options[arg.slice(2)] : undefined;
    if (option?.type === 'string' && next !== undefined && NUMBER.test(next)) {
      joined.push(`${arg}=${next}`);
      index += 1;
    } else joined.push(arg);
  }
  return joined;
}

/** The option or argument parseArgs names in its message ('--at <value>' → '--at'). */
function named(message: string): string {
  return /'([^' ]+)/.exec(message)?.[1] ?? '';
}

/** parseArgs's complaint as one line a person can act on. */
function describeParseError(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  const message = error instanceof Error ? error.message : String(error);
  const name = named(message);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${name}`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `unexpected argument "${name}"`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (message.includes('does not take an argument')) return `${name} takes no value`;
    if (message.includes('ambiguous')) return `${name} needs a value (one starting with "-" is written ${name}=-…)`;
    return `${name} needs a value`;
  }
  return message.split('\n')[0] ?? 'bad option';
}

/**
 * Node's parseArgs (strict) for a command line, with what it refuses turned into an {@link InputError} of
 * one line (so exit 2): "unknown option --bogus (npm run triage -- --help lists the options)". A negative
 * number after an option that takes a value is that option's value.
 */
export function parseOptions<T extends Options>(argv: readonly string[], spec: OptionsSpec<T>) {
  if (spec.options.help === undefined && asksForHelp(argv)) throw new UsageRequested(spec.hint);
  try {
    return parseArgs({
      args: joinNumericValues(argv, spec.options),
      options: spec.options,
      allowPositionals: spec.allowPositionals,
      allowNegative: spec.allowNegative ?? false,
      strict: true,
    });
  } catch (error) {
    throw new InputError(`${describeParseError(error)} (${spec.hint})`);
  }
}
