// Naming each word-level change: style (does not alter meaning) or substantive. A change is
// style only when a rule proves it: same words up to case, US/UK spelling, number style,
// punctuation, a transliterated name, or a name shortened/lengthened around the same head.
// Everything else is substantive; a closely edited sentence whose edits touch tense or
// modality, negation, numbers, names or sourcing is a "claim changed", a rewritten one is
// "reworded".
import { AGENCIES } from './credits';
import { editDistance, keys } from './text/tokens';
import { show, type DTok, type Hunk } from './worddiff';
import { msg, type Msg } from './messages';
import { STYLE_KINDS as STYLE_KIND_LIST, type DifferenceKind, type WordChange } from './types';

export const STYLE_KINDS = new Set<DifferenceKind>(STYLE_KIND_LIST);

const isCap = (t: DTok) => t.word && /^\p{Lu}/u.test(t.text);
const words = (ts: DTok[]) => ts.filter((t) => t.word);

/** Style kind of two tokens the diff paired as equal (same loose key), or undefined if identical. */
export function equalPairKind(copy: DTok, known: DTok): DifferenceKind | undefined {
  if (copy.text === known.text) return undefined;
  if (copy.text.replace(/\./g, '') === known.text.replace(/\./g, '')) return 'punctuation'; // "US" / "U.S.
  if (copy.text.toLowerCase() === known.text.toLowerCase()) return 'capitalisation';
  return 'spelling-variant';
}

/** Joining two sentences ("Ukraine. French officials" → "Ukraine and French officials") is punctuation. */
function isSentenceJoin(copy: DTok[], known: DTok[]): boolean {
  const cw = words(copy).map((t) => t.text.toLowerCase());
  const kw = words(known).map((t) => t.text.toLowerCase());
  const conj = (w: string[]) => w.length === 1 && ['and', 'but', 'while', 'as'].includes(w[0]);
  const stop = (ts: DTok[]) => ts.some((t) => !t.word && /[.;]/.test(t.text));
  return (kw.length === 0 && conj(cw) && stop(known)) || (cw.length === 0 && conj(kw) && stop(copy));
}

const AGENCY_SET = new Set(AGENCIES.map((a) => a.replace(/\s+/g, '')));

/**
 * Kind of one changed hunk. `before`/`after` are the equal tokens around it (on the copy
 * side), used to recognise a name phrase that kept its head ("Marco Rubio" → "Rubio").
 */
/** A transliterated name is a name: a longer "word" changed by a letter or two is not (issue 14: a 40k-character token). */
export const TRANSLIT_MAX_CHARS = 30;

export function hunkKind(h: Hunk, before?: DTok, after?: DTok): DifferenceKind {
  const cw = words(h.copy);
  const kw = words(h.known);
  if (cw.length === 0 && kw.length === 0) return 'punctuation';
  // Only spacing or abbreviation periods differ: "Russia's" / "Russia 's", "UK" / "U.K.".
  const bare = (ts: DTok[]) =>
    ts
      .map((t) => t.text)
      .join('')
      .replace(/[\s.]/g, '')
      .toLowerCase();
  if (bare(h.copy) === bare(h.known)) return 'punctuation';
  if (isSentenceJoin(h.copy, h.known)) return 'punctuation';
  const ck = keys(show(h.copy));
  const kk = keys(show(h.known));
  if (ck.join(' ') === kk.join(' ')) {
    const numeric = [...cw, ...kw].some((t) => /\d|%/.test(t.text) || /^(per|cent|percent)$/i.test(t.text)) || /%/.test(show(h.copy) + show(h.known));
    if (numeric) return 'number-style';
    if (
      cw
        .map((t) => t.text)
        .join(' ')
        .toLowerCase() ===
      kw
        .map((t) => t.text)
        .join(' ')
        .toLowerCase()
    )
      return cw.map((t) => t.text).join(' ') === kw.map((t) => t.text).join(' ') ? 'punctuation' : 'capitalisation';
    return 'spelling-variant';
  }
  if (cw.length === 1 && kw.length === 1 && isCap(cw[0]) && isCap(kw[0])) {
    const a = cw[0].text.toLowerCase();
    const b = kw[0].text.toLowerCase();
    if (
      Math.min(a.length, b.length) >= 4 &&
      Math.max(a.length, b.length) <= TRANSLIT_MAX_CHARS &&
      editDistance(a, b, 2) <= 2 &&
      a.slice(0, 2) === b.slice(0, 2)
    )
      return 'transliteration';
  }
  // "MOSCOW (AP) —" → "MOSCOW —": the dateline's credit to the agency.
  const side = (cw.length ? h.copy : h.known)
    .map((t) => t.text)
    .join('')
    .replace(/[()]/g, '');
  if ((cw.length === 0 || kw.length === 0) && AGENCY_SET.has(side)) return cw.length ? 'attribution-added' : 'attribution-removed';
  const only = cw.length ? cw : kw;
  if ((cw.length === 0 || kw.length === 0) && only.length <= 3 && only.every(isCap) && ((after && isCap(after)) || (before && isCap(before)))) {
    return 'name-form';
  }
  return 'reworded';
}

