// `t()` for every user-facing string in the pages (keys live in public/_locales/en/messages.json).
import { getMessage } from '../../platform/i18n';

export function t(key: string, ...subs: Array<string | number>): string {
  return getMessage(key, subs.map(String));
}
