// Lines that stand for an image when the copy lost part of it: a caption and
// its credit on one line (AMP pages), a credit printed twice with no caption,
// a caption whose credit line was dropped, a mirror's numbered stand-in.
// All regexes are linear; each looks at one trimmed line.
import {isCredit, wordCount} from './classify.js'

/**
 * A credit that names a source: "Kim Lee/AP", "Getty Images", "Courtesy of
 * the family". Stricter than `isCredit`, which also takes any few capitalised
 * words: here the line has no caption beside it to vouch for it.
 */
export function isSourcedCredit(text: string): boolean {
  return isCredit(text) && (text.includes('/') || SOURCE_WORD.test(text))
}

const SOURCE_WORD =
  /\b(?:AP|AFP|Reuters|Getty Images|Getty|Pool|EPA|EPA-EFE|Bloomberg|Shutterstock|Maxar|Planet Labs|Anadolu|NurPhoto|SOPA Images|LightRocket|Sipa|ZUMA|Xinhua|Courtesy|Handout|CNN|Imagn|Alamy|AAP|Kyodo|Yonhap|TASS|Sputnik|Stringer|Screenshot|Screengrab)\b/

/** Credits are short: only the end of a line is searched for one. */
const MAX_CREDIT = 120

/**
 * "Crews clear debris on Front Street on Tuesday. Marco Feld/Reuters": a
 * caption of three words or more ending in a full stop, then a sourced
 * credit, on one line. Returns the length of the caption (with its stop), or
 * -1. The earliest split whose rest is a credit wins, so initials in a
 * credit ("Ann B. Cole/AP") stay in the credit.
 */
export function captionCreditSplit(text: string): number {
  if (/[.!?:;,"”’)]$/.test(text)) return -1
  let from = Math.max(0, text.length - MAX_CREDIT - 2)
  for (;;) {
    const stop = text.indexOf('. ', from)
    if (stop < 0) return -1
    const caption = text.slice(0, stop + 1)
    const rest = text.slice(stop + 2).trim()
    if (wordCount(caption) >= 3 && rest !== '' && isSourcedCredit(rest)) return stop + 1
    from = stop + 2
  }
}

/**
 * A mirror's numbered stand-in for an image: "Spring storm coverage (2)".
 * A few words, no sentence end, then a small number in parentheses.
 */
export function isImageStandIn(text: string): boolean {
  // Most lines are ruled out by their last two characters.
  if (text.charCodeAt(text.length - 1) !== 41 /* ) */) return false
  const digit = text.charCodeAt(text.length - 2)
  if (digit < 48 || digit > 57) return false
  const match = /^(\p{Lu}[^()]{0,100}?)\s\((\d{1,2})\)$/u.exec(text)
  if (!match) return false
  const words = wordCount(match[1]!)
  return words >= 1 && words <= 10 && !/[.!?:;,]$/.test(match[1]!)
}

const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day'
const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)'
/** "… on January 9.", "… on Tuesday, May 3, 2024.", "… on Friday." */
const DATED_END = new RegExp(
  String.raw`\son\s(?:(?:${WEEKDAY},?\s)?${MONTH}\.?\s\d{1,2}(?:,\s\d{4})?|${WEEKDAY})\.$`
)
/** What a news sentence has and a photo caption does not. */
const NOT_CAPTION =
  /["“”]|\b(?:said|says|say|told|tells|according|was|were|had|has|have|will|would|could|should|did|does|do|may|might|must|can|announced|reported|added|expected|scheduled|planned|plans|likely|due|begins?|began|starts?|started|ends|takes (?:effect|place)|I|we|our|us|you|your|my)\b/
/** Words after which an "-ed" word describes ("a burned home", "is pictured") rather than tells. */
const BEFORE_ADJECTIVE = new Set(
  'a an the this that these those his her their its is are be been being and or of with near past through among between across from in on at into under over by two three several many some newly recently partially heavily badly'.split(
    ' '
  )
)

/** A verb in the past tense: an "-ed" word after a subject ("Police arrested", "crowds gathered"). */
function hasPastTense(text: string): boolean {
  const words = text.split(' ')
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!
    if (!/^\p{Ll}{3,}ed[,.]?$/u.test(word) || /eed[,.]?$/.test(word)) continue
    const before = k > 0 ? words[k - 1]!.toLowerCase() : ''
    if (!BEFORE_ADJECTIVE.has(before)) return true
  }
  return false
}

/**
 * A line shaped like a photo caption: one present-tense sentence that says
 * who or what, where, and ends "on <date>." ("Firefighters work near a burned
 * home in Altadena, California, on January 9."). A guess: callers warn.
 */
export function isPhotoCaption(text: string): boolean {
  if (text.length > 300 || !text.endsWith('.')) return false
  // "on <date>." is near the end: most lines are ruled out without a regex.
  if (text.indexOf(' on ', text.length - 40) < 0) return false
  if (!/^\p{Lu}/u.test(text)) return false
  const words = wordCount(text)
  if (words < 5 || words > 45) return false
  if (!DATED_END.test(text)) return false
  // One sentence: no stop followed by a capital before the end.
  if (/[.!?]\s+\p{Lu}/u.test(text.slice(0, -1).replace(/\b(?:[A-Z]|St|Dr|Mr|Mrs|Ms|Jr|Sr)\./g, '')))
    return false
  return !NOT_CAPTION.test(text) && !hasPastTense(text)
}
