import { describeError } from '../../cli/describeError';

describe('describeError', () => {
  it("drops SignalR's negotiation and exception wrappers and adds the causes", () => {
    const error = new Error('Failed to complete negotiation with the server: TypeError: fetch failed', {
      cause: new Error('connect ECONNREFUSED 127.0.0.1:9'),
    });
    expect(describeError(error)).toBe('fetch failed: connect ECONNREFUSED 127.0.0.1:9');
  });

  it("drops the server's invocation wrapper", () => {
    const error = new Error(
      "An unexpected error occurred invoking 'Connect' on the server. HubException: unknown trade platform 'x'",
    );
    expect(describeError(error)).toBe("unknown trade platform 'x'");
  });

  it('keeps one line, and leaves out causes that say nothing new', () => {
    const cause = new Error('HTTP 401');
    const error = new Error('Authentication failed: token request refused: HTTP 401\n    at somewhere', { cause });
    expect(describeError(error)).toBe('token request refused: HTTP 401');
  });

  it('follows at most five causes', () => {
    const chain = [7, 6, 5, 4, 3, 2, 1].reduce<Error | undefined>(
      (cause, n) => new Error(`level ${n}`, { cause }),
      undefined,
    );
    expect(describeError(chain)).toBe('level 1: level 2: level 3: level 4: level 5');
  });

  it.each([
    ['a string', 'a string'],
    [undefined, 'unknown error'],
    [new Error(''), 'unknown error'],
  ])('describes %j', (error, text) => {
    expect(describeError(error)).toBe(text);
  });
});
