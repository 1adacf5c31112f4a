// The one-call MT5 hub against the simulator.
import { createMT5Hub } from '../../src';
import { simulatorFixture } from './fixtures';

describe('createMT5Hub', () => {
  const sim = simulatorFixture();

  beforeEach(() => sim.admin.reset());
  afterEach(() => sim.drained('mt5'));

  it("reports the platform's status with nothing but client credentials", async () => {
    const mt5 = createMT5Hub(`${sim.url}/hubs/mt5/v1`, {
      tradePlatform: 'uat',
      credentials: { clientId: 'rxhub-demo', clientSecret: 'rxhub-secret' },
    });
    expect(await sim.first(mt5.platformStatus())).toEqual([{ tradePlatform: 'uat', connected: true }]);
  });
});
