// The parts of docs/benchmarks.md that are not measured in the run: what changed on the hot path, and what is
// proposed beyond it, with the figures measured on patched copies while this benchmark was written.

export const hotPath: readonly string[] = [
  '## Changes to the hot path',
  '',
  'Made while writing this benchmark (behaviour unchanged; `test/core/check.spec.ts` checks the decoder against',
  'io-ts on generated payloads):',
  '',
  '- **Compiled decoding** (`src/core/internal/check.ts`). `t.type`, `t.array`, `t.string`, `t.number` and',
  "  `t.boolean` are compiled once per codec into plain checks that give exactly io-ts's value or errors; any other",
  '  codec is called with the very context io-ts would give it. This drops the per-field context arrays, context',
  '  entries and Eithers; the error path (and its `ticks[i]` prefix) is only built for a failing item.',
  '- **Topic outputs** (`src/core/internal/Topic.ts`): in fields instead of a Map (read per item; about 150 B less',
  "  per topic), and a Subject whose `next` is a plain loop over RxJS's own observer snapshot instead of the",
  "  downlevelled closure-and-iterator `next` (RxJS's own `next` still runs under",
  '  `useDeprecatedSynchronousErrorHandling`).',
  "- **Raw subject** (`src/core/internal/EventChannel.ts`): an event's raw Subject is only called when it has",
  '  subscribers (it cost a closure and an iterator per message for nothing).',
  '- Tried and reverted: remembering one key string per platform and symbol in the MT4 routes. It saves building',
  '  and hashing the key with few symbols, but its own lookup misses cache with 10,000 and made scaling worse.',
];

export const proposals: readonly string[] = [
  '## Proposals outside the hot-path files',
  '',
  'Measured on a patched copy of the tree while this benchmark was written (same machine, same benchmarks), not in',
  'the run above; figures are before → after.',
  '',
  '| # | change | where | measured |',
  '| --- | --- | --- | --- |',
  '| P1 | Hold the session (`platformStatus()`, i.e. `Connect`) once per hub while any of its observables is subscribed, instead of `merge(this.session, source)` per subscription; forward a session error to every holder. Better still, let `RxHub` know that a topic needs a set-up topic (a `requires` on `TopicSpec`), so the hub holds it per topic, not per subscriber. | `src/cplugin/MT4Hub.ts` (`withSession`), `src/core/RxHub.ts` | heap per `ticks(symbol)` 4.9 KB → 2.6 KB; with P2, routing at 10,000 symbols 1.39× → 1.25× of 1 symbol and trust per tick 2–3% less |',
  "| P2 | Build each topic's spec in one object literal with `decode` in it, instead of `{ ...spec, decode }`: the spread's copies each got a hidden class of their own (about 230 B each). | `src/cplugin/MT4Hub.ts` (`topic`) | heap per topic −250 B (with P1: 2.4 KB) |",
  "| P3 | Let `nullable` expose its inner codec (e.g. `_tag: 'NullableType'`, `type`), so that the compiled decoder goes through it, and write `DateTime` without `DateFromISOString`'s fp-ts `pipe`/`chain` (a string check, `new Date`, an `isNaN`). | `src/cplugin/codecs/nullable.ts`, `DateTime.ts`; a `NullableType` case in `check.ts` | report / raw: OnTick 1.90× → 1.55×, OnTicks 3.47× → 2.22× (with P1, P2: 1.47×, 2.12×) |",
  "| P4 | Parse the WebAPI's fixed ISO-8601 shape (`yyyy-MM-ddTHH:mm:ss[.fffffff][Z]`) by hand into `Date.UTC`, falling back to `new Date` for anything else: `new Date(string)` alone is about a third of decoding a tick. | `src/cplugin/codecs/DateTime.ts` | not measured |",
  "| P5 | In `RxHub.topic`, build the topic key once per spec (it lower-cases the method and concatenates a JSON string on every call, keeping a cons string and its parts per topic) and give the subscriber's teardown fewer closures. | `src/core/RxHub.ts` | about 100 B per topic, not measured in isolation |",
  '',
  'With P1–P3 the remaining gaps are the RxJS subscriber chain per tick (`trust` about 1.1×), decoding the Date',
  '(`report`), and memory latency at 10,000 symbols (the hand-written Map router above shows the floor).',
];
