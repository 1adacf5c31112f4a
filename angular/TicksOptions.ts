import type { CallOptions } from '../src/cplugin/CallOptions';
import type { MT4Hub } from '../src/cplugin/MT4Hub';
import type { HubOptions } from './HubOptions';

/** Which MT4 hub `injectTicks` and `injectTicks$` read, and how. */
export interface TicksOptions extends HubOptions<MT4Hub>, CallOptions {}
