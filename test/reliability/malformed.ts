import type { Random } from './random';

/** The MT4 observables the fuzz listens on. */
export type FuzzTopic = 'eurusd' | 'all' | 'margins' | 'online';

/** One report expected on `errors$`: the event and the field path. */
export interface ExpectedReport {
  readonly source: string;
  readonly path: string;
}

/** One message to inject, and what it must lead to. */
export interface Injection {
  readonly event: 'OnTick' | 'OnTicks' | 'OnMarginUpdate' | 'OnOnlineUpdate';
  readonly payload: unknown;
  /** Whether any item of it is bad. */
  readonly bad: boolean;
  /** Reports it causes, in order. */
  readonly reports: readonly ExpectedReport[];
  /** Valid items it carries, by marker, for each topic that must receive them, in order. */
  readonly delivers: readonly { readonly topic: FuzzTopic; readonly marker: number }[];
}

/** What the fuzz did to a field. */
export type Mutation = (typeof MUTATIONS)[number];

const MUTATIONS = [
  'string',
  'NaN',
  'Infinity',
  '-Infinity',
  'number',
  'boolean',
  'null',
  'missing',
  'object',
  'array',
  'deep-object',
  'deep-array',
  'huge-string',
  'bad-date',
  'unknown-enum',
] as const;

type Kind = 'number' | 'string?' | 'date?' | 'enum';

/** The replacement for a field of `kind`, or `undefined` when that mutation would still be valid for it. */
function mutate(kind: Kind, mutation: Mutation, random: Random): { value: unknown } | 'delete' | undefined {
  const nullable = kind === 'string?' || kind === 'date?';
  switch (mutation) {
    case 'string':
      return kind === 'number' ? { value: random.pick(['abc', '1.1', '', ' ']) } : undefined;
    case 'NaN':
      return kind === 'number' ? { value: 'NaN' } : undefined;
    case 'Infinity':
      return kind === 'number' ? { value: 'Infinity' } : undefined;
    case '-Infinity':
      return kind === 'number' ? { value: '-Infinity' } : undefined;
    case 'number':
      // An enum takes its members' C# numbers too (a MessagePack server may send them): only others are bad.
      if (kind === 'enum') return { value: random.pick([42, -1, -1.5, 1e21]) };
      return kind === 'number' ? undefined : { value: random.pick([0, 42, -1.5, 1e21]) };
    case 'boolean':
      return { value: random.chance(0.5) };
    case 'null':
      return nullable ? undefined : { value: null };
    case 'missing':
      return nullable ? undefined : 'delete';
    case 'object':
      return { value: { value: 1.1 } };
    case 'array':
      return { value: [1.1, 'x'] };
    case 'deep-object':
      return { value: deep(random.int(20, 45), (inner) => ({ a: inner })) };
    case 'deep-array':
      return { value: deep(random.int(20, 45), (inner) => [inner]) };
    case 'huge-string':
      return kind === 'number' || kind === 'enum' || kind === 'date?'
        ? { value: 'x'.repeat(random.int(100_000, 1_000_000)) }
        : undefined;
    case 'bad-date':
      return kind === 'date?'
        ? // Not '2024-02-30T10:00:00Z': the DateTime codec takes it as 1 March (see docs/reliability.md).
          { value: random.pick(['yesterday', '2024-13-45T99:00:00Z', '2024-01-01T25:00:00Z', 'T', '1e12', '']) }
        : undefined;
    case 'unknown-enum':
      return kind === 'enum' ? { value: random.pick(['Panic', 'ok', 'OK', 'Unknown', '0']) } : undefined;
  }
}

/** A value nested `depth` levels deep (the simulator's JSON allows 64 levels in all). */
function deep(depth: number, wrap: (inner: unknown) => unknown): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = wrap(value);
  return value;
}

/** Mutates one field of `item` (chosen among `fields`) so that it no longer decodes; returns the field's name. */
function breakField(item: Record<string, unknown>, fields: Record<string, Kind>, random: Random): string {
  for (;;) {
    const field = random.pick(Object.keys(fields));
    const change = mutate(fields[field], random.pick(MUTATIONS), random);
    if (change === undefined) continue;
    if (change === 'delete') delete item[field];
    else item[field] = change.value;
    return field;
  }
}

