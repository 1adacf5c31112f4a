/** One thing the client did to a `TestHubConnection`, and the frame it did it in. */
export interface TestHubCall {
  readonly frame: number;
  readonly kind: 'start' | 'stop' | 'invoke' | 'send' | 'stream' | 'cancel';
  readonly method?: string;
  readonly args?: readonly unknown[];
}
