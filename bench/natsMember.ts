// A fleet member and nothing else, for the takeover benchmark to SIGKILL: it joins the bucket and heartbeats.
// tsx bench/natsMember.ts <server> <id> <ttl ms>
import { Kvm } from '@nats-io/kv';
import { connect } from '@nats-io/transport-node';
import { workers } from '../nats';

const [server, id, ttl] = process.argv.slice(2);
connect({ servers: server })
  .then((nc) => new Kvm(nc).create('rxhub-bench-workers', { ttl: Number(ttl) }))
  .then((bucket) => workers(bucket, id, { ttl: Number(ttl) }).subscribe())
  .catch((error: unknown) => {
    process.stderr.write(`natsMember: ${String(error)}\n`);
    process.exit(1);
  });
