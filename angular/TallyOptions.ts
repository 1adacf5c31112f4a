import type { RxHub } from '../src/core/RxHub';
import type { HubOptions } from './HubOptions';

/** Which hub `injectGaps` and `injectHubErrors` read, and how many items they keep. */
export interface TallyOptions extends HubOptions<RxHub> {
  /** How many of the latest items `recent` keeps. Default 10. */
  readonly keep?: number;
}
