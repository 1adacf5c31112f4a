import { TestHubContract } from './contracts/TestHubContract';

/**
 * The CPlugin WebAPI Test hub (`/hubs/test/v1`) as a contract: the server clock, ping and pong. The hub has no
 * topics, so the contract generated from the vendor's interface is all of it.
 */
export const testContract = TestHubContract;
