import { HubConnectionState } from '@microsoft/signalr';
import { handlerCount, invocationFrame, MemoryTransport, memoryConnection, RS, until } from '../../bench/harness';

// The benchmarks' in-memory transport, with the real HubConnection: it must complete the handshake, deliver
// pushed frames to handlers, answer invocations, and close like a dropped socket.
describe('bench harness: MemoryTransport with the real HubConnection', () => {
  it('completes the handshake and delivers every pushed frame, one or several per message', async () => {
    const transport = new MemoryTransport();
    const connection = memoryConnection(transport);
    await connection.start();
    expect(connection.state).toBe(HubConnectionState.Connected);

    const ticks: unknown[] = [];
    connection.on('OnTick', (args: unknown) => ticks.push(args));
    transport.push(invocationFrame('OnTick', { symbol: 'EURUSD', bid: 1.1 }));
    transport.push(invocationFrame('OnTick', { symbol: 'GBPUSD', bid: 1.2 }) + invocationFrame('OnTick', { n: 3 }));
    expect(ticks).toEqual([{ symbol: 'EURUSD', bid: 1.1 }, { symbol: 'GBPUSD', bid: 1.2 }, { n: 3 }]);
    expect(handlerCount(connection)).toBe(1);
    await connection.stop();
  });

  it('answers invocations (true for Connect) and counts them by method', async () => {
    const transport = new MemoryTransport((method, args) => (method === 'Echo' ? args[0] : null));
    const connection = memoryConnection(transport);
    await connection.start();
    await expect(connection.invoke('Echo', 'hello')).resolves.toBe('hello');
    await expect(connection.invoke('SubscribeToTicks', { symbol: 'EURUSD' })).resolves.toBeNull();
    await connection.send('Fire', 1);
    expect([transport.count('Echo'), transport.count('SubscribeToTicks'), transport.count('Fire')]).toEqual([1, 1, 1]);
    await connection.stop();
  });

  it('closes the connection with the error when dropped', async () => {
    const transport = new MemoryTransport();
    const connection = memoryConnection(transport);
    await connection.start();
    const closed: (Error | undefined)[] = [];
    connection.onclose((error) => closed.push(error));
    transport.drop(new Error('gone'));
    await until(() => closed.length > 0, 'onclose', 5_000);
    expect(closed[0]?.message).toContain('gone');
    expect(connection.state).toBe(HubConnectionState.Disconnected);
  });

  it('frames end with the record separator', () => {
    expect(invocationFrame('OnTick', 1)).toBe(`{"type":1,"target":"OnTick","arguments":[1]}${RS}`);
  });
});
