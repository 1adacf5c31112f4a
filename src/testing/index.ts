// rxhub/testing: a fake hub connection for marble tests of code built on rxhub.

// Fake connection
export { TestHubConnection } from './TestHubConnection';
export type { TestHubConnectionOptions } from './TestHubConnection';
export type { TestHubCall } from './TestHubCall';
export type { TestResponder } from './TestResponder';
