// The message key naming each value of the report's enums: 'claim-changed' → kind_claim_changed.
// The types make it a compile error for a kind, verdict, quote status or signal to have no
// English message (and messages.test.ts then requires French and German for it).
import type { MessageKey } from './messages';
import { DIFFERENCE_KINDS, QUOTE_STATUSES, SIGNAL_NAMES, VERDICTS, type DifferenceKind, type QuoteStatus, type SignalName, type Verdict } from './types';

type Snake<S extends string> = S extends `${infer A}-${infer B}` ? `${A}_${Snake<B>}` : S;
// Compile-time checks: each of these fails tsc when one value has no English message.
type IsMessage<K extends MessageKey> = K;
export type KindKey = IsMessage<`kind_${Snake<DifferenceKind>}`>;
export type VerdictKey = IsMessage<`verdict_${Snake<Verdict>}`>;
export type QuoteStatusKey = IsMessage<`quoteStatus_${Snake<QuoteStatus>}`>;
export type SignalKey = IsMessage<`signal_${Snake<SignalName>}`>;

const snake = (s: string) => s.replace(/-/g, '_');
export const kindKey = (k: DifferenceKind) => `kind_${snake(k)}` as KindKey;
export const verdictKey = (v: Verdict) => `verdict_${snake(v)}` as VerdictKey;
export const quoteStatusKey = (s: QuoteStatus) => `quoteStatus_${snake(s)}` as QuoteStatusKey;
export const signalKey = (s: SignalName) => `signal_${snake(s)}` as SignalKey;

/** A name for every value of `values`, looked up with `say`. */
export function nameTable<K extends string>(values: readonly K[], key: (v: K) => MessageKey, say: (key: MessageKey) => string): Record<K, string> {
  return Object.fromEntries(values.map((v) => [v, say(key(v))])) as Record<K, string>;
}

export { DIFFERENCE_KINDS, QUOTE_STATUSES, SIGNAL_NAMES, VERDICTS };
