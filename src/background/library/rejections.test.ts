import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openLibrary } from './index';

let n = 0;

describe('rejected matches', () => {
  it('remembers a wrong match on both sides, and forgets it on undo', async () => {
    const lib = await openLibrary(`rejections-${n++}`);
    expect(await lib.rejectedWith('a')).toEqual(new Set());
    await lib.setMatchRejected('a', 'b', true);
    await lib.setMatchRejected('a', 'c', true);
    expect(await lib.rejectedWith('a')).toEqual(new Set(['b', 'c']));
    expect(await lib.rejectedWith('b')).toEqual(new Set(['a']));

    await lib.setMatchRejected('b', 'a', false);
    expect(await lib.rejectedWith('a')).toEqual(new Set(['c']));
    expect(await lib.rejectedWith('b')).toEqual(new Set());
    lib.close();
  });

  it('survives reopening the library (the worker may be stopped at any time)', async () => {
    const name = `rejections-${n++}`;
    const first = await openLibrary(name);
    await first.setMatchRejected('x', 'y', true);
    first.close();
    const again = await openLibrary(name);
    expect(await again.rejectedWith('y')).toEqual(new Set(['x']));
    again.close();
  });
});
