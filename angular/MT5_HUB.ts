import { InjectionToken } from '@angular/core';
import type { MT5Hub } from '../src/cplugin/MT5Hub';

/** The app's MT5 hub facade, as `provideMT5Hub` provides it. */
export const MT5_HUB = new InjectionToken<MT5Hub>('MT5_HUB');
