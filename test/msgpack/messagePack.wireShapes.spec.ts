import { JsonHubProtocol, MessageType, NullLogger, type InvocationMessage } from '@microsoft/signalr';
import { MessagePackHubProtocol } from '@microsoft/signalr-protocol-msgpack';
import fc from 'fast-check';
import { TicksArgs } from 'rxhub';
import { messagePack } from 'rxhub/msgpack';
import { decoder, DecodeFailure } from '../../src/core/internal/check';

const logger = NullLogger.instance;

/** Valid OnTicks payloads as the contract has them (camelCase, times as Dates), nulls included. */
const ticksArgs = fc.record({
  tradePlatform: fc.string(),
  ticks: fc.array(
    fc.record({
      tradePlatform: fc.string(),
      tick: fc.option(
        fc.record({
          symbol: fc.option(fc.string()),
          // Finite: JSON cannot carry NaN or the infinities (System.Text.Json refuses them; JSON.stringify writes null).
          bid: fc.double({ noNaN: true, noDefaultInfinity: true }),
          ask: fc.double({ noNaN: true, noDefaultInfinity: true }),
          lastTime: fc.option(fc.date({ noInvalidDate: true, min: new Date(0), max: new Date(Date.UTC(9999, 0)) })),
        }),
      ),
    }),
    { maxLength: 4 },
  ),
});

/** The payload as ASP.NET Core's JSON protocol writes it: camelCase, times as ISO strings. */
function overJson(payload: unknown): unknown {
  const wire = new JsonHubProtocol().writeMessage(invocation(payload));
  return (new JsonHubProtocol().parseMessages(wire, logger)[0] as InvocationMessage).arguments[0];
}

/** The payload as its MessagePack protocol writes it (C#'s PascalCase, timestamps), read by `messagePack()`. */
function overMessagePack(payload: unknown): unknown {
  const wire = new MessagePackHubProtocol().writeMessage(invocation(pascal(payload)));
  return (messagePack().parseMessages(wire as ArrayBuffer, logger)[0] as InvocationMessage).arguments[0];
}

function invocation(payload: unknown): InvocationMessage {
  return { type: MessageType.Invocation, target: 'OnTicks', arguments: [payload], headers: {} };
}

function pascal(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(pascal);
  if (typeof value !== 'object' || value === null || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => [key[0].toUpperCase() + key.slice(1), pascal(field)]),
  );
}

describe('the codecs over both wire shapes', () => {
  it('decode the same items from JSON and from MessagePack', () => {
    const decode = decoder(TicksArgs);
    fc.assert(
      fc.property(ticksArgs, (payload) => {
        const json = decode(overJson(payload));
        expect(decode(overMessagePack(payload))).toStrictEqual(json);
        expect(json).not.toBeInstanceOf(DecodeFailure);
      }),
      { numRuns: 300 },
    );
  });
});
