// `npm run bench` runs every bench module, rewrites BENCHMARKS.md (one section per module,
// each with the command and date) and prints it; `npm run bench -- --json` prints one JSON
// object of every named figure instead and writes nothing. `--only=content,compare` runs
// some modules and rewrites only their sections. A module exports `run(): Promise<BenchSection>`.
// Modules that read the built extension (bundle, e2e) get a `npm run build` first when
// dist/ has none, instead of reporting nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BenchSection } from './stats.ts';

type Module = { run(): Promise<BenchSection> };

/** Registered modules, in report order. Add a line to register a new one. */
const MODULES: Record<string, () => Promise<Module>> = {
  content: () => import('./content.ts'),
  bundle: () => import('./bundle.ts'),
  compare: () => import('./compare.ts'),
  e2e: () => import('./e2e-timing.ts'),
  library: () => import('./library.ts'),
  fingerprint: () => import('./fingerprint.ts'),
  hostile: () => import('./hostile.ts'),
  index: () => import('./index-server.ts'),
};

const FILE = resolve(import.meta.dirname, '../BENCHMARKS.md');
const HEADER = `# Benchmarks

Every figure here is written by \`npm run bench\` (\`npm run bench -- --json\` prints them as one
JSON object); nothing in this file is typed by hand. Each section names its command, date and
machine. Budgets come from issue 6 (speed) and the library issue; a missed budget says by how much.
`;

const args = process.argv.slice(2);
const json = args.includes('--json');
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const names = Object.keys(MODULES).filter((n) => !only || only.includes(n));

const machine = async () => {
  const os = await import('node:os');
  // Load average at the start: other work on the machine slows every figure below.
  return `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load average ${os.loadavg()[0].toFixed(1)}`;
};

/** Modules that measure dist/ as `npm run build` leaves it. */
const NEEDS_BUILD = ['bundle', 'e2e'];
if (names.some((n) => NEEDS_BUILD.includes(n)) && !existsSync(resolve(import.meta.dirname, '../dist/manifest.json'))) {
  console.error('bench: dist/ has no build, running `npm run build` first');
  // Build output to stderr: with --json, stdout carries the JSON object only.
  const built = spawnSync('npm', ['run', 'build'], { cwd: resolve(import.meta.dirname, '..'), stdio: ['ignore', 2, 2] });
  if (built.status !== 0) throw new Error(`npm run build failed (exit ${built.status}): the bundle and e2e figures need dist/`);
}

const figures: Record<string, number | null> = {};
const sections: Record<string, string> = {};
const host = await machine();
for (const name of names) {
  const started = Date.now();
  const mod = await MODULES[name]();
  const s = await mod.run();
  // JSON has no NaN: a skipped figure is null.
  for (const [k, v] of Object.entries(s.figures)) figures[k] = Number.isFinite(v) ? v : null;
  const cmd = `npm run bench -- --only=${name}`;
  sections[name] =
    `<!-- bench:${name} -->\n## ${s.title}\n\n_Command: \`${cmd}\` (or \`npm run bench\`) · ${new Date().toISOString()} · ${host} · took ${Math.round((Date.now() - started) / 1000)} s_\n\n${s.markdown}\n<!-- /bench:${name} -->`;
  if (!json) console.error(`bench ${name}: done`);
}

if (json) {
  // Prints only: a --json run (CI, a comparison) never rewrites BENCHMARKS.md.
  console.log(JSON.stringify(figures));
} else {
  // Keep sections of modules not run this time (--only), in registry order.
  const previous = existsSync(FILE) ? readFileSync(FILE, 'utf8') : '';
  const kept = (name: string) => previous.match(new RegExp(`<!-- bench:${name} -->[\\s\\S]*?<!-- /bench:${name} -->`))?.[0];
  const body = Object.keys(MODULES)
    .map((n) => sections[n] ?? kept(n))
    .filter(Boolean)
    .join('\n\n');
  writeFileSync(FILE, `${HEADER}\n${body}\n`);
  console.log(readFileSync(FILE, 'utf8'));
}
