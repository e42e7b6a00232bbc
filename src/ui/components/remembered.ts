// A view preference of this extension's pages (not a setting of the product): kept in the
// pages' own localStorage, so it survives reopening the page. Storage that is missing or
// refuses (tests, a full disk, a locked-down profile) leaves the default in place.
import { useState } from 'preact/hooks';

function read(key: string, fallback: boolean): boolean {
  try {
    const v = globalThis.localStorage?.getItem(key);
    return v === null || v === undefined ? fallback : v === '1';
  } catch {
    return fallback;
  }
}

export function useRememberedFlag(key: string, fallback = false): [boolean, (v: boolean) => void] {
  const [value, setValue] = useState(() => read(key, fallback));
  return [
    value,
    (v) => {
      setValue(v);
      try {
        globalThis.localStorage?.setItem(key, v ? '1' : '0');
      } catch {
        // not remembered; the page still works
      }
    },
  ];
}
