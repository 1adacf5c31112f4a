import * as t from 'io-ts';
import { from, lastValueFrom, of, toArray, type Observable } from 'rxjs';
import { clientStream, DateTime } from '../../src';
import { decoderOf, encodeArg } from '../../src/contract/Validator';

describe('clientStream', () => {
  it('encodes each item of the stream with its codec on the way to the server', async () => {
    const stamps = clientStream(DateTime);
    const sent = encodeArg(stamps, from([new Date(Date.UTC(2024, 0, 1)), new Date(Date.UTC(2024, 0, 2))]));
    await expect(lastValueFrom((sent as Observable<unknown>).pipe(toArray()))).resolves.toEqual([
      '2024-01-01T00:00:00.000Z',
      '2024-01-02T00:00:00.000Z',
    ]);
  });

  it('takes an Observable and nothing else', () => {
    const lines = decoderOf(clientStream(t.string));
    const source = of('a');
    expect(lines.decode(source)).toEqual({ _tag: 'Right', right: source });
    expect(lines.decode(['a'])._tag).toBe('Left');
  });
});