const MODAL = new Set([
  'will',
  'would',
  'could',
  'may',
  'might',
  'should',
  'must',
  'can',
  'shall',
  'due',
  'expected',
  'scheduled',
  'planned',
  'plans',
  'plan',
  'set',
  'likely',
  'possibly',
  'reportedly',
  'allegedly',
  'apparently',
  'intends',
  'going',
]);
const NEGATION = new Set(['not', 'no', 'never', "n't", 'without', 'none', 'nobody', 'nothing', 'neither', 'nor', 'denied', 'denies']);
const SOURCING = new Set(['according', 'citing', 'sources', 'source', 'reportedly', 'allegedly']);

/** Reasons why a set of substantive word changes alters a claim (empty when it does not), as messages. */
export function claimNotes(changes: WordChange[]): Msg[] {
  const notes = new Map<string, Msg>();
  const add = (m: Msg) => notes.set(`${m.key}\u0000${m.params.join('\u0000')}`, m);
  for (const ch of changes) {
    if (STYLE_KINDS.has(ch.kind)) continue;
    const kw = ch.known
      .toLowerCase()
      .split(/[^\p{L}\p{N}']+/u)
      .filter(Boolean);
    const cw = ch.copy
      .toLowerCase()
      .split(/[^\p{L}\p{N}']+/u)
      .filter(Boolean);
    const only = (xs: string[], ys: string[], set: Set<string>) => xs.some((w) => set.has(w) && !ys.includes(w));
    if (only(kw, cw, SOURCING)) add(msg('note_sourcingDropped', ch.known));
    if (only(cw, kw, SOURCING)) add(msg('note_sourcingAdded', ch.copy));
    if (only(kw, cw, MODAL) || only(cw, kw, MODAL)) add(msg('note_modalityChanged', ch.known, ch.copy));
    if (only(kw, cw, NEGATION) || only(cw, kw, NEGATION)) add(msg('note_negationChanged', ch.known, ch.copy));
    const nums = (ws: string[]) => keys(ws.join(' ')).filter((k) => /^\d/.test(k));
    if (nums(kw).join() !== nums(cw).join()) add(msg('note_numberChanged', ch.known, ch.copy));
    const caps = (s: string) => s.match(/(?<!^)\b\p{Lu}\p{L}+/gu) ?? [];
    if (caps(ch.known).length && caps(ch.copy).length && caps(ch.known).join() !== caps(ch.copy).join()) add(msg('note_nameChanged', ch.known, ch.copy));
  }
  return [...notes.values()];
}

/** The kind of every change hunk (undefined for equal hunks), computed once per pair. */
export function hunkKinds(hunks: Hunk[]): (DifferenceKind | undefined)[] {
  return hunks.map((h, i) => {
    if (h.op === 'equal') return undefined;
    const prev = hunks[i - 1];
    const next = hunks[i + 1];
    return hunkKind(h, prev?.copy[prev.copy.length - 1], next?.copy[0]);
  });
}

/** Word changes of a unit pair, each with its kind (style or substantive). */
export function wordChanges(hunks: Hunk[], kinds = hunkKinds(hunks)): WordChange[] {
  const out: WordChange[] = [];
  hunks.forEach((h, i) => {
    if (h.op === 'equal') {
      h.copy.forEach((t, j) => {
        const kind = equalPairKind(t, h.known[j]);
        if (kind) out.push({ copy: t.text, known: h.known[j].text, kind });
      });
      return;
    }
    out.push({ copy: show(h.copy), known: show(h.known), kind: kinds[i] ?? 'reworded' });
  });
  return out;
}

export const isStyle = (k: DifferenceKind) => STYLE_KINDS.has(k);
