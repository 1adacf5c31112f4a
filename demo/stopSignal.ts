import type { DemoIo } from './DemoIo';

/** A promise of the first SIGINT or SIGTERM, and how to stop listening for them. */
export function stopSignal(io: DemoIo): { readonly received: Promise<NodeJS.Signals>; dispose(): void } {
  let dispose = (): void => undefined;
  const received = new Promise<NodeJS.Signals>((resolve) => {
    const onInt = (): void => resolve('SIGINT');
    const onTerm = (): void => resolve('SIGTERM');
    io.signals.once('SIGINT', onInt);
    io.signals.once('SIGTERM', onTerm);
    dispose = () => {
      io.signals.removeListener('SIGINT', onInt);
      io.signals.removeListener('SIGTERM', onTerm);
    };
  });
  return { received, dispose: () => dispose() };
}
