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
import { NAME_TOKEN, NON_PERSON, isPersonName, nameFromPhrase, nameRegistry } from './names';
import { isParticiple, speechVerbMatches, type VerbMatch } from './speech-verbs';

// A name phrase may hold abbreviations with periods: "Gov. Kasich", "U.S. Sen. Ted Cruz".
const WHO = `(?:[^.;:"“”!?\\n]|(?<=\\b(?:\\p{Lu}\\p{Ll}{0,3}|Gov|Sen|Sens|Rep|Reps|Dr|Mr|Mrs|Ms|Lt|Gen|Col|Sgt|Capt|St|Jr|Sr|Rev|Prof|Jan|Feb|Aug|Sept|Oct|Nov|Dec|Ariz|Calif|Fla|Ill|Mass|Mich|Tenn|Tex|Va|Wash|Wis|N\\.Y|N\\.H|D\\.C|S\\.C|N\\.C))\\.)`;
// Where a name phrase after the verb ends: a comma or clause mark, a period that does not close
// an initial or a title ("said Sen. Ben Sasse, R-Neb." is Ben Sasse, not "Sen"), the end, or a
// preposition that starts what follows the name.
const WHO_END = `(?=[,;:!?]|\\.(?<!\\b(?:\\p{Lu}|Gov|Sen|Sens|Rep|Reps|Dr|Mr|Mrs|Ms|Lt|Gen|Col|Sgt|Capt|Maj|Adm|Cmdr|Rev|Prof|Atty|Amb|Sec|Supt|St)\\.)|$|\\s+(?:on|in|at|while|after|before|during|when|as|from|who|about)\\b|\\s+to\\s+(?!the\\s+\\p{Lu})\\p{Ll})`;
// `"…," said X` — not participles or "told" ("…," telling reporters: the addressee).
const AFTER_VERB_WHO = new RegExp(
  `^(?:[Ss]aid|[Ss]ays|[Aa]dded|[Aa]sked|[Ww]rote|[Ee]xplained|[Rr]eplied|[Rr]esponded|[Nn]oted|[Cc]ontinued|[Dd]eclared|[Aa]nnounced|[Ww]arned|[Ii]nsisted|[Aa]rgued|[Rr]ecalled|[Aa]cknowledged|[Cc]onceded|[Aa]dmitted|[Cc]laimed|[Cc]omplained|[Qq]uipped|[Jj]oked|[Tt]weeted|[Ss]tated|[Rr]emarked|[Cc]ountered|[Ss]uggested|[Aa]dds|[Ss]ay)\\s+(?<who>${WHO}{1,100}?)${WHO_END}`,
  'u',
);
const LATER_VERB_WHO = new RegExp(`,\\s*(?:said|says|added|wrote|explained|noted|argued|asked)\\s+(?<who>${WHO}{1,100}?)${WHO_END}`, 'u');
const WHO_AFTER = new RegExp(`^\\s+(?<who>${WHO}{1,100}?)${WHO_END}`, 'u');
const WHO_ONLY = new RegExp(`^${WHO}{1,100}$`, 'u');
const WHO_TRAILING = /\s+(?:has|had|also|later|then|simply|quickly|flatly|angrily|pointedly|once|again)$/;

// After `“….” X said`, what may follow the verb when the quote closed its own sentence: the
// clause ends within a few words ("Trump told reporters last week.") or goes on with a time or
// place ("said in a statement"). "He said Clinton would not go far enough" is a new sentence.
const ATTRIBUTION_TAIL =
  /^(?:\s*(?:[,.;:!?]|$)|\s+(?:\S+\s+){0,3}?\S+[,.;:!?](?:\s|$)|\s+(?:on|in|at|to|during|after|before|while|when|as|from|about|last|this|earlier|later|yesterday|today|tonight|recently|via)\b)/;

/**
 * `X said` at the start of `after`: the text before the first speech verb, when it can be a
 * name phrase; or `barked X` when a speech verb opens it. `quoteEnds`: the quote closed its own
 * sentence, so a verb that goes on to quote again starts the next attribution, not this one
 * ("“…unhinged.” Sen. Marco Rubio called the statement “offensive.”").
 */
