// Loads Prisma's schema engine from its wasm build, the only form that runs offline here (the CLI downloads a
// native binary). Dev-only and version-pinned: used to write migration SQL and to prove that schema.prisma and
// the migrations describe the same database. Nothing at runtime depends on it.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { PrismaPg } from '@prisma/adapter-pg'
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils'

type Engine = {
  diff(params: unknown): Promise<{ exitCode: number; stdout: string | null }>
}

export async function loadSchemaEngine(datamodels: [string, string][], connectionString: string) {
  const pkgDir = path.join(process.cwd(), 'node_modules', '@prisma', 'schema-engine-wasm')
  const bg = await import(path.join(pkgDir, 'schema_engine_bg.js'))
  const wasm = new WebAssembly.Module(readFileSync(path.join(pkgDir, 'schema_engine_bg.wasm')))
  const instance = new WebAssembly.Instance(wasm, { './schema_engine_bg.js': bg })
  bg.__wbg_set_wasm(instance.exports)
  ;(instance.exports as { __wbindgen_start: () => void }).__wbindgen_start()
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString }))
  const engine: Engine = await bg.SchemaEngine.new({ datamodels }, () => {}, adapter)
  return { engine }
}

/** SQL that takes a database described by `fromSchema` (null: empty) to one described by `toSchema`. */
export async function diffSchemas(
  fromSchema: string | null,
  toSchema: string,
  connectionString: string,
): Promise<string> {
  const toFiles = [['schema.prisma', toSchema]] as [string, string][]
  // The engine connects its adapter even for a file-to-file diff, so a (throwaway) server must be up.
  const { engine } = await loadSchemaEngine(toFiles, connectionString)
  const from =
    fromSchema === null
      ? { tag: 'empty' }
      : { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: fromSchema }] }
  const result = await engine.diff({
    from,
    to: { tag: 'schemaDatamodel', files: toFiles.map(([p, content]) => ({ path: p, content })) },
    script: true,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  })
  return result.stdout ?? ''
}
