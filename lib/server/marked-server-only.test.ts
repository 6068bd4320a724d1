// Every server module imports 'server-only', so a client component that reaches one (even through another module)
// fails the build instead of shipping database or AWS code, or their secrets' names, to the browser.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const modules = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return modules(full)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : []
  })

describe('server modules', () => {
  it.each(['lib/server', 'lib/aws'])('under %s each import server-only', (dir) => {
    const files = modules(dir)
    expect(files.length).toBeGreaterThan(10)
    expect(files.filter((file) => !/^import 'server-only'$/m.test(readFileSync(file, 'utf8')))).toEqual([])
  })
})
