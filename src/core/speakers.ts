// Who said each quote. Patterns, in order: `"…," X said` / `"…," said X` after the quote;
// `X said: "…"` / `X …, saying "…"` before it; a fragment inside a sentence takes the
// subject of the nearest speech verb before it (`Hegseth called it an "excellent" meeting`);
// a quote opening a paragraph with no attribution continues the previous speaker.
// Pronouns resolve to the last person who was a sentence subject; a surname alone expands
// to the full name the text introduced ("Macron" → "Emmanuel Macron").

const VERBS = 'said|says|say|told|tells|added|adds|wrote|writes|stated|states|asked|asks|explained|noted|insisted|argued|declared|continued|tweeted|posted|replied|warned|recalled|acknowledged|conceded|admitted|announced|claimed|complained|cautioned|urged|responded|remarked|testified|suggested|predicted|promised|vowed|pledged|countered|quipped|joked|lamented|emphasized|emphasised|stressed|observed|boasted|conceded|contended|maintained|reiterated|charged|accused|called|described|discussed|dubbed|termed|labeled|labelled|praised|criticized|criticised|blasted|slammed|hailed|saying|adding|writing|telling|calling|describing|according';
const VERB_RE = new RegExp(`\\b(${VERBS})\\b`, 'gi');
const AFTER_WHO_VERB = new RegExp(`^(?<who>[^.;:"“”!?]{1,90}?)\\s+(?:has |had |also |later |then )?(?<verb>${VERBS})\\b`, 'i');
const AFTER_VERB_WHO = new RegExp(`^(?:${VERBS})\\s+(?<who>[^.,;:"“”!?]{1,90}?)(?=[,.;:!?]|$|\\s+(?:on|in|at|while|after|before|during|when|as|to|from|who)\\b)`, 'i');
const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'him', 'her']);
const TITLES = new Set(('president vice prime minister foreign defense defence secretary state senator sen rep representative gov governor mayor judge justice chief general gen lt col adm dr mr mrs ms miss prof professor king queen prince princess pope chancellor ambassador speaker leader chairman chairwoman chair director commissioner attorney sheriff officer detective sgt capt captain congressman congresswoman councillor councilman minority majority democratic republican deputy special counsel envoy spokesperson spokesman spokeswoman white house press ceo executive former u.s us uk u.k. senior top sir lord lady dame')
  .split(' '));
const NON_PERSON = new Set('states united union palace house party ministry department council news press office street university kingdom republic agency court congress senate nations bank times post journal kremlin pentagon' .split(' '));
const PREP = new Set(['to', 'of', 'for', 'at', 'from', 'in', 'with', 'on', 'by']);

// Where a sentence's subject ends: its first verb-like word.
const SUBJECT_END = /\s(?:\p{Ll}+ed|said|says|told|spoke|met|is|was|are|were|has|had|have|will|would|wants|took|made|gave|went|came|saw|sent|led)\b/u;

/** A name (not a description) the text introduced as a person. */
function isPersonName(n: string, reg: Map<string, string>): boolean {
  const toks = n.split(' ');
  return toks.every((t) => NAME_TOKEN.test(t)) && (toks.length > 1 || reg.has(toks[0])) && !NON_PERSON.has(toks[toks.length - 1].toLowerCase());
}

