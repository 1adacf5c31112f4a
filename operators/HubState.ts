import type { HubConnectionState } from '@microsoft/signalr';
import type { Observable } from 'rxjs';

/** The part of a hub that `reconnectWithResubscription` watches: `RxHub` has it. */
export interface HubState {
  readonly state$: Observable<HubConnectionState>;
}
