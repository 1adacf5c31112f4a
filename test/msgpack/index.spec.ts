// Loading the MessagePack package is what `rxhub/msgpack` is for, and only it: importing `rxhub` or
// `rxhub/operators` must not, so that users without it installed (and their bundles) never meet it.
jest.mock('@microsoft/signalr-protocol-msgpack', () => {
  throw new Error('@microsoft/signalr-protocol-msgpack was loaded');
});

describe('rxhub/msgpack', () => {
  it('is the only entry point that loads @microsoft/signalr-protocol-msgpack', async () => {
    await jest.isolateModulesAsync(async () => {
      await expect(import('rxhub')).resolves.toHaveProperty('createRxHub');
      await expect(import('rxhub/operators')).resolves.toHaveProperty('ohlc');
      await expect(import('rxhub/testing')).resolves.toHaveProperty('TestHubConnection');
      await expect(import('rxhub/msgpack')).rejects.toThrow('@microsoft/signalr-protocol-msgpack was loaded');
    });
  });
});
