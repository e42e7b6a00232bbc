import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
const files = (d) =>
  readdirSync(d).flatMap((n) => {
    const p = join(d, n);
    return statSync(p).isDirectory() ? files(p) : /\.tsx$/.test(n) && !/\.test\./.test(n) ? [p] : [];
  });
for (const f of files('src/ui')) {
  const s = readFileSync(f, 'utf8');
  const hits = [
    ...[...s.matchAll(/>([^<>{}`]*[A-Za-z]{3,}[^<>{}`]*)</g)].map((m) => m[1].trim()).filter((x) => x && !/^[\w.]+\s*=>/.test(x) && !/[=;()]/.test(x)),
    ...[...s.matchAll(/\b(?:aria-label|title|placeholder|alt)=["']([^"']*[A-Za-z]{3,}[^"']*)["']/g)].map((m) => m[1]),
  ];
  if (hits.length) console.log(f, JSON.stringify(hits));
}
