// Plain words for a JSON syntax error, for the readers that parse JSON with
// jsonc-parser (lbast JSON, JSON-LD in pages).

/** By the name `printParseErrorCode` of jsonc-parser gives (its codes are a const enum). */
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

/**
 * What a jsonc-parser error code means, in words: `name` is
 * `printParseErrorCode(code)` (`'CommaExpected'` → "expected `,`");
 * `'invalid JSON'` for a name it does not know.
 */
export function jsonSyntaxReason(name: string): string {
  return Object.hasOwn(reasons, name) ? reasons[name]! : 'invalid JSON'
}
