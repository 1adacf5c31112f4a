import type { CreateRxHubOptions } from '../core/CreateRxHubOptions';
import type { MT4HubConfig } from './MT4HubConfig';

/** What `createMT4Hub` needs besides the hub's URL: the trade platform, and `createRxHub`'s options. */
export interface CreateMT4HubOptions extends CreateRxHubOptions, MT4HubConfig {}
