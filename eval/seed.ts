// The seed pair (test-fixtures/seed-pair): every fact a careful reader lists in
// expected.json, checked against the report for the Bulletin page compared with CBC's.
// The pages are read by the same extraction the extension uses, then compared by the
// engine; each fact is listed as found or missed with what the report said instead.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compare } from '../src/core/compare';
import { foldForMatch } from '../src/core/text/normalise';
import type { Article, Difference, Report } from '../src/core/types';
import { extractArticle } from '../src/extract/extract';
import { parseHtml } from '../src/extract/node-dom';

interface Expected {
  copy: string;
  known_version: string;
  shared_text_share_min: number;
  bulletin_style_signals: string[];
  not_article_text: string[];
  quotes: { text: string; speaker: string; status: string; known_version_text?: string }[];
  substantive_differences: { kind: string; copy?: string; known?: string }[];
  style_differences: { kind: string; copy?: string; known?: string }[];
}

export interface SeedResult {
  found: number;
  missed: number;
  facts: { fact: string; found: boolean; detail?: string }[];
}

/** Folded, punctuation-free form for "does this wording appear there". */
const key = (s: string | undefined) =>
  foldForMatch(s ?? '')
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim();
const contains = (hay: string | undefined, needle: string | undefined) => !needle || key(hay).includes(key(needle));

const SUBSTANTIVE_KIND: Record<string, Difference['kind'][]> = {
  'headline changed': ['headline-changed'],
  removed: ['passage-removed'],
  reworded: ['reworded', 'claim-changed'],
  'claim changed': ['claim-changed'],
  'quote altered': ['quote-altered'],
  'attribution removed': ['attribution-removed'],
  'added boilerplate': ['boilerplate-added'],
};

const STYLE_KIND: Record<string, string[]> = {
  typography: ['typography'],
  'spelling variant': ['spelling-variant'],
  'name transliteration': ['transliteration', 'name-form'],
  capitalisation: ['capitalisation'],
  'heading changed': ['heading-changed'],
  punctuation: ['punctuation'],
};

// expected.json describes the signals in prose; these are the names the report uses.
const SIGNAL_NAMES: [RegExp, string][] = [
  [/engagement/i, 'engagement-boilerplate'],
  [/self-promotion/i, 'self-promotion'],
  [/no byline/i, 'no-byline-or-credit'],
  [/dateline/i, 'bare-wire-dateline'],
  [/comment form/i, 'blog-comment-form'],
  [/platform markup/i, 'blog-platform-markup'],
];

/** Speaker names agree when every capitalised word of the shorter is in the longer. */
function sameSpeaker(expected: string, got: string | undefined): boolean {
  const e = expected.replace(/\(.*?\)/g, '').trim();
  if (!got) return false;
  return key(got).includes(key(e)) || key(e).includes(key(got));
}

function load(dir: string, name: string, host: string): Article {
  const html = readFileSync(join(dir, name), 'utf8');
  const a = extractArticle(parseHtml(html), `https://${host}/${name}`, { parse: parseHtml });
  if (!a) throw new Error(`no article extracted from ${name}`);
  return a;
}

export function checkSeed(dir: string): SeedResult & { report: Report } {
  const exp = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
  const copy = load(dir, exp.copy, 'bigtownbulletin.test');
  const known = load(dir, exp.known_version, 'cbc.test');
  const report = compare(copy, known);
  const facts: SeedResult['facts'] = [];
  const fact = (name: string, found: boolean, detail?: string) => facts.push({ fact: name, found, ...(found || !detail ? {} : { detail }) });

  fact('same story, verdict uncredited-copy', report.verdict === 'uncredited-copy', `verdict ${report.verdict}`);
  fact(
    "CBC's version named as the source",
    /cbc/i.test(report.source.outlet) && report.pageRole === 'copy',
    `source ${report.source.outlet}, page is ${report.pageRole}`,
  );
  fact(`shared text ≥ ${exp.shared_text_share_min}`, report.reusedShare >= exp.shared_text_share_min, `reusedShare ${report.reusedShare}`);

  const body = copy.blocks.map((b) => b.text);
  for (const chrome of exp.not_article_text) {
    const leaked = body.filter((t) => t.includes(chrome) && !/^For more/i.test(t));
    fact(`page chrome "${chrome}" kept out of the article text`, leaked.length === 0, leaked[0]);
  }

  for (const q of exp.quotes) {
    const hits = report.quotes.filter((r) => key(r.text) === key(q.text) || (key(q.text).length > 12 && key(r.text).includes(key(q.text))));
    const ok = hits.some((r) => r.status === q.status && sameSpeaker(q.speaker, r.speaker));
    const said = hits.map((r) => `${r.status} / ${r.speaker ?? 'no speaker'}`).join('; ') || 'not listed';
    fact(`quote "${q.text.slice(0, 50)}" — ${q.speaker}, ${q.status}`, ok, said);
  }

  const substantive = report.differences.filter((d) => d.significance === 'substantive');
  for (const d of exp.substantive_differences) {
    const kinds = SUBSTANTIVE_KIND[d.kind] ?? [];
    const ok = substantive.some((r) => kinds.includes(r.kind) && contains(r.copy, d.copy) && contains(r.known, d.known));
    const near = substantive.find((r) => contains(r.copy, d.copy) && contains(r.known, d.known));
    fact(`substantive: ${d.kind} "${(d.copy ?? d.known ?? '').slice(0, 50)}"`, ok, near ? `reported as ${near.kind}` : 'not reported');
  }

  for (const d of exp.style_differences) {
    const kinds = STYLE_KIND[d.kind] ?? [];
    const style = report.differences.filter((r) => r.significance === 'style' && kinds.includes(r.kind));
    const has = (c: string, k: string) => style.some((r) => contains(r.copy, c) && contains(r.known, k));
    // A multi-word change ("Foreign Minister" → "foreign minister") may be reported word by word.
    const cw = (d.copy ?? '').split(/\s+/);
    const kw = (d.known ?? '').split(/\s+/);
    const present = d.copy
      ? has(d.copy, d.known ?? '') || (cw.length > 1 && cw.length === kw.length && cw.every((w, i) => w === kw[i] || has(w, kw[i])))
      : style.length > 0;
    // No substantive difference may carry this change as a substantive word change.
    const promoted = substantive.some(
      (r) =>
        (d.copy && r.kind !== 'quote-altered' && key(r.copy) === key(d.copy) && key(r.known) === key(d.known)) ||
        (r.changes ?? []).some((c) => d.copy && key(c.copy) === key(d.copy) && key(c.known) === key(d.known) && !kinds.includes(c.kind)),
    );
    fact(
      `style only: ${d.kind}${d.copy ? ` "${d.known}" → "${d.copy}"` : ''}`,
      present && !promoted,
      promoted ? 'marked substantive' : 'not reported as style',
    );
  }

  const names = new Set(report.signals.map((s) => s.name));
  for (const s of exp.bulletin_style_signals) {
    const name = SIGNAL_NAMES.find(([re]) => re.test(s))?.[1];
    const sig = report.signals.find((x) => x.name === name);
    // An absence (no byline or credit) has no page text to show; every other signal quotes the page.
    const quoted = !!sig && (name === 'no-byline-or-credit' || !!sig.evidence.trim());
    fact(`signal ${name ?? s}`, quoted, `signals: ${[...names].join(', ')}`);
  }

  const found = facts.filter((f) => f.found).length;
  return { found, missed: facts.length - found, facts, report };
}
