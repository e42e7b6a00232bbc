// Moves protocol envelopes (shared/messages.ts) over runtime messaging. Replies go
// through sendResponse + `return true`, which both Chrome and Firefox honour (Chrome
// only recently accepted a returned Promise).
import { createReceiver, createSend, type Handlers } from '../shared/messages';
import { ext, extensionId, extensionOrigin, type MessageSender } from './browser';
import { readerMessage } from './i18n';

export const send = createSend((envelope) => ext().runtime.sendMessage(envelope));

/** Worker side: answer every protocol message with `handlers`; returns an unsubscribe. */
export function serveMessages(handlers: Handlers): () => void {
  const receive = createReceiver(handlers, extensionId(), extensionOrigin(), readerMessage);
  const listener = (message: unknown, sender: MessageSender, sendResponse: (r: unknown) => void): true | undefined => {
    const sent = { id: sender.id, url: sender.url, frameId: sender.frameId, tab: sender.tab ? { id: sender.tab.id, url: sender.tab.url } : undefined };
    const pending = receive(message, sent);
    pending.then((reply) => reply && sendResponse(reply));
    // Not ours (or not an envelope): stay silent so the channel closes at once.
    return message && typeof message === 'object' && (message as { wiretrace?: unknown }).wiretrace === 1 ? true : undefined;
  };
  const onMessage = ext().runtime.onMessage as unknown as {
    addListener(l: typeof listener): void;
    removeListener(l: typeof listener): void;
  };
  onMessage.addListener(listener);
  return () => onMessage.removeListener(listener);
}
