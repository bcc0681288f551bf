import { fileURLToPath } from 'node:url'
import { ESLint, type Linter } from 'eslint'
import { describe, expect, it } from 'vitest'

// A plain .js module (ESLint loads it without a TypeScript step), so its type is stated here.
const boundariesModule: string = '../../import-boundaries.config.js'
const { importBoundaries } = (await import(boundariesModule)) as {
  importBoundaries: (root: string) => Linter.Config
}

// The project's own boundary rules, run on a small tree of deliberately broken imports: lint passing on src/ is
// only worth something if the same rules refuse these.
const fixtures = fileURLToPath(new URL('../lint-fixtures/', import.meta.url))

async function problemsIn(file: string): Promise<string[]> {
  const eslint = new ESLint({
    cwd: fixtures,
    overrideConfigFile: true,
    overrideConfig: [importBoundaries(fixtures)],
  })
  const [result] = await eslint.lintFiles([file])
  return (result?.messages ?? []).map((message) => `${message.ruleId ?? 'parse'}: ${message.message}`)
}

describe('import boundaries', () => {
  it("refuses a feature importing another feature's internals", async () => {
    const problems = await problemsIn('src/features/conversation/components/deep-import-broken.ts')
    expect(problems).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: .*Features never reach/),
    ])
  })

  it("lets a feature import another feature's public.ts", async () => {
    expect(await problemsIn('src/features/conversation/components/seam-import.ts')).toEqual([])
  })

  it('refuses an import cycle, from either end', async () => {
    expect(await problemsIn('src/lib/cycle-first-broken.ts')).toEqual([
      expect.stringMatching(/^import-x\/no-cycle: Dependency cycle/),
    ])
    expect(await problemsIn('src/lib/cycle-second-broken.ts')).toEqual([
      expect.stringMatching(/^import-x\/no-cycle: Dependency cycle/),
    ])
  })

  it('refuses the shared Genesys client importing a widget helper', async () => {
    const problems = await problemsIn('src/genesys/uses-lib-broken.ts')
    expect(problems).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: .*command-line tool/)])
  })

  it('refuses a shared helper importing a feature', async () => {
    const problems = await problemsIn('src/lib/uses-feature-broken.ts')
    expect(problems).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: .*never import a feature/),
    ])
  })
})
