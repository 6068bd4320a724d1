/** The latest finished ingestion run, when it failed: until one succeeds, what the pages show may be out of date. */
export type IngestionFailure = { trigger: string; finishedAt: string; error: string; lastSucceededAt: string | null }
