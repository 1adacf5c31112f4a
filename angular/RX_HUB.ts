import { InjectionToken } from '@angular/core';
import type { RxHub } from '../src/core/RxHub';

/**
 * The app's hub connection, as `provideRxHub` provides it. An app with several hubs makes a token of its own for
 * each other one, `new InjectionToken<RxHub>('orders hub')`, and gives it to `provideRxHub` and the `inject*`
 * helpers as `token` / `hub`.
 */
export const RX_HUB = new InjectionToken<RxHub>('RX_HUB');
