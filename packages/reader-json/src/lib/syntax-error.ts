import {jsonSyntaxReason} from '@liveblog/core'
import {type ParseErrorCode, printParseErrorCode} from 'jsonc-parser'

export function describeSyntaxError(code: ParseErrorCode): string {
  return jsonSyntaxReason(printParseErrorCode(code))
}
