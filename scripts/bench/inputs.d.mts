/** The base CNN-style text and where it came from. */
export function baseText(): {name: string; text: string}
/** `text` repeated `times` times as one page. */
export function scaled(text: string, times: number): string
