import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Where the bytes of the initial JavaScript come from, by package (node_modules) or by source folder. */
export interface CompositionEntry {
  origin: string
  raw: number
  share: number
}

const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Decodes one source-map segment (base64 VLQ) into its relative fields. */
function decodeSegment(segment: string): number[] {
  const values: number[] = []
  let value = 0
  let shift = 0
  for (const char of segment) {
    const digit = base64.indexOf(char)
    value += (digit & 31) << shift
    if (digit & 32) {
      shift += 5
      continue
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1)
    value = 0
    shift = 0
  }
  return values
}

export function originOf(source: string): string {
  const nodeModules = source.lastIndexOf('node_modules/')
  if (nodeModules >= 0) {
    const parts = source.slice(nodeModules + 'node_modules/'.length).split('/')
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1] ?? ''}` : (parts[0] ?? source)
  }
  const src = source.indexOf('src/')
  if (src >= 0) {
    const parts = source.slice(src).split('/')
    return parts[1] === 'features' ? parts.slice(0, 3).join('/') : parts.slice(0, 2).join('/')
  }
  return source
}

/** Attributes each generated character to the source its mapping segment points at (unmapped: "(unmapped)"). */
export function composition(outDir: string, chunkFile: string): CompositionEntry[] {
  const mapPath = join(outDir, `${chunkFile}.map`)
  if (!existsSync(mapPath)) return []
  const code = readFileSync(join(outDir, chunkFile), 'utf8')
  const map = JSON.parse(readFileSync(mapPath, 'utf8')) as { sources: string[]; mappings: string }
  const lines = code.split('\n')
  const bytes = new Map<string, number>()
  const add = (origin: string, count: number) => bytes.set(origin, (bytes.get(origin) ?? 0) + count)
  let sourceIndex = 0
  map.mappings.split(';').forEach((line, lineIndex) => {
    const length = lines[lineIndex]?.length ?? 0
    let column = 0
    let covered = 0
    let current: string | undefined
    let currentStart = 0
    for (const segment of line.split(',')) {
      if (!segment) continue
      const fields = decodeSegment(segment)
      column += fields[0] ?? 0
      if (current !== undefined) add(current, column - currentStart)
      else add('(unmapped)', column - covered)
      if (fields.length >= 4) {
        sourceIndex += fields[1] ?? 0
        current = originOf(map.sources[sourceIndex] ?? '(unknown)')
      } else current = '(unmapped)'
      currentStart = column
      covered = column
    }
    if (current !== undefined) add(current, length - currentStart)
    else add('(unmapped)', length)
  })
  const total = [...bytes.values()].reduce((sum, count) => sum + count, 0) || 1
  return [...bytes.entries()]
    .map(([origin, raw]) => ({ origin, raw, share: raw / total }))
    .sort((a, b) => b.raw - a.raw)
}
