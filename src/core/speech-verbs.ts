// Verbs that introduce or attribute a quotation, in all their forms ("say", "says",
// "said", "saying"). Regular verbs are listed by stem; irregular forms are spelled out.

const REGULAR =
  'add argue ask explain note insist declare continue tweet post reply warn recall acknowledge concede admit announce claim complain caution urge respond remark testify suggest predict promise vow pledge counter quip joke lament emphasize emphasise stress observe boast contend maintain reiterate charge accuse call describe discuss dub term label praise criticize criticise blast slam hail thank bemoan answer press retort retaliate react demand tout assert confirm deny allege mock muse chide scoff shout yell scream plead concur opine conclude point mention reply recount whisper cry exclaim interject tell explain agree disagree insist affirm state beam gush fume snap laugh sigh marvel cheer muse reason surmise predict inform brag vent rail fire bark assure remember riff characterize characterise question repeat'.split(
    ' ',
  );
const IRREGULAR = 'say says said saying tell tells told telling write writes wrote written writing speak speaks spoke speaking according reads'.split(' ');
const PHRASES = ['went on', 'goes on', 'pointed out', 'points out', 'chimed in', 'shot back', 'fired back', 'put it', 'puts it'];

// Verbs of two syllables stressed on the last one double their final consonant too ("admitted").
const STRESSED_LAST = new Set(['admit', 'concur', 'commit', 'regret', 'rebut', 'prefer', 'refer', 'submit']);

function forms(stem: string): string[] {
  const e = stem.endsWith('e');
  const y = /[^aeiou]y$/.test(stem);
  const base = y ? stem.slice(0, -1) : stem;
  // A short stem ending consonant-vowel-consonant doubles it: "quipped", "snapped", "jabbed" ("qu" counts as a consonant).
  const double = (/(?:[^aeiou]|qu)[aeiou][bdgmnprt]$/.test(stem) && stem.length <= 4) || STRESSED_LAST.has(stem);
  return [
    stem,
    y ? `${base}ies` : /(s|sh|ch|x)$/.test(stem) ? `${stem}es` : `${stem}s`,
    y ? `${base}ied` : e ? `${stem}d` : double ? `${stem}${stem.slice(-1)}ed` : `${stem}ed`,
    e ? `${stem.slice(0, -1)}ing` : double ? `${stem}${stem.slice(-1)}ing` : `${stem}ing`,
  ];
}

const ALL = [...new Set([...REGULAR.flatMap(forms), ...IRREGULAR])].sort((a, b) => b.length - a.length);

/** Regex alternation of every speech-verb form (longest first, so "says" wins over "say"). */
export const SPEECH_VERBS = [...PHRASES.map((p) => p.replace(' ', '\\s+')), ...ALL].join('|');

const VERB_SET = new Set(ALL);
const CAPITALISED = new Set(['Said', 'Says', 'Added', 'Asked', 'Wrote']);
const PHRASE_HEADS = new Map<string, string[]>();
for (const p of PHRASES) {
  const [h, t] = p.split(' ');
  PHRASE_HEADS.set(h, [...(PHRASE_HEADS.get(h) ?? []), t]);
}

export interface VerbMatch {
  /** The verb as written (a phrase keeps its single space). */
  verb: string;
  index: number;
}

/**
 * Speech verbs in `text`, in order: lower-case forms only ("Post", "Press" are names) plus a
 * sentence-initial "Said"/"Says", never a possessive ("Post's"). A Set lookup per word:
 * scanning a regex alternation of ~400 forms cost more than the rest of attribution together.
 * `max` stops early when a caller needs only the first few.
 */
export function speechVerbMatches(text: string, max = Infinity): VerbMatch[] {
  const out: VerbMatch[] = [];
  for (const m of text.matchAll(/[A-Za-z]+/g)) {
    if (out.length >= max) break;
    const w = m[0];
    const i = m.index ?? 0;
    const nextChar = text[i + w.length];
    if (nextChar === "'" || nextChar === '’') continue;
    // Part of a compound, not a verb: "two-term", "call-in", "well-said".
    if (nextChar === '-' || text[i - 1] === '-') continue;
    const tails = PHRASE_HEADS.get(w);
    if (tails) {
      const t = /^\s+([a-z]+)/.exec(text.slice(i + w.length, i + w.length + 12));
      if (t && tails.includes(t[1])) {
        out.push({ verb: `${w} ${t[1]}`, index: i });
        continue;
      }
    }
    // A capitalised form only where a clause starts: "Stated Stone:", "Said Dorothy Poynter, …".
    // (Checked last: most words are not verbs at all.)
    if (
      VERB_SET.has(w) ||
      CAPITALISED.has(w) ||
      (VERB_SET.has(w.toLowerCase()) && (i === 0 || /[.!?:;]["”’]?\s*$|\n\s*$/.test(text.slice(Math.max(0, i - 3), i))))
    )
      out.push({ verb: w, index: i });
  }
  return out;
}

/** True for any form of a speech verb ("Stated", "says"). */
export const isSpeechVerb = (w: string) => VERB_SET.has(w.toLowerCase());

/** True for a participle such as "saying", "adding". */
export const isParticiple = (verb: string) => /ing$/i.test(verb);
