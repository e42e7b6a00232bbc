// The changed words of one difference, marked inside a short window of their sentence: a
// reader sees "… officials said [on] Thursday" instead of two whole paragraphs to compare
// by eye (issue 11). Both wordings come from the word diff the engine uses (worddiff.ts),
// so what is marked here is what the engine counted as changed.
import { wordDiff, type DTok } from './worddiff';

/** A run of text; `changed` runs are the words that differ from the other version. */
export interface Piece {
  text: string;
  changed?: boolean;
  /** Text left out here (the window's edges): views show an ellipsis. */
  elided?: boolean;
}

/** Words kept on each side of a change. */
export const CONTEXT_TOKENS = 5;
/** Longest window shown, in tokens; a long one-sided passage is cut at this. */
export const MAX_TOKENS = 32;
/** Longest text diffed (a difference is one paragraph; a page could send more). */
const MAX_CHARS = 4000;

interface Tok {
  text: string;
  pre: string;
  changed: boolean;
}

function toPieces(toks: Tok[]): Piece[] {
  const out: Piece[] = [];
  toks.forEach((t, i) => {
    const pre = i === 0 ? '' : t.pre;
    const last = out[out.length - 1];
    if (last && !last.elided && !!last.changed === t.changed) last.text += pre + t.text;
    else if (last && !last.elided && t.changed) {
      // The space before a changed run stays outside the mark.
      last.text += pre;
      out.push({ text: t.text, changed: true });
    } else out.push(t.changed ? { text: pre + t.text, changed: true } : { text: pre + t.text });
  });
  return out;
}

/** Keeps CONTEXT_TOKENS around each changed token; everything else becomes one elided piece. */
export function windowed(toks: Tok[]): Piece[] {
  if (!toks.some((t) => t.changed)) {
    const cut = toks.length > MAX_TOKENS;
    return [...toPieces(toks.slice(0, MAX_TOKENS)), ...(cut ? [{ text: '', elided: true }] : [])];
  }
  const keep = new Array<boolean>(toks.length).fill(false);
  toks.forEach((t, i) => {
    if (!t.changed) return;
    for (let j = Math.max(0, i - CONTEXT_TOKENS); j <= Math.min(toks.length - 1, i + CONTEXT_TOKENS); j++) keep[j] = true;
  });
  const out: Piece[] = [];
  let shown = 0;
  let i = 0;
  while (i < toks.length) {
    if (!keep[i]) {
      while (i < toks.length && !keep[i]) i++;
      out.push({ text: '', elided: true });
      continue;
    }
    const start = i;
    while (i < toks.length && keep[i]) i++;
    const run = toks.slice(start, Math.min(i, start + Math.max(0, MAX_TOKENS - shown)));
    shown += run.length;
    // The run's first token keeps no leading space: an ellipsis stands before it.
    out.push(...toPieces(run.map((t, j) => (j === 0 ? { ...t, pre: '' } : t))));
    if (shown >= MAX_TOKENS) {
      if (i < toks.length || run.length < i - start) out.push({ text: '', elided: true });
      break;
    }
  }
  return out;
}

const asToks = (toks: DTok[], changed: boolean): Tok[] => toks.map((t) => ({ text: t.text, pre: t.pre, changed }));

/** Each side's window; a side absent from the difference stays absent. */
export function changeWindows(known: string | undefined, copy: string | undefined): { known?: Piece[]; copy?: Piece[] } {
  const k = known?.slice(0, MAX_CHARS);
  const c = copy?.slice(0, MAX_CHARS);
  if (!k && !c) return {};
  if (!k || !c) {
    // One side only (a passage dropped or added): the passage itself is the change.
    const { hunks } = wordDiff(c ?? k ?? '', c ?? k ?? '');
    const toks = hunks.flatMap((h) => asToks(h.copy, false));
    return k ? { known: windowed(toks) } : { copy: windowed(toks) };
  }
  const { hunks } = wordDiff(c, k);
  const kt: Tok[] = [];
  const ct: Tok[] = [];
  for (const h of hunks) {
    kt.push(...asToks(h.known, h.op === 'change'));
    ct.push(...asToks(h.copy, h.op === 'change'));
  }
  return { known: windowed(kt), copy: windowed(ct) };
}

/** The window as plain text, changed words in [brackets] (the terminal's highlight). */
export function piecesText(pieces: Piece[] | undefined, mark: (s: string) => string = (s) => `[${s}]`): string {
  return (pieces ?? [])
    .map((p) => (p.elided ? '…' : p.changed ? mark(p.text) : p.text))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
