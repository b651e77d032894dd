// Parsing and validating a large members file takes the main thread for most of a second (5,000 entries: about
// 0.5-0.9 s of `yaml` alone), and a drift run reads the organization meanwhile: paced requests cannot leave while the
// thread is busy, so that second would be added to the read. A worker thread of the same bundle validates instead;
// its answer (entries and diagnostics, plain data) comes back by structured clone. Small files stay on this thread:
// a worker costs more than they do.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { readManifest, type Manifest } from './validate.js'

/** What the worker is asked: set in its workerData, and how the entry module tells a worker from the action. */
export const MANIFEST_TASK = 'tencent-org-members:read-manifest'
/** Below this, validating here is quicker than starting a worker. */
export const ASIDE_MIN_BYTES = 64 * 1024

/**
 * readManifest, in a worker when the file is large and `entry` (the running bundle) can host one; on this thread
 * otherwise, or when the worker fails to start: the answer is the same either way.
 */
export async function readManifestAside(file: string, bytes: Buffer, entry: string | undefined = process.argv[1]): Promise<Manifest> {
  if (bytes.length < ASIDE_MIN_BYTES || !entry) return readManifest(file, bytes)
  try {
    return await new Promise<Manifest>((resolve, reject) => {
      const worker = new Worker(entry, { workerData: { task: MANIFEST_TASK, file, bytes } })
      worker.once('message', (m: Manifest) => {
        resolve(m)
        void worker.terminate()
      })
      worker.once('error', reject)
      worker.once('exit', (code) => reject(new Error(`the validation worker exited (${code}) without an answer`)))
    })
  } catch {
    return readManifest(file, bytes)
  }
}

/** True in a worker started by readManifestAside. */
export function isManifestWorker(): boolean {
  return !isMainThread && (workerData as { task?: unknown } | null)?.task === MANIFEST_TASK
}

/** The worker's side: validate, answer, end. */
export function serveManifestWorker(): void {
  const { file, bytes } = workerData as { file: string; bytes: Uint8Array }
  parentPort!.postMessage(readManifest(file, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)))
}
