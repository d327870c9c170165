/** Outcome of a two-sample Kolmogorov–Smirnov test. */
export interface KsResult {
  /** Largest distance between the two empirical distribution functions. */
  statistic: number
  /** Asymptotic probability of a distance at least this large if both samples share one distribution. */
  pValue: number
}

// Kolmogorov's limiting distribution: Q(λ) = 2 Σ (-1)^(k-1) exp(-2 k² λ²), summed to convergence.
function kolmogorovQ(lambda: number): number {
  if (lambda < 1e-3) return 1
  let sum = 0
  for (let k = 1; k <= 100; k++) {
    const term = 2 * (k % 2 === 1 ? 1 : -1) * Math.exp(-2 * k * k * lambda * lambda)
    sum += term
    if (Math.abs(term) < 1e-12) break
  }
  return Math.min(1, Math.max(0, sum))
}

/**
 * Two-sample Kolmogorov–Smirnov test: the statistic D = sup |F₁(x) − F₂(x)| (ties handled by
 * stepping over every copy of a value at once) and the asymptotic p-value with Stephens' small-sample
 * correction, λ = (√nₑ + 0.12 + 0.11/√nₑ)·D, nₑ = n·m/(n+m).
 */
export function kolmogorovSmirnov(a: readonly number[], b: readonly number[]): KsResult {
  if (a.length === 0 || b.length === 0) throw new RangeError('both samples need values')
  const x = [...a].sort((p, q) => p - q)
  const y = [...b].sort((p, q) => p - q)
  let i = 0
  let j = 0
  let statistic = 0
  while (i < x.length && j < y.length) {
    const value = Math.min(x[i]!, y[j]!)
    while (i < x.length && x[i] === value) i++
    while (j < y.length && y[j] === value) j++
    statistic = Math.max(statistic, Math.abs(i / x.length - j / y.length))
  }
  const ne = (x.length * y.length) / (x.length + y.length)
  const root = Math.sqrt(ne)
  return { statistic, pValue: kolmogorovQ((root + 0.12 + 0.11 / root) * statistic) }
}

/** Median of a sample. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((p, q) => p - q)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/**
 * The area under the ROC curve of `a` against `b`: the probability that a value of `a` exceeds one
 * of `b` (ties count half). 0.5 when the samples cannot be told apart; 1 or 0 when they never overlap.
 */
export function auc(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || b.length === 0) throw new RangeError('both samples need values')
  const all = [
    ...a.map((value) => ({ value, first: true })),
    ...b.map((value) => ({ value, first: false })),
  ]
  all.sort((p, q) => p.value - q.value)
  // Mann–Whitney U through mid-ranks, so that ties count half.
  let rankSum = 0
  for (let i = 0; i < all.length; ) {
    let j = i
    while (j < all.length && all[j]!.value === all[i]!.value) j++
    const midRank = (i + j + 1) / 2
    for (let k = i; k < j; k++) if (all[k]!.first) rankSum += midRank
    i = j
  }
  const u = rankSum - (a.length * (a.length + 1)) / 2
  return u / (a.length * b.length)
}

/** How two timing samples compare. */
export interface TimingComparison {
  /** {@link auc} of the first sample against the second. */
  readonly auc: number
  /** The Kolmogorov–Smirnov test of the two. */
  readonly ks: KsResult
  /** Medians of each sample. */
  readonly medians: readonly [number, number]
  /** A one-line summary for test logs. */
  readonly summary: string
}

/** Compares two timing samples (milliseconds) by AUC and by the KS test. */
export function compareTimings(a: readonly number[], b: readonly number[]): TimingComparison {
  const result = {
    auc: auc(a, b),
    ks: kolmogorovSmirnov(a, b),
    medians: [median(a), median(b)] as const,
  }
  return {
    ...result,
    summary:
      `AUC ${result.auc.toFixed(3)}, KS D = ${result.ks.statistic.toFixed(4)} p = ${result.ks.pValue.toPrecision(3)}, ` +
      `medians ${result.medians[0].toFixed(4)} / ${result.medians[1].toFixed(4)} ms (n = ${a.length} + ${b.length})`,
  }
}

/** Options of {@link interleavedTimings}. */
export interface InterleaveOptions {
  /** Rounds run first and thrown away (JIT, caches). Default 20. */
  readonly warmUp?: number
  /** Pause after each measurement, so that background work of one request delays no other. Default 2 ms. */
  readonly gapMs?: number
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Times `perKind` runs of each kind in balanced random blocks (every block runs each kind once, in a
 * shuffled order), so that drift and noise from other processes fall on every kind alike. `run`
 * resolves the time of one run in milliseconds (measured where the test chooses: server-side, client-side).
 */
export async function interleavedTimings<Kind extends string>(
  kinds: readonly Kind[],
  perKind: number,
  run: (kind: Kind, index: number) => Promise<number>,
  options: InterleaveOptions = {},
): Promise<Record<Kind, number[]>> {
  const gapMs = options.gapMs ?? 2
  const samples = Object.fromEntries(kinds.map((kind) => [kind, [] as number[]])) as Record<
    Kind,
    number[]
  >
  const blocks = (options.warmUp ?? 20) + perKind
  for (let block = 0; block < blocks; block += 1) {
    const order = [...kinds]
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(Math.random() * (i + 1))
      ;[order[i], order[j]] = [order[j]!, order[i]!]
    }
    for (const kind of order) {
      const ms = await run(kind, block)
      if (block >= blocks - perKind) samples[kind].push(ms)
      if (gapMs > 0) await pause(gapMs)
    }
  }
  return samples
}
