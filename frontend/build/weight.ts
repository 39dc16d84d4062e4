/**
 * Build-time weight (issue #15): every text asset is written a second and third time as .br and
 * .gz, which the backend serves as they are (SpaWebConfig, EncodedResourceResolver), and the build
 * fails when the sign-in page or the inbox would send more JS and CSS than a field phone on mobile
 * data can take.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { OutputBundle, OutputChunk } from 'rollup';
import type { Plugin } from 'vite';

const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|map)$/;

/** Budgets in bytes as sent (gzip, what every browser accepts; brotli is smaller still). */
export const BUDGETS = { signIn: 250_000, inbox: 400_000 } as const;

/** The modules that open the inbox after sign-in, besides the entry. */
const INBOX_MODULES = ['src/app/layout/SignedInShell.tsx', 'src/features/tasks/components/TaskListPage.tsx'];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function precompressAll(outDir: string) {
  for (const file of walk(outDir)) {
    if (!COMPRESSIBLE.test(file)) continue;
    const raw = readFileSync(file);
    const br = brotliCompressSync(raw, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
    });
    const gz = gzipSync(raw, { level: 9 });
    // A variant no smaller than the file would only cost a disk read.
    if (br.length < raw.length) writeFileSync(`${file}.br`, br);
    if (gz.length < raw.length) writeFileSync(`${file}.gz`, gz);
  }
}

/** The files a chunk needs before it runs: itself, its static imports and their CSS, transitively. */
function closure(bundle: OutputBundle, start: OutputChunk, into = new Set<string>()): Set<string> {
  if (into.has(start.fileName)) return into;
  into.add(start.fileName);
  start.viteMetadata?.importedCss.forEach((css) => into.add(css));
  for (const name of start.imports) {
    const next = bundle[name];
    if (next?.type === 'chunk') closure(bundle, next, into);
  }
  return into;
}

function sentBytes(outDir: string, files: Set<string>): number {
  let total = 0;
  for (const file of files) {
    const raw = readFileSync(join(outDir, file));
    total += Math.min(raw.length, gzipSync(raw, { level: 9 }).length);
  }
  return total;
}

export function weight(): Plugin {
  let outDir = '';
  return {
    name: 'social-assist-weight',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((item): item is OutputChunk => item.type === 'chunk');
      const entry = chunks.find((chunk) => chunk.isEntry);
      if (!entry) throw new Error('no entry chunk');
      const signIn = closure(bundle, entry);
      const inbox = new Set(signIn);
      for (const module of INBOX_MODULES) {
        const chunk = chunks.find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(module));
        if (!chunk) throw new Error(`no chunk starts at ${module}: keep it a lazy route`);
        closure(bundle, chunk, inbox);
      }
      precompressAll(outDir);
      const figures = { signIn: sentBytes(outDir, signIn), inbox: sentBytes(outDir, inbox) };
      const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
      this.info(`JS+CSS as sent (gzip): sign-in ${kb(figures.signIn)} of ${kb(BUDGETS.signIn)}, inbox ${kb(figures.inbox)} of ${kb(BUDGETS.inbox)}`);
      const over = (Object.keys(BUDGETS) as (keyof typeof BUDGETS)[]).filter((page) => figures[page] > BUDGETS[page]);
      if (over.length > 0) {
        throw new Error(`over the weight budget (issue #15): ${over.map((p) => `${p} ${kb(figures[p])} > ${kb(BUDGETS[p])}`).join(', ')}`);
      }
    },
  };
}
