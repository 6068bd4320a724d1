// Finds file-system paths outside the repository named in test, benchmark and spec sources, so that a fresh
// clone anywhere can run `npm test`: every fixture must live in the clone (tests/fixtures).
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

export type OutsidePath = { file: string; line: number; text: string }

// Top-level folders where files outside a clone live (home folders, shared mounts, temp, system data). Listed
// rather than looked up on disk, so the check says the same on every machine. `/proc`, `/dev` and `/usr/bin`
// (system interfaces and tools, not fixtures) are not in it, nor are URL paths such as `/api/costs`.
const OUTSIDE_ROOTS = new Set([
  'home',
  'root',
  'work',
  'shared',
  'tmp',
  'var',
  'srv',
  'opt',
  'mnt',
  'media',
  'Users',
  'Volumes',
  'private',
])

/** The files the check reads: tests anywhere, the test folders, specs, benchmarks and the test configurations. */
export function testSources(repoRoot: string): string[] {
  const found: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(repoRoot, dir), { withFileTypes: true })) {
      const relative = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        if (
          ![
            'node_modules',
            '.next',
            '.git',
            '.data',
            '.stryker-tmp',
            'generated',
            'test-results',
            'playwright-report',
          ].includes(entry.name)
        )
          walk(relative)
      } else if (/\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(entry.name) && isTestSource(relative)) {
        found.push(relative)
      }
    }
  }
  walk('.')
  return found.sort()
}

function isTestSource(relative: string): boolean {
  return (
    /\.(test|spec)\.[cm]?[jt]sx?$/.test(relative) ||
    /^(tests|e2e|scripts[/\\]bench)[/\\]/.test(relative) ||
    /^(vitest|playwright)\.config\.ts$/.test(relative)
  )
}

/** String literals in `source` (a file at `file`, relative to `repoRoot`) that name a path outside the repository. */
export function findOutsideRepoPaths(repoRoot: string, file: string, source: string): OutsidePath[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true)
  const found: OutsidePath[] = []
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteralLike(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      if (pointsOutside(repoRoot, file, node.text, isFileRelative(node))) {
        found.push({ file, line: sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.text })
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(sourceFile)
  return found
}

export function scanRepository(repoRoot: string, skip: string[] = []): OutsidePath[] {
  return testSources(repoRoot)
    .filter((file) => !skip.includes(file))
    .flatMap((file) => findOutsideRepoPaths(repoRoot, file, readFileSync(path.join(repoRoot, file), 'utf8')))
}

/** Imports, `typeof import(…)` and `new URL(…, import.meta.url)` are resolved from their file's folder. */
function isFileRelative(node: ts.Node): boolean {
  const parent = node.parent
  return (
    (ts.isLiteralTypeNode(parent) && ts.isImportTypeNode(parent.parent)) ||
    (ts.isNewExpression(parent) && ts.isIdentifier(parent.expression) && parent.expression.text === 'URL') ||
    ts.isImportDeclaration(parent) ||
    ts.isExportDeclaration(parent) ||
    ts.isExternalModuleReference(parent) ||
    (ts.isCallExpression(parent) &&
      (parent.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(parent.expression) && parent.expression.text === 'require')))
  )
}

function pointsOutside(repoRoot: string, file: string, text: string, fileRelative: boolean): boolean {
  if (text.startsWith('/') && !text.startsWith('//')) return OUTSIDE_ROOTS.has(text.split('/')[1] ?? '')
  if (text.startsWith('~/')) return true
  if (!text.startsWith('..')) return false
  // Any other relative path may be read from the working directory (the repository root) or joined to the
  // file's folder, so it must stay inside from both. A bare `..` is a path.join piece, which only makes sense
  // from the file's folder.
  const bases = fileRelative || text === '..' ? [path.dirname(file)] : [path.dirname(file), '.']
  return bases.some((base) => path.relative(repoRoot, path.resolve(repoRoot, base, text)).startsWith('..'))
}
