import type { DemoIo } from './DemoIo';

/**
 * A promise of the first SIGINT or SIGTERM, and how to stop listening for them. Later signals are absorbed until
 * then (tsx relays Ctrl-C to its child besides the terminal's own), so that a second one cannot cut the shutdown.
 */
export function stopSignal(io: DemoIo): { readonly received: Promise<NodeJS.Signals>; dispose(): void } {
  let dispose = (): void => undefined;
  const received = new Promise<NodeJS.Signals>((resolve) => {
    const onInt = (): void => resolve('SIGINT');
    const onTerm = (): void => resolve('SIGTERM');
    io.signals.on('SIGINT', onInt);
    io.signals.on('SIGTERM', onTerm);
    dispose = () => {
      io.signals.removeListener('SIGINT', onInt);
      io.signals.removeListener('SIGTERM', onTerm);
    };
  });
  return { received, dispose: () => dispose() };
}
