// The instant every test run starts its server clock at (FINOPS_NOW, see lib/server/clock.ts): vitest sets it
// for unit, integration and lifecycle tests, the e2e server for the app it starts, so "today" and the demo
// dataset are the same on any day the tests run.
export const TEST_NOW = '2026-12-07T03:00:00Z'
