// How this package reports: through a callback, so each writer puts the
// message on its own file under its own `source`.
import type {Nodes} from '@liveblog/core'

/** Receives a warning: its text, the node it is about, and a rule id. */
export type Warn = (reason: string, node: Nodes | undefined, ruleId: string) => void

/** A `Warn` that drops everything. */
export const ignore: Warn = () => {}
