import { closingEventSource } from '../../../src/core/internal/closingEventSource';

/** An EventSource that records what is done to it, and fires its handlers on demand. */
class FakeEventSource {
  static made: FakeEventSource[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onopen: ((event: Event) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  closed = 0;

  constructor(
    readonly url: string,
    readonly init?: EventSourceInit,
  ) {
    FakeEventSource.made.push(this);
  }

  close(): void {
    this.closed++;
  }
}

describe('closingEventSource', () => {
  const Closing = closingEventSource(FakeEventSource as unknown as typeof EventSource);
  const make = () => {
    const source = new Closing('http://127.0.0.1/hub', { withCredentials: true });
    return { source, fake: FakeEventSource.made.at(-1)! };
  };

  it('closes a source that fails before it opened, then tells the handler', () => {
    const { source, fake } = make();
    const seen: string[] = [];
    source.onerror = () => seen.push(`error, closed ${fake.closed}`);
    fake.onerror!(new Event('error'));
    expect(seen).toEqual(['error, closed 1']);
    expect(fake.url).toBe('http://127.0.0.1/hub');
    expect(fake.init).toEqual({ withCredentials: true });
  });

  it('leaves a source that has opened to its handler', () => {
    const { source, fake } = make();
    const seen: string[] = [];
    source.onopen = () => seen.push('open');
    source.onerror = () => seen.push('error');
    source.onmessage = (event) => seen.push(String(event.data));
    fake.onopen!(new Event('open'));
    fake.onmessage!(new MessageEvent('message', { data: 'tick' }));
    fake.onerror!(new Event('error'));
    expect(seen).toEqual(['open', 'tick', 'error']);
    expect(fake.closed).toBe(0);
    source.close();
    expect(fake.closed).toBe(1);
  });
});
