import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/*
 * The field names of an official SDK model, read from the SDK's own index.d.ts, so a test can say "nothing the
 * real model lacks" without a hand-written copy of the model that could drift with it.
 */

let declarations: string | undefined

export function sdkModelKeys(model: string): ReadonlySet<string> {
  if (declarations === undefined) {
    const packageJson = createRequire(import.meta.url).resolve('purecloud-platform-client-v2/package.json')
    declarations = readFileSync(join(dirname(packageJson), 'index.d.ts'), 'utf8')
  }
  const start = declarations.indexOf(`export interface ${model} {`)
  if (start < 0) throw new Error(`The SDK has no model ${model}`)
  const body = declarations.slice(start, declarations.indexOf('\n\t}', start))
  return new Set([...body.matchAll(/^\t\t"([^"]+)"\??:/gm)].map((m) => m[1] ?? ''))
}

/** The keys of `value` the SDK model does not have (empty when the emulator stays within the model). */
export function keysOutsideModel(value: object, model: string): string[] {
  const known = sdkModelKeys(model)
  return Object.keys(value).filter((key) => !known.has(key))
}
