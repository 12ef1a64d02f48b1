// Measures how long Interrupt takes to end a training cell in the kernel worker: from setting the
// shared flag (KernelWorker.interrupt) to the worker's result arriving in the host, with the run so
// far kept and drawn (its final view payload and SVG are built in that time). Runs a long training
// until its 3rd live update, interrupts, and repeats. Needs the compiled tests:
//   node scripts/compile-tests.js && node scripts/training-interrupt-latency.js [outDir] [repeats]
// Reported in docs/benchmarks.md.
'use strict';
const path = require('path');
const { performance } = require('perf_hooks');

const outDir = path.resolve(process.argv[2] || path.join(__dirname, '..', 'out'));
const repeats = Number(process.argv[3] || 7);
const { KernelWorker } = require(path.join(outDir, 'src', 'kernel', 'worker', 'kernel-worker.js'));
const WORKER = path.join(outDir, 'src', 'kernel', 'worker', 'worker-main.js');

const CASES = [
  { name: 'spiral 500 points, mlp [2, 16, 16, 1] tanh, batch 32', source: 'data = dataset("spiral", n=500, noise=0.2, seed=1)\nrun = train(mlp([2, 16, 16, 1], activation=tanh), data, epochs=1000000)' },
  { name: 'circle 2,000 points, mlp [2, 64, 64, 1] relu, full batch', source: 'data = dataset("circle", n=2000, seed=1)\nrun = train(mlp([2, 64, 64, 1]), data, epochs=1000000, batch="full")' },
  { name: 'compare_training of 3 activations, spiral 500', source: 'data = dataset("spiral", n=500, seed=1)\ncmp = compare_training(relu, tanh, gelu, data=data, hidden=[8, 8, 8], epochs=1000000)' },
];

async function once(worker, source) {
  let third;
  const seen = new Promise((r) => (third = r));
  let updates = 0;
  let interruptSeenAt = NaN;
  const result = worker.run(source, { progress: () => ++updates === 3 && third(), interruptSeen: () => (interruptSeenAt = performance.now()) });
  await seen;
  const t0 = performance.now();
  worker.interrupt();
  const r = await result;
  const t1 = performance.now();
  const check = await worker.run(source.includes('cmp =') ? 'cmp[0].stopped' : 'run.stopped');
  const stopped = String(check.outputs[0]?.items[0]?.data);
  if (!r.ok || !/interrupted/.test(stopped)) throw new Error(`not interrupted: ${JSON.stringify(r.error)} ${stopped}`);
  return { total: t1 - t0, seen: interruptSeenAt - t0 };
}

(async () => {
  const os = require('os');
  console.log(`node ${process.version}, ${os.cpus().length} cpus, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  for (const c of CASES) {
    const worker = new KernelWorker(WORKER, {});
    const totals = [];
    const seens = [];
    for (let i = 0; i < repeats; i++) {
      const m = await once(worker, c.source);
      totals.push(m.total);
      seens.push(m.seen);
    }
    await worker.terminate('done');
    const sorted = (xs) => [...xs].sort((a, b) => a - b);
    const med = (xs) => sorted(xs)[Math.floor(xs.length / 2)];
    console.log(`${c.name}: interrupt → result median ${med(totals).toFixed(1)} ms, max ${Math.max(...totals).toFixed(1)} ms; flag seen median ${med(seens).toFixed(1)} ms (${repeats} runs)`);
  }
})().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
