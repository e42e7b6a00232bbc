// Counts the work regexes do while a function runs, so a test can prove a pattern linear
// without timing anything (issue 14): every RegExp method and every String method given a
// regex (test, exec, match, matchAll, replace, split, search) goes through
// RegExp.prototype.exec once it is replaced, so wrapping it sees them all. A step is one
// position the engine was offered as a match start (a sticky pattern, as split uses, is
// offered one). Backtracking inside one attempt is not counted: a bounded window keeps that
// bounded, and the bench times it.

/** Thrown when `fn` offers more than `limit` steps: a blow-up stops at once instead of running for minutes. */
export class StepLimitExceeded extends Error {}

/** Regex steps `fn` takes; throws StepLimitExceeded past `limit`. Test use only (patches a global while it runs). */
export function regexSteps(fn: () => unknown, limit = Infinity): number {
  const exec = RegExp.prototype.exec;
  let steps = 0;
  RegExp.prototype.exec = function (this: RegExp, s: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const m = exec.call(this, s);
    steps += this.sticky ? 1 : Math.max(1, (m ? m.index + m[0].length : String(s).length) - from);
    if (steps > limit) throw new StepLimitExceeded(`over ${limit} regex steps`);
    return m;
  };
  try {
    fn();
  } finally {
    RegExp.prototype.exec = exec;
  }
  return steps;
}
