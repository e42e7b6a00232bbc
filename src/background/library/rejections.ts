// "This match is wrong": pairs of versions the reader says are not the same story. One
// status record per article (`rejected:<id>` → the ids it must not be matched with), so
// analysis reads one record per page. Kept when the library is cleared, like feeds: they
// are the reader's choices, not cached data.
import type { Library } from './library';

const key = (id: string) => `rejected:${id}`;

/** The ids `id` must not be matched with. */
export async function rejectedWith(lib: Library, id: string): Promise<Set<string>> {
  const record = await lib.db.get('status', key(id));
  const ids = record?.value.ids;
  return new Set(Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : []);
}

/** Marks the pair as wrong (or undoes it), on both sides, in one transaction. */
export async function setMatchRejected(lib: Library, a: string, b: string, rejected: boolean, now = Date.now()): Promise<void> {
  const tx = lib.db.transaction('status', 'readwrite');
  for (const [self, other] of [
    [a, b],
    [b, a],
  ]) {
    const record = await tx.store.get(key(self));
    const ids = new Set(Array.isArray(record?.value.ids) ? (record.value.ids as string[]) : []);
    if (rejected) ids.add(other);
    else ids.delete(other);
    if (ids.size) await tx.store.put({ key: key(self), at: now, value: { ids: [...ids] } });
    else await tx.store.delete(key(self));
  }
  await tx.done;
}
