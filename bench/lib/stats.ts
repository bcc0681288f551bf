/** One figure from several runs: the median is what we report, min and max show how much it moved. */
export interface Figure {
  median: number
  min: number
  max: number
  runs: number
}

export function summarize(samples: readonly number[]): Figure {
  if (samples.length === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN, runs: 0 }
  const sorted = [...samples].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const median =
    sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
  return { median, min: sorted[0] ?? 0, max: sorted[sorted.length - 1] ?? 0, runs: sorted.length }
}

/** Runs `measure` `runs` times one after the other (never in parallel: they would disturb each other). */
export async function repeat<T>(runs: number, measure: (run: number) => Promise<T>): Promise<T[]> {
  const results: T[] = []
  for (let run = 0; run < runs; run += 1) results.push(await measure(run))
  return results
}

export function figureOf<T>(results: readonly T[], pick: (result: T) => number): Figure {
  return summarize(results.map(pick))
}

export const kb = (bytes: number): number => bytes / 1024
