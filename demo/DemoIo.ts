/** The process the demo runs in: its streams, environment and signals. */
export interface DemoIo {
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
  readonly env: NodeJS.ProcessEnv;
  /** Where SIGINT and SIGTERM are heard. */
  readonly signals: Pick<NodeJS.Process, 'on' | 'removeListener'>;
}
