// A build script: every live blog in `input/` (CNN-style page text) becomes
// a web page (HTML5 with schema.org LiveBlogPosting data), three feeds (RSS
// 2.0, Atom 1.0, JSON Feed 1.1), a Markdown page and the lbast JSON in
// `output/`, with the liveblog packages used as a library. The page and the
// feeds link to each other's addresses under one fictional site.
//
//   node examples/build-feeds.mjs [input folder] [output folder]
import {mkdir, readdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import process from 'node:process'
import {fileURLToPath} from 'node:url'
import readCnn from '@liveblog/reader-cnn'
import writeAtom from '@liveblog/writer-atom'
import writeHtml from '@liveblog/writer-html'
import writeJson from '@liveblog/writer-json'
import writeJsonFeed from '@liveblog/writer-json-feed'
import writeMarkdown from '@liveblog/writer-markdown'
import writeRss from '@liveblog/writer-rss'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'

const here = path.dirname(fileURLToPath(import.meta.url))
const inputFolder = path.resolve(process.argv[2] ?? path.join(here, 'input'))
const outputFolder = path.resolve(process.argv[3] ?? path.join(here, 'output'))
/** Where the feeds would be published: fictional, as the blogs are. */
const site = 'https://example.com/live'

/** The options the three feed writers share, for a blog named `name`. */
const feedOptions = (name, feed) => ({
  url: `${site}/${name}`,
  feedUrl: `${site}/${name}/${feed}`,
  postUrl: `${site}/${name}#{id}`,
  sort: 'time'
})

/** One output per writer: its extension and its processor for a blog named `name`. */
const outputs = [
  {
    extname: '.xml',
    processor: (name) => unified().use(readCnn).use(writeRss, feedOptions(name, 'feed.xml'))
  },
  {
    extname: '.atom',
    processor: (name) => unified().use(readCnn).use(writeAtom, feedOptions(name, 'feed.atom'))
  },
  {
    extname: '.feed.json',
    processor: (name) => unified().use(readCnn).use(writeJsonFeed, feedOptions(name, 'feed.json'))
  },
  {extname: '.md', processor: () => unified().use(readCnn).use(writeMarkdown)},
  {extname: '.json', processor: () => unified().use(readCnn).use(writeJson, {space: 2})},
  {
    extname: '.html',
    // The page at the address the feeds give as the blog's link; its posts
    // are `<article id>`s, so `#{id}` permalinks land on them.
    processor: (name) =>
      unified()
        .use(readCnn)
        .use(writeHtml, {url: `${site}/${name}`, language: 'en', publisher: 'Example Live'})
  }
]

const names = (await readdir(inputFolder)).filter((name) => name.endsWith('.txt')).sort()
await mkdir(outputFolder, {recursive: true})
const reports = []
let failed = false

for (const name of names) {
  const value = await readFile(path.join(inputFolder, name), 'utf8')
  const stem = path.basename(name, '.txt')
  for (const output of outputs) {
    const file = new VFile({
      path: path.relative(process.cwd(), path.join(inputFolder, name)),
      value
    })
    await output.processor(stem).process(file)
    const fatal = file.messages.some((message) => message.fatal)
    if (fatal) failed = true
    else await writeFile(path.join(outputFolder, stem + output.extname), String(file))
    // The reader's messages once per input (every processor reads the same
    // text), and any output that failed.
    if (output.extname === '.xml' || fatal) reports.push(file)
  }
}

// Warnings and errors only: the info messages (dropped page chrome) are many.
for (const file of reports)
  file.messages = file.messages.filter((message) => message.fatal !== undefined)
const report = reporter(reports, {quiet: true})
if (report) console.error(report)
console.log(`${names.length} live blogs → ${path.relative(process.cwd(), outputFolder) || '.'}`)
if (failed) process.exitCode = 1
