import manifest from '../../package.json' with {type: 'json'}

/** This package's version, for `--version` (bundled in at build time). */
export const version: string = manifest.version
