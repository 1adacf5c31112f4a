import type { ClientCredentialsConfig } from 'rxhub';

/** The MT4 hub of a simulator started at `url` (`test/support/startSimulator`), with its demo client credentials. */
export function simulatorConnection(url: string): {
  readonly hubUrl: string;
  readonly credentials: Pick<ClientCredentialsConfig, 'tokenUrl' | 'clientId' | 'clientSecret'>;
} {
  return {
    hubUrl: `${url}/hubs/mt4/v1`,
    credentials: { tokenUrl: `${url}/connect/token`, clientId: 'rxhub-demo', clientSecret: 'rxhub-secret' },
  };
}
