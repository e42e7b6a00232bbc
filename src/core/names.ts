// Person names in news text: titles to strip ("U.S. Defense Secretary Pete Hegseth" → "Pete
// Hegseth"), words that end organisation or place names (not people), the registry of full
// names a text introduces (so a later "Macron" reads as "Emmanuel Macron"), and reading a
// subject phrase as a name, a pronoun or a description ("a senior adviser to Macron").

import { isSpeechVerb } from './speech-verbs';

export const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'him', 'her']);
export const TITLES = new Set(
  'president vice prime minister foreign defense defence secretary state senator sen rep representative gov governor mayor judge justice chief general gen lt col adm dr mr mrs ms miss prof professor king queen prince princess pope chancellor ambassador speaker leader chairman chairwoman chair director commissioner attorney sheriff officer detective sgt capt captain congressman congresswoman councillor councilman minority majority democratic republican deputy special counsel envoy spokesperson spokesman spokeswoman white house press ceo executive former u.s us uk u.k. senior top sir lord lady dame rev reverend candidate nominee presidential gop democrat republican sens reps govs'.split(
    ' ',
  ),
);
export const NON_PERSON = new Set(
  'states united union palace house party ministry department council news press office street university kingdom republic agency court congress senate nations bank times post journal kremlin pentagon committee campaign administration government institute foundation center centre association organization organisation group company corporation inc network channel magazine review daily tribune herald'.split(
    ' ',
  ),
);
const PREP = new Set(['to', 'of', 'for', 'at', 'from', 'in', 'with', 'on', 'by']);
export const NAME_TOKEN = /^\p{Lu}[\p{L}'’.-]*$/u;
const stripPoss = (w: string) => w.replace(/['’]s$/u, '');
const isTitle = (t: string) => TITLES.has(t.toLowerCase().replace(/\.$/, ''));

const NAME_RUN = /(?<![\p{L}'’.-])\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,4}/gu;

/** Full names introduced in the text, by surname: "Zelenskiy" → "Volodymyr Zelenskiy". */
export function nameRegistry(text: string): Map<string, string> {
  const reg = new Map<string, string>();
  // Matches start at a word's first letter only (the lookbehind reads one character): from
  // inside a word the pattern re-read the rest of it at every position, O(n²) on one 48k
  // all-caps word (issue 14).
  for (const m of text.matchAll(NAME_RUN)) {
    const all = m[0].split(/\s+/);
    if (isSpeechVerb(all[0])) all.shift(); // "Stated Stone:" is Stone
    // Only what follows the last title: "Ukrainian President Volodymyr Zelenskiy" → "Volodymyr Zelenskiy".
    let from = 0;
    all.forEach((t, i) => {
      if (isTitle(t)) from = i + 1;
    });
    const toks = all.slice(from);
    if (toks.length < 2 || toks.length > 3 || toks.some((t) => NON_PERSON.has(t.toLowerCase()) || /['’]s$/.test(t) || (/\.$/.test(t) && t.length > 2)))
      continue;
    const sur = toks[toks.length - 1];
    if (!reg.has(sur)) reg.set(sur, toks.join(' '));
  }
  return reg;
}

/** A name (not a description) the text introduced as a person. */
export function isPersonName(n: string, reg: Map<string, string>): boolean {
  const toks = n.split(' ');
  return toks.every((t) => NAME_TOKEN.test(t)) && (toks.length > 1 || reg.has(toks[0])) && !NON_PERSON.has(toks[toks.length - 1].toLowerCase());
}

// Sentence adverbs and datelines that open a comma-separated part but are never a speaker.
const DAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december';
const NOT_A_NAME = new RegExp(
  `^(and|but|or|so|then|also|however|meanwhile|still|yet|now|today|yesterday|tonight|later|earlier|first|second|finally|instead|indeed|likewise|separately|already|again|ultimately|last \\w+|this \\w+|next \\w+|in \\w+|on \\w+|${DAYS})$`,
  'i',
);
// "Mike Pence on Thursday", "Twitter Thursday", "Ted Cruz last week": the time is not the name.
const TRAILING_TIME = new RegExp(
  `\\s+(?:on\\s+|last\\s+|this\\s+|early\\s+|late\\s+)?(?:${DAYS}|week|month|year|night|morning|evening|afternoon)(?:\\s+(?:night|morning|evening|afternoon))?$`,
  'i',
);
const LEADING_CONJ = /^(and|but|or|so|then|which|while|as|because|although|though|when|where|whom?)\s+/i;

// Capitalised words that open a clause, not a noun phrase: "When …", "Even if …".
const CLAUSE_OPENER =
  /^(when|while|once|if|as|after|before|although|though|because|since|even|until|unless|whether|where|what|how|why|likewise|instead|meanwhile|amid|despite|during|for|from|in|on|at|with|by|to|of|so|but|and|or|it|there|this|that|these|those|here|no|yes)\b/i;

type Reading = { kind: 'name' | 'pronoun' | 'desc'; value: string; whole?: boolean } | undefined;

// Words that open a noun phrase without naming anyone: "One Russian", "Others", "Thousands of
// academic staff" are not names even when capitalised at a sentence start.
const DETERMINER = new Set(
  'a an the one two three four five some several many most few other others another his her their its this that these those each every all both no any'.split(
    ' ',
  ),
);
// A group counted, not a speaker: "others", "thousands of academic staff at British universities".
const GROUP =
  /^(others|some|many|most|few|several|all|both|(?:thousands|hundreds|dozens|millions|scores|tens|lots|hosts|crowds|groups|many|most|some|all|none|few|several|a number|a lot|a few|a couple|a majority|a minority) of\b)/i;
// A finite verb or auxiliary inside a "description" makes it a clause, not a noun phrase
// ("Putin has been echoing Trump's", "Boyle asked him a question").
const CLAUSE_WORD =
  /\s(?:has|have|had|is|was|were|are|been|be|being|will|would|can|could|did|does|do|may|might|must|should|shall|says|said|asked|told|came|went|turned)\b/;
// A phrase that stops on one of these was cut mid-clause ("Multiple news reports and a").
const DANGLING = /\s(?:a|an|the|and|or|but|of|to|in|on|at|for|with|by|from|that|as|his|her|their|its)$/i;
// US states as datelines and hometowns write them ("of Flint, Mich., said"): a place, never the speaker.
const PLACE = new Set(
  'alabama ala alaska arizona ariz arkansas ark california calif colorado colo connecticut conn delaware del florida fla georgia ga hawaii idaho illinois ill indiana ind iowa kansas kan kentucky ky louisiana la maine maryland md massachusetts mass michigan mich minnesota minn mississippi miss missouri mo montana mont nebraska neb nevada nev new_hampshire n.h new_jersey n.j new_mexico n.m new_york n.y north_carolina n.c north_dakota n.d ohio oklahoma okla oregon ore pennsylvania pa rhode_island r.i south_carolina s.c south_dakota s.d tennessee tenn texas tex utah vermont vt virginia va washington wash west_virginia w.va wisconsin wis wisc wyoming wyo d.c'
    .split(' ')
    .map((p) => p.replace('_', ' ')),
);
// A party-state tag after a US politician's name: "R-Neb.", "D-Calif.", "(R-S.C.)", "I-Vt.".
const PARTY_TAG = /\(?\b[RDI]-(?:\p{Lu}\p{Ll}*\.?){1,3}\)?/gu;

/** One comma-free phrase: a name (titles stripped), a pronoun, or a description. */
function readPart(part: string, reg: Map<string, string>): Reading {
  let seg = part.replace(LEADING_CONJ, '').trim();
  // "Last week", "On Tuesday": read before the time is stripped, or "Last" and "On" are left as names.
  if (NOT_A_NAME.test(seg)) return undefined;
  for (let k = 0; k < 3; k++)
    seg = seg
      .replace(TRAILING_TIME, '')
      .replace(
        /\s+(also|later|then|again|previously|once|repeatedly|recently|earlier|further|has|had|have|was|is|were|are|would|will|subsequently|simply|quickly|flatly|angrily|pointedly|tersely|only|just|even|still|never|often|frequently)$/i,
        '',
      )
      .trim();
  const toks = seg.split(' ').filter(Boolean);
  // (A lone initial, "R" or "J.", names nobody.)
  // ("I" is a pronoun before it is a lone initial.)
  if (toks.length === 1 && PRONOUNS.has(toks[0].toLowerCase())) return { kind: 'pronoun', value: `pronoun:${toks[0].toLowerCase()}` };
  if (!toks.length || toks.length > 12 || NOT_A_NAME.test(seg) || toks.every((t) => /^\p{Lu}\.?$/u.test(t))) return undefined;
  // One word that opens clauses ("Already", "On", "When") is capitalised by its place, not a name.
  if (toks.length === 1 && CLAUSE_OPENER.exec(toks[0])?.[0].length === toks[0].length) return undefined;
  let i = toks.length;
  while (
    i > 0 &&
    NAME_TOKEN.test(toks[i - 1]) &&
    !isTitle(toks[i - 1]) &&
    !/['’]s$/.test(toks[i - 1]) &&
    !/^\p{Lu}{5,}$/u.test(toks[i - 1]) &&
    !DETERMINER.has(toks[i - 1].toLowerCase())
  )
    i--;
  const name = toks.slice(i).map(stripPoss);
  if (name.length && name.every((t) => /^\p{Lu}\.?$/u.test(t))) return undefined; // "the R": an initial alone names nobody
  const preceding = toks[i - 1]?.toLowerCase();
  // "one Russian", "another Democrat": a determiner before a capitalised word makes it a description
  // ("the DNC" stays a name).
  const determined = !!preceding && DETERMINER.has(preceding) && preceding !== 'the';
  // The name is the whole part when all that precedes it is titles and capitalised words ("Sen. Ted Cruz", "French
  // President Emmanuel Macron"), not an adverbial that happens to end in one ("Appearing on CBS' Face the Nation").
  const whole = toks.slice(0, i).every((t) => isTitle(t) || NAME_TOKEN.test(t));
  if (i === 0 && PLACE.has(seg.toLowerCase().replace(/\.$/, ''))) return undefined; // the whole part is a US state
  if (name.length && !determined && !(preceding && PREP.has(preceding)) && !NON_PERSON.has(name[name.length - 1].toLowerCase())) {
    const full = name.length === 1 ? reg.get(name[0]) : undefined;
    return { kind: 'name', value: full ?? name.join(' '), whole };
  }
  // A description: "A senior adviser to Macron", "the official", "Macron's office".
  // (No `i` flag: with it \p{Lu} would match any cased letter and let "when", "once" through.)
  const desc =
    /^([Aa]|[Aa]n|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]ome|[Ss]everal|[Mm]any|[Oo]ther|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s/u.test(seg) ||
    (/^\p{Lu}/u.test(seg) && !/^\S*(ing|ly|ed)\b/u.test(seg) && !CLAUSE_OPENER.test(seg)); // "Macron's office", "Clinton campaign officials"
  if (desc && toks.length <= 10 && !GROUP.test(seg) && !CLAUSE_WORD.test(seg) && !DANGLING.test(seg)) {
    return { kind: 'desc', value: DETERMINER.has(toks[0].toLowerCase()) ? seg.replace(/^\S+/, (w) => w.toLowerCase()) : seg };
  }
  return undefined;
}

const PHRASE_MAX = 300;
const APPOSITION_PARTS = 3;

/** A subject phrase → the person's name without titles, `pronoun:he`, a description, or undefined. */
export function nameFromPhrase(phrase: string, reg: Map<string, string>): string | undefined {
  // A speaker stands next to the verb: only the phrase's last PHRASE_MAX characters are read
  // (from a word start), so the patterns below never run over a page-sized phrase.
  if (phrase.length > PHRASE_MAX) phrase = phrase.slice(-PHRASE_MAX).replace(/^\S*\s?/, '');
  let p = phrase
    .replace(PARTY_TAG, ' ')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  p = p.replace(/,\s*(who|which|whose|speaking|citing|wearing)\b[^,]*,?/gi, ',').replace(/[,\s]+$/, '');
  const parts = p
    .split(/\s*[,—–]\s*|\s+-{1,2}\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
  const last = readPart(parts[parts.length - 1] ?? '', reg);
  // "Amy Pope, deputy homeland security adviser", "Jon Huntsman, the U.S. ambassador to Russia": the name, not the description.
  if (!last || last.kind === 'desc') {
    // (The few parts nearest the verb: an apposition follows its name.)
    for (let k = parts.length - 2; k >= Math.max(0, parts.length - 1 - APPOSITION_PARTS); k--) {
      const r = readPart(parts[k], reg);
      if (r?.kind === 'name' && r.whole) return r.value;
    }
  }
  return last?.value;
}
