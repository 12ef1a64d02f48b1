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
const session = new KernelSession({ ...data.settings, shouldStop: () => Atomics.load(flag, INTERRUPT_INDEX) !== 0 });

port.on('message', (request: RunRequest) => {
  let result: CellResult;
  try {
    // Capped here as well as in the controller, so a ten-million-number vector is not copied across threads.
    result = capCellResult(session.executeSync(request.source));
  } catch (error) {
    result = { ok: false, outputs: [], error: { message: `internal error: ${error instanceof Error ? error.message : String(error)} (this is a bug in Activation Lab)`, line: 1, column: 1 } };
  }
  const reply: WorkerReply = { id: request.id, result };
  port.postMessage(reply);
});
