import { readFileSync } from 'node:fs'
import { connect } from 'node:net'
import { expect, test } from '@playwright/test'
import { awsFixturePath } from '../tests/support/aws-fixtures'
import { adminCookieHeader } from './support/admin'

const FOCUS_HEADER = readFileSync(awsFixturePath('focus-1.2-aws-lambda.synthetic.csv'), 'utf8').split('\n')[0]!

/** Raw HTTP/1.1 on one socket, as a keep-alive client sends it, so the test sees what happens to the connection. */
function keepAliveConnection(port: number) {
  const socket = connect(port, '127.0.0.1')
  let received = ''
  let failure: string | null = null
  socket.on('data', (data) => (received += data.toString('latin1')))
  socket.on('error', (error: NodeJS.ErrnoException) => (failure = error.code ?? error.message))
  // Writes wait for the socket to take more, or give up when the server closed it.
  const write = (bytes: Buffer | string) =>
    socket.write(bytes)
      ? Promise.resolve()
      : new Promise<void>((resolve) => (socket.once('drain', resolve), socket.once('close', resolve)))
  return {
    async post(path: string, body: Buffer): Promise<void> {
      await write(
        `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: http://127.0.0.1:${port}\r\nCookie: ${adminCookieHeader()}\r\nContent-Type: text/csv\r\nContent-Length: ${body.length}\r\nConnection: keep-alive\r\n\r\n`,
      )
      for (let at = 0; at < body.length && !socket.destroyed; at += 65_536) await write(body.subarray(at, at + 65_536))
    },
    statuses: () => [...received.matchAll(/^HTTP\/1\.1 (\d{3})/gm)].map((match) => Number(match[1])),
    failure: () => failure,
    close: () => socket.destroy(),
  }
}

test('an upload rejected at its header leaves the keep-alive connection usable for the next upload', async ({
  baseURL,
}) => {
  const connection = keepAliveConnection(Number(new URL(baseURL!).port))
  try {
    // 5 MB behind a header the import refuses at once: the answer comes before most of the body was read.
    const legacy = Buffer.from(`lineItem/UsageStartDate,lineItem/UnblendedCost\n${'2025-09-01,1.0\n'.repeat(360_000)}`)
    await connection.post('/api/imports?fileName=legacy.csv', legacy)
    await expect.poll(() => [...connection.statuses(), connection.failure()], { timeout: 30_000 }).toEqual([422, null])
    await connection.post('/api/imports?fileName=header-only.csv', Buffer.from(`${FOCUS_HEADER}\n`))
    await expect
      .poll(() => [...connection.statuses(), connection.failure()], { timeout: 30_000 })
      .toEqual([422, 422, null])
  } finally {
    connection.close()
  }
})
