import { Subscription, type TeardownLogic } from 'rxjs';
import type { HubName, SimulatorAdmin } from './SimulatorAdmin';

/** What `simulatorHooks` needs of a simulator fixture (test/functional/fixtures.ts). */
export interface SimulatorHooksFixture {
  readonly admin: SimulatorAdmin;
  /** Waits until the simulator has no connection left on `hub`. */
  drained(hub: HubName): Promise<unknown>;
}

/** The current test's subscriptions. */
export type HeldSubscriptions = Pick<Subscription, 'add' | 'unsubscribe'>;

/**
 * Registers the hooks every functional spec on the shared simulator needs: before each test the simulator is reset;
 * after it, what the test subscribed is unsubscribed, `after` runs, and no connection is left on any of `hubs`, so
 * that the next test starts from nothing.
 *
 * @example
 * ```ts
 * const sim = simulatorFixture();
 * const subscriptions = simulatorHooks(sim, ['chat'], () => sim.admin.releaseStalls());
 * it('joins a room', () => {
 *   subscriptions.add(room(sim.chat(), 'lobby').subscribe());
 * });
 * ```
 *
 * @param sim The fixture whose simulator the spec runs on.
 * @param hubs The hubs to see drained after each test.
 * @param after What else to do after each test, once its subscriptions are gone.
 * @return The current test's subscriptions: added to during the test, unsubscribed after it (or earlier, by a test
 * that checks what leaving does).
 */
export function simulatorHooks(
  sim: SimulatorHooksFixture,
  hubs: readonly HubName[],
  after?: () => Promise<unknown>,
): HeldSubscriptions {
  let held = new Subscription();
  beforeEach(async () => {
    held = new Subscription();
    await sim.admin.reset();
  });
  afterEach(async () => {
    held.unsubscribe();
    await after?.();
    for (const hub of hubs) await sim.drained(hub);
  });
  return {
    add: (teardown: TeardownLogic) => held.add(teardown),
    unsubscribe: () => held.unsubscribe(),
  };
}
