// rxhub: cold, ref-counted RxJS observables over SignalR hubs.

// Core
export { DecodeError } from './core/DecodeError';

// CPlugin codecs
export { nullable } from './cplugin/codecs/nullable';
export { BidAsk } from './cplugin/codecs/BidAsk';
export { Tick } from './cplugin/codecs/Tick';
export { OHLCS } from './cplugin/codecs/OHLCS';
export { MarginControllingType } from './cplugin/codecs/MarginControllingType';
export { MarginLevelType } from './cplugin/codecs/MarginLevelType';
export { MarginLevel } from './cplugin/codecs/MarginLevel';

// CPlugin hubs
