// Page chrome: text a copy of a live page carries that is not the blog's
// content (buttons, menus, dialogs). It is dropped, each line with an info
// message, so nothing disappears unseen.

/** Lines that are chrome wherever they appear (compared lower-cased). */
const CHROME = new Set([
  'link copied!',
  'copy link',
  'ad feedback',
  'video ad feedback',
  'read more',
  'show more',
  'show all',
  'see all',
  'load more',
  'sort by',
  'sort bydropdown arrow',
  'sort by dropdown arrow',
  'dropdown arrow',
  'sort bylatestoldest',
  'sort by latest oldest',
  'sort by latestoldest',
  'latest',
  'oldest',
  'latestoldest',
  'live updates',
  'live',
  'share',
  'share this',
  'close',
  'replay',
  'play',
  'pause',
  'mute',
  'unmute',
  'fullscreen',
  'now playing',
  'source: cnn',
  'back to top',
  'scroll to top',
  'advertisement',
  'ad',
  'see more videos',
  'more videos',
  'up next',
  'related video',
  'related article',
  'pinned',
  'pinned post',
  'key event',
  'new updates',
  'jump to',
  'skip to content'
])

/**
 * Chrome that only appears around the content: site navigation at the top of
 * a copy, and the footer at its end. Dropped only outside posts, so a post
 * may still say "World" on a line of its own.
 */
const NAVIGATION = new Set([
  'world',
  'us',
  'u.s.',
  'politics',
  'business',
  'markets',
  'tech',
  'media',
  'health',
  'entertainment',
  'style',
  'travel',
  'sports',
  'science',
  'climate',
  'weather',
  'features',
  'underscored',
  'games',
  'watch',
  'listen',
  'audio',
  'video',
  'videos',
  'podcasts',
  'live tv',
  'live news',
  'cnn headlines',
  'cnn5 things',
  'more',
  'menu',
  'search',
  'edition',
  'us edition',
  'international edition',
  'international',
  'arabic',
  'español',
  'espanol',
  'follow cnn',
  'sign in',
  'sign out',
  'log in',
  'log out',
  'my account',
  'settings',
  'topics you follow',
  'your cnn account',
  'subscribe',
  'newsletters',
  'breaking news',
  'middle east',
  'africa',
  'americas',
  'asia',
  'australia',
  'china',
  'europe',
  'india',
  'united kingdom',
  'uk',
  'ukraine-russia war',
  'israel-hamas war',
  'terms of use',
  'privacy policy',
  'cookie settings',
  'ad choices',
  'accessibility & cc',
  'about',
  'about cnn',
  'transcripts',
  'help center',
  'careers',
  'licensing',
  'the cnn store',
  'cnn store',
  'paid content',
  'paid partner content',
  'sponsored content'
])

/** The "CNN values your feedback" ad-feedback dialog, line by line. */
const AD_DIALOG = new Set([
  'cnn values your feedback',
  'video player was slow to load content',
  'video content never loaded',
  'ad froze or did not finish loading',
  'video content did not start after ad',
  'audio on ad was too loud',
  'other issues',
  'ad never loaded',
  'ad prevented/slowed the page from loading',
  'content moved around while ad loaded',
  "ad was repetitive to ads i've seen previously",
  'ad was repetitive to ads i’ve seen previously',
  'cancel',
  'submit',
  'thank you!',
  'your effort and contribution in providing this feedback is much appreciated.',
  'close'
])

/** Chrome is short: longer lines are never looked up. */
export const MAX_CHROME_LENGTH = 100

/** The form chrome is compared in: lower case, single spaces. */
export function chromeKey(text: string): string {
  const lower = text.toLowerCase()
  return /\s\s|[\t\u00a0]/.test(lower) ? lower.replace(/\s+/g, ' ') : lower
}

export function isChrome(k: string): boolean {
  return (
    CHROME.has(k) ||
    /^sort by:?(?:\s*(?:dropdown arrow|latest|oldest|newest))*\s*$/.test(k) ||
    // An AMP page's prompt: "Stay updated on developing stories".
    /^stay updated(?: on (?:developing|breaking|the latest) (?:stories|news))?$/.test(k)
  )
}

export function isNavigation(k: string): boolean {
  return (
    NAVIGATION.has(k) ||
    // "© 2024 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved."
    /^©|^cable news network\b/.test(k) ||
    /^cnn sans\b/.test(k)
  )
}

/** A line of the ad-feedback dialog; `opening` only for its first line. */
export function isAdDialog(k: string, opening: boolean): boolean {
  if (opening) return k === 'cnn values your feedback'
  // Its numbered questions: "1. How relevant is this ad to you?"
  return AD_DIALOG.has(k) || /^\d{1,2}\. [^?]{1,120}\?$/.test(k)
}

/** "62 New Updates" glued before a time; "3 new posts". */
export const NEW_UPDATES = /^\d{1,5} new (?:updates?|posts?)\s*/i
