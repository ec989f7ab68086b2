// The parts of structured-data-testing-tool (CommonJS, no types of its own)
// the structured-data test uses; shapes from its README's API section.
declare module 'structured-data-testing-tool' {
  export interface SdttTest {
    test: string
    description?: string
    type?: string
    expect?: unknown
    warning?: boolean
    passed?: boolean
    error?: {type: string; message: string}
  }
  export interface SdttResult {
    tests: SdttTest[]
    passed: SdttTest[]
    failed: SdttTest[]
    warnings: SdttTest[]
    optional: SdttTest[]
    schemas: string[]
    structuredData: {
      jsonld: Record<string, Array<Record<string, unknown>>>
      microdata: Record<string, unknown>
      rdfa: Record<string, unknown>
      metatags: Record<string, unknown>
    }
  }
  export interface SdttPreset {
    name: string
    description?: string
  }
  export function structuredDataTest(
    input: string | Buffer,
    options?: {presets?: SdttPreset[]; schemas?: string[]; tests?: SdttTest[]; auto?: boolean}
  ): Promise<SdttResult>
}

declare module 'structured-data-testing-tool/presets' {
  import type {SdttPreset} from 'structured-data-testing-tool'
  export const Google: SdttPreset
}
