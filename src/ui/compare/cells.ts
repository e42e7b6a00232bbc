// What each cell of the side-by-side table shows, as plain data (no DOM, tested in Node):
// the cell's text cut into pieces that carry a change significance, with quotes grouped
// around the pieces they cover. The row's word diff decides the highlights; quotes are
// placed once for the whole comparison so a one-word quote ("excellent") is outlined where
// its speaker is, not at the first paragraph that happens to use the word.
import type { AlignedRow, Article, QuoteReport, QuoteStatus, Significance } from '../../core/types';

export type Side = 'copy' | 'known';

export interface TextPiece {
  text: string;
  /** Present when this text differs between the versions. */
  change?: Significance;
}

export interface QuoteGroup {
  quote: { status: QuoteStatus; speaker?: string; index: number };
  pieces: TextPiece[];
}

export type CellPiece = TextPiece | QuoteGroup;

export function isQuoteGroup(p: CellPiece): p is QuoteGroup {
  return 'quote' in p;
}

/** The row's text on one side as diff pieces; undefined when that side is a gap. */
export function sidePieces(row: AlignedRow, side: Side, copy: Article, known: Article): TextPiece[] | undefined {
  const block = side === 'copy' ? row.copyBlock : row.knownBlock;
  if (block === undefined || block < 0) return undefined;
  if (!row.spans?.length) {
    const text = (side === 'copy' ? copy : known).blocks[block]?.text;
    return text === undefined ? undefined : [{ text }];
  }
  // 'delete' spans are the known version's own text, 'insert' the copy's own.
  const own = side === 'copy' ? 'insert' : 'delete';
  const pieces: TextPiece[] = row.spans
    .filter((s) => s.op === 'equal' || s.op === own)
    .map((s) => (s.op === 'equal' ? { text: s.text } : { text: s.text, change: s.significance ?? 'substantive' }));
  const published = (side === 'copy' ? copy : known).blocks[block]?.text;
  return published === undefined ? spaced(pieces) : asPublished(spaced(pieces), published);
}

const fold1 = (c: string) => foldSameLength(c);

/**
 * The pieces re-cut from the page's own text (issue 11): the engine's spans carry its
 * normalised text (straight quotes, "..." for "…", folded spaces), which hid the very
 * typography changes it counts. Each piece takes the characters of `published` it stands
 * for; spaces are matched loosely (a piece may add one to keep words apart, or lack one
 * the page has). If the two ever disagree on a letter, the pieces are kept as they were.
 */
export function asPublished(pieces: TextPiece[], published: string): TextPiece[] {
  const out: TextPiece[] = [];
  let i = 0;
  for (const piece of pieces) {
    let text = '';
    let j = 0;
    const t = piece.text;
    while (j < t.length) {
      const oc = published[i];
      const pc = t[j];
      if (oc === undefined) {
        if (/\s/.test(pc)) {
          j++;
          continue;
        }
        return pieces;
      }
      if (oc === '\u2026' && t.startsWith('...', j)) {
        text += oc;
        i++;
        j += 3;
      } else if (/\s/.test(oc) && /\s/.test(pc)) {
        while (i < published.length && /\s/.test(published[i])) text += published[i++];
        while (j < t.length && /\s/.test(t[j])) j++;
      } else if (/\s/.test(oc)) {
        text += oc;
        i++;
      } else if (/\s/.test(pc)) {
        j++;
      } else if (fold1(oc) === fold1(pc)) {
        text += oc;
        i++;
        j++;
      } else {
        return pieces;
      }
    }
    out.push({ ...piece, text });
  }
  // What the page has after the last piece can only be spaces; anything else means the
  // pieces did not cover the paragraph, and the engine's text is the safer one.
  if (published.slice(i).trim()) return pieces;
  return out;
}

const DATE_WORDS = /^(?:published|updated|posted|last updated|modifi[ée]|publi[ée])\b[\s:·|,-]*/i;

/**
 * A paragraph that is page metadata rather than article text: the byline, or a line that
 * is only a date (issue 11: "bylines and timestamps appear as passages"). The header shows
 * both; the rows leave them out.
 */
export function isMetadataBlock(text: string, article: Pick<Article, 'byline'>): boolean {
  const line = text.replace(/\s+/g, ' ').trim();
  if (!line || line.length > 100) return false;
  const folded = foldSameLength(line).replace(/^by\s+/, '');
  if (article.byline && folded === foldSameLength(article.byline.trim()).replace(/^by\s+/, '')) return true;
  const dateText = line.replace(DATE_WORDS, '').replace(/\s*\|.*$/, '');
  return (
    dateText.length >= 6 &&
    /\d/.test(dateText) &&
    !/[.!?]["”']?$/.test(dateText) &&
    !Number.isNaN(Date.parse(dateText.replace(/\bat\b/i, '').replace(/\s(?:[AP]M)?\s?[A-Z]{2,4}$/, '')))
  );
}

/**
 * Word diffs put the space before a changed run inside the run, so dropping the other
 * side's runs can glue two words ("…for the day," + "Yermak"). Put a space back where a
 * word or closing punctuation meets the start of a word; never before punctuation, so
 * "facilities" + "," stays as written.
 */
export function spaced(pieces: TextPiece[]): TextPiece[] {
  return pieces.map((p, i) => {
    const before = pieces[i - 1]?.text;
    if (before && /[\p{L}\p{N},.;:!?)\]'"\u2019\u201d]$/u.test(before) && /^[\p{L}\p{N}(\u201c]/u.test(p.text)) {
      return { ...p, text: ` ${p.text}` };
    }
    return p;
  });
}

