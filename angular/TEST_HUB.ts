import { InjectionToken } from '@angular/core';
import type { TestHub } from '../src/cplugin/TestHub';

/** The app's Test hub facade, as `provideTestHub` provides it. */
export const TEST_HUB = new InjectionToken<TestHub>('TEST_HUB');
