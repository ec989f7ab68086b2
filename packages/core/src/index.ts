export {
  type BidiControlMatch,
  bidiControlReason,
  findBidiControl,
  findBidiControls,
  removeBidiControls,
  safeFileName,
  warnBidiControls
} from './lib/bidi.js'
export {
  author,
  blockquote,
  emphasis,
  type Loose,
  labelledItem,
  link,
  list,
  listItem,
  type MediaFields,
  media,
  meta,
  notice,
  type PhrasingInput,
  type PostFields,
  paragraph,
  post,
  root,
  strong,
  summary,
  text,
  update
} from './lib/builders.js'
export {type ParsedByline, parseByline} from './lib/byline.js'
export {
  BLOCK_CONTENT_TYPES,
  isBlockContentType,
  isPhrasingContentType,
  PHRASING_CONTENT_TYPES
} from './lib/content-model.js'
export {isMedia, isMeta, isNotice, isPost, isRoot, isSummary, isUpdate} from './lib/guards.js'
export {
  type DecodeOptions,
  decodeFile,
  isEncoding,
  type ReaderInput,
  type ToVFileOptions,
  toVFile,
  warnEmptyInput
} from './lib/input.js'
export {jsonSyntaxReason} from './lib/json-syntax.js'
export {META_FIELDS, type MetaField} from './lib/meta-fields.js'
export {
  type AssignPostIdsOptions,
  assignPostIds,
  hash,
  newestFirst,
  normalizeHeadline,
  postId,
  postKey
} from './lib/post-id.js'
export {readGuarded} from './lib/reader-guard.js'
export {
  type ClockTimeMatch,
  findClockTime,
  findRelativeTime,
  formatIso,
  isIsoDateTime,
  isIsoDuration,
  type ParseClockTimeOptions,
  type ParseRelativeTimeOptions,
  parseClockTime,
  parseDuration,
  parseRelativeTime,
  type RelativeTimeMatch,
  type TimeMatch,
  toIsoInZone,
  type WallTime,
  zoneForAbbreviation
} from './lib/time.js'
export {type ToStringOptions, toString} from './lib/to-string.js'
export * from './lib/types.js'
export {isSafeUrl, SAFE_URL_SCHEMES, urlScheme} from './lib/url.js'
export {
  assert,
  checkField,
  LbastValidationError,
  MAX_DEPTH,
  MAX_LIST_START,
  type ValidationMessage,
  validate
} from './lib/validate.js'
export {withoutNulls} from './lib/without-nulls.js'
export {setOwn, withoutPositions} from './lib/without-positions.js'
