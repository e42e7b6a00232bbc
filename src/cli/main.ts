// `wiretrace compare <a> <b> [--json|--markdown]`: compares two versions of a story, each a saved HTML
// page, a text file or an http(s) URL. Exit codes: 0 report printed, 2 bad input or usage,
// 1 unexpected failure (a bug: the stack goes to stderr).
import type { Writable } from 'node:stream';
import { compare } from './engine';
import { judgeNewsPage } from '../core/news-page';
import { reportMarkdown } from '../core/reportMarkdown';
import { englishLabels } from '../core/english';
import { summarise } from '../core/summary';
import { formatReport } from './format';
import { InputError, loadArticle, type LoadOptions } from './load';
import { indexMain } from '../server/cli';

export const USAGE = `Usage: wiretrace compare <a> <b> [--json | --markdown]

  <a>, <b>  an HTML file, a text file (title on the first line, paragraphs after) or an
            http(s) URL. <a> is the page you are reading; <b> the other version.
  --json      print the report object instead of text, with the summary every view
              shows ("summary": headline, counts, changes in order)
  --markdown  print the report as Markdown (what the side-by-side page's "Copy report" gives)

       wiretrace index <serve|add|poll|token> …   the shared index (wiretrace index --help)
`;

export interface Io {
  stdout: Pick<Writable, 'write'>;
  stderr: Pick<Writable, 'write'>;
}

// C0 and C1 control characters (tab and newline kept) and bidirectional overrides: text
// from a page must not move the cursor, retitle the terminal or reorder what is shown
// (issue 14, item 11).
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const TERMINAL_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Text for the terminal: unsafe characters removed. */
export function terminalSafe(text: string): string {
  return text.replace(TERMINAL_UNSAFE, '');
}

/** JSON for the terminal: unsafe characters that JSON.stringify leaves raw are \u-escaped (still valid JSON, same value). */
function terminalJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(TERMINAL_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export async function main(argv: string[], io: Io = process, load: LoadOptions = {}): Promise<number> {
  if (argv[0] === 'index') return indexMain(argv.slice(1), io, { load: (arg) => loadArticle(arg, load) });
  const flags = argv.filter((a) => a.startsWith('--'));
  const args = argv.filter((a) => !a.startsWith('--'));
  if (flags.includes('--help') || args.length === 0) {
    io.stdout.write(USAGE);
    return args.length === 0 && !flags.includes('--help') ? 2 : 0;
  }
  const unknown = flags.filter((f) => f !== '--json' && f !== '--markdown');
  if (args[0] !== 'compare' || args.length !== 3 || unknown.length) {
    io.stderr.write(`wiretrace: ${unknown.length ? `unknown option ${terminalSafe(unknown[0])}` : 'expected: compare <a> <b>'}\n\n${USAGE}`);
    return 2;
  }
  try {
    const [page, other] = await Promise.all([loadArticle(args[1], load), loadArticle(args[2], load)]);
    // News articles only (issue 10), as in the browser; the CLI compares what it is given,
    // and says when the page read shows another kind (a shop, a forum, docs).
    const judged = judgeNewsPage(page);
    const report = judged.answer === 'not-news' ? { ...compare(page, other), pageNotNews: true as const } : compare(page, other);
    io.stdout.write(
      flags.includes('--json')
        ? `${terminalJson({ ...report, summary: summarise(report) })}\n`
        : terminalSafe(flags.includes('--markdown') ? reportMarkdown(report, englishLabels) : formatReport(report)),
    );
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr.write(`wiretrace: ${terminalSafe(e.message)}\n`);
      return 2;
    }
    io.stderr.write(`wiretrace: internal error: ${terminalSafe(String((e as Error).stack ?? e))}\n`);
    return 1;
  }
}
