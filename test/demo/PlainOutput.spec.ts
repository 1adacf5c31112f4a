import { HubConnectionState } from '@microsoft/signalr';
import { Board } from '../../demo/Board';
import type { DemoEvent } from '../../demo/DemoEvent';
import { PlainOutput } from '../../demo/PlainOutput';

describe('PlainOutput', () => {
  const at = new Date(Date.UTC(2024, 2, 1, 10, 0, 5, 123));
  const price = (bid: number) => ({ bid, ask: bid + 0.0001 });

  function play(events: DemoEvent[]): string[] {
    const lines: string[] = [];
    const board = new Board(['EURUSD']);
    const output = new PlainOutput((line) => lines.push(line), board, {
      hubUrl: 'http://127.0.0.1:5080/hubs/mt4/v1',
      platform: 'demo',
      timeframe: 'M1',
    });
    for (const event of events) {
      board.apply(event, at);
      output.event(event, at);
    }
    output.snapshot(at);
    return lines;
  }

  it('prints a timestamped line per event worth one, and a quotes snapshot', () => {
    const tick = (bid: number): DemoEvent => ({
      kind: 'tick',
      tick: { symbol: 'EURUSD', bid, ask: bid + 0.00012, lastTime: at },
    });
    const lines = play([
      { kind: 'state', state: HubConnectionState.Connecting },
      { kind: 'state', state: HubConnectionState.Connected },
      tick(1.0851),
      tick(1.08505),
      {
        kind: 'candle',
        candle: {
          symbol: 'EURUSD',
          lastTime: new Date(Date.UTC(2024, 2, 1, 10, 0)),
          open: price(1.085),
          maximum: price(1.0852),
          minimum: price(1.0849),
          close: price(1.08505),
          volume: 42,
          complete: true,
        },
      },
      { kind: 'state', state: HubConnectionState.Reconnecting },
      { kind: 'state', state: HubConnectionState.Connected },
      { kind: 'gap', gap: { start: 1000, end: 1250, topics: 3, reason: new Error('Server closed the connection.') } },
    ]);
    expect(lines).toEqual([
      '10:00:05.123 connecting   http://127.0.0.1:5080/hubs/mt4/v1',
      '10:00:05.123 connected    http://127.0.0.1:5080/hubs/mt4/v1, platform demo',
      '10:00:05.123 candle       M1 EURUSD 2024-03-01 10:00:00 O 1.08500 H 1.08520 L 1.08490 C 1.08505 (42 ticks)',
      '10:00:05.123 disconnected connection lost; reconnecting',
      '10:00:05.123 connected    again; resubscribing',
      '10:00:05.123 reconnected  reconnected after 250 ms, resubscribed 3 topics (Connect included); lost: Server closed the connection.',
      '10:00:05.123 quotes       EURUSD 1.08505/1.08517 ▼ spread 0.00012',
    ]);
  });
});
