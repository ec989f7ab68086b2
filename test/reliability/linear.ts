// Scaling checks for hostile inputs: run time must grow in proportion to the
// input, so a super-linear (often quadratic) path shows as a rising cost per
// character. Only ratios are asserted, never wall-clock limits, so a slow or
// busy machine does not fail the suite.
import {performance} from 'node:perf_hooks'
import {expect} from 'vitest'

export interface Scaling<T> {
  /** What `run` returned on the large input (to check it as well). */
  output: T
  /** Characters in the small and large inputs. */
  sizes: [number, number]
  /** Median milliseconds of one run on each. */
  times: [number, number]
  /**
   * Cost per character of the large input over that of the small one:
   * about 1 when linear, about `factor` when quadratic.
   */
  ratio: number
}

export interface ScalingOptions {
  /** How much larger the large input is (default 4). */
  factor?: number
  /** Measured samples per size, after one warm-up run (default 5). */
  samples?: number
  /**
   * Shortest sample, in milliseconds: runs on a fast input are batched until
   * a sample takes this long, so timer resolution and one-off pauses do not
   * dominate (default 25).
   */
  minSample?: number
}

/**
 * Measures `run` on `make(n)` and `make(n * factor)`. Samples of the two sizes
 * are interleaved, so background load (other test files, GC) falls on both.
 */
export function scaling<T>(
  make: (n: number) => string,
  n: number,
  run: (input: string) => T,
  options: ScalingOptions = {}
): Scaling<T> {
  const {factor = 4, samples = 5, minSample = 25} = options
  const inputs = [make(n), make(n * factor)] as const
  let output: T | undefined
  // Warm-up: compiles the code paths for this shape; it also sizes the batches.
  const batches = inputs.map((input) => {
    const start = performance.now()
    output = run(input)
    const once = Math.max(performance.now() - start, 0.01)
    return Math.min(1000, Math.max(1, Math.ceil(minSample / once)))
  })
  const times: [number[], number[]] = [[], []]
  for (let sample = 0; sample < samples; sample++) {
    for (const index of [0, 1] as const) {
      const batch = batches[index]!
      const start = performance.now()
      for (let round = 0; round < batch; round++) run(inputs[index])
      times[index].push((performance.now() - start) / batch)
    }
  }
  const small = median(times[0])
  const large = median(times[1])
  const sizes: [number, number] = [inputs[0].length, inputs[1].length]
  return {
    output: output as T,
    sizes,
    times: [small, large],
    ratio: large / sizes[1] / (small / sizes[0])
  }
}

/** Readable summary for assertion messages. */
export function describeScaling(scaling: Scaling<unknown>): string {
  const [a, b] = scaling.sizes
  const [ta, tb] = scaling.times
  return `${a} chars in ${ta.toFixed(2)} ms, ${b} chars in ${tb.toFixed(2)} ms: cost per char ×${scaling.ratio.toFixed(2)}`
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/**
 * Asserts that `run` scales linearly on inputs of the shape `make` makes: the
 * cost per character of the large input is under `bound` (default 3) times
 * that of the small one. A measurement over the bound is repeated (up to
 * `attempts`, default 3, in all): a pause from the garbage collector or
 * another process seldom strikes twice, a super-linear path always does.
 * Returns what `run` gave on the large input.
 */
export function expectLinear<T>(
  make: (n: number) => string,
  n: number,
  run: (input: string) => T,
  options: ScalingOptions & {bound?: number; attempts?: number} = {}
): T {
  const {bound = 3, attempts = 3, ...rest} = options
  const seen: string[] = []
  let result: Scaling<T> | undefined
  for (let attempt = 0; attempt < attempts; attempt++) {
    result = scaling(make, n, run, rest)
    seen.push(describeScaling(result))
    if (result.ratio < bound) break
  }
  // `RELIABILITY_VERBOSE=1` shows the margins of passing checks too.
  if (process.env.RELIABILITY_VERBOSE) console.log(seen.join('\n'))
  expect(result!.ratio, seen.join('; ')).toBeLessThan(bound)
  return result!.output
}
