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
