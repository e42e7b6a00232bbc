import { describe, expect, it } from 'vitest';
import { noPreloadInWebPages } from './vite-no-page-preload';

type Hook = (this: { error(m: string): never }, o: unknown, b: Record<string, { type: string; fileName: string; code: string }>) => void;

function run(code: string) {
  const bundle = {
    h: { type: 'chunk', fileName: 'assets/preload-helper-abc.js', code },
    o: { type: 'chunk', fileName: 'assets/other.js', code: 'export{x as t};' },
  };
  const hook = noPreloadInWebPages().generateBundle as unknown as Hook;
  hook.call(
    {
      error: (m: string) => {
        throw new Error(m);
      },
    },
    {},
    bundle,
  );
  return bundle;
}

/** Evaluates the rewritten helper with a given page protocol; returns whether Vite's preload ran. */
async function preloads(code: string, protocol: string): Promise<boolean> {
  let viteRan = false;
  const body = code.replace(/export\{(\w+) as t\};\s*$/, 'return $1;');
  const helper = new Function('globalThis', 'vite', `const i = vite; ${body}`)({ location: { protocol } }, (f: () => unknown) => ((viteRan = true), f()));
  await helper(async () => 'module', ['dep.js']);
  return viteRan;
}

describe('noPreloadInWebPages', () => {
  const vite = 'var i=function(f,d,u){return vite(f,d,u)};export{i as t};';

  it('skips the preload helper in web pages and keeps it on extension pages', async () => {
    const out = run(vite.replace('return vite(f,d,u)', 'return 0')).h.code;
    expect(out).toMatch(/export\{__wtPreload as t\};/);
    const testable = 'const __wtPreload=' + out.split('const __wtPreload=')[1];
    expect(await preloads(testable, 'https:')).toBe(false);
    expect(await preloads(testable, 'chrome-extension:')).toBe(true);
    expect(await preloads(testable, 'moz-extension:')).toBe(true);
  });

  it('leaves other chunks alone', () => {
    expect(run(vite).o.code).toBe('export{x as t};');
  });

  it('fails the build when the helper no longer looks as expected', () => {
    expect(() => run('export default 1')).toThrow(/preload helper export not found/);
  });
});
