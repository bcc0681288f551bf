// Writes a .br (brotli, quality 11) and a .gz (gzip -9) beside every text asset of a build, for servers that send
// precompressed files (nginx brotli_static/gzip_static, Caddy `precompressed br gzip`): compressing once at build
// time at the highest levels is smaller than what a server does per request. `node scripts/precompress.mjs dist`
// after `npm run build`. A file whose compressed form is not smaller is left alone. See docs/HOSTING.md.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

const compressible = /\.(?:js|css|html|json|svg|txt|map)$/

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) yield* files(path)
    else if (compressible.test(name)) yield path
  }
}

const root = process.argv[2] ?? 'dist'
let written = 0
for (const path of files(root)) {
  const bytes = readFileSync(path)
  const brotli = brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  })
  const gzip = gzipSync(bytes, { level: 9 })
  for (const [suffix, compressed] of [
    ['.br', brotli],
    ['.gz', gzip],
  ]) {
    if (compressed.length >= bytes.length) continue
    writeFileSync(`${path}${suffix}`, compressed)
    written += 1
  }
}
console.log(`precompress: wrote ${written} files under ${root}`)
