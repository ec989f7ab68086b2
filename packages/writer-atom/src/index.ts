export type {AtomOptions, ToAtomOptions} from './lib/options.js'
export {toAtom} from './lib/to-atom.js'
export {writeAtom, writeAtom as default} from './lib/write-atom.js'
