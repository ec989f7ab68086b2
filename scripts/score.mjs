// `npm run score`: the CNN reader against the gold annotations in
// `../shared` (beside the clone in this project's workspace). Elsewhere there
// is nothing to score against: say so and skip (exit 0).
import {spawnSync} from 'node:child_process'
import {existsSync, readdirSync} from 'node:fs'
import {join} from 'node:path'

const root = new URL('..', import.meta.url).pathname
const shared = join(root, '..', 'shared')
const score = join(shared, 'eval', 'score.mjs')
const bin = join(root, 'packages', 'cli', 'dist', 'bin.js')

if (!existsSync(score)) {
  console.log(
    `score: skipped: no ${score}. The score needs the shared gold annotations (../shared/eval, ../shared/seed, ../shared/corpus) beside the clone.`
  )
  process.exit(0)
}
if (!existsSync(bin)) {
  console.error('score: the CLI is not built; run `npm run build` first')
  process.exit(1)
}
const inputs = ['corpus', 'seed'].flatMap((folder) => {
  const dir = join(shared, folder)
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.txt'))
        .map((name) => join(dir, name))
    : []
})
const result = spawnSync(
  process.execPath,
  [score, '--cmd', `node ${bin} --from cnn --to json`, '-v', ...process.argv.slice(2), ...inputs],
  {stdio: 'inherit'}
)
process.exit(result.status ?? 1)
