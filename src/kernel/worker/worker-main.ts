/**
 * The entry of a kernel worker thread (bundled as dist/kernel-worker.js): one KernelSession that runs
 * the cells the extension host sends, one at a time, so that a long cell never blocks the editor.
 * An interrupt (the shared flag set by the host) stops the statement running with an "interrupted"
 * error; the session and every name defined before are kept. Must not import vscode.
 */
import { parentPort, workerData } from 'worker_threads';
import type { CellResult } from '../cell-result';
import { capCellResult } from '../notebook-value-cap';
import { KernelSession } from '../session';
import { INTERRUPT_INDEX, type KernelWorkerData, type RunRequest, type WorkerReply } from './worker-protocol';

const data = workerData as KernelWorkerData;
const port = parentPort;
if (!port || !data) throw new Error('kernel-worker.js runs only as a worker thread started by the Activation Lab extension');

const flag = data.interruptFlag;
/** The run being computed, and whether its interrupt was already reported. */
let running: { id: number; interruptSeen: boolean } | undefined;
const session = new KernelSession({
  ...data.settings,
  shouldStop: () => {
    const stop = Atomics.load(flag, INTERRUPT_INDEX) !== 0;
    if (stop && running && !running.interruptSeen) {
      running.interruptSeen = true;
      port.postMessage({ type: 'interrupt-seen', id: running.id } satisfies WorkerReply);
    }
    return stop;
  },
});

port.on('message', (request: RunRequest) => {
  let result: CellResult;
  running = { id: request.id, interruptSeen: false };
  port.postMessage({ type: 'started', id: request.id } satisfies WorkerReply);
  try {
    // Capped here as well as in the controller, so a ten-million-number vector is not copied across threads.
    const id = request.id;
    result = capCellResult(
      session.executeSync(request.source, {
        onProgress: (outputs, final) => port.postMessage({ type: 'progress', id, outputs: capCellResult({ ok: true, outputs, error: null }).outputs, final } satisfies WorkerReply),
      }),
    );
  } catch (error) {
    result = { ok: false, outputs: [], error: { message: `internal error: ${error instanceof Error ? error.message : String(error)} (this is a bug in Activation Lab)`, line: 1, column: 1 } };
  }
  running = undefined;
  const reply: WorkerReply = { type: 'result', id: request.id, result };
  port.postMessage(reply);
});
