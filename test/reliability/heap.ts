import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;

/** Heap in use after full garbage collections, in bytes: what is really retained. */
export function retainedHeap(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** Heap in use right now, without collecting: what is allocated, garbage included. */
export function heapNow(): number {
  return process.memoryUsage().heapUsed;
}

export const MB = 1024 * 1024;

/** Bytes as MB with one decimal. */
export function mb(bytes: number): number {
  return Math.round((bytes / MB) * 10) / 10;
}

/** Counts of this process's active resources by kind (Timeout, TCPSocketWrap, …): timers and sockets left behind. */
export function resources(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of process.getActiveResourcesInfo()) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}
