/**
 * Statistics for drift and A/B gates, from summary numbers a report gives. The special
 * functions follow Numerical Recipes (3rd ed., §6.1 gamma, §6.2 incomplete gamma, §6.4
 * incomplete beta, §14.3 Kolmogorov–Smirnov); tests check them against published tables.
 */

const LANCZOS = [
  57.15623566586292, -59.59796035547549, 14.136097974741746, -0.4919138160976202, 0.00003399464998481189, 0.00004652362892704858, -0.00009837447530487956,
  0.0001580887032249125, -0.00021026444172410488, 0.00021743961811521265, -0.0001643181065367639, 0.00008441822398385275, -0.000026190838401581408,
  0.0000036899182659531625, 0,
];

export function lnGamma(x: number): number {
  let y = x;
  const tmp = x + 5.2421875;
  const t = (x + 0.5) * Math.log(tmp) - tmp;
  let ser = 0.9999999999999971;
  for (const c of LANCZOS) ser += c / ++y;
  return t + Math.log((2.5066282746310007 * ser) / x);
}

/** Regularized upper incomplete gamma Q(a, x). */
export function gammaQ(a: number, x: number): number {
  if (x < 0 || a <= 0) return Number.NaN;
  if (x === 0) return 1;
  if (x < a + 1) return 1 - gammaSeries(a, x);
  return gammaContinuedFraction(a, x);
}

function gammaSeries(a: number, x: number): number {
  let ap = a;
  let sum = 1 / a;
  let del = sum;
  for (let n = 0; n < 10_000; n++) {
    del *= x / ++ap;
    sum += del;
    if (Math.abs(del) < Math.abs(sum) * 1e-16) break;
  }
  return sum * Math.exp(-x + a * Math.log(x) - lnGamma(a));
}

function gammaContinuedFraction(a: number, x: number): number {
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10_000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-16) break;
  }
  return Math.exp(-x + a * Math.log(x) - lnGamma(a)) * h;
}

/** Regularized incomplete beta I_x(a, b). */
export function betaI(a: number, b: number, x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(a, b, x)) / a;
  return 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

function betaContinuedFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < 10_000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-16) break;
  }
  return h;
}

/** erfc(x) = Q(1/2, x²) for x ≥ 0. */
export function erfc(x: number): number {
  return x >= 0 ? gammaQ(0.5, x * x) : 2 - gammaQ(0.5, x * x);
}

/** Two-sided p-value of a standard normal statistic. */
export function normalTwoSided(z: number): number {
  return erfc(Math.abs(z) / Math.SQRT2);
}

/** P(X ≥ x) for chi-square with k degrees of freedom. */
export function chiSquareSf(x: number, k: number): number {
  return gammaQ(k / 2, x / 2);
}

/** Two-sided p-value of Student's t with df degrees of freedom. */
export function studentTwoSided(t: number, df: number): number {
  return betaI(df / 2, 0.5, df / (df + t * t));
}

/** The Kolmogorov distribution's survival function Q_KS(λ). */
export function kolmogorovQ(lambda: number): number {
  if (lambda < 1e-3) return 1;
  let sum = 0;
  for (let j = 1; j <= 100; j++) {
    const term = (j % 2 === 1 ? 2 : -2) * Math.exp(-2 * j * j * lambda * lambda);
    sum += term;
    if (Math.abs(term) < 1e-16) break;
  }
  return Math.min(1, Math.max(0, sum));
}

/** Bins as numbers, from a list or an object keyed by bin (in the reference's key order). */
export type Bins = number[] | Record<string, number>;

export function alignBins(reference: Bins, current: Bins): { ref: number[]; cur: number[]; keys: string[] } {
  if (Array.isArray(reference) && Array.isArray(current)) {
    if (reference.length !== current.length) throw new Error(`the reference has ${reference.length} bins, the current ${current.length}`);
    return { ref: reference, cur: current, keys: reference.map((_, i) => String(i)) };
  }
  if (Array.isArray(reference) || Array.isArray(current)) throw new Error("reference and current bins must both be lists or both be objects");
  const keys = [...new Set([...Object.keys(reference), ...Object.keys(current)])];
  return { ref: keys.map((k) => reference[k] ?? 0), cur: keys.map((k) => current[k] ?? 0), keys };
}

