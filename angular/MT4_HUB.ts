import { InjectionToken } from '@angular/core';
import type { MT4Hub } from '../src/cplugin/MT4Hub';

/** The app's MT4 hub facade, as `provideMT4Hub` provides it. */
export const MT4_HUB = new InjectionToken<MT4Hub>('MT4_HUB');
