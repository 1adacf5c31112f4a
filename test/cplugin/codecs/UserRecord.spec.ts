import { UserRecord, UserUpdate } from '../../../src';
import { userRecord, userUpdate } from '../fixtures';
import { decoded, failure } from './decode';

describe('UserRecord', () => {
  it('decodes its three times to Dates', () => {
    expect(decoded(UserRecord, userRecord)).toMatchObject({
      regDate: new Date(Date.UTC(2023, 10, 20, 14, 2, 51)),
      lastDate: new Date(Date.UTC(2024, 2, 5, 9, 57, 40)),
      timeStamp: new Date(Date.UTC(2024, 2, 5, 9, 58, 12)),
    });
  });

  it('decodes null strings and arrays to undefined and keeps the rest', () => {
    expect(decoded(UserRecord, userRecord)).toMatchObject({
      login: 100042,
      name: 'Jane Trader',
      enableReserved: [0, 0],
      password: undefined,
      reserved2: undefined,
      apiData: undefined,
    });
  });

  it("accepts fields the contract does not name, such as a newer server's", () => {
    expect(decoded(UserRecord, { ...userRecord, marketingConsent: true }).login).toBe(100042);
  });

  it('rejects a bad registration date', () => {
    expect(failure(UserRecord, { ...userRecord, regDate: '' })).toEqual({
      message: 'UserRecord: invalid value "" at regDate, expected DateTime',
      path: 'regDate',
      value: '',
      expected: 'DateTime',
    });
  });

  it('rejects a string for a number', () => {
    expect(failure(UserRecord, { ...userRecord, leverage: '1:100' }).message).toBe(
      'UserRecord: invalid value "1:100" at leverage, expected number',
    );
  });

  it('rejects an apiData that is not a string (unlike TradeRecord.apiData, it is one in the contract)', () => {
    expect(failure(UserRecord, { ...userRecord, apiData: [0, 0] }).message).toBe(
      'UserRecord: invalid value [0,0] at apiData, expected string | null',
    );
  });
});

describe('UserUpdate', () => {
  it('decodes the user of an update and a null user to undefined', () => {
    expect(decoded(UserUpdate, userUpdate)).toMatchObject({ type: 'Update', user: { login: 100042 } });
    expect(decoded(UserUpdate, { type: 'Delete', user: null })).toEqual({ type: 'Delete' });
  });

  it('names the path into the user', () => {
    expect(
      failure(
        UserUpdate,
        { ...userUpdate, user: { ...userRecord, lastDate: '2024-03-05T25:00:00' } },
        'StreamUserUpdates',
      ),
    ).toEqual({
      message: 'StreamUserUpdates: invalid value "2024-03-05T25:00:00" at user.lastDate, expected DateTime',
      path: 'user.lastDate',
      value: '2024-03-05T25:00:00',
      expected: 'DateTime',
    });
  });
});
