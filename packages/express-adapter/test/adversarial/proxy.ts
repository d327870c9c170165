import net from 'node:net'

/** A TCP proxy that can be cut (every connection dropped, new ones refused) and restored. */
export interface CuttableProxy {
  /** Port the proxy listens on, at 127.0.0.1. */
  readonly port: number
  /** Drops every open connection and refuses new ones, as a stopped server would. */
  cut(): Promise<void>
  /** Listens again on the same port. */
  restore(): Promise<void>
  close(): Promise<void>
}

function listen(server: net.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject)
      resolve((server.address() as net.AddressInfo).port)
    })
  })
}

/**
 * Forwards 127.0.0.1:<port> to `target` (host:port), so a test can take "Redis" away from an app
 * without stopping the real server that other suites share.
 */
export async function cuttableProxy(target: {
  host: string
  port: number
}): Promise<CuttableProxy> {
  const sockets = new Set<net.Socket>()
  const track = (socket: net.Socket): void => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => socket.destroy())
  }
  const create = () =>
    net.createServer((client) => {
      const upstream = net.connect(target.port, target.host)
      track(client)
      track(upstream)
      client.pipe(upstream)
      upstream.pipe(client)
      client.on('close', () => upstream.destroy())
      upstream.on('close', () => client.destroy())
    })
  let server = create()
  const port = await listen(server, 0)
  let open = true
  const stop = async (): Promise<void> => {
    if (!open) return
    open = false
    const closed = new Promise<void>((resolve) => server.close(() => resolve()))
    for (const socket of sockets) socket.destroy()
    await closed
  }
  return {
    port,
    cut: stop,
    async restore() {
      if (open) return
      server = create()
      await listen(server, port)
      open = true
    },
    close: stop,
  }
}
