// CPU time and memory of a process, read from /proc (Linux only).
import { readFileSync } from 'node:fs';

const MS_PER_TICK = 1000 / 100; // USER_HZ: clock ticks are 100 per second

/** utime + stime of every thread of `pid`, in milliseconds (10 ms resolution). */
export function cpuMs(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may contain spaces; the fields after it start at "state" (field 3).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[14 - 3]);
  const stime = Number(fields[15 - 3]);
  return (utime + stime) * MS_PER_TICK;
}

/** Resident set size now (VmRSS) and its high-water mark (VmHWM), in MB. */
export function memoryMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
}

/** Samples VmRSS every `everyMs` until stopped; `peak()` is the largest sample so far. */
export function rssSampler(pid, everyMs = 50) {
  let peak = 0;
  const sample = () => {
    try {
      peak = Math.max(peak, memoryMb(pid).rss);
    } catch {
      // the process is gone
    }
  };
  sample();
  const timer = setInterval(sample, everyMs);
  timer.unref();
  return {
    peak: () => {
      sample();
      return peak;
    },
    stop: () => clearInterval(timer),
  };
}

/**
 * RSS once it has settled: V8 gives back its start-up (or load) garbage only when its memory
 * reducer runs, some seconds after the process goes quiet (and then in steps, seconds apart).
 * Samples every 500 ms until the RSS has dropped and then held within 0.5 MB for 10 s, or `maxMs`
 * has passed; returns the last sample, the first one and how long it took.
 */
export async function settledRss(pid, { maxMs = 60_000 } = {}) {
  const started = performance.now();
  const first = memoryMb(pid).rss;
  let last = first;
  let stableSince = performance.now();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const rss = memoryMb(pid).rss;
    if (Math.abs(rss - last) > 0.5) stableSince = performance.now();
    last = rss;
    const elapsed = performance.now() - started;
    if ((first - rss > 2 && performance.now() - stableSince >= 10_000) || elapsed >= maxMs) {
      return { mb: rss, firstMb: first, seconds: elapsed / 1000 };
    }
  }
}

/** CPU time of the whole machine (all cores, busy states only), in milliseconds. */
export function machineCpuMs() {
  const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0].trim().split(/\s+/);
  // user nice system idle iowait irq softirq steal ...: everything but idle and iowait
  const [user, nice, system, , , irq, softirq, steal] = ticks.map(Number);
  return (user + nice + system + irq + softirq + steal) * MS_PER_TICK;
}

/**
 * CPU used by each named process between `cpuMeter()` and `stop()`, in ms, and the CPU that other
 * processes on the machine used meanwhile (`othersMs`).
 */
export function cpuMeter(pids) {
  const started = performance.now();
  const machineBefore = machineCpuMs();
  const before = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuMs(pid)]));
  return {
    stop() {
      const used = {};
      for (const [name, pid] of Object.entries(pids)) used[name] = cpuMs(pid) - before[name];
      const ours = Object.values(used).reduce((a, b) => a + b, 0);
      const othersMs = Math.max(0, machineCpuMs() - machineBefore - ours);
      return { used, othersMs, elapsedMs: performance.now() - started };
    },
  };
}

/**
 * Waits, in one-second looks, until processes outside `pids` use less than `threshold` cores, for
 * at most `maxMs`. Returns how busy they were at the last look.
 */
export async function waitForQuiet(pids, { threshold = 0.15, maxMs = 20_000, onWait } = {}) {
  const deadline = Date.now() + maxMs;
  for (;;) {
    const meter = cpuMeter(pids);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const { othersMs, elapsedMs } = meter.stop();
    const othersCores = othersMs / elapsedMs;
    if (othersCores < threshold || Date.now() >= deadline) return othersCores;
    onWait?.(othersCores);
  }
}