function whoBeforeVerb(after: string, quoteEnds: boolean): string | undefined {
  const v = speechVerbMatches(after.slice(0, 240), 1)[0];
  if (!v) return undefined;
  if (v.index === 0) {
    if (isParticiple(v.verb) || /^(told|tells?|according)$/i.test(v.verb)) return undefined;
    return WHO_AFTER.exec(after.slice(v.verb.length, v.verb.length + 160))?.groups?.who;
  }
  const tail = after.slice(v.index + v.verb.length);
  if (quoteEnds && (/^[^.!?]*["“]/.test(tail) || !ATTRIBUTION_TAIL.test(tail))) return undefined;
  // ("Braynard is quoted as saying": the subject of the passive.)
  const who = after
    .slice(0, v.index)
    .replace(/\s+$/, '')
    .replace(/\s+(?:is|was|were|are)\s+quoted\s+as$/, '')
    .replace(WHO_TRAILING, '');
  if (who && WHO_ONLY.test(who)) return who;
  // "“…,” Trump, the 2016 GOP front-runner … after winning the New Hampshire primaries, said":
  // an apposition too long to read whole; the subject is what stands before its first comma.
  const head = /^([^,]{1,60}),.*,$/s.exec(who)?.[1];
  return head && WHO_ONLY.test(head) ? head : undefined;
}

/** `…, X said.` later in the sentence (no quote after it). */
function whoLaterInSentence(rest: string): string | undefined {
  // Only a verb with no quote mark after it counts, and its subject holds none either: read
  // from the last quote mark on.
  const from = Math.max(rest.lastIndexOf('"'), rest.lastIndexOf('“'), rest.lastIndexOf('”')) + 1;
  for (const v of speechVerbMatches(rest.slice(from))) {
    v.index += from;
    const comma = rest.lastIndexOf(',', v.index);
    if (comma < from) continue;
    const who = rest.slice(comma + 1, v.index).trim();
    if (who && who.length <= 80 && WHO_ONLY.test(who)) return who;
  }
  return undefined;
}

// Where a sentence's subject ends: its first verb-like word.
const SUBJECT_END =
  /\s(?:\p{Ll}+ed|said|says|told|tells|spoke|met|is|was|are|were|has|had|have|will|would|wants|took|made|gave|went|came|saw|sent|led|thinks|believes|knows|sees|appears|makes|takes|gets|does|did|can|could|may|might|must|should|shot|put|puts|writes|wrote|calls|argues|notes|adds|explains|insists|claims|warns)\b/u;

// How far attribution reads around a quote: the sentence before it, the clause after it and
// the paragraph before a quote that opens one. A real attribution sits well within this; the
// rest of a paragraph is the page's to make as long as it likes (issue 14: one 49,000-character
// paragraph of quotes took 43 s when every quote read all of it).
export const REACH = 400;

/** Where each paragraph (line) starts, found once: `paragraphStart(pos)` is a binary search, not a scan back. */
function paragraphStarts(text: string): (pos: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (pos) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return starts[lo];
  };
}

// Abbreviations before a name, as the word before a period ("Lt. Gov. Dan Patrick", "Sen. Ted Cruz").
const ABBREVIATION =
  /(?:^|[^\p{L}])(?:Lt|Gov|Sen|Sens|Rep|Reps|Dr|Mr|Mrs|Ms|Gen|Col|Sgt|Capt|Maj|Adm|Cmdr|Rev|Prof|Atty|Amb|Supt|Sec|St|Jr|Sr|No|vs|Jan|Feb|Aug|Sept|Oct|Nov|Dec)$/u;

// One sentence break, `[\p{Ll}\d)][.!?]["”’]?\s+(?=["“\p{Lu}])`, read one character at a time.
const BREAK_BEFORE = /^[\p{Ll}\d)]$/u;
const BREAK_AFTER = /^["“\p{Lu}]$/u;
const SPACE = /\s/;
const CLOSE_QUOTES = '"”’';

/** The code point that ends just before `end`, read no further back than `lo`. */
function charBefore(text: string, end: number, lo: number): string {
  const low = text.charCodeAt(end - 1);
  return low >= 0xdc00 && low <= 0xdfff && end - 2 >= lo ? text.slice(end - 2, end) : text.charAt(end - 1);
}

/** The code point at `at`, read no further than `hi` (exclusive). */
function charAt(text: string, at: number, hi: number): string {
  const high = text.charCodeAt(at);
  return high >= 0xd800 && high <= 0xdbff && at + 2 <= hi ? text.slice(at, at + 2) : text.charAt(at);
}

/**
 * Start of the sentence holding `pos` (a period after a lower-case letter or digit ends one), read at most REACH back.
 * The last break before `pos` is found reading backwards from it, so a quote costs the length of its own sentence,
 * not REACH (issue 14: a paragraph of 1,000 short quoted sentences re-read 400 characters a quote).
 */
export function sentenceStart(text: string, from: number, pos: number): number {
  let lo = Math.max(from, pos - REACH);
  // A window cut mid-word starts at the next word.
  if (lo > from) {
    const sp = text.slice(lo, pos).search(/\s/);
    lo = sp < 0 ? pos : lo + sp + 1;
  }
  // The quote mark at `pos` is read too: the break before it needs it to look ahead at.
  const hi = Math.min(pos + 1, text.length);
  for (let j = hi - 1; j > lo; j--) {
    const mark = text[j];
    if (mark !== '.' && mark !== '!' && mark !== '?') continue;
    if (!BREAK_BEFORE.test(charBefore(text, j, lo))) continue;
    let k = j + 1;
    if (k < hi && CLOSE_QUOTES.includes(text[k]) && k + 1 < hi && SPACE.test(text[k + 1])) k++;
    let w = k;
    while (w < hi && SPACE.test(text[w])) w++;
    if (w === k || w >= hi || !BREAK_AFTER.test(charAt(text, w, hi))) continue;
    // "Texas Lt. Gov. Dan Patrick says": a title's period ends no sentence.
    if (mark === '.' && ABBREVIATION.test(text.slice(Math.max(lo, j - 6), j))) continue;
    return Math.min(pos, w);
  }
  return Math.min(pos, lo);
}

const DETERMINERS = new Set('a an the his her its their our my your this that these those whose no any every each'.split(' '));

/** The word that ends just before `pos` (spaces between), read backwards: no regex over the text before it. */
function wordBefore(text: string, pos: number): string {
  let e = pos;
  while (e > 0 && /\s/.test(text[e - 1])) e--;
  if (e === pos) return ''; // the verb is glued to what precedes it
  let b = e;
  while (b > 0 && e - b <= 12 && /[A-Za-z]/.test(text[b - 1])) b--;
  return b > 0 && /[\p{L}\p{N}_]/u.test(text[b - 1]) ? '' : text.slice(b, e);
}

/** Speech verbs in a clause, leaving out nouns: "a post", "his remarks", "reiterated charges". */
function speechVerbs(clause: string): VerbMatch[] {
  const all = speechVerbMatches(clause);
  return all.filter((m, i) => {
    if (DETERMINERS.has(wordBefore(clause, m.index).toLowerCase())) return false;
    const prev = all[i - 1];
    return !(prev && prev.index + prev.verb.length + 1 >= m.index);
  });
}

/** The subject of the sentence: the phrase before its first verb-like word. */
function sentenceSubject(sentence: string, reg: Map<string, string>): string | undefined {
  const v = SUBJECT_END.exec(sentence);
  if (!v) return undefined;
  const n = nameFromPhrase(sentence.slice(0, v.index), reg);
  // A description counts when it names something: "the Wisconsin Republican", "the Florida senator".
  return n && (n.startsWith('pronoun:') || /^\p{Lu}/u.test(n) || /^(the|a|an) .*\p{Lu}/u.test(n)) ? n : undefined;
}

/**
 * A speaker given as a label before a colon, with no verb: "Rep. Trey Gowdy (R-S.C.): "…"",
 * "… - Philip Bump: "…"" (transcripts, digests). Only a phrase of capitalised words counts,
 * so "The question: "…"" names nobody.
 */
function labelSpeaker(before: string, reg: Map<string, string>): string | undefined {
  const m = /(?:^|[-–—]\s|\n)\s*([^:;"“”\n–—]{2,80}):\s*$/u.exec(before.slice(-120));
  if (!m || CLAUSE_VERB.test(` ${m[1]}`)) return undefined;
  const n = nameFromPhrase(m[1], reg);
  return n?.split(' ').every((t) => NAME_TOKEN.test(t)) ? n : undefined;
}
// A finite verb in a label makes it a clause ("Here's Clinton", "Trump wrote").
const CLAUSE_VERB = /\s(?:is|was|are|were|has|had|have|will|would|can|could|says|said|wrote|writes|\p{Ll}+ed)\b|['’]s\s/u;

/** The subject of speech verb `v` found in `before` (the sentence up to the quote). */
function subjectOfVerb(before: string, verbs: VerbMatch[], v: VerbMatch, reg: Map<string, string>): string | undefined {
  const vi = v.index;
  const lead = before.slice(0, vi);
  const rest = before.slice(vi + v.verb.length).replace(/^[\s,]+|[\s,:]+$/g, '');
  // Inverted: `Said Dorothy Poynter, who grew up with Ali, "…"`, `In other words, explained CBS moderator Nancy Cordes: "…"`.
  const leadWords = lead.trim().split(/\s+/).filter(Boolean).length;
  // (Also after a quote that closed with a comma the sentence did not end: `"…," said Sen. X, R-S.C. "…"`.)
  if (
    (leadWords === 0 || /,["”]$/.test(lead.trimEnd()) || (leadWords <= 4 && /,\s*$/.test(lead) && /^\p{Lu}/u.test(rest))) &&
    /^(\p{Lu}|(the|a|an|one|another)\s)/u.test(rest) &&
    !isParticiple(v.verb)
  )
    return nameFromPhrase(rest, reg);
  let subj = lead;
  // "…, with Sen. John McCain calling it a "…"": the participle's own subject.
  const withSubject = isParticiple(v.verb) ? /\bwith\s+([^,;:]{1,80})$/.exec(lead.trimEnd()) : null;
  if (withSubject) return nameFromPhrase(withSubject[1], reg);
  // "X called it …, saying "…"": a participle's subject is that of the verb before it.
  if (isParticiple(v.verb)) {
    const k = verbs.indexOf(v);
    const p = verbs[k - 1];
    if (p && p.index > 0) subj = before.slice(0, p.index);
    else return sentenceSubject(before, reg);
  }
  subj = subj.replace(/\s+(that|who|which)\s*$/i, '').replace(/,\s*$/, '');
  // "… sounded equivocal: Former Rep. Jane Harman called it": the subject starts after the colon.
  subj = subj.slice(Math.max(subj.lastIndexOf(':'), subj.lastIndexOf(';')) + 1);
  // "X did not mention …, but told his supporters", "X posted a photo … and wrote:": the sentence's subject.
  if (/\b(and|but|or|then|yet|before|after|also|further)(?:\s+(?:now|then|also|later|still|again))?\s*$/i.test(subj))
    return sentenceSubject(before, reg) ?? nameFromPhrase(subj, reg);
  return nameFromPhrase(subj, reg);
}

/** A sentence's subject when it reads as a person, for pronouns to resolve to. */
function personSubject(sentence: string, reg: Map<string, string>): string | undefined {
  const v = SUBJECT_END.exec(sentence);
  if (!v) return undefined;
  const n = nameFromPhrase(sentence.slice(0, v.index), reg);
  // One capitalised word is a person when the text says so: a full name, or it speaks ("Zelenskiy told").
  const speaks = /^\s(said|says|told)$/.test(v[0]);
  return n && !n.startsWith('pronoun:') && (isPersonName(n, reg) || (speaks && /^\p{Lu}[\p{L}'’-]+$/u.test(n) && !NON_PERSON.has(n.toLowerCase())))
    ? n
    : undefined;
}

const SENTENCE_SPLIT = /(?<=[\p{Ll}\d)][.!?]["”’]?)\s+|\n+/u;

/**
 * The last person who was a sentence subject before the current quote. Read lazily, from the
 * end: most quotes name their speaker and never ask, and reading every sentence of a long
 * article cost half of attribution. The text up to each quote is kept as the same pieces an
 * eager forward reading would split, so sentences split the same way. The registry only
 * grows in set(), which drops pending pieces, so pieces are read with the registry they met.
 */
// How far back (characters) a pronoun may find its person.
const PRONOUN_REACH = 2000;

function subjectTracker(text: string, reg: Map<string, string>) {
  let known: string | undefined;
  let knownAt = 0; // where `known` was last named
  let cursor = 0;
  const pending: [number, number][] = [];
  return {
    advanceTo(pos: number) {
      if (pos > cursor) pending.push([cursor, pos]);
      cursor = Math.max(cursor, pos);
    },
    set(name: string) {
      known = name;
      knownAt = cursor;
      pending.length = 0;
    },
    last(): string | undefined {
      // Only the last PRONOUN_REACH characters are read, from the first sentence that starts in them.
      const from = cursor - PRONOUN_REACH;
      for (let k = pending.length - 1; k >= 0 && pending[k][1] > from; k--) {
        let chunk = text.slice(Math.max(pending[k][0], from), pending[k][1]);
        if (pending[k][0] < from) chunk = chunk.slice(Math.max(0, chunk.search(/[.!?]\s|\n/) + 1));
        const found = lastPersonSubject(chunk, reg);
        if (found) {
          known = found;
          knownAt = pending[k][1];
          break;
        }
      }
      pending.length = 0;
      // A pronoun reaches back a few paragraphs, not to a person last named pages earlier.
      return cursor - knownAt <= PRONOUN_REACH ? known : undefined;
    },
  };
}

function lastPersonSubject(chunk: string, reg: Map<string, string>): string | undefined {
  const sentences = chunk.split(SENTENCE_SPLIT);
  for (let i = sentences.length - 1; i >= 0; i--) {
    const n = personSubject(sentences[i], reg);
    if (n) return n;
  }
  return undefined;
}

export interface Attribution {
  speaker?: string;
  /** True when a speech verb ties the quote to its speaker (not only the sentence's subject). */
  attributed: boolean;
}

export function attributeSpeakers(text: string, spans: { start: number; end: number }[]): (string | undefined)[] {
  return attributeQuotes(text, spans).map((a) => a.speaker);
}

export function attributeQuotes(text: string, spans: { start: number; end: number }[]): Attribution[] {
  const reg = nameRegistry(text);
  const out: (string | undefined)[] = [];
  const attributed: boolean[] = [];
  const subjects = subjectTracker(text, reg);
  const paragraphStart = paragraphStarts(text);
  // End of the non-empty paragraph before each paragraph, once per paragraph (many quotes share one).
  const prevEnds = new Map<number, number>();
  const prevEnd = (pStart: number) => {
    let back = prevEnds.get(pStart);
    if (back === undefined) {
      back = pStart;
      while (back > 0 && /\s/.test(text[back - 1])) back--;
      prevEnds.set(pStart, back);
    }
    return back;
  };
  const resolve = (who: string | undefined) => {
    if (!who?.startsWith('pronoun:')) return who;
    return ['pronoun:he', 'pronoun:she', 'pronoun:him', 'pronoun:her'].includes(who) ? subjects.last() : undefined;
  };
  spans.forEach((s, qi) => {
    const openAt = Math.max(0, s.start - 1);
    subjects.advanceTo(openAt);
    const pStart = paragraphStart(openAt);
    const sStart = sentenceStart(text, pStart, openAt);
    // The rest of the paragraph after the quote, as far as REACH.
    const ahead = text.slice(s.end, s.end + REACH);
    const nl = ahead.indexOf('\n');
    const after = (nl < 0 ? ahead : ahead.slice(0, nl)).replace(/^[\s,.;:!?'’]*["”»“]\s*,?\s*/, '');
    const before = text.slice(sStart, openAt);
    const prev = spans[qi - 1];
    let who: string | undefined;
    // 1. "…," said X / "…," X said — when the quote closes its clause; otherwise only a short
    //    subject right after it ("…" the Post's editor responded).
    const closesClause = /[,.!?]/.test(text[Math.min(s.end, text.length - 1)]) || /^["”»]?[,.!?]/.test(text.slice(s.end, s.end + 3).replace(/^["”»]/, ''));
    const w1 = AFTER_VERB_WHO.exec(after)?.groups?.who ?? whoBeforeVerb(after, /[.!?]/.test(text[s.end - 1]));
    const short = (w: string) => !w.includes(',') && w.trim().split(/\s+/).length <= 6 && /^(\p{Lu}|(he|she|they|the|a|an)\b)/u.test(w.trim());
    if (w1 && !/["“”]/.test(w1) && (closesClause || short(w1))) who = nameFromPhrase(w1, reg);
    // 2. The subject of the nearest speech verb before the quote in the same sentence.
    if (!who) {
      const verbs = speechVerbs(before);
      const v = verbs[verbs.length - 1];
      if (v && v.verb === 'according') {
        const m = /according to\s+(?<who>[^,.;"“]+)/i.exec(before.slice(v.index));
        if (m?.groups) who = nameFromPhrase(m.groups.who, reg);
      } else if (v) who = subjectOfVerb(before, verbs, v, reg);
    }
    // 3. ", X said." later in the same sentence.
    if (!who) {
      const rest = after.split(/(?<=[.!?])\s/)[0] ?? '';
      const w3 = LATER_VERB_WHO.exec(rest)?.groups?.who ?? whoLaterInSentence(rest);
      if (w3) who = nameFromPhrase(w3, reg);
    }
    // "Hoff's letter makes a libertarian-style case: "…"": the sentence's subject.
    if (!who && /:\s*$/.test(before)) who = sentenceSubject(before, reg) ?? labelSpeaker(before, reg);
    // 4. Continuation: right after the previous quote in this paragraph, or opening a paragraph
    //    that follows the previous quote's paragraph (news style), or after "X says:".
    let lead = openAt;
    while (lead > pStart && /\s/.test(text[lead - 1])) lead--;
    const opensPara = lead === pStart;
    const prevParaStart = paragraphStart(prevEnd(pStart));
    let inherited = false;
    // …or the sentence before this one holds the previous quote ("“I'm a voter,” declares X, 27, a … . “If I …”").
    const opensSentence = !before.trim() && sStart > pStart;
    const prevSentStart = opensSentence ? sentenceStart(text, pStart, sStart - 1) : sStart;
    if (!who && prev) {
      const near = openAt - prev.end < 160;
      if ((near && !text.slice(prev.end, openAt).includes('\n')) || (opensPara && prev.end >= prevParaStart) || (opensSentence && prev.end >= prevSentStart)) {
        who = out[qi - 1];
        inherited = true;
      }
    }
    const byVerb = !!who && !inherited;
    if (!who && opensPara) {
      const prevPara = text.slice(Math.max(prevParaStart, pStart - REACH), pStart).trim();
      if (/:$/.test(prevPara)) {
        const sentence = prevPara.slice(sentenceStart(prevPara, 0, prevPara.length));
        const verbs = speechVerbs(sentence);
        who = verbs.length ? subjectOfVerb(sentence, verbs, verbs[verbs.length - 1], reg) : sentenceSubject(sentence, reg);
      }
    }
    // 4b. A quote paragraph with no attribution at all: the last person the story was about
    //     ("Viguerie is upbeat about Cruz's chances. ¶ "Not only can Ted Cruz win …"").
    if (!who && opensPara && !after.trim() && subjects.last()) who = subjects.last();
    // 5. The subject of the sentence holding the quote.
    const viaColon = !!who && !inherited && !byVerb;
    if (!who && before.trim()) who = sentenceSubject(before, reg);
    // A quote that opens a sentence mid-paragraph: the subject of the sentence before it
    // ("Iowa State University's Dianne Bystrom agreed. "Mainstream Republicans are …"").
    if (!who && opensSentence && !/["“”]/.test(text.slice(prevSentStart, sStart))) who = sentenceSubject(text.slice(prevSentStart, sStart), reg);
    // "The post stated:", "a statement said": the text speaks for the last person named.
    if (who && /^(the|a|an|his|her|their) (post|statement|tweet|message|letter|release|note|email|video)\b/i.test(who)) who = subjects.last();
    const resolved = resolve(who);
    // A speaker named by a speech verb is a person, even with one name ("Viguerie notes").
    const oneName = !!resolved && /^\p{Lu}[\p{L}'’-]+$/u.test(resolved) && !NON_PERSON.has(resolved.toLowerCase());
    if (resolved && (isPersonName(resolved, reg) || (byVerb && oneName))) {
      subjects.set(resolved);
      if (oneName && !reg.has(resolved)) reg.set(resolved, resolved);
    }
    out.push(resolved);
    attributed.push(byVerb || viaColon || (inherited && attributed[qi - 1] === true));
  });
  return out.map((speaker, i) => ({ ...(speaker ? { speaker } : {}), attributed: attributed[i] }));
}
