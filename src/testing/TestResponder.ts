/**
 * How the fake server answers a hub method: a value (the result, now), an Observable (its first value is the
 * result, in its frame; its error is a hub error; for a stream, every value is an item), or a thrown error.
 */
export type TestResponder = (...args: any[]) => unknown;
