import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Clock ticks per second, the unit of utime and stime in /proc/<pid>/stat. */
function clockTicks(): number {
  try {
    const ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    return Number.isInteger(ticks) && ticks > 0 ? ticks : 100;
  } catch {
    return 100;
  }
}

const TICKS = clockTicks();

/** CPU time (user + system) the process has used so far, in milliseconds; null off Linux. */
export function cpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces: count fields from the closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    return ((utime + stime) * 1000) / TICKS;
  } catch {
    return null;
  }
}

/** Peak resident set size so far (VmHWM), in MB; null off Linux. */
export function peakRssMb(pid: number): number | null {
  return statusMb(pid, 'VmHWM');
}

/** Resident set size now (VmRSS), in MB; null off Linux. */
export function rssMb(pid: number): number | null {
  return statusMb(pid, 'VmRSS');
}

function statusMb(pid: number, field: 'VmHWM' | 'VmRSS'): number | null {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/**
 * Resolves once the process has been quiet (at most one clock tick of CPU) for two windows in a
 * row, or after `timeoutMs`. A load run that stops leaves requests in flight that the server still
 * finishes; waiting keeps their work out of whatever is measured next.
 */
export async function waitUntilIdle(pid: number, windowMs = 250, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const tick = 1000 / TICKS;
  let quiet = 0;
  let last = cpuMs(pid);
  while (last !== null && quiet < 2 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    const now = cpuMs(pid);
    quiet = now !== null && now - last <= tick ? quiet + 1 : 0;
    last = now;
  }
}
