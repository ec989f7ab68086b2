// Runs the BUILT `liveblog` binary as a process, as users and CI run it.
import {execFileSync, spawn} from 'node:child_process'
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

export const root = fileURLToPath(new URL('../../../', import.meta.url))
export const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url))
export const examples = fileURLToPath(new URL('../../../examples/', import.meta.url))

/** CI builds before testing; a local run may not have. */
export function ensureBuilt(): void {
  if (!existsSync(bin)) {
    execFileSync('npm', ['run', 'build'], {cwd: root, stdio: 'ignore'})
  }
}

export interface Result {
  code: number | null
  stdout: string
  stderr: string
}

/** The first line of a text (of a message: what the user reads first). */
export function firstLine(text: string): string {
  return text.split('\n')[0] ?? ''
}

/** Lines of a report with runs of spaces (vfile-reporter's alignment) made one. */
export function lines(text: string): string[] {
  return text
    .trimEnd()
    .split('\n')
    .map((line) => line.trim().replace(/ {2,}/g, ' '))
}

export function cli(args: string[], options: {cwd?: string; input?: string} = {}): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: options.cwd ?? root,
      env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0'}
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
    })
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout, stderr}))
    if (options.input === undefined) child.stdin.end()
    else child.stdin.end(options.input)
  })
}
