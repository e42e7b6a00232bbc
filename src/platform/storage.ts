// The storage areas, as the small KeyValueArea interface shared/ code is written against.
// `sync` holds the reader's settings (they follow the reader to other browsers they sign in
// to, as issue 4 asks); `local` survives restarts; `session` lives as long as the browser session,
// which is exactly as long as a tab id means anything (per-tab state).
import type { KeyValueArea } from '../shared/settings';
import { ext } from './browser';

function area(name: 'sync' | 'local' | 'session'): KeyValueArea & { remove(key: string): Promise<void> } {
  return {
    async get(key) {
      const got = await ext().storage[name].get(key);
      return got[key];
    },
    async set(key, value) {
      await ext().storage[name].set({ [key]: value });
    },
    async remove(key) {
      await ext().storage[name].remove(key);
    },
  };
}

export const localArea = () => area('local');
export const settingsArea = () => area('sync');
export const sessionArea = () => area('session');
