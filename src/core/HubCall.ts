/** A hub method and its arguments. */
export interface HubCall {
  readonly method: string;
  readonly args: readonly unknown[];
}
