// Bundles the explorer into dist/ (explorer.js, explorer.css), which the Go
// package web embeds. `node build.mjs` (or `make explorer` at the top);
// `node build.mjs --watch` rebuilds on every change while you work.
import * as esbuild from 'esbuild';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, 'dist');
mkdirSync(dist, { recursive: true });

const options = {
  absWorkingDir: here,
  entryPoints: { explorer: 'src/main.js' },
  outdir: dist,
  bundle: true,
  minify: true,
  // ES modules split into chunks: vis-timeline and cytoscape load when a
  // view first needs them (chunk-HASH.js, named by their content, which
  // the server caches for a year), not before the first request is sent.
  format: 'esm',
  splitting: true,
  chunkNames: 'chunk-[hash]',
  target: ['es2020'],
  legalComments: 'none',
  // vis-timeline's stylesheet names a few icons; keep them inside the CSS
  // (data: URLs), never as a fetch from elsewhere.
  loader: { '.png': 'dataurl', '.svg': 'dataurl' },
  // moment (vis-timeline's date library) would pull every locale in; the
  // explorer shows dates in English only.
  external: [],
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
};

if (process.argv.includes('--watch')) {
  const ctx = await esbuild.context(options);
  await ctx.watch();
  console.log('watching src/ …');
} else {
  // Chunks of an earlier build would be embedded too: start clean.
  for (const f of readdirSync(dist)) if (/\.(js|css)$/.test(f)) rmSync(join(dist, f));
  await esbuild.build(options);
  for (const f of readdirSync(dist).filter((n) => /\.(js|css)$/.test(n)).sort()) {
    console.log(`dist/${f}: ${(statSync(join(dist, f)).size / 1024).toFixed(0)} KiB`);
  }
}