function proportions(xs: number[]): number[] {
  if (xs.some((x) => !Number.isFinite(x) || x < 0)) throw new Error("bins must be non-negative numbers");
  const total = xs.reduce((a, b) => a + b, 0);
  if (total <= 0) throw new Error("bins sum to zero");
  return xs.map((x) => x / total);
}

/** Stands in for an empty bin in PSI, so that ln(0) does not make it infinite. */
export const PSI_EPSILON = 1e-4;

/** Population Stability Index: Σ (c − r) ln(c / r) over bin proportions (counts are normalized). */
export function psi(reference: number[], current: number[]): number {
  const r = proportions(reference).map((p) => Math.max(p, PSI_EPSILON));
  const c = proportions(current).map((p) => Math.max(p, PSI_EPSILON));
  return r.reduce((sum, ri, i) => sum + (c[i] - ri) * Math.log(c[i] / ri), 0);
}

/**
 * Two-sample Kolmogorov–Smirnov from counts over the same ordered bins: D is the largest
 * gap between the cumulative proportions; the p-value uses the effective sample size.
 */
export function ksFromBins(reference: number[], current: number[]): { d: number; p: number | null } {
  const r = proportions(reference);
  const c = proportions(current);
  let cr = 0;
  let cc = 0;
  let d = 0;
  for (let i = 0; i < r.length; i++) {
    cr += r[i];
    cc += c[i];
    d = Math.max(d, Math.abs(cr - cc));
  }
  const n = reference.reduce((a, b) => a + b, 0);
  const m = current.reduce((a, b) => a + b, 0);
  const counts = reference.every(Number.isInteger) && current.every(Number.isInteger) && n > 1 && m > 1;
  if (!counts) return { d, p: null };
  const ne = Math.sqrt((n * m) / (n + m));
  return { d, p: kolmogorovQ((ne + 0.12 + 0.11 / ne) * d) };
}

/** Chi-square test of homogeneity for two rows of category counts (a 2 × k table). */
export function chiSquareHomogeneity(reference: number[], current: number[]): { statistic: number; df: number; p: number } {
  const cols = reference
    .map((r, i) => r + current[i])
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => t > 0);
  const n1 = reference.reduce((a, b) => a + b, 0);
  const n2 = current.reduce((a, b) => a + b, 0);
  const n = n1 + n2;
  let statistic = 0;
  for (const { t, i } of cols) {
    const e1 = (n1 * t) / n;
    const e2 = (n2 * t) / n;
    statistic += (reference[i] - e1) ** 2 / e1 + (current[i] - e2) ** 2 / e2;
  }
  const df = cols.length - 1;
  return { statistic, df, p: df > 0 ? chiSquareSf(statistic, df) : 1 };
}

export interface MeanSummary {
  mean: number;
  std: number;
  n: number;
}

/** Welch's t-test from summary statistics (unequal variances), two-sided. */
export function welch(control: MeanSummary, treatment: MeanSummary): { t: number; df: number; p: number } {
  const vc = (control.std * control.std) / control.n;
  const vt = (treatment.std * treatment.std) / treatment.n;
  const t = (treatment.mean - control.mean) / Math.sqrt(vc + vt);
  const df = (vc + vt) ** 2 / (vc ** 2 / (control.n - 1) + vt ** 2 / (treatment.n - 1));
  return { t, df, p: studentTwoSided(t, df) };
}

export interface RateSummary {
  successes: number;
  n: number;
}

/** Two-proportion z-test with the pooled proportion, two-sided. */
export function twoProportionZ(control: RateSummary, treatment: RateSummary): { z: number; p: number } {
  const p1 = control.successes / control.n;
  const p2 = treatment.successes / treatment.n;
  const pooled = (control.successes + treatment.successes) / (control.n + treatment.n);
  const z = (p2 - p1) / Math.sqrt(pooled * (1 - pooled) * (1 / control.n + 1 / treatment.n));
  return { z, p: normalTwoSided(z) };
}
