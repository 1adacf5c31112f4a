/**
 * The member that owns a key by rendezvous (highest random weight) hashing: each member scores the key, and the
 * highest score wins (the smaller member id on a tie). Every worker computes the same owner from the same members,
 * with no coordination, and a change of membership moves only the keys of the member that came or went.
 *
 * ## Example
 * ```ts
 * import { ownerOf } from 'rxhub/nats';
 *
 * ownerOf('demo.EURUSD', ['worker-1', 'worker-2', 'worker-3']); // one of the three, the same on every worker
 * ```
 *
 * @param key The key, e.g. platform and symbol.
 * @param members The live members, in any order.
 * @return The owner, or `undefined` when there are no members.
 */
export function ownerOf(key: string, members: readonly string[]): string | undefined {
  let owner: string | undefined;
  let best = -1;
  for (const member of members) {
    const weight = score(member, key);
    if (weight > best || (weight === best && owner !== undefined && member < owner)) {
      best = weight;
      owner = member;
    }
  }
  return owner;
}

/** FNV-1a over member, a separator and key, then murmur3's finaliser, so that similar ids spread evenly. */
function score(member: string, key: string): number {
  let hash = 0x811c9dc5;
  const text = `${member}\u0000${key}`;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}
