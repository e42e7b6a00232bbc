/** A message that breaks the protocol (wrong shape, wrong sender). Its text goes back to the sender. */
export class ProtocolError extends Error {
  override name = 'ProtocolError';
}
