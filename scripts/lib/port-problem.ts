// Whether the dashboard's address is free, asked by binding it for a moment: a second `npm start` must say the
// port is taken instead of starting a server that fails on it while the first one answers.
import net from 'node:net'

/** null when free; otherwise one sentence saying what is wrong and what to do. */
export async function portProblem(host: string, port: number): Promise<string | null> {
  const code = await new Promise<string | null>((resolve) => {
    const probe = net.createServer()
    probe.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message))
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve(null)))
  })
  if (code === null) return null
  const address = `${host}:${port}`
  if (code === 'EADDRINUSE') {
    return `Port ${port} is already in use on ${host} (is the dashboard already running? try http://${host === '0.0.0.0' ? 'localhost' : host}:${port}): stop that process, or choose another port, e.g. PORT=${port + 1} npm start.`
  }
  if (code === 'EACCES')
    return `Not allowed to listen on ${address} (ports below 1024 need privileges): choose another port, e.g. PORT=3000 npm start.`
  if (code === 'EADDRNOTAVAIL')
    return `${host} is not an address of this machine, so the dashboard cannot listen on it: set HOST to one of its addresses (default 127.0.0.1).`
  return `Cannot listen on ${address} (${code}): check HOST and PORT.`
}
