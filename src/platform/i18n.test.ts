// Worker errors reach the popup and the options page in the browser's language (issue 16):
// a fetch or search failure carries its message key, readerMessage() reads it through the
// same lookup as every other string. Outside the extension the lookup is the fallback table,
// here set to the French messages to stand for a French browser.
import { afterEach, describe, expect, it } from 'vitest';
import english from '../../public/_locales/en/messages.json' with { type: 'json' };
import french from '../../public/_locales/fr/messages.json' with { type: 'json' };
import { msg } from '../core/messages';
import { SearchAnswerError } from '../core/search/gdelt';
import { FetchError, HiddenRedirectError } from '../shared/fetch-bounded';
import { readerMessage, setFallbackMessages } from './i18n';

afterEach(() => setFallbackMessages(english));

describe('readerMessage', () => {
  it('says a fetch failure in the reader’s language, and in English for logs and the CLI', () => {
    const e = new FetchError(msg('fetch_timedOut', '15'));
    expect(e.message).toBe('timed out after 15 s');
    setFallbackMessages(french);
    expect(readerMessage(e)).toBe('pas de réponse après 15 s');
    expect(readerMessage(new HiddenRedirectError())).toMatch(/^la page redirige/);
    expect(readerMessage(new SearchAnswerError('error', msg('find_gdeltAnswered', 'x')))).toBe('GDELT a répondu : x');
  });

  it('leaves any other error’s own text as it is', () => {
    setFallbackMessages(french);
    expect(readerMessage(new Error('boom'))).toBe('boom');
    expect(readerMessage('plain')).toBe('plain');
  });
});
