/** Command-line flags as `--name value` or `--name=value`; a bare `--name` reads as "true". */
export function parseFlags(argv: string[]): Map<string, string> {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new UsageError(`unexpected argument "${arg}"`);
    const eq = arg.indexOf('=');
    if (eq > 0) {
      flags.set(arg.slice(2, eq), arg.slice(eq + 1));
    } else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) {
      flags.set(arg.slice(2), argv[++i]);
    } else {
      flags.set(arg.slice(2), 'true');
    }
  }
  return flags;
}

/** A whole-number flag within [min, max], or its default when absent. */
export function intFlag(flags: Map<string, string>, name: string, fallback: number, min: number, max: number): number {
  const raw = flags.get(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return value;
}

/** Refuses flags the command does not know, so a typo is not silently ignored. */
export function rejectUnknown(flags: Map<string, string>, known: readonly string[]): void {
  const unknown = [...flags.keys()].filter((name) => !known.includes(name));
  if (unknown.length > 0) throw new UsageError(`unknown flag ${unknown.map((n) => `--${n}`).join(', ')}`);
}

/** A mistake in how the command was called: printed as one line, exit code 2. */
export class UsageError extends Error {}

/** A precondition the environment does not meet (no DATABASE_URL, no dataset): one line, exit code 1. */
export class SetupError extends Error {}

/** Runs a command's main, turning usage and setup errors into one line on stderr and an exit code. */
export function runMain(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`Usage error: ${error.message}\n`);
      process.exitCode = 2;
    } else if (error instanceof SetupError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(`Fatal: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    }
  });
}
