// Who said each quote. Rules, first match wins:
//  1. after the quote: `"…," said X` / `"…," X said` (any speech verb, titles allowed: "Gov. Kasich replied");
//  2. before it in the same sentence: the subject of the nearest speech verb
//     (`X said: "…"`, `Hegseth called it an "excellent" meeting`, `…, saying "…"`, `Said X, "…"`);
//  3. later in the same sentence: `… "durable peace" …, Parnell said.`;
//  4. continuation: a quote right after another in its paragraph, or opening a paragraph
//     after a quote or after "X says:", keeps that speaker;
//  5. the subject of the sentence holding the quote (`Moore thanked him for "…"`).
// Pronouns resolve to the last person who was a sentence subject; a surname alone expands
// to the full name the text introduced ("Macron" → "Emmanuel Macron").
import { NON_PERSON, isPersonName, nameFromPhrase, nameRegistry } from './names';
import { SPEECH_VERBS, isParticiple } from './speech-verbs';

// A name phrase may hold abbreviations with periods: "Gov. Kasich", "U.S. Sen. Ted Cruz".
const WHO = `(?:[^.;:"“”!?\\n]|(?<=\\b(?:\\p{Lu}|Gov|Sen|Sens|Rep|Reps|Dr|Mr|Mrs|Ms|Lt|Gen|Col|Sgt|Capt|St|Jr|Sr|Rev|Prof|Jan|Feb|Aug|Sept|Oct|Nov|Dec|Ariz|Calif|Fla|Ill|Mass|Mich|Tenn|Tex|Va|Wash|Wis|N\\.Y|N\\.H|D\\.C|S\\.C|N\\.C))\\.)`;
const VERB_RE = new RegExp(`\\b(${SPEECH_VERBS})\\b`, 'giu');
const AFTER_WHO_VERB = new RegExp(`^(?<who>${WHO}{1,100}?)\\s+(?:has |had |also |later |then |simply |quickly |flatly |angrily |pointedly |once |again )?(?<verb>${SPEECH_VERBS})\\b`, 'iu');
const AFTER_VERB_WHO = new RegExp(`^(?:${SPEECH_VERBS})\\s+(?<who>${WHO}{1,100}?)(?=[,.;:!?]|$|\\s+(?:on|in|at|while|after|before|during|when|as|to|from|who|of|about)\\b)`, 'iu');
const LATER_IN_SENTENCE = new RegExp(`,\\s*(?<who>${WHO}{1,80}?)\\s+(?:${SPEECH_VERBS})\\b[^"“”]*$`, 'iu');
// Where a sentence's subject ends: its first verb-like word.
const SUBJECT_END = /\s(?:\p{Ll}+ed|said|says|told|spoke|met|is|was|are|were|has|had|have|will|would|wants|took|made|gave|went|came|saw|sent|led|thinks|believes|knows|sees)\b/u;

function paragraphStart(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

/** Start of the sentence holding `pos` (a period after a lower-case letter or digit ends one). */
function sentenceStart(text: string, from: number, pos: number): number {
  const chunk = text.slice(from, pos);
  let start = 0;
  for (const m of chunk.matchAll(/[\p{Ll}\d)][.!?]["”’]?\s+(?=["“\p{Lu}])/gu)) start = (m.index ?? 0) + m[0].length;
  return from + start;
}

const DETERMINER = /\b(a|an|the|his|her|its|their|our|my|your|this|that|these|those|whose|no|any|every|each)\s+$/i;

/** Speech verbs in a clause, leaving out nouns: "a post", "his remarks", "reiterated charges". */
function speechVerbs(clause: string): RegExpMatchArray[] {
  const all = [...clause.matchAll(VERB_RE)];
  return all.filter((m, i) => {
    const lead = clause.slice(0, m.index);
    if (DETERMINER.test(lead)) return false;
    const prev = all[i - 1];
    return !(prev && (prev.index ?? 0) + prev[0].length + 1 >= (m.index ?? 0));
  });
}

/** The subject of a speech verb found at `vIndex` in `before` (a clause ending at the quote). */
function subjectOfVerb(before: string, verbs: RegExpMatchArray[], v: RegExpMatchArray, reg: Map<string, string>): string | undefined {
  const vi = v.index ?? 0;
  // Inverted: `Said Dorothy Poynter, who grew up with Ali, "…"`.
  if (before.slice(0, vi).trim() === '') return nameFromPhrase(before.slice(vi + v[0].length).replace(/^[\s,]+|[\s,:]+$/g, ''), reg);
  let subj = before.slice(0, vi);
  // "X called it …, saying "…"": a participle's subject is the clause's subject.
  if (isParticiple(v[1]) && verbs[0] !== v && (verbs[0].index ?? 0) > 0) subj = before.slice(0, verbs[0].index);
  // "X posted a photo … and wrote:" — the subject of the first verb in the chain.
  const chain = /^(.*?)\s+\p{Ll}+ed\b.*\band\s*$/u.exec(subj.trim());
  if (chain) subj = chain[1];
  // "He also reiterated charges that Witkoff was": the speaker is the main clause's subject.
  subj = subj.replace(/\s+(that|who|which)\s*$/i, '').replace(/,\s*$/, '');
  return nameFromPhrase(subj, reg);
}

