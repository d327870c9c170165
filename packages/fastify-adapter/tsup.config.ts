import { defineConfig } from 'tsup'
import { bindingBuild } from '../../tsup.shared'

export default defineConfig(bindingBuild({ index: 'src/index.ts' }, ['fastify', 'fastify-plugin']))
