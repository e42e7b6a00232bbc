// What the side-by-side page is asked to show, from its URL: two library ids
// (`?copy=<id>&known=<id>`, bookmarkable) or a tab whose report names them (`?tabId=N`,
// how the popup opens it).
export type PageRequest = { kind: 'pair'; copyId: string; knownId: string } | { kind: 'tab'; tabId?: number };

const ID = /^[\w:.-]{1,200}$/;

export function readRequest(search: string): PageRequest {
  const q = new URLSearchParams(search);
  const copyId = q.get('copy') ?? '';
  const knownId = q.get('known') ?? '';
  if (ID.test(copyId) && ID.test(knownId)) return { kind: 'pair', copyId, knownId };
  const tab = Number(q.get('tabId') ?? NaN);
  return { kind: 'tab', tabId: Number.isSafeInteger(tab) && tab >= 0 ? tab : undefined };
}

export function pairSearch(copyId: string, knownId: string): string {
  return `?${new URLSearchParams({ copy: copyId, known: knownId })}`;
}
