// The lowest versions of the framework packages this app may run on: each floor is the release that fixed the
// latest advisory affecting a self-hosted App Router app. Raise a floor when a new advisory lands; the unit test
// (part of `npm test`) fails while an installed version is below it.
import { createRequire } from 'node:module'
import semver from 'semver'

export const SECURITY_FLOORS: Record<string, { floor: string; why: string }> = {
  next: {
    floor: '16.3.3',
    why: 'unauthenticated RCE via the image optimizer (GHSA-2xp9-vwfh-vxw4) and on Windows (CVE-2026-75604), Aug 2026',
  },
  react: { floor: '19.2.6', why: 'React Server Components DoS and related fixes shipped with Next 16.2.6, May 2026' },
  'react-dom': { floor: '19.2.6', why: 'released in step with react' },
}

export type FloorViolation = { name: string; installed: string; floor: string; why: string }

/** Installed versions below their floor; `installedVersion` reads node_modules unless a test supplies versions. */
export function securityFloorViolations(
  installedVersion: (name: string) => string = readInstalledVersion,
): FloorViolation[] {
  const violations: FloorViolation[] = []
  for (const [name, { floor, why }] of Object.entries(SECURITY_FLOORS)) {
    const installed = installedVersion(name)
    if (!semver.valid(installed) || semver.lt(installed, floor)) violations.push({ name, installed, floor, why })
  }
  return violations
}

const require = createRequire(import.meta.url)

function readInstalledVersion(name: string): string {
  return (require(`${name}/package.json`) as { version: string }).version
}
