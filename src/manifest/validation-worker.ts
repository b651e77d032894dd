// Parsing and validating a large members file takes the main thread for most of a second (5,000 entries: about
// 0.5-0.9 s of `yaml` alone), and a drift run reads the organization meanwhile: paced requests cannot leave while the
// thread is busy, so that second would be added to the read. A worker thread of the same bundle validates instead;
// its answer (entries and diagnostics, plain data) comes back by structured clone. Small files stay on this thread:
// a worker costs more than they do.
//
// worker_threads is loaded only where a worker is started or served: every other run would pay for it at start-up
// (README, Performance). So the worker carries the task in its argv too, which the entry module can read without it.
import { readManifest } from './validate.js'
import type { Manifest } from '../model/entries.js'

/** What the worker is asked: set in its workerData and its argv, and how the entry module tells a worker from the action. */
export const MANIFEST_TASK = 'tencent-org-members:read-manifest'
/** Below this, validating here is quicker than starting a worker. */
export const ASIDE_MIN_BYTES = 64 * 1024

/**
 * readManifest, in a worker when the file is large and `entry` (the running bundle) can host one; on this thread
 * otherwise, or when the worker fails to start: the answer is the same either way.
 */
export async function validateAside(file: string, bytes: Buffer, entry: string | undefined = process.argv[1]): Promise<Manifest> {
  if (bytes.length < ASIDE_MIN_BYTES || !entry) return readManifest(file, bytes)
  try {
    const { Worker } = await import('node:worker_threads')
    return await new Promise<Manifest>((resolve, reject) => {
      const worker = new Worker(entry, { argv: [MANIFEST_TASK], workerData: { task: MANIFEST_TASK, file, bytes } })
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

/** True in a worker started by validateAside. Without the task in its argv, a run is the action: nothing to load. */
export async function isManifestWorker(): Promise<boolean> {
  if (!process.argv.includes(MANIFEST_TASK)) return false
  const { isMainThread, workerData } = await import('node:worker_threads')
  return !isMainThread && (workerData as { task?: unknown } | null)?.task === MANIFEST_TASK
}

/** The worker's side: validate, answer, end. */
export async function serveManifestWorker(): Promise<void> {
  const { parentPort, workerData } = await import('node:worker_threads')
  const { file, bytes } = workerData as { file: string; bytes: Uint8Array }
  parentPort!.postMessage(readManifest(file, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)))
}
