// Page junk a copy site wraps around an article: engagement begging, self-promotion,
// blog comment forms, share bars. Such lines are not article text: they never count in
// reusedShare, and only engagement/self-promotion lines become "boilerplate added"
// differences (expected.json lists exactly those; the comment form is a signal, not text).

export type JunkKind = 'engagement' | 'self-promotion' | 'comment-form' | 'share' | 'navigation';

// Each pattern is anchored on whole short lines: real article sentences rarely start so.
const RULES: [JunkKind, RegExp][] = [
  ['engagement', /^(please\s+)?(like|comment|share|subscribe|follow)\b[^.]{0,60}\b(comment|share|subscribe|like|follow)\b/i],
  ['engagement', /\b(if you (found|find|enjoyed|liked) (it|this)|don'?t forget to (like|share|subscribe|comment)|let us know (what you think|in the comments))\b/i],
  ['engagement', /^(follow|like) us on\b/i],
  ['self-promotion', /^for more (news|stories|updates|articles|from|on)\b.*\b(check out|visit|go to|head to|read)\b/i],
  ['self-promotion', /^(check out|visit) (our|more|the latest)\b/i],
  ['self-promotion', /^(sign up|subscribe) (for|to) our (free )?(newsletter|daily|weekly)\b/i],
  ['comment-form', /^leave a (response|reply|comment)\b/i],
  ['comment-form', /your email address will not be published/i],
  ['comment-form', /^required fields are marked\b/i],
  ['comment-form', /^(post comment|submit comment|cancel reply|save my name, email)/i],
  ['share', /^(share this( article| story)?|share on \w+|tweet this|click to share)\s*:?$/i],
  ['share', /^(share|tweet|email|print|pin it|whatsapp|facebook|twitter|linkedin|reddit)(\s*[|,·]\s*\w+)*\s*$/i],
  ['navigation', /^(recent posts|related posts|related articles|related stories|you may also like|read more|read next|more stories|trending|advertisement|skip to content|previous (post|article)|next (post|article))\s*:?$/i],
];

/** What kind of page junk a line/block is, or undefined for article text. */
export function junkKind(text: string): JunkKind | undefined {
  const t = text.trim();
  if (!t || t.split(/\s+/).length > 40) return undefined;
  for (const [kind, re] of RULES) if (re.test(t)) return kind;
  return undefined;
}
