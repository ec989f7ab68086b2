import {readJson} from './lib/plugin.js'

export {type FromJsonOptions, fromJson} from './lib/from-json.js'
export {readJson}
export default readJson
