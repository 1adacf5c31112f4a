import type { MT4Hub, RxHub } from 'rxhub';

/** The hub the dashboard runs on, and what it is connected to. */
export interface DemoConnection {
  readonly hub: RxHub;
  readonly mt4: MT4Hub;
  /** The MT4 hub's URL, for messages. */
  readonly hubUrl: string;
}
