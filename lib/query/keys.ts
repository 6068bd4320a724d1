// The roots of every react-query key. Reads (the queryOptions beside this file) start their keys with one of
// these, and writes (define-write.ts) name the roots whose data they change, so a prefix is spelled once.
export const queryRoots = {
  overview: ['overview'],
  costs: ['costs'],
  // Everything read per function: the list, a function's page and the workload the simulator starts from.
  functions: ['functions'],
  anomalies: ['anomalies'],
  budgets: ['budgets'],
  alerts: ['alerts'],
  ingestion: ['ingestion'],
  reconciliation: ['reconciliation'],
  simulator: ['simulator'],
  // Team rules and the showback statements they shape.
  teams: ['teams'],
  // Month-end forecasts; by team they follow the team rules too.
  forecast: ['forecast'],
  // Spend budgets against a month (not the keep-warm budgets above).
  spendBudgets: ['spend-budgets'],
  // The server inventory, which shows each server's schedules.
  servers: ['servers'],
  // Schedules, their plans and their savings.
  schedules: ['schedules'],
} as const
