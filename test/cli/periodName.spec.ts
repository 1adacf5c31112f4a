import { periodName } from '../../cli/periodName';

describe('periodName', () => {
  it('labels named periods by their name and others by their seconds', () => {
    expect(periodName('M1')).toBe('M1');
    expect(periodName('W1')).toBe('W1');
    expect(periodName(15)).toBe('15s');
  });
});
