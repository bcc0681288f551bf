import { mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { build, type Rolldown } from 'vite'

export interface ChunkSize {
  file: string
  kind: 'js' | 'css'
  /** Loaded before the widget can show anything (entry, modulepreload, stylesheet); the rest load on demand. */
  initial: boolean
  raw: number
  gzip: number
  brotli: number
}

export interface BundleSizes {
  chunks: ChunkSize[]
  initialJs: { raw: number; gzip: number; brotli: number }
  initialCss: { raw: number; gzip: number; brotli: number }
}

function sizeOf(file: string, bytes: Buffer, initial: boolean): ChunkSize {
  return {
    file,
    kind: file.endsWith('.css') ? 'css' : 'js',
    initial,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  }
}

function totals(chunks: readonly ChunkSize[], kind: 'js' | 'css') {
  const picked = chunks.filter((chunk) => chunk.initial && chunk.kind === kind)
  const sum = (key: 'raw' | 'gzip' | 'brotli') => picked.reduce((total, chunk) => total + chunk[key], 0)
  return { raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') }
}

function summarizeChunks(chunks: ChunkSize[]): BundleSizes {
  chunks.sort((a, b) => Number(b.initial) - Number(a.initial) || b.raw - a.raw)
  return { chunks, initialJs: totals(chunks, 'js'), initialCss: totals(chunks, 'css') }
}

/** The widget as shipped: what index.html loads up front is initial, every other asset is lazy. */
export function measureBuiltWidget(outDir: string): BundleSizes {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8')
  const referenced = new Set([...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]))
  const assets = readdirSync(join(outDir, 'assets')).filter((f) => /\.(js|css)$/.test(f))
  const chunks = assets.map((file) =>
    sizeOf(`assets/${file}`, readFileSync(join(outDir, 'assets', file)), referenced.has(`assets/${file}`)),
  )
  return summarizeChunks(chunks)
}

function isChunk(item: Rolldown.OutputChunk | Rolldown.OutputAsset): item is Rolldown.OutputChunk {
  return item.type === 'chunk'
}

/** Builds one baseline entry with the same target as the widget and weighs the entry plus its static imports. */
export async function measureBaseline(entry: string): Promise<BundleSizes> {
  const outDir = mkdtempSync(join(tmpdir(), 'bench-baseline-'))
  const output = await build({
    configFile: false,
    logLevel: 'error',
    root: process.cwd(),
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 100_000,
      rollupOptions: { input: resolve(entry) },
    },
  })
  const results = Array.isArray(output) ? output : [output]
  const items = results.flatMap((result) => ('output' in result ? result.output : []))
  const jsChunks = items.filter(isChunk)
  const initialNames = new Set<string>()
  const visit = (name: string) => {
    if (initialNames.has(name)) return
    initialNames.add(name)
    for (const imported of jsChunks.find((chunk) => chunk.fileName === name)?.imports ?? []) visit(imported)
  }
  for (const chunk of jsChunks) if (chunk.isEntry) visit(chunk.fileName)
  return summarizeChunks(
    jsChunks.map((chunk) =>
      sizeOf(chunk.fileName, Buffer.from(chunk.code), initialNames.has(chunk.fileName)),
    ),
  )
}
