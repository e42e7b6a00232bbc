// Differences and side-by-side rows from an alignment. One difference per aligned unit pair
// that has substantive word changes (claim-changed or reworded), one per run of units only in
// one version (passage added/removed), one per junk or credit block, and style changes
// grouped by kind and wording with counts.
import type { Alignment, Group } from './align';
import { claimNotes, hunkKinds, isStyle, wordChanges } from './classify';
import { msg } from './messages';
import type { Prepared } from './prepare';
import type { AlignedRow, Difference, DifferenceKind, DiffSpan, WordChange } from './types';
import { diffTokens, wordDiff, type DTok, type Hunk } from './worddiff';

/** Below this LCS-Dice a changed sentence is "reworded" whatever its edits (a rewrite, not an edit). */
export const CLOSE_EDIT_MIN = 0.5;

export interface PairDiff {
  group: Group;
  hunks: Hunk[];
  kinds: (DifferenceKind | undefined)[];
  changes: WordChange[];
  copyText: string;
  knownText: string;
}

/**
 * LCS-Dice of two key lists: exact (O(n·m) table) up to LCS_CELLS cells (sentences: 500 × 500 keys). Past it (an 877 KB
 * paragraph took 39.5 s, and its Uint16Array counts wrapped past 65,535 keys: issue 14) the
 * pair's word diff stands in: jsdiff's hunks are a common subsequence bounded by MAX_EDIT,
 * so their equal tokens give the same measure in linear time.
 */
export const LCS_CELLS = 250_000;

export function lcsDice(a: string[], b: string[], hunks: Hunk[]): number {
  if (!a.length || !b.length) return 0;
  if (a.length * b.length > LCS_CELLS) return hunkDice(hunks);
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    [prev, cur] = [cur, prev];
  }
  return (2 * prev[b.length]) / (a.length + b.length);
}

function hunkDice(hunks: Hunk[]): number {
  let equal = 0;
  let total = 0;
  for (const h of hunks) {
    if (h.op === 'equal') equal += h.copy.length;
    total += h.copy.length + h.known.length;
  }
  return total ? (2 * equal) / total : 0;
}

// A version compared with several others (prepare.ts preparedOf) is tokenised once per unit.
// Tokens are never mutated downstream: hunks copy them into new arrays.
const UNIT_TOKENS = new WeakMap<Prepared, { lang: string; toks: DTok[][] }>();

/** diffTokens() of a one-unit group's text (what wordDiff would compute), or undefined for longer groups. */
function groupTokens(p: Prepared, units: number[], lang: string): DTok[] | undefined {
  if (units.length !== 1) return undefined;
  let cache = UNIT_TOKENS.get(p);
  if (!cache) UNIT_TOKENS.set(p, (cache = { lang, toks: [] }));
  if (cache.lang !== lang) return undefined; // the copy's language tokenises both sides
  return (cache.toks[units[0]] ??= diffTokens(p.units[units[0]].text, lang));
}

export function pairDiffs(copy: Prepared, known: Prepared, al: Alignment): PairDiff[] {
  return al.groups.map((group) => {
    const copyText = group.a.map((i) => copy.units[i].text).join(' ');
    const knownText = group.b.map((i) => known.units[i].text).join(' ');
    const toks = { copy: groupTokens(copy, group.a, copy.lang), known: groupTokens(known, group.b, copy.lang) };
    const { hunks } = wordDiff(copyText, knownText, copy.lang, toks);
    const kinds = hunkKinds(hunks);
    return { group, hunks, kinds, changes: wordChanges(hunks, kinds), copyText, knownText };
  });
}

const headingRewritten = (p: PairDiff) => p.changes.some((c) => !isStyle(c.kind) || c.kind === 'name-form');