/** A payload that is not an object with a string `tradePlatform`: the route refuses it before any topic. */
function brokenEnvelope(valid: Record<string, unknown>, random: Random): unknown {
  switch (random.int(0, 5)) {
    case 0:
      return random.pick(['demo', 42, true, null]);
    case 1:
      return [valid];
    case 2:
      return { ...valid, tradePlatform: random.pick([null, 7, false, { id: 'demo' }, ['demo']]) };
    case 3: {
      const copy = { ...valid };
      delete copy.tradePlatform;
      return copy;
    }
    case 4:
      return deep(40, (inner) => ({ tradePlatform: inner }));
    default:
      return { ...valid, tradePlatform: 123456789 };
  }
}

const TICK: Record<string, Kind> = { bid: 'number', ask: 'number', lastTime: 'date?' };
const MARGIN: Record<string, Kind> = {
  group: 'string?',
  login: 'number',
  leverage: 'number',
  updated: 'number',
  balance: 'number',
  equity: 'number',
  volume: 'number',
  margin: 'number',
  free: 'number',
  level: 'number',
  controllingType: 'enum',
  levelType: 'enum',
};
const ONLINE: Record<string, Kind> = { type: 'enum', login: 'number' };

/**
 * Generates a round of the fuzz: `bad` malformed messages of four MT4 events, interleaved with valid ones, each
 * with what it must lead to. Valid items carry a marker the simulator never sends by itself: a negative bid for
 * ticks (prices are positive), a login of 900000 and up for margins and online updates.
 */
