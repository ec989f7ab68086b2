import {defineConfig} from 'vitest/config'
import {SkipsReporter} from './vitest.skips.js'
import {projects} from './vitest.workspace.js'

export default defineConfig({test: {projects, reporters: ['default', new SkipsReporter()]}})
