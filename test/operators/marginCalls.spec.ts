import fc from 'fast-check';
import { from, Subject, take, VirtualTimeScheduler } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import type { MarginLevel } from '../../src/cplugin/codecs/MarginLevel';
import type { MarginLevelType } from '../../src/cplugin/codecs/MarginLevelType';
import type { MarginAlert } from '../../operators/MarginAlert';
import type { MarginCallsConfig } from '../../operators/MarginCallsConfig';
import { marginCalls } from '../../operators/marginCalls';
import { ofState } from '../../operators/ofState';

/** A margin update; percent accounts have margin 1000, so equity / 10 is the margin level in percent. */
function margin(login: number, levelType: MarginLevelType, fields: Partial<MarginLevel> = {}): MarginLevel {
  return {
    group: 'real',
    login,
    leverage: 100,
    updated: 0,
    balance: 2_000,
    equity: 2_000,
    volume: 1,
    margin: 1_000,
    free: 1_000,
    level: 200,
    controllingType: 'Percent',
    levelType,
    ...fields,
  };
}

function alert(update: MarginLevel, state: MarginLevelType, previous: MarginLevelType): MarginAlert {
  return { login: update.login, group: update.group, state, previous, update };
}

describe('marginCalls', () => {
  let testScheduler: TestScheduler;

  beforeEach(() => {
    testScheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
  });

  describe.each([
    { recovery: false, expected: '--a-b-----c-|' },
    { recovery: true, expected: '--a-b-r-s-c-|' },
  ])('with the server levelType and recovery: $recovery', ({ recovery, expected }) => {
    it('alerts on changes of state only', () => {
      testScheduler.run(({ hot, expectObservable, expectSubscriptions }) => {
        const updates = {
          o: margin(1, 'Ok'),
          m: margin(1, 'MarginCall'),
          s: margin(1, 'StopOut'),
          n: margin(1, 'MarginCall', { equity: 700 }),
          k: margin(1, 'Ok', { equity: 1_500 }),
          l: margin(1, 'MarginCall', { equity: 800 }),
        };
        const source = hot('  o-m-s-n-k-l-|', updates);
        const subs = '        ^-----------!';
        expectObservable(source.pipe(marginCalls({ recovery }))).toBe(expected, {
          a: alert(updates.m, 'MarginCall', 'Ok'),
          b: alert(updates.s, 'StopOut', 'MarginCall'),
          r: alert(updates.n, 'MarginCall', 'StopOut'),
          s: alert(updates.k, 'Ok', 'MarginCall'),
          c: alert(updates.l, 'MarginCall', 'Ok'),
        });
        expectSubscriptions(source.subscriptions).toBe(subs);
      });
    });
  });

  it('keeps logins apart', () => {
    testScheduler.run(({ hot, expectObservable }) => {
      const updates = {
        a: margin(1, 'MarginCall'),
        b: margin(2, 'MarginCall'),
        c: margin(1, 'MarginCall'),
        d: margin(2, 'StopOut'),
      };
      const source = hot('  a-b-c-d-|', updates);
      const expected = '    a-b---d-|';
      expectObservable(source.pipe(marginCalls())).toBe(expected, {
        a: alert(updates.a, 'MarginCall', 'Ok'),
        b: alert(updates.b, 'MarginCall', 'Ok'),
        d: alert(updates.d, 'StopOut', 'MarginCall'),
      });
    });
  });

  it('uses own percent thresholds over levelType, with hysteresis on the way back', () => {
    testScheduler.run(({ hot, expectObservable }) => {
      // Margin level = equity / 1000 × 100; margin call at 100 %, stop-out at 50 %, 10 points of hysteresis.
      const at = (percent: number) => margin(1, 'Ok', { equity: percent * 10 });
      const updates = {
        a: at(120),
        b: at(100), // at the level: margin call
        c: at(105), // above it, within the hysteresis
        d: at(111), // past it: Ok
        e: at(99),
        f: at(50), // stop-out
        g: at(55),
        h: at(61), // past stop-out + 10, not past margin call + 10
        i: at(200),
        j: margin(1, 'StopOut', { equity: 2_000, margin: 0 }), // no margin: Ok, whatever the server says
      };
      const source = hot('  a-b-c-d-e-f-g-h-i-j-|', updates);
      const expected = '    --b---d-e-f---h-i---|';
      const config: MarginCallsConfig = { recovery: true, percent: { marginCall: 100, stopOut: 50, hysteresis: 10 } };
      expectObservable(source.pipe(marginCalls(config))).toBe(expected, {
        b: alert(updates.b, 'MarginCall', 'Ok'),
        d: alert(updates.d, 'Ok', 'MarginCall'),
        e: alert(updates.e, 'MarginCall', 'Ok'),
        f: alert(updates.f, 'StopOut', 'MarginCall'),
        h: alert(updates.h, 'MarginCall', 'StopOut'),
        i: alert(updates.i, 'Ok', 'MarginCall'),
      });
    });
  });

  it('uses own currency thresholds on free margin for Currency accounts, and the server levelType for others', () => {
    testScheduler.run(({ hot, expectObservable }) => {
      const updates = {
        a: margin(1, 'Ok', { controllingType: 'Currency', free: 400 }),
        b: margin(1, 'Ok', { controllingType: 'Currency', free: -10 }),
        c: margin(2, 'MarginCall'), // a Percent account, no percent thresholds
      };
      const source = hot('  a-b-c-|', updates);
      const expected = '    a-b-c-|';
      expectObservable(source.pipe(marginCalls({ currency: { marginCall: 500, stopOut: 0 } }))).toBe(expected, {
        a: alert(updates.a, 'MarginCall', 'Ok'),
        b: alert(updates.b, 'StopOut', 'MarginCall'),
        c: alert(updates.c, 'MarginCall', 'Ok'),
      });
    });
  });

  it('forgets the login updated longest ago past maxLogins, and one idle too long', () => {
    testScheduler.run(({ hot, expectObservable }) => {
      const updates = {
        a: margin(1, 'MarginCall'),
        b: margin(2, 'MarginCall'), // login 1 is forgotten
        c: margin(1, 'MarginCall'), // alerts again; login 2 is forgotten
        d: margin(1, 'MarginCall'), // remembered: 5 ms since the last update
        e: margin(1, 'MarginCall'), // 7 ms idle: forgotten
      };
      const source = hot('  a-b-c 4ms d 6ms e', updates);
      const expected = '    a-b-c 4ms - 6ms e';
      expectObservable(source.pipe(marginCalls({ maxLogins: 1, idle: 6 }))).toBe(expected, {
        a: alert(updates.a, 'MarginCall', 'Ok'),
        b: alert(updates.b, 'MarginCall', 'Ok'),
        c: alert(updates.c, 'MarginCall', 'Ok'),
        e: alert(updates.e, 'MarginCall', 'Ok'),
      });
    });
  });

  it.each([
    [{ groups: ['real'] }, 'a---c-'],
    [{ logins: [2] }, '--b---'],
    [{ groups: ['real'], logins: [1] }, 'a-----'],
  ])('watches only %p', (config, expected) => {
    testScheduler.run(({ hot, expectObservable }) => {
      const updates = {
        a: margin(1, 'MarginCall'),
        b: margin(2, 'MarginCall', { group: 'demo' }),
        c: margin(3, 'MarginCall'),
      };
      expectObservable(hot('a-b-c-', updates).pipe(marginCalls(config))).toBe(expected, {
        a: alert(updates.a, 'MarginCall', 'Ok'),
        b: alert(updates.b, 'MarginCall', 'Ok'),
        c: alert(updates.c, 'MarginCall', 'Ok'),
      });
    });
  });

  it('picks alerts by state with ofState', () => {
    testScheduler.run(({ hot, expectObservable }) => {
      const updates = { a: margin(1, 'MarginCall'), b: margin(1, 'StopOut'), c: margin(1, 'Ok') };
      const source = hot('  a-b-c-|', updates);
      const expected = '    --b---|';
      const stopOuts = source.pipe(marginCalls({ recovery: true }), ofState('StopOut'));
      expectObservable(stopOuts).toBe(expected, { b: alert(updates.b, 'StopOut', 'MarginCall') });
    });
  });

  it('passes an error on', () => {
    testScheduler.run(({ hot, expectObservable, expectSubscriptions }) => {
      const source = hot('  a-#', { a: margin(1, 'StopOut') });
      const subs = '        ^-!';
      expectObservable(source.pipe(marginCalls(testScheduler))).toBe('a-#', {
        a: alert(margin(1, 'StopOut'), 'StopOut', 'Ok'),
      });
      expectSubscriptions(source.subscriptions).toBe(subs);
    });
  });

  it('schedules nothing, so a subscriber that leaves on an alert leaves no action behind', () => {
    const scheduler = new VirtualTimeScheduler();
    const source = new Subject<MarginLevel>();
    const seen: MarginAlert[] = [];
    source.pipe(marginCalls({ idle: 1000, recovery: true }, scheduler), take(1)).subscribe((a) => seen.push(a));
    source.next(margin(1, 'MarginCall'));
    expect(seen).toEqual([alert(margin(1, 'MarginCall'), 'MarginCall', 'Ok')]);
    expect(scheduler.actions).toEqual([]);
    expect(source.observed).toBe(false);
  });

  describe('against a plain fold over the updates', () => {
    const RANK = { Ok: 0, MarginCall: 1, StopOut: 2 };
    const states = fc.constantFrom<MarginLevelType>('Ok', 'MarginCall', 'StopOut');
    const updates = fc.array(
      fc.record({ login: fc.integer({ min: 1, max: 4 }), state: states, percent: fc.integer({ min: 0, max: 200 }) }),
      {
        maxLength: 60,
      },
    );

    it.each([false, true])('alerts as the reference does, with recovery: %p', (recovery) => {
      fc.assert(
        fc.property(updates, fc.integer({ min: 0, max: 20 }), (items, hysteresis) => {
          const levels = items.map(({ login, state, percent }) => margin(login, state, { equity: percent * 10 }));
          const server: MarginAlert[] = [];
          from(levels)
            .pipe(marginCalls({ recovery }))
            .subscribe((a) => server.push(a));
          const own: MarginAlert[] = [];
          const percent = { marginCall: 100, stopOut: 50, hysteresis };
          from(levels)
            .pipe(marginCalls({ recovery, percent }))
            .subscribe((a) => own.push(a));

          // The reference: the state of each login, starting Ok; an own state leaves a worse one only past the level + hysteresis.
          const alerts = (stateOf: (update: MarginLevel, previous: MarginLevelType) => MarginLevelType) => {
            const known = new Map<number, MarginLevelType>();
            return levels.flatMap((update) => {
              const previous = known.get(update.login) ?? 'Ok';
              const state = stateOf(update, previous);
              known.set(update.login, state);
              const alerted = state !== previous && (recovery || RANK[state] > RANK[previous]);
              return alerted ? [alert(update, state, previous)] : [];
            });
          };
          const ownState = (update: MarginLevel, previous: MarginLevelType): MarginLevelType => {
            const level = (update.equity / update.margin) * 100;
            if (level <= 50) return 'StopOut';
            if (level <= 100) return previous === 'StopOut' && level <= 50 + hysteresis ? 'StopOut' : 'MarginCall';
            if (previous === 'StopOut' && level <= 50 + hysteresis) return 'StopOut';
            if (previous !== 'Ok' && level <= 100 + hysteresis) return 'MarginCall';
            return 'Ok';
          };
          expect(server).toEqual(alerts((update) => update.levelType));
          expect(own).toEqual(alerts(ownState));
        }),
        { numRuns: 200 },
      );
    });
  });
});
