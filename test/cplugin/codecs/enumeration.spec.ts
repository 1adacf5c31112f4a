import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as t from 'io-ts';
import * as codecs from '../../../src';
import { DecodeError, enumeration } from '../../../src';
import { check } from '../../../src/core/internal/check';

const MarginLevelType = enumeration({ Ok: null, MarginCall: null, StopOut: null }, 'MarginLevelType');

describe('enumeration', () => {
  it.each([
    ['StopOut', 'StopOut'],
    [0, 'Ok'],
    [2, 'StopOut'],
  ])('decodes %p, a name or a number in the C# order, to %p', (wire, name) => {
    expect(MarginLevelType.decode(wire)).toEqual({ _tag: 'Right', right: name });
  });

  it.each([['stopout'], [3], [-1], [1.5], [null], ['2']])('rejects %p, naming the value', (wire) => {
    const result = MarginLevelType.decode(wire);
    expect(result._tag === 'Left' && DecodeError.from('OnMarginUpdate', result.left).message).toBe(
      `OnMarginUpdate: invalid value ${JSON.stringify(wire)} at (payload), expected MarginLevelType`,
    );
  });

  it("stays on check's fast pass: a name or a number decodes without io-ts's validate", () => {
    const codec = enumeration({ Percent: null, Currency: null }, 'MarginControllingType');
    const validate = jest.spyOn(codec, 'validate');
    expect([check(codec, 'Currency', 'OnTest'), check(codec, 0, 'OnTest')]).toEqual(['Currency', 'Percent']);
    expect(validate).not.toHaveBeenCalled();
  });

  it('is a name, and encodes to it', () => {
    expect([MarginLevelType.is('Ok'), MarginLevelType.is(0), MarginLevelType.encode('MarginCall')]).toEqual([
      true,
      false,
      'MarginCall',
    ]);
  });
});

/** Each `public enum` of the simulator's C# contracts, its members in order: the numbers a server sends. */
function csharpEnums(): Map<string, string[]> {
  const dir = join(__dirname, '../../simulator/Contracts');
  const found = new Map<string, string[]>();
  for (const file of readdirSync(dir)) {
    const match = /public enum (\w+)\s*\{([^}]*)\}/.exec(readFileSync(join(dir, file), 'utf8'));
    if (match)
      found.set(
        match[1],
        [...match[2].matchAll(/^\s*(\w+)\s*,?\s*$/gm)].map((member) => member[1]),
      );
  }
  return found;
}

describe("the contract's enums", () => {
  const enums = [...csharpEnums()];
  const codecOf = (name: string) => (codecs as unknown as Record<string, t.Mixed & { keys?: object }>)[name];

  it('are the generated codecs of every enum of the C# contracts', () => {
    expect(enums.map(([name]) => name).sort()).toEqual(
      Object.keys(codecs)
        .filter((name) => (codecs as Record<string, unknown>)[name] instanceof t.Type)
        .filter((name) => (codecOf(name) as { _tag?: string })._tag === 'EnumerationType')
        .sort(),
    );
  });

  // The number-to-name table of each enum codec is its members' order: it must be the C# enum's.
  it.each(enums)('%s lists its members in the C# order', (name, members) => {
    expect(members.length).toBeGreaterThan(1);
    expect(Object.keys(codecOf(name).keys ?? {})).toEqual(members);
  });

  it.each(enums)('%s decodes each number to its name, by io-ts and by the fast pass', (name, members) => {
    const codec = codecOf(name);
    members.forEach((member, i) => {
      expect([codec.decode(i), check(codec, i, 'OnTest'), check(codec, member, 'OnTest')]).toEqual([
        { _tag: 'Right', right: member },
        member,
        member,
      ]);
    });
  });

  it.each(enums)('%s refuses the number past its last member and an unknown name, naming them', (name, members) => {
    const codec = codecOf(name);
    for (const wire of [members.length, 'Unknown']) {
      const error = check(codec, wire, 'OnTest');
      expect(error).toBeInstanceOf(DecodeError);
      expect((error as DecodeError).message).toBe(
        `OnTest: invalid value ${JSON.stringify(wire)} at (payload), expected ${name}`,
      );
    }
  });
});
