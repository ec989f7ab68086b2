import {writeJson} from './lib/plugin.js'

export {type ToJsonOptions, toJson} from './lib/to-json.js'
export {writeJson}
export default writeJson