export function fuzzRound(random: Random, bad: number, firstMarker: number): Injection[] {
  let marker = firstMarker;
  const injections: Injection[] = [];
  const validTick = (): Record<string, unknown> => {
    const n = marker++;
    return { symbol: 'EURUSD', bid: -n, ask: -n + 0.5, lastTime: new Date(1_700_000_000_000 + n).toISOString() };
  };
  const validMargin = (): Record<string, unknown> => ({
    group: 'fuzz',
    login: 900_000 + marker++,
    leverage: 100,
    updated: 0,
    balance: 1000,
    equity: 1000,
    volume: 1,
    margin: 10,
    free: 990,
    level: 10_000,
    controllingType: 'Percent',
    levelType: 'Ok',
  });

  /** A bad tick inside its TickArgs: the reports it makes, given that ticks('EURUSD') and allTicks() listen. */
  const badTick = (prefix: string): { tick: unknown; reports: string[] } => {
    const roll = random.next();
    if (roll < 0.1) {
      // Not an object at all: the route refuses it once.
      return { tick: random.pick(['EURUSD', 1.1, true]), reports: [prefix] };
    }
    if (roll < 0.15) {
      // An array: no symbol, so only the all-ticks topic decodes it.
      return { tick: [validTick()], reports: [prefix] };
    }
    if (roll < 0.25) {
      // A symbol that is not a string: only the all-ticks topic gets it.
      const tick = validTick();
      tick.symbol = random.pick([42, true, { name: 'EURUSD' }, ['EURUSD']]);
      return { tick, reports: [`${prefix}.symbol`] };
    }
    const tick = validTick();
    const field = breakField(tick, TICK, random);
    return { tick, reports: [`${prefix}.${field}`, `${prefix}.${field}`] }; // EURUSD's topic, then all ticks'
  };

  let made = 0;
  while (made < bad) {
    const roll = random.next();
    const makeBad = random.chance(0.5);
    if (roll < 0.35) {
      // OnTick
      if (!makeBad) {
        const tick = validTick();
        injections.push({
          event: 'OnTick',
          payload: { tradePlatform: 'demo', tick },
          bad: false,
          reports: [],
          delivers: deliveries(['eurusd', 'all'], -(tick.bid as number)),
        });
      } else if (random.chance(0.15)) {
        injections.push({
          event: 'OnTick',
          payload: brokenEnvelope({ tradePlatform: 'demo', tick: validTick() }, random),
          bad: true,
          reports: [{ source: 'OnTick', path: 'tradePlatform' }],
          delivers: [],
        });
        made++;
      } else {
        const { tick, reports } = badTick('tick');
        injections.push({
          event: 'OnTick',
          payload: { tradePlatform: 'demo', tick },
          bad: true,
          reports: reports.map((path) => ({ source: 'OnTick', path })),
          delivers: [],
        });
        made++;
      }
    } else if (roll < 0.6) {
      // OnTicks: a batch of valid and bad ticks
      if (makeBad && random.chance(0.1)) {
        const payload = random.chance(0.5)
          ? brokenEnvelope({ tradePlatform: 'demo', ticks: [] }, random)
          : { tradePlatform: 'demo', ticks: random.pick(['[]', 7, { 0: {} }, true]) };
        injections.push({
          event: 'OnTicks',
          payload,
          bad: true,
          reports: [{ source: 'OnTicks', path: isEnvelope(payload) ? 'ticks' : 'tradePlatform' }],
          delivers: [],
        });
        made++;
        continue;
      }
      const size = random.int(1, 8);
      const items: unknown[] = [];
      const reports: ExpectedReport[] = [];
      const delivers: Injection['delivers'][number][] = [];
      let anyBad = false;
      for (let i = 0; i < size; i++) {
        if (makeBad && (random.chance(0.3) || (i === size - 1 && !anyBad))) {
          anyBad = true;
          if (random.chance(0.1)) {
            items.push(random.pick([42, 'tick', null, true]));
            reports.push({ source: 'OnTicks', path: `ticks[${i}]` });
          } else {
            const { tick, reports: paths } = badTick(`ticks[${i}].tick`);
            items.push({ tradePlatform: 'demo', tick });
            reports.push(...paths.map((path) => ({ source: 'OnTicks', path })));
          }
        } else {
          const tick = validTick();
          items.push({ tradePlatform: 'demo', tick });
          delivers.push(...deliveries(['eurusd', 'all'], -(tick.bid as number)));
        }
      }
      injections.push({
        event: 'OnTicks',
        payload: { tradePlatform: 'demo', ticks: items },
        bad: anyBad,
        reports,
        delivers,
      });
      if (anyBad) made++;
    } else if (roll < 0.85) {
      // OnMarginUpdate: a list of margin levels
      if (makeBad && random.chance(0.1)) {
        const envelope = random.chance(0.5);
        injections.push({
          event: 'OnMarginUpdate',
          payload: envelope
            ? brokenEnvelope({ tradePlatform: 'demo', margins: [] }, random)
            : { tradePlatform: 'demo', margins: random.pick(['[]', 1, { login: 1 }, false]) },
          bad: true,
          reports: [{ source: 'OnMarginUpdate', path: envelope ? 'tradePlatform' : 'margins' }],
          delivers: [],
        });
        made++;
        continue;
      }
      const size = random.int(1, 5);
      const items: unknown[] = [];
      const reports: ExpectedReport[] = [];
      const delivers: Injection['delivers'][number][] = [];
      let anyBad = false;
      for (let i = 0; i < size; i++) {
        const margin = validMargin();
        if (makeBad && (random.chance(0.3) || (i === size - 1 && !anyBad))) {
          anyBad = true;
          if (random.chance(0.1)) {
            items.push(random.pick([null, 'margin', 3, [margin]]));
            reports.push({ source: 'OnMarginUpdate', path: `margins[${i}]` });
          } else {
            const field = breakField(margin, MARGIN, random);
            items.push(margin);
            reports.push({ source: 'OnMarginUpdate', path: `margins[${i}].${field}` });
          }
        } else {
          items.push(margin);
          delivers.push({ topic: 'margins', marker: margin.login as number });
        }
      }
      injections.push({
        event: 'OnMarginUpdate',
        payload: { tradePlatform: 'demo', margins: items },
        bad: anyBad,
        reports,
        delivers,
      });
      if (anyBad) made++;
    } else {
      // OnOnlineUpdate: one login
      const update: Record<string, unknown> = { tradePlatform: 'demo', type: 'Add', login: 900_000 + marker++ };
      if (!makeBad) {
        injections.push({
          event: 'OnOnlineUpdate',
          payload: update,
          bad: false,
          reports: [],
          delivers: [{ topic: 'online', marker: update.login as number }],
        });
        continue;
      }
      if (random.chance(0.15)) {
        injections.push({
          event: 'OnOnlineUpdate',
          payload: brokenEnvelope(update, random),
          bad: true,
          reports: [{ source: 'OnOnlineUpdate', path: 'tradePlatform' }],
          delivers: [],
        });
      } else {
        const field = breakField(update, ONLINE, random);
        injections.push({
          event: 'OnOnlineUpdate',
          payload: update,
          bad: true,
          reports: [{ source: 'OnOnlineUpdate', path: field }],
          delivers: [],
        });
      }
      made++;
    }
  }
  return injections;
}

function deliveries(topics: FuzzTopic[], marker: number): { topic: FuzzTopic; marker: number }[] {
  return topics.map((topic) => ({ topic, marker }));
}

/** Whether `payload` is an object with a string tradePlatform (so the route goes on to its list). */
function isEnvelope(payload: unknown): boolean {
  return (
    typeof payload === 'object' &&
    payload !== null &&
    typeof (payload as { tradePlatform?: unknown }).tradePlatform === 'string'
  );
}
