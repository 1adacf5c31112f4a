import type { HubConnectionState } from '@microsoft/signalr';
import type { DecodeError, Gap, HubInvocationError, MT4ConnectionStatusArgs, Tick } from 'rxhub';
import type { Candle, MarginAlert } from 'rxhub/operators';

/** One thing that happened, as the dashboard shows it and the plain output prints it. */
export type DemoEvent =
  | { readonly kind: 'info'; readonly text: string }
  | { readonly kind: 'state'; readonly state: HubConnectionState }
  | { readonly kind: 'platform'; readonly status: MT4ConnectionStatusArgs }
  | { readonly kind: 'tick'; readonly tick: Tick }
  | { readonly kind: 'candle'; readonly candle: Candle }
  | { readonly kind: 'margin'; readonly alert: MarginAlert }
  | { readonly kind: 'gap'; readonly gap: Gap }
  | { readonly kind: 'report'; readonly error: DecodeError | HubInvocationError }
  | { readonly kind: 'symbol-error'; readonly symbol: string; readonly message: string };
