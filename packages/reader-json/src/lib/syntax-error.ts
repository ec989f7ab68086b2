import {type ParseErrorCode, printParseErrorCode} from 'jsonc-parser'

/** Plain words for jsonc-parser's error codes (by name: they are a const enum). */
const reasons: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected `:`',
  CommaExpected: 'expected `,`',
  CloseBraceExpected: 'expected `}`',
  CloseBracketExpected: 'expected `]`',
  EndOfFileExpected: 'expected the end of the text after the value',
  InvalidCommentToken: 'comments are not JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'incomplete number',
  InvalidUnicode: 'invalid `\\u` escape',
  InvalidEscapeCharacter: 'invalid escape',
  InvalidCharacter: 'unescaped control character in a string'
}

export function describeSyntaxError(code: ParseErrorCode): string {
  return reasons[printParseErrorCode(code)] ?? 'invalid JSON'
}
