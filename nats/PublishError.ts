/** A publish that the retry policy gave up on: the broker stayed down, or refused the message each time. */
export class PublishError extends Error {
  override readonly name = 'PublishError';

  constructor(
    /** The subject the item was sent to. */
    readonly subject: string,
    /** The item's message id. */
    readonly msgId: string,
    /** How many times it was sent. */
    readonly attempts: number,
    /** How long it was tried, in ms. */
    readonly elapsed: number,
    /** The last failure. */
    override readonly cause: unknown,
  ) {
    super(
      `JetStream did not acknowledge '${msgId}' on '${subject}' after ${attempts} attempts in ${elapsed} ms: ` +
        (cause instanceof Error ? cause.message : String(cause)),
    );
  }
}
