import { describe, expect, it } from 'vitest';
import { pairSearch, readRequest } from './params';

describe('readRequest', () => {
  it('reads a bookmarkable pair of ids', () => {
    expect(readRequest('?copy=a1&known=b-2')).toEqual({ kind: 'pair', copyId: 'a1', knownId: 'b-2' });
    expect(readRequest(pairSearch('x:1', 'y.2'))).toEqual({ kind: 'pair', copyId: 'x:1', knownId: 'y.2' });
  });

  it('falls back to a tab when the ids are missing or malformed', () => {
    expect(readRequest('?copy=a1')).toEqual({ kind: 'tab', tabId: undefined });
    expect(readRequest('?copy=<script>&known=b&tabId=7')).toEqual({ kind: 'tab', tabId: 7 });
    expect(readRequest('?tabId=-1')).toEqual({ kind: 'tab', tabId: undefined });
  });
});
