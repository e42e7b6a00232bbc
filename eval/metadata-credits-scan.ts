// Metadata credits on real saved pages (issue 10): how many pages carry credit claims in their
// JSON-LD or <meta> author fields, and which of them the engine reads as a credit to another
// outlet. The saved pages (readability-pages, trafilatura-eval) are not syndicated copies, so
// every credit listed here is a false one to look at. Each page is read as served from a
// foreign host (example.test): only its stated site name can mark a claim as its own, which is
// harder than in the browser, where the host counts too.
//   node --import tsx eval/metadata-credits-scan.ts [--realdata ../shared/realdata]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { prepare } from '../src/core/prepare';
import { extractWithinBudget } from '../src/extract/extract';
import { parseHtml } from '../src/extract/node-dom';

const arg = process.argv.indexOf('--realdata');
const root = resolve(arg > 0 ? process.argv[arg + 1] : join(import.meta.dirname, '../../shared/realdata'));
const folders = [join(root, 'readability-pages/pages'), join(root, 'trafilatura-eval/html')];
if (!folders.some(existsSync)) {
  console.log(`metadata-credits-scan: skipped, no saved pages under ${root}`);
  process.exit(0);
}
const files: string[] = [];
if (existsSync(folders[0]))
  for (const d of readdirSync(folders[0])) if (existsSync(join(folders[0], d, 'source.html'))) files.push(join(folders[0], d, 'source.html'));
if (existsSync(folders[1])) for (const f of readdirSync(folders[1])) files.push(join(folders[1], f));

let pages = 0;
let withClaims = 0;
const fields = new Map<string, number>();
const credits: string[] = [];
for (const f of files) {
  const a = extractWithinBudget(parseHtml(readFileSync(f, 'utf8')), 'https://example.test/page');
  if (!a) continue;
  pages++;
  if (a.creditClaims?.length) withClaims++;
  for (const c of a.creditClaims ?? []) fields.set(c.field, (fields.get(c.field) ?? 0) + 1);
  const meta = prepare(a).credits.filter((c) => c.kind === 'metadata');
  if (meta.length) credits.push(`${f.slice(root.length + 1)} (site name ${a.siteName ?? '—'}): ${meta.map((c) => c.evidence).join('; ')}`);
}
console.log(
  JSON.stringify(
    { files: files.length, pages, withClaims, claimsByField: Object.fromEntries(fields), pagesWithMetadataCredit: credits.length, credits },
    null,
    2,
  ),
);