/**
 * Folds text for finding a quote in it without changing its length, so an index in the
 * folded text is an index in the original: case, curly quotes, dashes, no-break spaces.
 */
export function foldSameLength(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00a0\u2007\u202f]/g, ' ');
}

export interface QuotePlace {
  row: number;
  side: Side;
  start: number;
  end: number;
  quote: number;
}

function quoteTextOn(q: QuoteReport, side: Side): string | undefined {
  if (side === 'copy') return q.status === 'missing' ? undefined : q.text;
  if (q.status === 'added') return undefined;
  return q.status === 'altered' ? (q.knownText ?? q.text) : q.text;
}

/** Capitalised words of the speaker ("Pete Hegseth (reported by …)" → Pete, Hegseth, …). */
function speakerNames(speaker: string | undefined): string[] {
  return (speaker ?? '').match(/\p{Lu}[\p{L}'-]{2,}/gu)?.map((n) => n.toLowerCase()) ?? [];
}

/** Occurrences of `needle` in `hay` that open a quotation (a quote mark just before it). */
function quotedOccurrences(hay: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    const before = hay.slice(Math.max(0, i - 2), i);
    if (/["']\s?$/.test(before) || /^["']/.test(needle)) found.push(i);
  }
  return found;
}

/** Where each quote is outlined on each side: at most one place per quote and side. */
export function placeQuotes(rowTexts: Array<Record<Side, string | undefined>>, quotes: QuoteReport[]): QuotePlace[] {
  const places: QuotePlace[] = [];
  const folded = rowTexts.map((r) => ({ copy: r.copy && foldSameLength(r.copy), known: r.known && foldSameLength(r.known) }));
  quotes.forEach((q, quote) => {
    for (const side of ['copy', 'known'] as const) {
      const raw = quoteTextOn(q, side);
      // Trailing punctuation inside the quote marks varies between outlets; match without it.
      const needle = raw && foldSameLength(raw.trim()).replace(/[\s,.;:!?]+$/, '');
      if (!needle) continue;
      const candidates = folded.flatMap((r, row) => quotedOccurrences(r[side] ?? '', needle).map((start) => ({ row, start })));
      if (!candidates.length) continue;
      const names = speakerNames(q.speaker);
      const near = (row: number) => [row, row - 1].some((r) => names.some((n) => (folded[r]?.[side] ?? '').includes(n)));
      const best = candidates.find((c) => near(c.row)) ?? candidates[0];
      const taken = places.some((p) => p.row === best.row && p.side === side && p.start < best.start + needle.length && best.start < p.end);
      if (!taken) places.push({ row: best.row, side, start: best.start, end: best.start + needle.length, quote });
    }
  });
  return places;
}

/** Cuts the pieces at the quote boundaries and groups the pieces inside each quote. */
export function cellPieces(pieces: TextPiece[], places: QuotePlace[], quotes: QuoteReport[]): CellPiece[] {
  const sorted = [...places].sort((a, b) => a.start - b.start);
  const out: CellPiece[] = [];
  let offset = 0;
  let group: QuoteGroup | undefined;
  const push = (piece: TextPiece, at: number) => {
    const inside = sorted.find((p) => at >= p.start && at < p.end);
    if (inside) {
      if (!group || group.quote.index !== inside.quote) {
        const q = quotes[inside.quote];
        group = { quote: { status: q.status, speaker: q.speaker, index: inside.quote }, pieces: [] };
        out.push(group);
      }
      group.pieces.push(piece);
    } else {
      group = undefined;
      out.push(piece);
    }
  };
  for (const piece of pieces) {
    const start = offset;
    const end = start + piece.text.length;
    const cuts = [start, end, ...sorted.flatMap((p) => [p.start, p.end]).filter((c) => c > start && c < end)].sort((a, b) => a - b);
    for (let i = 0; i < cuts.length - 1; i++) {
      if (cuts[i] === cuts[i + 1]) continue;
      push({ ...piece, text: piece.text.slice(cuts[i] - start, cuts[i + 1] - start) }, cuts[i]);
    }
    offset = end;
  }
  return out;
}

/** Every cell of the table, computed once per comparison. */
export function buildCells(rows: AlignedRow[], copy: Article, known: Article, quotes: QuoteReport[]): Array<Record<Side, CellPiece[] | undefined>> {
  const sides = rows.map((row) => ({ copy: sidePieces(row, 'copy', copy, known), known: sidePieces(row, 'known', copy, known) }));
  const texts = sides.map((s) => ({
    copy: s.copy?.map((p) => p.text).join(''),
    known: s.known?.map((p) => p.text).join(''),
  }));
  const places = placeQuotes(texts, quotes);
  return sides.map((s, row) => ({
    copy:
      s.copy &&
      cellPieces(
        s.copy,
        places.filter((p) => p.row === row && p.side === 'copy'),
        quotes,
      ),
    known:
      s.known &&
      cellPieces(
        s.known,
        places.filter((p) => p.row === row && p.side === 'known'),
        quotes,
      ),
  }));
}
