import type { CreateRxHubOptions } from '../core/CreateRxHubOptions';
import type { MT5HubConfig } from './MT5HubConfig';

/** What `createMT5Hub` needs besides the hub's URL: the trade platform, and `createRxHub`'s options. */
export interface CreateMT5HubOptions extends CreateRxHubOptions, MT5HubConfig {}
