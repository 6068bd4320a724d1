import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { findOutsideRepoPaths, scanRepository, testSources } from './outside-repo-paths'

const repoRoot = path.resolve(import.meta.dirname, '..', '..')
const THIS_FILE = path.join('scripts', 'lib', 'outside-repo-paths.test.ts')
const texts = (file: string, source: string) => findOutsideRepoPaths(repoRoot, file, source).map((found) => found.text)

describe('paths outside the repository in tests, benchmarks and specs', () => {
  it('none: every fixture a test, benchmark or spec reads lives in the clone', () => {
    // This file is skipped: its examples below name such paths on purpose.
    expect(scanRepository(repoRoot, [THIS_FILE])).toEqual([])
  })

  it('reads the tests beside the code, the test folders, specs, benchmarks and test configurations', () => {
    const files = testSources(repoRoot)
    expect(files).toContain(path.join('lib', 'aws', 'cost-explorer', 'transform.test.ts'))
    expect(files).toContain(path.join('tests', 'support', 'aws-fixtures.ts'))
    expect(files).toContain(path.join('e2e', 'ingestion.spec.ts'))
    expect(files).toContain(path.join('scripts', 'bench', 'import-memory.ts'))
    expect(files).toContain('playwright.config.ts')
    expect(files).not.toContain(path.join('lib', 'env.ts'))
  })

  it('finds absolute paths into home folders, shared mounts and temp, in strings and templates', () => {
    const source = [
      "const a = readFileSync('/work/shared/fixtures/aws/focus.csv')",
      'const b = `/home/someone/${name}.json`',
      'const c = "/tmp/fixture.json"',
      "const d = '~/fixtures/x.json'",
    ].join('\n')
    expect(texts('tests/integration/x.test.ts', source)).toEqual([
      '/work/shared/fixtures/aws/focus.csv',
      '/home/someone/',
      '/tmp/fixture.json',
      '~/fixtures/x.json',
    ])
  })

  it('finds relative paths that leave the clone from the working directory or from the file', () => {
    expect(texts('tests/integration/x.test.ts', "readFileSync('../shared/fixtures/aws/focus.csv')")).toEqual([
      '../shared/fixtures/aws/focus.csv',
    ])
    expect(texts('e2e/x.spec.ts', "path.join(import.meta.dirname, '../../shared/x.csv')")).toEqual([
      '../../shared/x.csv',
    ])
    expect(findOutsideRepoPaths(repoRoot, 'e2e/x.spec.ts', "\n\nimport x from '../../elsewhere/module'")).toEqual([
      { file: 'e2e/x.spec.ts', line: 3, text: '../../elsewhere/module' },
    ])
  })

  it('accepts imports and joins inside the clone, URL paths and system interfaces', () => {
    const source = [
      "import { db } from '../../../lib/server/db/prisma'",
      "let route: typeof import('../../../app/api/simulate/route')",
      "readFileSync(new URL('../../../.env.example', import.meta.url))",
      "const dir = path.join(import.meta.dirname, '..', 'fixtures', 'aws')",
      "await page.goto('/costs?granularity=daily')",
      "const url = 'http://127.0.0.1/api/health'",
      'readFileSync(`/proc/${pid}/status`)',
      "const chromium = '/usr/bin/chromium'",
      "const none = { AWS_CONFIG_FILE: '/nonexistent/config' }",
    ].join('\n')
    expect(texts('tests/integration/helpers/x.ts', source)).toEqual([])
  })
})
