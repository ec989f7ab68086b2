// A real browser looks at every written page (the seed, every corpus case,
// every reader-cnn fixture) as a phone shows it: Debian's `chromium` (or the
// one `CHROME_PATH` names) driven by `puppeteer-core`, which never downloads
// a browser. At 375 CSS px wide, light and dark (`prefers-color-scheme`):
// no sideways scrolling, every post's `<article>` there with its headline
// laid out (a non-zero box within the viewport's width) and readable against
// the page background (WCAG contrast ≥ 4.5). A full-page screenshot of each
// (`test-output/screenshots/NAME-light.png`, `-dark.png`, git-ignored) is
// left for a person to look at. Without a browser every test here skips and
// says so (and CI, which installs one in `.ci/run`, fails on a skip).
// The function `layout` runs in the page, so this file sees the DOM types.
/// <reference lib="dom" />
import {existsSync} from 'node:fs'
import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {type Browser, launch, type Page} from 'puppeteer-core'
import {afterAll, beforeAll, expect} from 'vitest'
import {eachWrittenPage, writePage} from './written-pages.js'

const WIDTH = 375
const output = path.join(import.meta.dirname, '../../../test-output')
const screenshots = path.join(output, 'screenshots')
const pages = path.join(output, 'pages')

/** The browser to drive: `CHROME_PATH`, else Debian's `/usr/bin/chromium`; `undefined` when neither exists. */
function findChromium(): string | undefined {
  const given = process.env.CHROME_PATH
  if (given) {
    if (!existsSync(given)) throw new Error(`CHROME_PATH=${given}: no such file`)
    return given
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((file) => existsSync(file))
}

const executable = findChromium()
const NO_BROWSER =
  'no Chromium: install Debian `chromium` (`apt-get install chromium`, as .ci/run does) or set CHROME_PATH'
let browser: Browser | undefined
let tab: Page | undefined

beforeAll(async () => {
  if (!executable) return
  await mkdir(screenshots, {recursive: true})
  await mkdir(pages, {recursive: true})
  // Chromium's sandbox refuses to run as root (containers, CI).
  const root = process.getuid?.() === 0
  browser = await launch({
    executablePath: executable,
    headless: true,
    args: [...(root ? ['--no-sandbox'] : []), '--disable-dev-shm-usage', '--disable-gpu'],
    timeout: 60_000
  })
  tab = await browser.newPage()
  await tab.setViewport({width: WIDTH, height: 740, isMobile: true, deviceScaleFactor: 1})
  // The page stands alone: nothing but the file itself is fetched (images
  // point at fictional hosts).
  await tab.setRequestInterception(true)
  tab.on('request', (request) => {
    if (request.url().startsWith('file:')) request.continue()
    else request.abort()
  })
}, 90_000)

afterAll(async () => {
  await browser?.close()
})

/** What the test reads off the laid-out page. */
interface Layout {
  scrollWidth: number
  background: string
  articles: Array<{
    id: string
    headline: string | undefined
    box: {left: number; right: number; width: number; height: number} | undefined
    shown: boolean
    color: string
  }>
}

function layout(): Layout {
  const articles = Array.from(document.querySelectorAll('article'), (article) => {
    const h2 = article.querySelector('h2')
    const rect = h2?.getBoundingClientRect()
    const style = h2 ? getComputedStyle(h2) : undefined
    return {
      id: article.id,
      headline: h2?.textContent ?? undefined,
      box: rect && {left: rect.left, right: rect.right, width: rect.width, height: rect.height},
      shown: Boolean(style && style.visibility === 'visible' && Number(style.opacity) > 0),
      color: style?.color ?? ''
    }
  })
  return {
    scrollWidth: document.documentElement.scrollWidth,
    background: getComputedStyle(document.body).backgroundColor,
    articles
  }
}

/** sRGB `rgb(r, g, b)` / `rgba(…)` → relative luminance (WCAG 2.2). */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
    const channel = Number(part) / 255
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

eachWrittenPage(
  'opens at 375 px, light and dark, headlines visible: %s',
  async (input, group, context) => {
    // The skip report (vitest.skips.ts) lists the reason; in CI a skip fails.
    if (!executable) context.skip(NO_BROWSER)
    if (!tab) throw new Error(`${executable} did not start`)
    const page = writePage(input, group)
    const file = path.join(pages, `${page.name}.html`)
    await writeFile(file, page.html)
    await tab.emulateMediaFeatures([{name: 'prefers-color-scheme', value: 'light'}])
    await tab.goto(pathToFileURL(file).href, {waitUntil: 'load'})
    const backgrounds: string[] = []
    for (const scheme of ['light', 'dark'] as const) {
      await tab.emulateMediaFeatures([{name: 'prefers-color-scheme', value: scheme}])
      const seen = await tab.evaluate(layout)
      expect(seen.scrollWidth, `${scheme}: sideways scrolling`).toBeLessThanOrEqual(WIDTH)
      expect(seen.articles.map((article) => article.id)).toEqual(page.posts.map((post) => post.id))
      for (const article of seen.articles) {
        const where = `${scheme} #${article.id}`
        expect(article.headline, where).toBeTruthy()
        expect(article.shown, where).toBe(true)
        expect(article.box?.width, where).toBeGreaterThan(0)
        expect(article.box?.height, where).toBeGreaterThan(0)
        expect(article.box?.left, where).toBeGreaterThanOrEqual(0)
        expect(article.box?.right, where).toBeLessThanOrEqual(WIDTH)
        expect(contrast(article.color, seen.background), where).toBeGreaterThanOrEqual(4.5)
      }
      backgrounds.push(seen.background)
      await tab.screenshot({
        path: path.join(screenshots, `${page.name}-${scheme}.png`),
        fullPage: true
      })
    }
    // The dark stylesheet applies: a dark background, not the light one.
    expect(luminance(backgrounds[0] as string)).toBeGreaterThan(0.5)
    expect(luminance(backgrounds[1] as string)).toBeLessThan(0.1)
  }
)
