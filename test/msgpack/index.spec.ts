// Loading the MessagePack package is what `rxhub/msgpack` is for, and only it: importing `rxhub` or
// `rxhub/operators` must not, so that users without it installed (and their bundles) never meet it.
jest.mock('@microsoft/signalr-protocol-msgpack', () => {
  throw new Error('@microsoft/signalr-protocol-msgpack was loaded');
});

describe('rxhub/msgpack', () => {
  it('is the only entry point that loads @microsoft/signalr-protocol-msgpack', () => {
    jest.isolateModules(() => {
      expect(() => require('rxhub')).not.toThrow();
      expect(() => require('rxhub/operators')).not.toThrow();
      expect(() => require('rxhub/testing')).not.toThrow();
      expect(() => require('rxhub/msgpack')).toThrow('@microsoft/signalr-protocol-msgpack was loaded');
    });
  });
});
