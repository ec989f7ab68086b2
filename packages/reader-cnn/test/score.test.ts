// The shared gold annotations (../shared beside the repository): the seed must
// read perfectly, the corpus nearly so. Skipped where ../shared is absent.
import {readFileSync} from 'node:fs'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {fromCnnText} from '../src/index.js'
import {hasShared, shared, sharedTexts} from './helpers.js'

type Counts = Record<string, {gold: number; found: number; hit: number}>

async function f1(paths: string[]): Promise<{f1: number; missed: string[]; extra: string[]}> {
  const {score} = (await import(pathToFileURL(`${shared}eval/score.mjs`).href)) as {
    score: (gold: unknown, tree: unknown) => {cats: Counts; missed: string[]; extra: string[]}
  }
  const total = {gold: 0, found: 0, hit: 0}
  const missed: string[] = []
  const extra: string[] = []
  for (const path of paths) {
    const gold = JSON.parse(readFileSync(path.replace(/\.txt$/, '.gold.json'), 'utf8'))
    const result = score(gold, JSON.parse(JSON.stringify(fromCnnText(readFileSync(path, 'utf8')))))
    for (const counts of Object.values(result.cats)) {
      total.gold += counts.gold
      total.found += counts.found
      total.hit += counts.hit
    }
    missed.push(...result.missed)
    extra.push(...result.extra)
  }
  const precision = total.hit / total.found
  const recall = total.hit / total.gold
  return {f1: (2 * precision * recall) / (precision + recall), missed, extra}
}

describe('gold annotations', () => {
  it.runIf(!hasShared)('needs ../shared', (context) => {
    context.skip(
      'needs ../shared/eval/score.mjs and ../shared/{seed,corpus}/*.gold.json beside the clone'
    )
  })
  if (!hasShared) return

  it('reads the seed perfectly', async () => {
    const result = await f1(sharedTexts('seed'))
    expect(result.missed).toEqual([])
    expect(result.extra).toEqual([])
    expect(result.f1).toBe(1)
  })

  it('reads the corpus with F1 ≥ 0.98', async () => {
    const result = await f1(sharedTexts('corpus'))
    expect(result.f1).toBeGreaterThanOrEqual(0.98)
  })
})
