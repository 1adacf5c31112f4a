import type { Route, TopicSpec } from '../../src';

/** A route of `OnQuote({ symbol, price })` keyed by symbol, like the CPlugin OnTick. */
export const onQuote: Route = {
  event: 'OnQuote',
  split: ([quote], emit) => emit(String((quote as { symbol?: unknown }).symbol), quote, -1),
};

export interface Quote {
  readonly symbol: string;
  readonly price: number;
}

/** The ref-counted topic of one symbol's quotes. */
export function quotes(symbol: string): TopicSpec<Quote> {
  return {
    subscribe: { method: 'Subscribe', args: [symbol] },
    unsubscribe: { method: 'Unsubscribe', args: [symbol] },
    routes: [{ route: onQuote, key: symbol }],
  };
}

/** A session set-up step, like MT4 Connect. */
export const login: TopicSpec<never> = { subscribe: { method: 'Login', args: ['demo'] }, stage: 'setup' };

export const q = (symbol: string, price: number): Quote => ({ symbol, price });
