/** Target: peak memory at most this many times the input. */
export const MEMORY_TARGET: number
export const MEMORY_SIZES: number[]
/** Input of `kind` (`json`, `markdown`, `cnn`) of about `bytes` bytes. */
export function memoryInput(kind: string, bytes: number): string
/** One run of memory.mjs, parsed; `undefined` when it failed (out of memory under a cap). */
export function memoryRun(
  kind: string,
  file: string,
  warm: string,
  flags?: string[]
): Record<string, number> | undefined
/** Flags capping old space at `heapBefore` + `ratio` × `bytes` (bytes), and that cap in MB. */
export function capFlags(
  heapBefore: number,
  bytes: number,
  ratio?: number
): {cap: number; flags: string[]}
export function measureMemory(log?: (line: string) => void): unknown[]
export function memoryTable(rows: unknown[]): {table: string; missed: string[]}
export const MEMORY_METHOD: string
