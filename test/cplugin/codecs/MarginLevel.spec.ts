import { MarginLevel, MarginUpdateArgs } from '../../../src';
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

  it('rejects the numeric form of the controlling type', () => {
    expect(failure(MarginLevel, { ...marginLevel, controllingType: 0 }).message).toBe(
      'MarginLevel: invalid value 0 at controllingType, expected MarginControllingType',
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