/** Differences for aligned pairs. `inQuote` tells whether a copy text span lies inside a quote. */
export function pairDifferences(pairs: PairDiff[], copy: Prepared, known: Prepared, quoted: (text: string) => boolean): Difference[] {
  const out: Difference[] = [];
  for (const p of pairs) {
    const cu = copy.units[p.group.a[0]];
    const ku = known.units[p.group.b[0]];
    if (cu.heading) {
      // A sub-heading rewritten is style (expected.json); word-level style changes in a kept heading are grouped elsewhere.
      if (headingRewritten(p))
        out.push({ kind: 'heading-changed', significance: 'style', copy: p.copyText, known: p.knownText, copyBlock: cu.block, knownBlock: ku.block });
      continue;
    }
    const substantive = p.changes.filter((c) => !isStyle(c.kind) && !(quoted(c.copy) && quoted(c.known)));
    if (!substantive.length) continue;
    const credit = substantive.find((c) => c.kind === 'attribution-removed' || c.kind === 'attribution-added');
    if (credit && substantive.every((c) => c.kind === credit.kind)) {
      const who = (credit.copy || credit.known).replace(/[()]/g, '');
      out.push({
        kind: credit.kind,
        significance: 'substantive',
        copy: p.copyText,
        known: p.knownText,
        notes: [msg(credit.kind === 'attribution-removed' ? 'note_datelineCreditDropped' : 'note_creditAdded', who)],
        changes: p.changes,
        copyBlock: cu.block,
        knownBlock: ku.block,
      });
      continue;
    }
    const close =
      lcsDice(
        p.group.a.flatMap((i) => copy.units[i].keys),
        p.group.b.flatMap((i) => known.units[i].keys),
        p.hunks,
      ) >= CLOSE_EDIT_MIN;
    const notes = close ? claimNotes(substantive) : [];
    // The word changes that carry a claim marker are named so, the rest stay "reworded".
    const changes = notes.length
      ? p.changes.map((c) => (!isStyle(c.kind) && claimNotes([c]).length ? { ...c, kind: 'claim-changed' as const } : c))
      : p.changes;
    out.push({
      kind: notes.length ? 'claim-changed' : 'reworded',
      significance: 'substantive',
      copy: p.copyText,
      known: p.knownText,
      ...(notes.length ? { notes } : {}),
      changes,
      copyBlock: cu.block,
      knownBlock: ku.block,
    });
  }
  return out;
}

/** Style word changes grouped by kind and wording, with counts. */
export function styleDifferences(pairs: PairDiff[], copy: Prepared, known: Prepared): Difference[] {
  const groups = new Map<string, Difference>();
  for (const p of pairs) {
    if (copy.units[p.group.a[0]].heading && headingRewritten(p)) continue;
    for (const c of p.changes) {
      if (!isStyle(c.kind)) continue;
      const key = `${c.kind}|${c.copy}|${c.known}`;
      const d = groups.get(key);
      if (d) d.count = (d.count ?? 1) + 1;
      else groups.set(key, { kind: c.kind, significance: 'style', copy: c.copy, known: c.known, count: 1 });
    }
  }
  const typo = (p: Prepared) => p.article.blocks.reduce((n, b) => n + (b.text.match(/[\u2018\u2019\u201C\u201D\u2013\u2014\u2026]/g)?.length ?? 0), 0);
  const tc = typo(copy);
  const tk = typo(known);
  const out = [...groups.values()];
  if (tc !== tk)
    out.unshift({
      kind: 'typography',
      significance: 'style',
      count: Math.abs(tc - tk),
      notes: [msg(tc > tk ? 'note_curlyInCopy' : 'note_curlyInOriginal')],
    });
  return out;
}

