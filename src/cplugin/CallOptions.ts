import type { DecodePolicy } from '../core/DecodePolicy';

/** Options of one typed-hub call. */
export interface CallOptions {
  /** Overrides the hub's decode policy for this call. */
  readonly decode?: DecodePolicy;
}
