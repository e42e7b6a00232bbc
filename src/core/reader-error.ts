// An error whose message a reader sees (a fetch that failed, a search that did not answer):
// it carries the message key and parameters, so the worker says it in the browser's
// language (platform/i18n.ts readerMessage), and its `message` is the English text from the
// same messages.json, for logs, the index server and the CLI.
import { englishText } from './english';
import type { Msg } from './messages';

export class ReaderError extends Error {
  override name = 'ReaderError';
  constructor(readonly msg: Msg) {
    super(englishText(msg));
  }
}