/** Side-by-side rows, in the copy's order, with known-only blocks placed after their predecessor. */
export function buildRows(pairs: PairDiff[], copy: Prepared, known: Prepared, al: Alignment): AlignedRow[] {
  // Appended in place (push), never by spread: 40,006 pasted lines took 12.8 s (issue 14).
  const byCopyBlock = new Map<number, PairDiff[]>();
  for (const p of pairs) pushTo(byCopyBlock, copy.units[p.group.a[0]].block, p);
  const pairOfUnit = new Map<number, PairDiff>();
  for (const p of pairs) if (!pairOfUnit.has(p.group.a[0])) pairOfUnit.set(p.group.a[0], p);
  const knownUsed = new Set<number>();
  for (const p of pairs) for (const i of p.group.b) knownUsed.add(known.units[i].block);
  const rows: AlignedRow[] = [];
  const copyOnlyUnits = new Set(al.aOnly);
  const unitsOfBlock = new Map<number, typeof copy.units>();
  for (const u of copy.units) pushTo(unitsOfBlock, u.block, u);
  copy.article.blocks.forEach((b, ci) => {
    const ps = byCopyBlock.get(ci) ?? [];
    if (!ps.length) {
      rows.push({ copyBlock: ci, relation: 'copy-only', spans: [{ text: b.text, op: 'insert' }] });
      return;
    }
    const spans: DiffSpan[] = [];
    for (const u of unitsOfBlock.get(ci) ?? []) {
      const p = pairOfUnit.get(u.i);
      const add = p ? hunkSpans(p.hunks, p.kinds) : copyOnlyUnits.has(u.i) ? [{ text: u.text, op: 'insert', significance: 'substantive' } as DiffSpan] : [];
      if (spans.length && add[0]) add[0] = { ...add[0], text: ` ${add[0].text}` };
      for (const span of add) spans.push(span);
    }
    const kb = known.units[ps[0].group.b[0]].block;
    const changed = ps.some((p) => p.changes.length) || spans.some((s) => s.op !== 'equal');
    rows.push({ copyBlock: ci, knownBlock: kb, relation: ps.some((p) => p.group.moved) ? 'moved' : changed ? 'changed' : 'same', spans });
  });
  // Known-only blocks, each after the row of the nearest known block before it (one pass:
  // rows are bucketed by the row they follow, then flattened).
  const rowOfKnown = new Map<number, number>();
  rows.forEach((row, r) => {
    if (row.knownBlock !== undefined && !rowOfKnown.has(row.knownBlock)) rowOfKnown.set(row.knownBlock, r);
  });
  const after = new Map<number, AlignedRow[]>(); // row index (-1 = before all) → known-only rows
  let lastRow = -1;
  known.article.blocks.forEach((b, ki) => {
    const r = rowOfKnown.get(ki);
    if (knownUsed.has(ki)) {
      if (r !== undefined) lastRow = r;
      return;
    }
    pushTo(after, lastRow, { knownBlock: ki, relation: 'known-only', spans: [{ text: b.text, op: 'delete' }] });
  });
  const out: AlignedRow[] = [...(after.get(-1) ?? [])];
  rows.forEach((row, r) => {
    out.push(row);
    for (const k of after.get(r) ?? []) out.push(k);
  });
  return out;
}

/** Appends to the list under `key`, creating it. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Inline spans of one unit pair: style changes (case, spelling, number style…) marked as such. */
function hunkSpans(hunks: Hunk[], kinds: (DifferenceKind | undefined)[]): DiffSpan[] {
  // Each span keeps the white space that preceded its first token, so joined spans read as text.
  const text = (toks: Hunk['copy']) => toks.map((t) => t.pre + t.text).join('');
  const out: DiffSpan[] = [];
  const push = (span: DiffSpan) => {
    const last = out[out.length - 1];
    if (last && last.op === span.op && last.significance === span.significance) last.text += span.text;
    else out.push(span);
  };
  hunks.forEach((h, i) => {
    if (h.op === 'equal') {
      h.copy.forEach((t, j) => {
        const k = h.known[j];
        if (t.text === k.text) {
          push({ text: t.pre + t.text, op: 'equal' });
          return;
        }
        push({ text: k.pre + k.text, op: 'delete', significance: 'style' });
        push({ text: t.pre + t.text, op: 'insert', significance: 'style' });
      });
      return;
    }
    const significance = isStyle(kinds[i] ?? 'reworded') ? 'style' : 'substantive';
    if (h.known.length) push({ text: text(h.known), op: 'delete', significance });
    if (h.copy.length) push({ text: text(h.copy), op: 'insert', significance });
  });
  if (out[0]) out[0].text = out[0].text.replace(/^\s+/, '');
  return out;
}
