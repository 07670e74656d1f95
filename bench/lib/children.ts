import type { ChildProcess } from 'node:child_process';

const alive = new Set<ChildProcess>();
let installed = false;

/**
 * Kills every tracked child when this process ends, however it ends: normal exit, an uncaught
 * error, Ctrl-C or SIGTERM. A signal first gives the children SIGTERM and a moment to drain.
 */
function install(): void {
  if (installed) return;
  installed = true;
  process.on('exit', () => {
    for (const child of alive) child.kill('SIGKILL');
  });
  const onSignal = (signal: NodeJS.Signals, code: number): void => {
    process.stderr.write(`\n${signal}: stopping the server and the load generator…\n`);
    for (const child of alive) child.kill('SIGTERM');
    const deadline = setTimeout(() => process.exit(code), 3000);
    const poll = setInterval(() => {
      if (alive.size === 0) {
        clearInterval(poll);
        clearTimeout(deadline);
        process.exit(code);
      }
    }, 50);
  };
  process.once('SIGINT', () => onSignal('SIGINT', 130));
  process.once('SIGTERM', () => onSignal('SIGTERM', 143));
}

/** Registers a child to be killed when this process ends; forgets it once it exits by itself. */
export function track(child: ChildProcess): void {
  install();
  alive.add(child);
  child.once('exit', () => alive.delete(child));
}
