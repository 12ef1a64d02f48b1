// Builds the four bundles: the extension (node, CommonJS, `vscode` external), the kernel worker thread
// the extension starts per notebook (node, CommonJS, no vscode), the notebook renderer (browser ES
// module, chart.js bundled and tree-shaken) and the CLI (node, CommonJS).
// Flags: --production (minify, no source maps), --watch (rebuild on change).
'use strict';
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions[]} */
const bundles = [
  {
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    external: ['vscode'],
  },
  {
    entryPoints: ['src/kernel/worker/worker-main.ts'],
    outfile: 'dist/kernel-worker.js',
    platform: 'node',
    format: 'cjs',
    target: 'node18',
  },
  {
    entryPoints: ['src/renderer/index.ts'],
    outfile: 'dist/renderer.js',
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
  },
  {
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    target: 'node18',
  },
];

/** Prints esbuild's errors as file:line:column so editors and CI logs point at the source. */
const problemReporter = {
  name: 'problem-reporter',
  setup(build) {
    build.onStart(() => {
      if (watch) console.log(`[watch] building ${build.initialOptions.outfile}`);
    });
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
    });
  },
};

async function main() {
  const contexts = await Promise.all(
    bundles.map((options) =>
      esbuild.context({
        ...options,
        bundle: true,
        minify: production,
        sourcemap: !production,
        sourcesContent: false,
        logLevel: 'silent',
        plugins: [problemReporter],
      }),
    ),
  );
  if (watch) {
    await Promise.all(contexts.map((ctx) => ctx.watch()));
    return;
  }
  try {
    await Promise.all(contexts.map((ctx) => ctx.rebuild()));
  } finally {
    await Promise.all(contexts.map((ctx) => ctx.dispose()));
  }
}

main().catch((error) => {
  if (!error.errors) console.error(error);
  process.exit(1);
});
