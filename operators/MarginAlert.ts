import type { MarginLevel } from '../src/cplugin/codecs/MarginLevel';
import type { MarginLevelType } from '../src/cplugin/codecs/MarginLevelType';

/** A change of an account's margin state, from `marginCalls`. */
export interface MarginAlert<S extends MarginLevelType = MarginLevelType> {
  /** The account. */
  readonly login: number;
  /** The account's group, as the update gave it. */
  readonly group: string | undefined;
  /** The new state. */
  readonly state: S;
  /** The state before; `'Ok'` for an account not seen before (or forgotten since). */
  readonly previous: MarginLevelType;
  /** The update that changed the state. */
  readonly update: MarginLevel;
}
