// Prints the size-adjust and ascent/descent/line-gap overrides of the metric-matched stand-ins in src/ui/fonts.css:
// local Arial (here Liberation Sans, which has Arial's advance widths) made to take up the room of Noto Sans and
// Urbanist, so text does not move when the web fonts swap in (decision 0014, amended). Run it again when the
// @fontsource packages change: `node scripts/font-fallback-metrics.mjs`. Needs fontconfig (fc-match) to find the
// local faces; nothing here ships in the widget.
//
// size-adjust is the web font's average advance over the local face's, each character weighted by how often it
// appears in the widget's own Latin-script UI text (every messages file but Japanese), so the stand-in sets these
// strings at the web font's widths. The overrides are the web font's ascent, descent and line gap over its em,
// divided by size-adjust, because the browser scales them by size-adjust too.
import { execFileSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { inflateSync } from 'node:zlib'

/** The sfnt tables of a .woff (zlib per table; same outlines as the .woff2 fontsource ships) or a .ttf file. */
function tablesOf(bytes) {
  const tables = {}
  if (bytes.toString('latin1', 0, 4) === 'wOFF') {
    for (let i = 0; i < bytes.readUInt16BE(12); i++) {
      const entry = 44 + i * 20
      const [offset, stored, size] = [8, 12, 16].map((at) => bytes.readUInt32BE(entry + at - 4))
      const data = bytes.subarray(offset, offset + stored)
      tables[bytes.toString('latin1', entry, entry + 4)] = stored < size ? inflateSync(data) : data
    }
  } else {
    for (let i = 0; i < bytes.readUInt16BE(4); i++) {
      const entry = 12 + i * 16
      const offset = bytes.readUInt32BE(entry + 8)
      tables[bytes.toString('latin1', entry, entry + 4)] = bytes.subarray(
        offset,
        offset + bytes.readUInt32BE(entry + 12),
      )
    }
  }
  return tables
}

/** Code point → glyph id, from the Unicode cmap subtable (format 4 or 12). */
function glyphIds(cmap) {
  let chosen
  for (let i = 0; i < cmap.readUInt16BE(2); i++) {
    const [platform, encoding, offset] = [
      cmap.readUInt16BE(4 + i * 8),
      cmap.readUInt16BE(6 + i * 8),
      cmap.readUInt32BE(8 + i * 8),
    ]
    const format = cmap.readUInt16BE(offset)
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10))
    if (unicode && (format === 12 || (format === 4 && chosen === undefined))) chosen = offset
  }
  const ids = new Map()
  if (cmap.readUInt16BE(chosen) === 12) {
    for (let i = 0; i < cmap.readUInt32BE(chosen + 12); i++) {
      const group = chosen + 16 + i * 12
      const [first, last, glyph] = [0, 4, 8].map((at) => cmap.readUInt32BE(group + at))
      for (let code = first; code <= last; code++) ids.set(code, glyph + code - first)
    }
    return ids
  }
  const segments = cmap.readUInt16BE(chosen + 6) / 2
  const ends = chosen + 14
  const starts = ends + segments * 2 + 2
  const deltas = starts + segments * 2
  const rangeOffsets = deltas + segments * 2
  for (let s = 0; s < segments; s++) {
    const [first, last] = [cmap.readUInt16BE(starts + s * 2), cmap.readUInt16BE(ends + s * 2)]
    const delta = cmap.readInt16BE(deltas + s * 2)
    const rangeOffset = cmap.readUInt16BE(rangeOffsets + s * 2)
    for (let code = first; code <= last && code !== 0xffff; code++) {
      let glyph = code
      if (rangeOffset) {
        glyph = cmap.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (code - first) * 2)
        if (glyph === 0) continue
      }
      if ((glyph + delta) & 0xffff) ids.set(code, (glyph + delta) & 0xffff)
    }
  }
  return ids
}

