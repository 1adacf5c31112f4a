import { MarginLevel, MarginUpdateArgs } from '../../../src';
import { check } from '../../../src/core/internal/check';
import { marginLevel, marginUpdateArgs } from '../fixtures';
import { decoded, failure } from './decode';

describe('MarginLevel', () => {
  it('decodes the margin figures of an account', () => {
    expect(decoded(MarginLevel, marginLevel)).toEqual(marginLevel);
  });

  it('decodes a null group to undefined', () => {
    expect(decoded(MarginLevel, { ...marginLevel, group: null }).group).toBeUndefined();
  });

  it('rejects an unknown level type', () => {
    expect(failure(MarginLevel, { ...marginLevel, levelType: 'Margin Call' })).toEqual({
      message: 'MarginLevel: invalid value "Margin Call" at levelType, expected MarginLevelType',
      path: 'levelType',
      value: 'Margin Call',
      expected: 'MarginLevelType',
    });
  });

  it('decodes the numeric form of the enums, as a MessagePack server without the string-enum resolver sends it', () => {
    const numeric = { ...marginLevel, controllingType: 0, levelType: 2 };
    expect(decoded(MarginLevel, numeric)).toEqual({ ...marginLevel, controllingType: 'Percent', levelType: 'StopOut' });
    expect(check(MarginLevel, numeric, 'OnMarginUpdate')).toEqual(decoded(MarginLevel, numeric));
  });

  it('rejects a number past the last member of the controlling type', () => {
    expect(failure(MarginLevel, { ...marginLevel, controllingType: 2 }).message).toBe(
      'MarginLevel: invalid value 2 at controllingType, expected MarginControllingType',
    );
  });

  it('rejects a "NaN" string for the level', () => {
    expect(failure(MarginLevel, { ...marginLevel, level: 'NaN' }).message).toBe(
      'MarginLevel: invalid value "NaN" at level, expected number',
    );
  });

  it('rejects a missing login', () => {
    const withoutLogin: Partial<typeof marginLevel> = { ...marginLevel };
    delete withoutLogin.login;
    expect(failure(MarginLevel, withoutLogin).message).toBe(
      'MarginLevel: invalid value undefined at login, expected number',
    );
  });

  it('decodes the margins of an OnMarginUpdate and reports a bad one with its value', () => {
    expect(decoded(MarginUpdateArgs, marginUpdateArgs).margins).toHaveLength(2);
    const bad = { ...marginUpdateArgs, margins: [marginLevel, { ...marginLevel, equity: null }] };
    expect(failure(MarginUpdateArgs, bad, 'OnMarginUpdate')).toMatchObject({ value: null, expected: 'number' });
  });
});
