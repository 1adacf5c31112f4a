import { retainedHeap } from './heap';

/**
 * How many of `refs` still have their target after a full collection: objects something other than the caller
 * still holds. The caller must hold none of them strongly. A weak reference keeps its target alive until the job
 * that created or read it ends, so this first yields to the event loop, and then collects.
 */
export async function unreleased(refs: readonly WeakRef<object>[]): Promise<number> {
  await new Promise((resolve) => setImmediate(resolve));
  retainedHeap();
  return refs.filter((ref) => ref.deref() !== undefined).length;
}
