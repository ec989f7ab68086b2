// An independent reader of structured data, structured-data-testing-tool
// (its own HTML parser, and Google's preset of what a `LiveBlogPosting`
// needs), finds the page's `LiveBlogPosting` in JSON-LD with no failed test,
// on the seed, every corpus case and every reader-cnn fixture. Google's
// preset only warns (never fails) about a missing `coverageStartTime` or
// `coverageEndTime`: those warnings are allowed exactly when the tree has no
// time for them.
import {type SdttResult, type SdttTest, structuredDataTest} from 'structured-data-testing-tool'
import {Google} from 'structured-data-testing-tool/presets'
import {expect} from 'vitest'
import {eachWrittenPage, type WrittenPage, writePage} from './written-pages.js'

async function test(page: WrittenPage): Promise<SdttResult> {
  const updates = page.posts.length
  const ours: SdttTest[] = [
    {
      test: 'LiveBlogPosting[0].url',
      type: 'jsonld',
      expect: `https://news.example/live/${page.name.replace(/^[a-z]+-/, '')}`
    },
    {test: 'LiveBlogPosting[0].inLanguage', type: 'jsonld', expect: 'en'},
    {test: 'LiveBlogPosting[0].headline', type: 'jsonld'},
    {test: 'LiveBlogPosting[0].description', type: 'jsonld'},
    {
      // Every post is a `BlogPosting` with a headline and a `…#id` url.
      test: `length(LiveBlogPosting[0].liveBlogUpdate[?"@type" == 'BlogPosting' && headline && contains(url, '#')])`,
      type: 'jsonld',
      expect: updates
    }
  ]
  try {
    return await structuredDataTest(page.html, {
      presets: [Google],
      schemas: ['jsonld:LiveBlogPosting'],
      tests: ours
    })
  } catch (error) {
    const {type, res} = error as {type?: string; res?: SdttResult}
    if (type === 'VALIDATION_FAILED' && res) return res
    throw error
  }
}

/** Whether Google's preset warned that the `LiveBlogPosting` has no `field`. */
function warns(result: SdttResult, field: string): boolean {
  return result.warnings.some(
    (one) => /^LiveBlogPosting\[\d+\]\.(\w+)$/.exec(one.test)?.[1] === field
  )
}

function failures(result: SdttResult): string[] {
  return result.failed.map((one) => `${one.test}: ${one.error?.message ?? 'failed'}`)
}

eachWrittenPage('finds the LiveBlogPosting with no errors: %s', async (input, group) => {
  const page = writePage(input, group)
  expect(page.posts.length).toBeGreaterThan(0)
  const result = await test(page)
  expect(failures(result)).toEqual([])
  expect(result.schemas).toContain('LiveBlogPosting')
  expect(result.structuredData.jsonld.LiveBlogPosting).toHaveLength(1)
  const dated = page.posts.some((post) => post.published)
  const warned = (field: string) => warns(result, field)
  expect(warned('coverageStartTime')).toBe(!dated)
  expect(warned('coverageEndTime')).toBe(true)
  expect(
    result.warnings
      .map((one) => one.test)
      .filter((name) => !/\.coverage(Start|End)Time$/.test(name))
  ).toEqual([])

  // Said to have ended: `coverageEndTime` is there (when a post has a time).
  const ended = await test(writePage(input, group, {coverageEndTime: true}))
  expect(failures(ended)).toEqual([])
  const anyTime = page.posts.some((post) => post.published || post.updated)
  expect(warns(ended, 'coverageEndTime')).toBe(!anyTime)
})
