// Set up before every unit, integration and lifecycle test file (vitest setupFiles): the server clock, and that of
// any process a test starts, begins at TEST_NOW. Before the file runs, hence before the environment is read.
import { TEST_NOW } from './test-clock'

process.env.FINOPS_NOW = TEST_NOW