export function attributeSpeakers(text: string, spans: { start: number; end: number }[]): (string | undefined)[] {
  const reg = nameRegistry(text);
  const out: (string | undefined)[] = [];
  let lastSubject: string | undefined;
  let cursor = 0;
  const subjectsUpTo = (pos: number) => {
    for (const sent of text.slice(cursor, pos).split(/(?<=[\p{Ll}\d)][.!?]["”’]?)\s+|\n+/u)) {
      const v = SUBJECT_END.exec(sent);
      if (!v) continue;
      const n = nameFromPhrase(sent.slice(0, v.index), reg);
      // One capitalised word is a person when the text says so: a full name, or it speaks ("Zelenskiy told").
      const speaks = /^\s(said|says|told)$/.test(v[0]);
      if (n && !n.startsWith('pronoun:') && (isPersonName(n, reg) || (speaks && /^\p{Lu}[\p{L}'’-]+$/u.test(n) && !NON_PERSON.has(n.toLowerCase())))) lastSubject = n;
    }
    cursor = Math.max(cursor, pos);
  };
  const resolve = (who: string | undefined) => {
    if (!who?.startsWith('pronoun:')) return who;
    return ['pronoun:he', 'pronoun:she', 'pronoun:him', 'pronoun:her'].includes(who) ? lastSubject : undefined;
  };
  spans.forEach((s, qi) => {
    const openAt = Math.max(0, s.start - 1);
    subjectsUpTo(openAt);
    const pStart = paragraphStart(text, openAt);
    const sStart = sentenceStart(text, pStart, openAt);
    const nl = text.indexOf('\n', s.end);
    const pEnd = nl < 0 ? text.length : nl;
    const after = text.slice(s.end, pEnd).replace(/^[\s,.;:!?]*["”»]\s*,?\s*/, '');
    const before = text.slice(sStart, openAt);
    const prev = spans[qi - 1];
    let who: string | undefined;
    // 1. "…," said X / "…," X said — when the quote closes its clause; otherwise only a short
    //    subject right after it ("…" the Post's editor responded).
    const closesClause = /[,.!?]$/.test(text.slice(s.start, s.end + 1)) || /^["”»]?[,.!?]/.test(text.slice(s.end).replace(/^["”»]/, ''));
    const m1 = AFTER_VERB_WHO.exec(after) ?? AFTER_WHO_VERB.exec(after);
    const short = (w: string) => !w.includes(',') && w.trim().split(/\s+/).length <= 6 && /^(\p{Lu}|(he|she|they|the|a|an)\b)/u.test(w.trim());
    if (m1?.groups?.who && !/["“”]/.test(m1.groups.who) && (closesClause || short(m1.groups.who))) who = nameFromPhrase(m1.groups.who, reg);
    // 2. The subject of the nearest speech verb before the quote in the same sentence.
    if (!who) {
      const verbs = speechVerbs(before);
      const v = verbs[verbs.length - 1];
      if (v && /^according$/i.test(v[1])) {
        const m = /according to\s+(?<who>[^,.;"“]+)/i.exec(before.slice(v.index));
        if (m?.groups) who = nameFromPhrase(m.groups.who, reg);
      } else if (v) who = subjectOfVerb(before, verbs, v, reg);
    }
    // 3. ", X said." later in the same sentence.
    if (!who) {
      const m = LATER_IN_SENTENCE.exec(after.split(/(?<=[.!?])\s/)[0] ?? '');
      if (m?.groups?.who) who = nameFromPhrase(m.groups.who, reg);
    }
    // 4. Continuation of the previous quote, or of "X says:" ending the previous paragraph.
    if (!who && prev && qi > 0) {
      const gap = text.slice(prev.end, openAt);
      const samePara = !gap.includes('\n');
      const opensPara = text.slice(pStart, openAt).trim() === '';
      if ((samePara && gap.length < 160) || (opensPara && /["”»]\s*$/.test(text.slice(prev.end, pStart).trim() + ' ') === false && /^[\s,.;:!?]*["”»]?[^\n]*\n\s*$/.test(gap))) who = out[qi - 1];
    }
    if (!who && text.slice(pStart, openAt).trim() === '') {
      const prevPara = text.slice(paragraphStart(text, Math.max(0, pStart - 1)), pStart).trim();
      if (/:$/.test(prevPara)) {
        const sentence = prevPara.slice(sentenceStart(prevPara, 0, prevPara.length));
        const verbs = speechVerbs(sentence);
        if (verbs.length) who = subjectOfVerb(sentence, verbs, verbs[verbs.length - 1], reg);
      }
    }
    // 5. The subject of the sentence holding the quote.
    if (!who && before.trim()) {
      const v = SUBJECT_END.exec(before);
      if (v) {
        const n = nameFromPhrase(before.slice(0, v.index), reg);
        if (n && (n.startsWith('pronoun:') || /^\p{Lu}/u.test(n))) who = n;
      }
    }
    // "The post stated:", "a statement said": the text speaks for the last person named.
    if (who && /^(the|a|an|his|her|their) (post|statement|tweet|message|letter|release|note|email|video)\b/i.test(who)) who = lastSubject;
    const resolved = resolve(who);
    if (resolved && isPersonName(resolved, reg)) lastSubject = resolved;
    out.push(resolved);
  });
  return out;
}
