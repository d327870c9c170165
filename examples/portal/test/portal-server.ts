import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const portalDir = fileURLToPath(new URL('..', import.meta.url))

/** A portal started the way users start it (`tsx server/main.ts`), on a free port with a temp database and the dev mailbox. */
export interface RunningPortal {
  url: string
  databaseFile: string
  output(): string
  stop(): Promise<void>
}

/** Starts the portal in a child process and waits for it to print its URL. */
export async function startPortal(env: Record<string, string> = {}): Promise<RunningPortal> {
  const dir = mkdtempSync(join(tmpdir(), 'portal-test-'))
  const databaseFile = join(dir, 'portal.db')
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', join(portalDir, 'server/main.ts')],
    {
      cwd: portalDir,
      env: {
        ...process.env,
        PORT: '0',
        PORTAL_DB: databaseFile,
        NODE_ENV: 'test',
        PORTAL_DEV_MAILBOX: '1',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`portal did not start:\n${output}`)), 30_000)
    const onData = () => {
      const match =
        /Mes services en ligne: (\S+?)\/?(?: \(listening on (\S+) port (\d+)\))?\n/.exec(output)
      if (match) {
        clearTimeout(timer)
        // Behind a configured PORTAL_ORIGIN the server still listens locally.
        resolve(match[3] ? `http://${match[2]}:${match[3]}` : match[1]!)
      }
    }
    child.stdout?.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`portal exited with ${code}:\n${output}`))
    })
  })
  return {
    url,
    databaseFile,
    output: () => output,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve))
        child.kill('SIGTERM')
        await exited
      }
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
