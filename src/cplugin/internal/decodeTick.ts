import { REFUSED, withFastPass } from '../../core/internal/check';
import { Tick } from '../codecs/Tick';
import { wireTime } from './wireTime';

const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

/**
 * `Tick`'s fast pass, the decoding of every tick under `report` and `strict`: what io-ts gives (`lastTime` a `Date`,
 * a null field `undefined`), or `REFUSED`. Each field is read by name, which the compiled pass cannot do.
 * `test/cplugin/internal/decodeTick.spec.ts` checks it against io-ts on generated payloads.
 */
export function decodeTick(u: unknown): Tick | typeof REFUSED {
  if (u === null || typeof u !== 'object' || Array.isArray(u)) return REFUSED;
  const wire = u as { symbol?: unknown; bid?: unknown; ask?: unknown; lastTime?: unknown };
  const { symbol, lastTime } = wire;
  if (symbol !== null && symbol !== undefined && typeof symbol !== 'string') return REFUSED;
  if (typeof wire.bid !== 'number' || typeof wire.ask !== 'number') return REFUSED;
  let time: Date | undefined;
  if (typeof lastTime === 'string') {
    const ms = wireTime(lastTime);
    if (Number.isNaN(ms)) return REFUSED;
    time = new Date(ms);
  } else if (lastTime instanceof Date) {
    // MessagePack's timestamp, already a Date: kept as it is, as `DateTime` keeps it.
    if (Number.isNaN(lastTime.getTime())) return REFUSED;
    time = lastTime;
  } else if (lastTime !== null && lastTime !== undefined) return REFUSED;
  // As io-ts: a copy when a field changes (a string time, or a null or missing field becoming undefined), else
  // the wire tick itself.
  const newSymbol = typeof symbol !== 'string' && !(symbol === undefined && hasOwn(wire, 'symbol'));
  const newTime = time !== lastTime || (lastTime === undefined && !hasOwn(wire, 'lastTime'));
  // io-ts also copies a tick whose bid or ask is NaN (its `t.number` gives back a value that is not `===` itself).
  if (!newSymbol && !newTime && wire.bid === wire.bid && wire.ask === wire.ask) return wire as Tick;
  const tick = { ...wire } as Tick;
  if (newSymbol) tick.symbol = undefined;
  if (newTime) tick.lastTime = time;
  return tick;
}

/**
 * `Tick` with `decodeTick` as its fast pass: the item of `mt4Contract`'s tick topics. The codec file is generated
 * from the vendor's interface, so the hand-written pass is attached here; it is the same codec object, so every codec
 * holding a `Tick` (`TickArgs`, `TicksArgs`) decodes its ticks with it too.
 */
export const TickWithFastPass = withFastPass(Tick, decodeTick);
