// The input format of a text without `--from` and without an extension
// (standard input, `README`-style names), from its first characters.

/** A format name and why it was chosen. */
export interface Sniffed {
  name: 'json' | 'markdown' | 'cnn' | 'html'
  reason: string
}

/** Front matter: `---` alone on the first line. */
const frontMatter = /^(?:\uFEFF)?---[ \t]*\r?\n/
/** An HTML page: `<!doctype html` or `<html` first (any case). */
const htmlPage = /^(?:<!doctype\s+html|<html[\s>])/i
/** A post heading: a line starting with `## `. */
const postHeading = /^##[ \t]/m

/**
 * An HTML page (`<!doctype html` or `<html` first), an lbast JSON object (`{` first), Markdown (front matter, or a `## ` post
 * heading), otherwise CNN text. Looks at the text once; never throws.
 */
export function sniffFormat(value: string): Sniffed {
  const start = value.trimStart()
  if (htmlPage.test(start.replace(/^\uFEFF/, '')))
    return {name: 'html', reason: 'it starts with `<!doctype html` or `<html`'}
  if (start.startsWith('{')) return {name: 'json', reason: 'it starts with `{`'}
  if (frontMatter.test(value)) return {name: 'markdown', reason: 'it starts with front matter'}
  if (postHeading.test(value)) return {name: 'markdown', reason: 'it has `## ` post headings'}
  return {name: 'cnn', reason: 'it is neither JSON nor live-blog Markdown'}
}
