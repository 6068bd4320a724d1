// `npm test`: every check CI runs, in order, stopping at the first failure.
// `npm test -- unit integration` runs only the named steps.
import { spawnSync } from 'node:child_process'

const STEPS: [name: string, command: string[]][] = [
  ['typecheck', ['npx', 'tsc', '--noEmit']],
  ['lint', ['npx', 'eslint', '--max-warnings=0', '.']],
  ['format', ['npx', 'prettier', '--check', '--log-level=warn', '.']],
  ['unit', ['npx', 'vitest', 'run', '--project', 'unit']],
  ['integration', ['npx', 'vitest', 'run', '--project', 'integration']],
  ['build', ['npx', 'tsx', 'scripts/build.ts']],
  ['lifecycle', ['npx', 'vitest', 'run', '--project', 'lifecycle']],
  ['e2e', ['npx', 'playwright', 'test']],
]

const only = process.argv.slice(2)
const unknown = only.filter((name) => !STEPS.some(([step]) => step === name))
if (unknown.length) {
  console.error(`Unknown step(s): ${unknown.join(', ')}. Steps: ${STEPS.map(([name]) => name).join(', ')}`)
  process.exit(2)
}

const timings: string[] = []
for (const [name, command] of STEPS) {
  if (only.length && !only.includes(name)) continue
  console.log(`\n=== ${name}: ${command.join(' ')}`)
  const started = performance.now()
  const result = spawnSync(command[0]!, command.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  })
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  timings.push(`${name} ${seconds}s`)
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed after ${seconds}s`)
    process.exit(result.status ?? 1)
  }
}
console.log(`\n✓ all passed (${timings.join(', ')})`)