const NAME_TOKEN = /^\p{Lu}[\p{L}'’.-]*$/u;
const stripPoss = (w: string) => w.replace(/['’]s$/u, '');

/** Full names introduced in the text, by surname: "Zelenskiy" → "Volodymyr Zelenskiy". */
function nameRegistry(text: string): Map<string, string> {
  const reg = new Map<string, string>();
  for (const m of text.matchAll(/\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}/gu)) {
    const all = m[0].split(/\s+/);
    // Only what follows the last title: "Ukrainian President Volodymyr Zelenskiy" → "Volodymyr Zelenskiy".
    let from = 0;
    all.forEach((t, i) => { if (TITLES.has(t.toLowerCase().replace(/\.$/, ''))) from = i + 1; });
    const toks = all.slice(from);
    if (toks.length < 2 || toks.length > 3 || toks.some((t) => NON_PERSON.has(t.toLowerCase()) || /['’]s$/.test(t))) continue;
    const sur = toks[toks.length - 1];
    if (!reg.has(sur)) reg.set(sur, toks.join(' '));
  }
  return reg;
}

/** A name phrase → the person's name without titles, or a description, or undefined. */
function nameFromPhrase(phrase: string, reg: Map<string, string>): string | undefined {
  let p = phrase.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  p = p.replace(/,\s*(who|which|whose|speaking|citing|a|an|the)\b[^,]*,?/gi, ',').replace(/,\s*$/, '');
  const parts = p.split(',').map((s) => s.trim()).filter(Boolean);
  // An appositive name after a description wins: "Trump's envoy to Ukraine, Keith Kellogg".
  let seg = parts.find((s, i) => i > 0 && /^\p{Lu}/u.test(s) && s.split(' ').every((w) => NAME_TOKEN.test(w))) ?? parts[parts.length - 1] ?? '';
  seg = seg.replace(/\s+(also|later|then|again|previously|once|repeatedly|recently|earlier|further|has|had|have|was|is|were|are|would|will|had|subsequently)$/i, '').trim();
  const toks = seg.split(' ').filter(Boolean);
  if (!toks.length || toks.length > 12) return undefined;
  if (toks.length === 1 && PRONOUNS.has(toks[0].toLowerCase())) return `pronoun:${toks[0].toLowerCase()}`;
  let i = toks.length;
  while (i > 0 && NAME_TOKEN.test(toks[i - 1]) && !TITLES.has(toks[i - 1].toLowerCase().replace(/\.$/, '')) && !/['’]s$/.test(toks[i - 1])) i--;
  const name = toks.slice(i).map(stripPoss);
  const preceding = toks[i - 1]?.toLowerCase();
  if (name.length && !(preceding && PREP.has(preceding))) {
    const full = name.length === 1 ? reg.get(name[0]) : undefined;
    return full ?? name.join(' ');
  }
  // A description: "A senior adviser to Macron", "the official", "Macron's office".
  if (/^(a|an|the|one|two|three|some|several|many|other|another|his|her|their|its|\p{Lu})/iu.test(seg)) {
    return seg.replace(/^(A|An|The)\b/, (w) => w.toLowerCase());
  }
  return undefined;
}

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

export function attributeSpeakers(text: string, spans: { start: number; end: number }[]): (string | undefined)[] {
  const reg = nameRegistry(text);
  const out: (string | undefined)[] = [];
  let lastSubject: string | undefined;
  let cursor = 0;
  // Sentence subjects seen so far, for pronouns: "Zelenskiy told …. He said …".
  const subjectsUpTo = (pos: number) => {
    const chunk = text.slice(cursor, pos);
    for (const sent of chunk.split(/(?<=[\p{Ll}\d)][.!?]["”’]?)\s+|\n+/u)) {
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
    const after = text.slice(s.end, nl < 0 ? text.length : nl).replace(/^[\s,.;:!?]*["”»]\s*,?\s*/, '');
    const before = text.slice(sStart, openAt);
    let who: string | undefined;
    // 1. "…," X said / said X — only when the quote closes a clause.
    const closesClause = /^[\s]*[,.!?]?["”»]\s*,?\s*$/.test(text.slice(s.end, s.end + 3)) || /^[,.!?]/.test(text.slice(s.end).replace(/^["”»]/, ''));
    if (closesClause || /[,.!?]$/.test(text.slice(s.start, s.end + 1))) {
      const m = AFTER_VERB_WHO.exec(after) ?? AFTER_WHO_VERB.exec(after);
      if (m?.groups?.who && !/["“”]/.test(m.groups.who)) who = nameFromPhrase(m.groups.who, reg);
    }
    // 2./3. The subject of the nearest speech verb before the quote in the same sentence.
    if (!who) {
      const verbs = [...before.matchAll(VERB_RE)];
      const v = verbs[verbs.length - 1];
      if (v && v[1].toLowerCase() !== 'according') {
        let subj = before.slice(0, v.index);
        // "X called it …, saying "…"": a participle's subject is the clause's subject.
        if (/ing$/i.test(v[1])) {
          const first = verbs[0];
          if (first && first !== v && (first.index ?? 0) > 0) subj = before.slice(0, first.index);
          else subj = subj.replace(/,\s*$/, '');
        }
        // "X posted a photo … and wrote:" — the subject of the first verb in the chain.
        const and = /^(.*?)\s+\p{Ll}+ed\b.*\band\s*$/u.exec(subj.trim());
        if (and) subj = and[1];
        subj = subj.replace(/\s+(that|who)\s*$/i, '');
        who = nameFromPhrase(subj.replace(/^.*\bthat\s+/i, (x) => (subj.length - x.length > 0 ? '' : x)), reg);
      } else if (v) {
        const m = /according to\s+(?<who>[^,.;"“]+)/i.exec(before);
        if (m?.groups) who = nameFromPhrase(m.groups.who, reg);
      }
    }
    // 4. ", X said." later in the same sentence.
    if (!who) {
      const m = new RegExp(`,\\s*(?<who>[^,.;"“”]{1,80}?)\\s+(?:${VERBS})\\b[^"“”]*$`, 'i').exec(after.split(/(?<=[.!?])\s/)[0] ?? '');
      if (m?.groups?.who) who = nameFromPhrase(m.groups.who, reg);
    }
    // 5. A quote opening its paragraph with no attribution continues the previous speaker.
    if (!who && qi > 0 && text.slice(pStart, openAt).trim() === '') who = out[qi - 1];
    // "The post stated:", "a statement said": the text speaks for the last person named.
    if (who && /^(the|a|an|his|her|their) (post|statement|tweet|message|letter|release|note|email|video)\b/i.test(who)) who = lastSubject;
    const resolved = resolve(who);
    if (resolved && isPersonName(resolved, reg)) lastSubject = resolved;
    out.push(resolved);
  });
  return out;
}
