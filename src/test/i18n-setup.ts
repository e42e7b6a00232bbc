// Vitest setup: Node has no chrome.i18n, so every test sees the English messages as the
// fallback — code calling getMessage reads English words, as the extension shows by default.
import english from '../../public/_locales/en/messages.json' with { type: 'json' };
import { setFallbackMessages } from '../platform/i18n';

setFallbackMessages(english);
