// `prepack` of every package: builds it, and the workspace packages it
// depends on, when their `dist/` is missing or older than their sources, so
// `npm pack` in a fresh clone can never make a package without its code.
import {execFileSync} from 'node:child_process'
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs'
import {join} from 'node:path'

const root = new URL('..', import.meta.url).pathname
const packages = join(root, 'packages')
const byName = new Map()
for (const dir of readdirSync(packages)) {
  const file = join(packages, dir, 'package.json')
  if (existsSync(file)) byName.set(JSON.parse(readFileSync(file, 'utf8')).name, join(packages, dir))
}

const self = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8'))
const done = new Set()
build(self.name)

function build(name) {
  if (done.has(name)) return
  done.add(name)
  const dir = byName.get(name)
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
  for (const dependency of Object.keys(manifest.dependencies ?? {})) {
    if (byName.has(dependency)) build(dependency)
  }
  if (!manifest.scripts?.build || fresh(dir)) return
  console.error(`prepack: building ${name}`)
  // Build output goes to stderr: `npm pack --json` prints its JSON on stdout.
  execFileSync('npm', ['run', 'build', '--silent'], {cwd: dir, stdio: ['ignore', 2, 2]})
}

/** Whether `dist/index.js` and `dist/index.d.ts` are newer than every file in `src/`. */
function fresh(dir) {
  const outputs = ['dist/index.js', 'dist/index.d.ts'].map((file) => join(dir, file))
  if (!outputs.every((file) => existsSync(file))) return false
  const built = Math.min(...outputs.map((file) => statSync(file).mtimeMs))
  return newest(join(dir, 'src')) <= built && statSync(join(dir, 'package.json')).mtimeMs <= built
}

function newest(folder) {
  let time = 0
  for (const entry of readdirSync(folder, {withFileTypes: true})) {
    const full = join(folder, entry.name)
    time = Math.max(time, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs)
  }
  return time
}
