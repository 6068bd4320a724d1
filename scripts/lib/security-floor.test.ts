import { describe, expect, it } from 'vitest'
import { SECURITY_FLOORS, securityFloorViolations } from './security-floor'

describe('security floor', () => {
  it('the installed next, react and react-dom are at or above the versions that fixed the known advisories', () => {
    expect(securityFloorViolations()).toEqual([])
  })

  it('reports a version below its floor, a pre-release of the floor, and an unreadable version', () => {
    const versions: Record<string, string> = { next: '16.2.11', react: '19.2.6-canary.1', 'react-dom': 'not-a-version' }
    expect(securityFloorViolations((name) => versions[name]!).map((v) => [v.name, v.installed, v.floor])).toEqual([
      ['next', '16.2.11', SECURITY_FLOORS.next!.floor],
      ['react', '19.2.6-canary.1', SECURITY_FLOORS.react!.floor],
      ['react-dom', 'not-a-version', SECURITY_FLOORS['react-dom']!.floor],
    ])
  })
})
