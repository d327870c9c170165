import { pathToFileURL } from 'node:url'
import { beforeAll, describe, it } from 'vitest'
import { samples, writeSamples } from './lib/samples'

// A file of its own, so that vitest runs the samples while the other file type-checks them.
const runnable = samples.filter((sample) => sample.flags.has('run'))

describe('runnable samples of the guides', () => {
  let files: string[] = []

  beforeAll(() => {
    files = writeSamples('run', runnable)
  })

  it.each(runnable.map((sample, index) => [sample.name, index] as const))(
    '%s runs',
    async (_, index) => {
      await import(pathToFileURL(files[index]!).href)
    },
  )
})
