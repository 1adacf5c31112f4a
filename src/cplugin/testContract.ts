import * as t from 'io-ts';
import { defineContract } from '../contract/defineContract';
import { DateTime } from './codecs/DateTime';

/** The CPlugin WebAPI Test hub (`/hubs/test/v1`) as a contract: the server clock, ping and pong. */
export const testContract = defineContract({
  events: { OnClock: DateTime, Pong: t.string },
  methods: { Ping: { args: [t.string] }, GetServerTime: { result: DateTime } },
});
