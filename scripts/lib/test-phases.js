// Runs the phases of `npm test` one after another and sums their counts into one closing line,
// "N passed, N failed". Each phase's output is streamed to our stdout/stderr as it arrives (so a long
// phase shows progress) and kept for counting. Nothing here calls process.exit(): that drops writes
// still queued for a pipe (CI reads stdout through one) and cut the log at 64 KiB; the exit code is
// set with process.exitCode and Node ends once every write is flushed.
'use strict';
const { spawn } = require('child_process');

/**
 * One phase's counts, read from its own summary line (mocha's "N passing"/"N failing", or our
 * "<label>: N passed, N failed"). A 'step' (compile, build, package) is not a test: it counts only
 * as one failure when it fails. A phase that crashed before counting, or that ran no test, fails.
 */
function countPhase(label, status, output, style) {
  if (style === 'step') return { passed: 0, failed: status === 0 ? 0 : 1 };
  let passed = 0;
  let failed = 0;
  if (style === 'mocha') {
    passed = Number(/(\d+) passing/.exec(output)?.[1] ?? 0);
    failed = Number(/(\d+) failing/.exec(output)?.[1] ?? 0);
  } else {
    const match = new RegExp(`^${label}: (\\d+) passed, (\\d+) failed`, 'm').exec(output);
    passed = Number(match?.[1] ?? 0);
    failed = Number(match?.[2] ?? 0);
  }
  if (status !== 0 && failed === 0) failed = 1;
  if (status === 0 && passed === 0) failed += 1;
  return { passed, failed };
}

/** Runs a command without stdin, streaming its output, and resolves {status, output}. */
function runCommand(label, command, args, options = {}) {
  process.stdout.write(`\n=== ${label} ===\n`);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    const chunks = [];
    child.stdout.on('data', (chunk) => {
      chunks.push(chunk);
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      chunks.push(chunk);
      process.stderr.write(chunk);
    });
    const done = (status) => {
      process.stdout.write(`--- ${label}: exit ${status} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
      resolve({ status, output: Buffer.concat(chunks).toString('utf8') });
    };
    child.on('error', (error) => {
      chunks.push(Buffer.from(String(error)));
      done(1);
    });
    child.on('close', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

/**
 * Runs phases in order: {label, name, command, args, style: 'step'|'mocha'|'summary', stopOnFailure,
 * after(result)}; a phase whose `stopOnFailure` is set ends the run when it fails. Prints the total and
 * sets the exit code; resolves the totals.
 */
async function runPhases(phases, options = {}) {
  let passed = 0;
  let failed = 0;
  for (const phase of phases) {
    const args = typeof phase.args === 'function' ? phase.args() : phase.args;
    const result = await runCommand(phase.label, phase.command, args, options);
    const counts = countPhase(phase.name, result.status, result.output, phase.style);
    passed += counts.passed;
    failed += counts.failed;
    if (phase.after) phase.after(result);
    if (phase.stopOnFailure && (result.status !== 0 || counts.failed > 0)) break;
  }
  process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
  process.exitCode = failed === 0 ? 0 : 1;
  return { passed, failed };
}

module.exports = { countPhase, runCommand, runPhases };
