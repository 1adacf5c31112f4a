// Runs in every unit project: each must run its specs in the zone it names (TZ), not in the machine's.
const zone = process.env.TZ ?? Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The offset of `zone` at `ms` in minutes, as `getTimezoneOffset` gives it, from Intl told the zone outright. */
function offsetOf(ms: number): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(ms)
    .find((part) => part.type === 'timeZoneName')!.value; // 'GMT+05:30', 'GMT-04:00', 'GMT'
  const [, sign, hours, minutes] = /^GMT(?:([+-])(\d\d):(\d\d))?$/.exec(name)!;
  const east = sign === undefined ? 0 : (sign === '+' ? 1 : -1) * (Number(hours) * 60 + Number(minutes));
  return east === 0 ? 0 : -east;
}

describe(`the unit specs in ${zone}`, () => {
  it.each([Date.UTC(2024, 0, 15, 12), Date.UTC(2024, 6, 15, 12)])('read dates in that zone at %p', (ms) => {
    expect(new Date(ms).getTimezoneOffset()).toBe(offsetOf(ms));
  });

  it('see one of the zones the projects name', () => {
    expect(['UTC', 'Etc/UTC', 'Asia/Kolkata', 'America/New_York']).toContain(zone);
  });
});
