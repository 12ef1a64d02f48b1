/**
 * `npm run bench` (scripts/bench.js builds this with esbuild into out/bench/ and runs it).
 * Prints M elements/s of the registry's kernels beside hand-written plain loops measured in the same
 * run, the ratio and PASS/MISS against issue 3's targets, then a summary line. Exit code 0 even on a
 * MISS: a bench is not a test. Options: --only relu,gelu,softmax  --rounds 7  --n 1000000
 */
import { benchElementwise, elementwiseVariants, FUSED_TARGET, VALUE_TARGET } from './elementwise-bench';
import { REFERENCE_LINES } from './reference-numbers';
import { formatRow, header, summary, type BenchRow } from './report';
import { benchInputs } from './seeded-random';
import { benchVector, ROW_LENGTH } from './vector-bench';

interface Options {
  n: number;
  rounds: number;
  only?: ReadonlySet<string>;
}

function parseOptions(argv: readonly string[]): Options {
  const options: Options = { n: 1_000_000, rounds: 5 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--only') options.only = new Set(next().split(','));
    else if (arg === '--rounds') options.rounds = Math.max(1, Number.parseInt(next(), 10));
    else if (arg === '--n') options.n = Math.max(ROW_LENGTH, Number.parseInt(next(), 10));
    else throw new Error(`unknown option ${arg} (use --only a,b  --rounds R  --n N)`);
  }
  return options;
}

function main(): void {
  const options = parseOptions(process.argv.slice(2));
  const started = Date.now();
  const xs = benchInputs(options.n, 20261122);
  console.log(
    `Activation Lab bench: ${options.n.toLocaleString('en-US')} inputs, |x| uniform in [0, 6] with random signs (seed 20261122), ` +
      `median of ${options.rounds} interleaved rounds after warm-up; node ${process.version}.`,
  );
  console.log(
    `Targets: value and derivative kernels >= ${VALUE_TARGET.toFixed(2)} x the plain loop (lose at most 10%); ` +
      `value+deriv fused kernel > ${FUSED_TARGET.toFixed(2)} x two separate passes (ratio = two-pass time / fused time).`,
  );
  console.log('');
  console.log(header());
  const rows: BenchRow[] = [];
  const emit = (r: BenchRow) => {
    rows.push(r);
    console.log(formatRow(r));
  };
  for (const variant of elementwiseVariants(options.only)) benchElementwise(variant, xs, options.rounds).forEach(emit);
  console.log('');
  console.log(`Vector activations, Float64, rows of ${ROW_LENGTH} (M input elements/s):`);
  console.log(header());
  benchVector(xs, options.rounds, options.only).forEach(emit);
  console.log('');
  for (const line of REFERENCE_LINES) console.log(line);
  console.log('');
  console.log(`${summary(rows)}; ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main();
