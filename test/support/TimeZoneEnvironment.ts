import { TestEnvironment } from 'jest-environment-node';

/**
 * Jest's node environment in the time zone of the project's `testEnvironmentOptions.timeZone`, so that the unit
 * specs also run in zones other than the machine's. A spec's `process` is a copy whose `env` does not reach Node's
 * clock, so the zone is set here, on the worker's own `process.env`, before the spec file is loaded (Node applies
 * a change of `TZ` at once), and the worker's zone is restored afterwards for the next project's specs.
 */
export default class TimeZoneEnvironment extends TestEnvironment {
  private readonly zone: string;
  private previous: string | undefined;

  constructor(...args: ConstructorParameters<typeof TestEnvironment>) {
    super(...args);
    const [config] = args;
    const zone = config.projectConfig.testEnvironmentOptions.timeZone;
    if (typeof zone !== 'string') throw new Error('TimeZoneEnvironment needs testEnvironmentOptions.timeZone');
    this.zone = zone;
  }

  override async setup(): Promise<void> {
    await super.setup();
    this.previous = process.env.TZ;
    process.env.TZ = this.zone;
    // The spec's copy of the environment names the zone too.
    this.global.process.env.TZ = this.zone;
  }

  override async teardown(): Promise<void> {
    if (this.previous === undefined) delete process.env.TZ;
    else process.env.TZ = this.previous;
    await super.teardown();
  }
}