function readFont(path) {
  const { head, hhea, hmtx, cmap, 'OS/2': os2 } = tablesOf(readFileSync(path))
  const em = head.readUInt16BE(18)
  const longMetrics = hhea.readUInt16BE(34)
  const ids = glyphIds(cmap)
  return {
    path,
    em,
    // Noto Sans and Urbanist set USE_TYPO_METRICS (fsSelection bit 7); their hhea and typo metrics agree.
    useTypoMetrics: Boolean(os2.readUInt16BE(62) & 0x80),
    ascent: hhea.readInt16BE(4) / em,
    descent: -hhea.readInt16BE(6) / em,
    lineGap: hhea.readInt16BE(8) / em,
    typo: [os2.readInt16BE(68), os2.readInt16BE(70), os2.readInt16BE(72)],
    advance(char) {
      const glyph = ids.get(char.codePointAt(0))
      return glyph === undefined ? undefined : hmtx.readUInt16BE(4 * Math.min(glyph, longMetrics - 1)) / em
    },
  }
}

function messageFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return messageFiles(path)
    return /^messages(\.(de|es|fr|pt-BR))?\.ts$/.test(entry.name) ? [path] : []
  })
}

/** How often each character appears in the widget's UI strings (the quoted texts with a space in them). */
function characterCounts() {
  const counts = new Map()
  for (const path of messageFiles('src')) {
    for (const [, single, backtick] of readFileSync(path, 'utf8').matchAll(
      /'((?:[^'\\]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g,
    )) {
      const text = (single ?? backtick).replace(/\{\w+\}/g, '')
      if (!/\s/.test(text)) continue
      for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1)
    }
  }
  return counts
}

/** The two faces' average advances over the characters both have. */
function averageAdvances(web, local, counts) {
  let [webSum, localSum, total] = [0, 0, 0]
  for (const [char, count] of counts) {
    const [a, b] = [web.advance(char), local.advance(char)]
    if (a === undefined || b === undefined) continue
    webSum += a * count
    localSum += b * count
    total += count
  }
  return [webSum / total, localSum / total]
}

const localFace = (pattern) => execFileSync('fc-match', ['-f', '%{file}', pattern], { encoding: 'utf8' })
const fontsource = 'node_modules/@fontsource'
const regular = readFont(localFace('Liberation Sans:style=Regular'))
const bold = readFont(localFace('Liberation Sans:style=Bold'))
const pairs = [
  ['Noto Sans Fallback 400', `${fontsource}/noto-sans/files/noto-sans-latin-400-normal.woff`, regular],
  ['Noto Sans Fallback 600', `${fontsource}/noto-sans/files/noto-sans-latin-600-normal.woff`, bold],
  ['Urbanist Fallback 600', `${fontsource}/urbanist/files/urbanist-latin-600-normal.woff`, bold],
]
const counts = characterCounts()
const percent = (value) => `${Number((value * 100).toFixed(2))}%`
console.log(
  `${[...counts.values()].reduce((a, b) => a + b, 0)} characters of UI text, ${counts.size} distinct`,
)
for (const [name, webPath, local] of pairs) {
  const web = readFont(webPath)
  const [webAverage, localAverage] = averageAdvances(web, local, counts)
  const sizeAdjust = webAverage / localAverage
  console.log(`\n${name}: ${webPath} over ${local.path}`)
  console.log(`  average advance ${webAverage.toFixed(4)} em over ${localAverage.toFixed(4)} em`)
  const hhea = [web.ascent, -web.descent, web.lineGap].map((value) => Math.round(value * web.em))
  console.log(`  em ${web.em}, hhea ${hhea.join(' / ')}, typo ${web.typo.join(' / ')}`)
  console.log(`  USE_TYPO_METRICS ${web.useTypoMetrics}`)
  console.log(`  size-adjust: ${percent(sizeAdjust)};`)
  console.log(`  ascent-override: ${percent(web.ascent / sizeAdjust)};`)
  console.log(`  descent-override: ${percent(web.descent / sizeAdjust)};`)
  console.log(`  line-gap-override: ${percent(web.lineGap / sizeAdjust)};`)
}
