/**
 * Statistics for drift and A/B gates, from summary numbers a report gives. Each test matches
 * one scipy function (named on it) and is checked against a table that scipy wrote
 * (scripts/stats-fixture.py → test/fixtures/stats.json). Invalid input is a value,
 * `{ invalid: "what is wrong" }`, never a NaN.
 */

/** Why a statistic cannot be computed, in words a user can act on. */
export interface Invalid {
  invalid: string;
}

export function isInvalid(x: object): x is Invalid {
  return "invalid" in x;
}

const LANCZOS = [
  57.15623566586292, -59.59796035547549, 14.136097974741746, -0.4919138160976202, 0.00003399464998481189, 0.00004652362892704858, -0.00009837447530487956,
  0.0001580887032249125, -0.00021026444172410488, 0.00021743961811521265, -0.0001643181065367639, 0.00008441822398385275, -0.000026190838401581408,
  0.0000036899182659531625, 0,
];

/** ln Γ(x) for x > 0 (Lanczos, Numerical Recipes 3rd ed. §6.1). */
export function lnGamma(x: number): number {
  let y = x;
  const tmp = x + 5.2421875;
  const t = (x + 0.5) * Math.log(tmp) - tmp;
  let ser = 0.9999999999999971;
  for (const c of LANCZOS) ser += c / ++y;
  return t + Math.log((2.5066282746310007 * ser) / x);
}

const LN_SQRT_2PI = 0.9189385332046728;

/** ln Γ(x) − Stirling's approximation, for x ≥ 10 (its asymptotic series). */
function stirlingRemainder(x: number): number {
  const x2 = 1 / (x * x);
  return (
    (1 / x) * (1 / 12 + x2 * (-1 / 360 + x2 * (1 / 1260 + x2 * (-1 / 1680 + x2 * (1 / 1188 + x2 * (-691 / 360360 + x2 * (1 / 156 + x2 * (-3617 / 122400))))))))
  );
}

/**
 * ln B(a, b). For large arguments ln Γ(a + b) − ln Γ(a) − ln Γ(b) cancels away every digit
 * (at 10¹² degrees of freedom each term is 10¹³), so the large cases use Stirling's remainders.
 */
export function lnBeta(a: number, b: number): number {
  const p = Math.min(a, b);
  const q = Math.max(a, b);
  if (p >= 10) {
    const corr = stirlingRemainder(p) + stirlingRemainder(q) - stirlingRemainder(p + q);
    return -0.5 * Math.log(q) + LN_SQRT_2PI + corr + (p - 0.5) * Math.log(p / (p + q)) + q * Math.log1p(-p / (p + q));
  }
  if (q >= 10) {
    const corr = stirlingRemainder(q) - stirlingRemainder(p + q);
    return lnGamma(p) + corr + p - p * Math.log(p + q) + (q - 0.5) * Math.log1p(-p / (p + q));
  }
  return lnGamma(p) + lnGamma(q) - lnGamma(p + q);
}

/** Regularized upper incomplete gamma Q(a, x) (Numerical Recipes §6.2). */
export function gammaQ(a: number, x: number): number {
  if (x < 0 || a <= 0 || Number.isNaN(x)) return Number.NaN;
  if (x === 0) return 1;
  if (x === Number.POSITIVE_INFINITY) return 0;
  if (x < a + 1) return 1 - gammaSeries(a, x);
  return gammaContinuedFraction(a, x);
}

function gammaSeries(a: number, x: number): number {
  let ap = a;
  let sum = 1 / a;
  let del = sum;
  for (let n = 0; n < 100_000; n++) {
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
  for (let i = 1; i < 100_000; i++) {
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

/**
 * Regularized incomplete beta I_x(a, b) (Numerical Recipes §6.4). `y` = 1 − x and the
 * logarithms are passed in when the caller knows them more precisely than 1 − x.
 */
export function betaI(a: number, b: number, x: number, y = 1 - x, lnX = Math.log(x), lnY = Math.log(y)): number {
  if (x <= 0) return 0;
  if (y <= 0) return 1;
  const front = Math.exp(a * lnX + b * lnY - lnBeta(a, b));
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(a, b, x, y)) / a;
  return 1 - (front * betaContinuedFraction(b, a, y, x)) / b;
}

function betaContinuedFraction(a: number, b: number, x: number, y: number): number {
  const tiny = 1e-300;
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  // 1 − (a + b) x / (a + 1), written so that x near 1 keeps its digits
  let d = (qap - qab + qab * y) / qap;
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < 100_000; m++) {
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

/** Two-sided p-value of a standard normal statistic: 2 · scipy.stats.norm.sf(|z|). */
export function normalTwoSided(z: number): number {
  return erfc(Math.abs(z) / Math.SQRT2);
}

/** P(X ≥ x) for chi-square with k degrees of freedom: scipy.stats.chi2.sf(x, k). */
export function chiSquareSf(x: number, k: number): number {
  return gammaQ(k / 2, x / 2);
}

/**
 * Above this many degrees of freedom Student's t is the normal distribution to better than
 * 1e-8 (the difference is O(1/df)), and the continued fraction would need ~√df steps.
 */
const T_IS_NORMAL_DF = 1e8;

/** Two-sided p-value of Student's t with df degrees of freedom: 2 · scipy.stats.t.sf(|t|, df). */
export function studentTwoSided(t: number, df: number): number {
  if (!Number.isFinite(t)) return Number.isNaN(t) ? Number.NaN : 0;
  if (t === 0) return 1;
  if (df > T_IS_NORMAL_DF) return normalTwoSided(t);
  const t2 = t * t;
  // I_x(df/2, 1/2) with x = df / (df + t²); 1 − x and both logarithms computed without cancellation
  const x = df / (df + t2);
  const y = t2 / (df + t2);
  return betaI(df / 2, 0.5, x, y, -Math.log1p(t2 / df), Math.log(t2) - Math.log(df + t2));
}

/** The asymptotic Kolmogorov distribution's survival function Q_KS(λ) (scipy.stats.kstwobign.sf). */
export function kolmogorovQ(lambda: number): number {
  if (lambda <= 0) return 1;
  // The alternating series converges only for large λ; below 1 the theta-function form does.
  if (lambda < 1) {
    const q = Math.exp(-(Math.PI * Math.PI) / (8 * lambda * lambda));
    let sum = 0;
    for (let k = 1; k < 100; k += 2) {
      const term = q ** (k * k);
      sum += term;
      if (term < 1e-17 * sum) break;
    }
    return 1 - (Math.sqrt(2 * Math.PI) / lambda) * sum;
  }
  let sum = 0;
  for (let j = 1; j <= 100; j++) {
    const term = (j % 2 === 1 ? 2 : -2) * Math.exp(-2 * j * j * lambda * lambda);
    sum += term;
    if (Math.abs(term) < 1e-17) break;
  }
  return Math.min(1, Math.max(0, sum));
}

/** Bins as numbers, from a list or an object keyed by bin. */
export type Bins = number[] | Record<string, number>;

/**
 * Pairs two sets of bins. Lists pair by position and must be as long as each other; objects
 * pair by key, in `order` (the keys as the file wrote them: JavaScript would put keys that
 * look like integers first, in numeric order), a bin missing on one side counting 0.
 */
export function alignBins(
  reference: Bins,
  current: Bins,
  order?: { reference?: string[]; current?: string[] },
): { ref: number[]; cur: number[]; keys: string[] } {
  if (Array.isArray(reference) && Array.isArray(current)) {
    if (reference.length !== current.length)
      throw new Error(`the reference has ${reference.length} bins, the current ${current.length}: bins must pair one to one`);
    return { ref: reference, cur: current, keys: reference.map((_, i) => String(i)) };
  }
  if (Array.isArray(reference) || Array.isArray(current)) throw new Error("reference and current bins must both be lists or both be objects");
  const keys = [...new Set([...(order?.reference ?? Object.keys(reference)), ...(order?.current ?? Object.keys(current))])];
  return { ref: keys.map((k) => reference[k] ?? 0), cur: keys.map((k) => current[k] ?? 0), keys };
}

/** What is wrong with a row of bins, or null: each a finite number ≥ 0 (whole, for counts), some > 0. */
function checkBins(xs: number[], name: string, whole: boolean): string | null {
  if (xs.length === 0) return `the ${name} has no bins`;
  const i = xs.findIndex((x) => typeof x !== "number" || !Number.isFinite(x) || x < 0);
  if (i >= 0) return `the ${name}'s bin ${i + 1} is ${xs[i]}: bins must be numbers ≥ 0`;
  if (whole) {
    const j = xs.findIndex((x) => !Number.isInteger(x));
    if (j >= 0) return `the ${name}'s bin ${j + 1} is ${xs[j]}: this test needs counts (whole numbers), not proportions`;
  }
  if (!xs.some((x) => x > 0)) return `the ${name}'s bins sum to zero: there is nothing to compare`;
  return null;
}

function checkPair(reference: number[], current: number[], whole: boolean): Invalid | null {
  if (reference.length !== current.length) return { invalid: `the reference has ${reference.length} bins, the current ${current.length}` };
  const bad = checkBins(reference, "reference", whole) ?? checkBins(current, "current", whole);
  return bad ? { invalid: bad } : null;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** What an empty bin counts as in PSI (its proportion), so that ln 0 does not make it infinite. */
export const PSI_EMPTY_BIN = 1e-4;

/**
 * Population Stability Index Σ (c − r) ln(c / r) over bin proportions (counts are normalized).
 * Only an empty bin (proportion exactly 0) counts as 0.0001, the common convention (Evidently's
 * PSI replaces exact zeros the same way); a small but non-empty bin keeps its value.
 */
export function psi(reference: number[], current: number[]): { value: number } | Invalid {
  const bad = checkPair(reference, current, false);
  if (bad) return bad;
  const rt = sum(reference);
  const ct = sum(current);
  let value = 0;
  for (let i = 0; i < reference.length; i++) {
    const r = reference[i] === 0 ? PSI_EMPTY_BIN : reference[i] / rt;
    const c = current[i] === 0 ? PSI_EMPTY_BIN : current[i] / ct;
    value += (c - r) * Math.log(c / r);
  }
  return { value };
}

/** Largest sample for which scipy's ks_2samp(method="auto") uses the exact distribution. */
export const KS_EXACT_MAX_N = 10_000;
const KS_NEGLIGIBLE_P = 1e-15;

export interface KsResult {
  d: number;
  /** null for proportions: they carry no sample size. */
  p: number | null;
  method: "exact" | "asymp" | null;
}

/**
 * Two-sample Kolmogorov–Smirnov over the same ordered bins, as
 * scipy.stats.ks_2samp(np.repeat(range(k), reference), np.repeat(range(k), current)) with
 * method="auto": D is the largest gap between the cumulative proportions; the p-value is
 * exact when both samples have at most 10,000 values, else kstwo.sf(D, round(n·m/(n+m))) (also
 * used where that is below 1e-15, so that D near 1 costs no time). Bins as proportions give D alone.
 */
export function ksFromBins(reference: number[], current: number[]): KsResult | Invalid {
  const whole = reference.every(Number.isInteger) && current.every(Number.isInteger);
  const bad = checkPair(reference, current, false);
  if (bad) return bad;
  const n = sum(reference);
  const m = sum(current);
  let d = 0;
  let cr = 0;
  let cc = 0;
  for (let i = 0; i < reference.length; i++) {
    cr += reference[i];
    cc += current[i];
    d = Math.max(d, Math.abs(cr / n - cc / m));
  }
  if (!whole) return { d, p: null, method: null };
  const [big, small] = n >= m ? [n, m] : [m, n];
  const en = roundHalfEven((big * small) / (big + small));
  // Where even the asymptotic p-value is below 1e-15 the exact one is too (both are far under
  // the 1e-6 tolerance), and the exact count can take a second at 10,000 × 10,000: skip it.
  const negligible = small >= 100 && kolmogorovSf(en, d) < KS_NEGLIGIBLE_P;
  if (Math.max(n, m) <= KS_EXACT_MAX_N && !negligible) {
    // Exact: D in whole steps of 1/lcm(n, m), as scipy rounds it.
    let diff = 0;
    cr = 0;
    cc = 0;
    for (let i = 0; i < reference.length; i++) {
      cr += reference[i];
      cc += current[i];
      diff = Math.max(diff, Math.abs(cr * m - cc * n));
    }
    const g = gcd(n, m);
    const h = diff / g;
    const lcm = (n / g) * m;
    const exact = h === 0 ? 1 : n === m ? ksOutsideSquare(n, h) : ksOutsideBand(n, m, g, h);
    if (Number.isFinite(exact) && exact >= 0 && exact <= 1) return { d: h / lcm, p: exact, method: "exact" };
  }
  return { d, p: clip01(kolmogorovSf(en, d)), method: "asymp" };
}

function gcd(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y) [x, y] = [y, x % y];
  return x;
}

/** numpy's round: halves go to the even neighbour. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x - Math.trunc(x)) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

function clip01(p: number): number {
  return Math.min(1, Math.max(0, p));
}

/** P(D_{n,n} ≥ h/n), both samples of size n (Hodges; scipy's _compute_prob_outside_square). */
function ksOutsideSquare(n: number, h: number): number {
  let p = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    p = p1 * (1 - p);
  }
  return 2 * p;
}

/**
 * P(D_{m,n} ≥ h/lcm(m, n)): the share of lattice paths that leave the band |x/m − y/n| < h/lcm,
 * computed as 1 − p directly (Hodges' inside method; Viehmann 2021; scipy's
 * _compute_outer_prob_inside_method).
 */
function ksOutsideBand(m0: number, n0: number, g: number, h: number): number {
  const [m, n] = m0 >= n0 ? [m0, n0] : [n0, m0];
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const a = new Float64Array(lenA).fill(1);
  for (let j = minj; j < maxj; j++) a[j] = 0;
  // 1/(i + j) from a table: a multiplication instead of a division on the loop's critical path
  const inv = new Float64Array(m + n + 2);
  for (let k = 1; k < inv.length; k++) inv[k] = 1 / k;
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    // val_j = b_j + e_j · val_(j−1), two steps at a time so that only one multiply-add per
    // pair waits on the one before (the loop is bound by that chain, not by arithmetic).
    let val = minj === 0 ? 0 : 1;
    const len = maxj - minj;
    const off = minj - lastminj;
    let jj = 0;
    for (; jj + 1 < len; jj += 2) {
      const j = jj + minj;
      const w0 = inv[i + j];
      const w1 = inv[i + j + 1];
      const b0 = a[jj + off] * (i * w0);
      const e0 = j * w0;
      const b1 = a[jj + 1 + off] * (i * w1);
      const e1 = (j + 1) * w1;
      a[jj] = b0 + e0 * val;
      val = b1 + e1 * b0 + e1 * e0 * val;
      a[jj + 1] = val;
    }
    if (jj < len) {
      const w = inv[i + jj + minj];
      val = a[jj + off] * (i * w) + val * ((jj + minj) * w);
      a[jj] = val;
    }
    curlen = maxj - minj;
    for (let k = curlen; k < curlen + (lastlen - curlen) && k < lenA; k++) a[k] = 1;
  }
  return a[maxj - minj - 1];
}

const E128 = 2 ** 128;
const EM128 = 2 ** -128;

/**
 * P(D_n ≥ x) of the one-sample two-sided Kolmogorov–Smirnov statistic (scipy.stats.kstwo.sf),
 * choosing among exact and asymptotic methods the way scipy does (Simard & L'Ecuyer 2011).
 */
export function kolmogorovSf(n: number, x: number): number {
  if (x >= 1) return 0;
  if (x <= 0) return 1;
  const t = n * x;
  if (t <= 1) {
    // Ruben–Gambino: 1/2n ≤ x ≤ 1/n
    if (t <= 0.5) return 1;
    let cdf: number;
    if (n <= 140) {
      cdf = 1;
      for (let i = 1; i <= n; i++) cdf *= (i / n) * (2 * t - 1);
    } else cdf = Math.exp(lnFactorialOverPower(n) + n * Math.log(2 * t - 1));
    return clip01(1 - cdf);
  }
  if (t >= n - 1) return clip01(2 * (1 - x) ** n);
  if (x >= 0.5) return clip01(2 * smirnov(n, x));
  const nx2 = t * x;
  if (n <= 140) {
    // scipy uses Pomeranz's recursion up to n·x² = 4; the Durbin matrix is exact there too.
    if (nx2 <= 4) return clip01(1 - durbinCdf(n, x));
    return clip01(2 * smirnov(n, x));
  }
  if (nx2 >= 370) return 0;
  if (nx2 >= 2.2) return clip01(2 * smirnov(n, x));
  let cdf: number;
  if (nx2 >= 18) cdf = 1;
  else if (n <= 100_000 && n * x ** 1.5 <= 1.4) cdf = durbinCdf(n, x);
  else cdf = pelzGoodCdf(n, x);
  return clip01(1 - cdf);
}

/** ln(n! / nⁿ) by Stirling's series (scipy's _log_nfactorial_div_n_pow_n). */
function lnFactorialOverPower(n: number): number {
  const coeffs = [
    -0.029550653594771242, 0.00641025641025641, -0.0019175269175269176, 0.0008417508417508417, -0.0005952380952380953, 0.0007936507936507937,
    -0.002777777777777778, 0.08333333333333333,
  ];
  const rn = 1 / n;
  let poly = 0;
  for (const c of coeffs) poly = poly * (rn / n) + c;
  return Math.log(n) / 2 - n + Math.log(2 * Math.PI) / 2 + rn * poly;
}

const SMIRNOV_MAX_EXACT_N = 1_000_000;

/**
 * One-sided P(D⁺_n ≥ x) (scipy.special.smirnov): the exact Birnbaum–Tingey sum
 * x · Σ_j C(n, j) (1 − x − j/n)^(n−j) (x + j/n)^(j−1), its terms all positive, summed in logs.
 */
export function smirnov(n: number, x: number): number {
  if (x >= 1) return 0;
  if (x <= 0) return 1;
  if (-2 * n * x * x < -708) return 0;
  // The sum has ~n terms that all count; beyond a million, scipy (and so modelgate) takes
  // the asymptotic e^(−(6nx + 1)² / 18n).
  if (n > SMIRNOV_MAX_EXACT_N) return Math.exp(-((6 * n * x + 1) ** 2) / 18 / n);
  const last = Math.floor(n * (1 - x) + 1e-12);
  let lnChoose = 0;
  let total = 0;
  let peak = Number.NEGATIVE_INFINITY;
  for (let j = 0; j <= last; j++) {
    if (j > 0) lnChoose += Math.log((n - j + 1) / j);
    const rest = 1 - x - j / n;
    if (rest <= 0) break;
    const lnTerm = lnChoose + (n - j) * Math.log(rest) + (j - 1) * Math.log(x + j / n);
    peak = Math.max(peak, lnTerm);
    total += Math.exp(lnTerm);
    if (lnTerm < peak - 45 && j > n * 0.01) break;
  }
  return clip01(x * total);
}

/** P(D_n < d) by Durbin's matrix (Marsaglia, Tsang & Wang 2003; scipy's _kolmogn_DMTW). */
function durbinCdf(n: number, d: number): number {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  let H: Float64Array = new Float64Array(m * m);
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let fac = 1;
  for (let j = 1; j <= m; j++) {
    w[j - 1] = fac;
    fac /= j;
    v[j - 1] = (1 - h ** j) * fac;
  }
  v[m - 1] = (1 + (Math.max(2 * h - 1, 0) ** m - 2 * h ** m)) * fac;
  for (let i = 1; i < m; i++) for (let r = i - 1; r < m; r++) H[r * m + i] = w[r - i + 1];
  for (let r = 0; r < m; r++) H[r * m] = v[r];
  for (let c = 0; c < m; c++) H[(m - 1) * m + c] = v[m - 1 - c];
  let power: Float64Array | null = null;
  let expnt = 0;
  let hExpnt = 0;
  for (let nn = n; nn > 0; nn = Math.floor(nn / 2)) {
    if (nn % 2) {
      power = power ? matmul(power, H, m) : H.slice();
      expnt += hExpnt;
    }
    H = matmul(H, H, m);
    hExpnt *= 2;
    if (Math.abs(H[(k - 1) * m + (k - 1)]) > E128) {
      for (let i = 0; i < H.length; i++) H[i] /= E128;
      hExpnt += 128;
    }
  }
  let p = (power as Float64Array)[(k - 1) * m + (k - 1)];
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n;
    if (Math.abs(p) < EM128) {
      p *= E128;
      expnt -= 128;
    }
  }
  return clip01(p * 2 ** expnt);
}

function matmul(a: Float64Array, b: Float64Array, m: number): Float64Array {
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let k = 0; k < m; k++) {
      const aik = a[i * m + k];
      if (aik === 0) continue;
      for (let j = 0; j < m; j++) out[i * m + j] += aik * b[k * m + j];
    }
  }
  return out;
}

/** P(D_n < x) by the Pelz–Good expansion to 1/n^1.5 (scipy's _kolmogn_PelzGood). */
function pelzGoodCdf(n: number, x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const PI2 = Math.PI ** 2;
  const PI4 = Math.PI ** 4;
  const PI6 = Math.PI ** 6;
  const SQRT2PI = Math.sqrt(2 * Math.PI);
  const z = Math.sqrt(n) * x;
  const z2 = z * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  const qlog = -PI2 / 8 / z2;
  if (qlog < -708) return 0;
  let q = Math.exp(qlog);
  const k1a = -z2;
  const k1b = PI2 / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = ((2 * z4 - 5 * z2) * PI2) / 4;
  const k2c = (PI4 * (1 - 2 * z2)) / 16;
  const k3d = (PI6 * (5 - 30 * z2)) / 64;
  const k3c = (PI4 * (-60 * z2 + 212 * z4)) / 16;
  const k3b = (PI2 * (135 * z4 - 96 * z6)) / 4;
  const k3a = -30 * z6 - 90 * z ** 8;
  const K = [0, 0, 0, 0];
  const maxk = Math.ceil((16 * z) / Math.PI);
  for (let k = maxk; k > 0; k--) {
    const m = 2 * k - 1;
    const m2 = m * m;
    const m4 = m2 * m2;
    const m6 = m4 * m2;
    const qp = q ** (8 * k);
    const coeffs = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6];
    for (let i = 0; i < 4; i++) K[i] = K[i] * qp + coeffs[i];
  }
  const div = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
  for (let i = 0; i < 4; i++) K[i] = (K[i] * q * SQRT2PI) / div[i];
  q = Math.exp(-PI2 / 2 / z2);
  let k2extra = 0;
  let k3extra = 0;
  const sqrt3z = Math.sqrt(3) * z;
  for (let k = maxk; k > 0; k--) {
    const k2 = k * k;
    const qk = q ** k2;
    k2extra += k2 * qk;
    k3extra += (sqrt3z + Math.PI * k) * (sqrt3z - Math.PI * k) * k2 * qk;
  }
  K[2] += (k2extra * PI2 * SQRT2PI) / (-36 * z ** 3);
  K[3] += (k3extra * PI2 * SQRT2PI) / (216 * z6);
  return K[0] + K[1] / n ** 0.5 + K[2] / n + K[3] / n ** 1.5;
}

export interface ChiSquareResult {
  statistic: number;
  df: number;
  p: number;
}

/**
 * Chi-square test of homogeneity of two rows of category counts (a 2 × k table), as
 * scipy.stats.chi2_contingency([reference, current], correction=False), after dropping the
 * categories empty in both rows (scipy refuses a table with a zero expected count). With one
 * category left the rows cannot differ: statistic 0, df 0, p 1, as scipy gives.
 */
export function chiSquareHomogeneity(reference: number[], current: number[]): ChiSquareResult | Invalid {
  const bad = checkPair(reference, current, true);
  if (bad) return bad;
  const cols = reference.map((r, i) => ({ r, c: current[i] })).filter(({ r, c }) => r + c > 0);
  const n1 = sum(reference);
  const n2 = sum(current);
  const n = n1 + n2;
  const df = cols.length - 1;
  if (df === 0) return { statistic: 0, df, p: 1 };
  let statistic = 0;
  for (const { r, c } of cols) {
    const e1 = (n1 * (r + c)) / n;
    const e2 = (n2 * (r + c)) / n;
    statistic += (r - e1) ** 2 / e1 + (c - e2) ** 2 / e2;
  }
  return { statistic, df, p: chiSquareSf(statistic, df) };
}

export interface MeanSummary {
  mean: number;
  /** The sample standard deviation (ddof = 1). */
  std: number;
  n: number;
}

function checkMeanSummary(s: MeanSummary, name: string): string | null {
  if (!Number.isFinite(s.mean)) return `the ${name}'s mean is ${s.mean}: it must be a finite number`;
  if (!Number.isFinite(s.std) || s.std < 0) return `the ${name}'s std is ${s.std}: a standard deviation is a number ≥ 0`;
  if (!Number.isInteger(s.n) || s.n < 2) return `the ${name}'s n is ${s.n}: a sample size is a whole number, and a t-test needs n ≥ 2`;
  return null;
}

/**
 * Welch's t-test from summary statistics, two-sided, as
 * scipy.stats.ttest_ind_from_stats(mean1, std1, n1, mean2, std2, n2, equal_var=False)
 * (= ttest_ind(a, b, equal_var=False) on the raw samples). When both standard deviations
 * are 0, scipy gives t = ±inf, p = 0 for different means and NaN for equal ones; here equal
 * means give t = 0, p = 1 (no difference), never NaN.
 */
export function welch(control: MeanSummary, treatment: MeanSummary): { t: number; df: number; p: number } | Invalid {
  const bad = checkMeanSummary(control, "control") ?? checkMeanSummary(treatment, "treatment");
  if (bad) return { invalid: bad };
  const vc = (control.std * control.std) / control.n;
  const vt = (treatment.std * treatment.std) / treatment.n;
  const diff = treatment.mean - control.mean;
  if (vc + vt === 0) {
    const df = control.n + treatment.n - 2;
    return diff === 0 ? { t: 0, df, p: 1 } : { t: Math.sign(diff) * Number.POSITIVE_INFINITY, df, p: 0 };
  }
  const t = diff / Math.sqrt(vc + vt);
  const df = (vc + vt) ** 2 / (vc ** 2 / (control.n - 1) + vt ** 2 / (treatment.n - 1));
  return { t, df, p: studentTwoSided(t, df) };
}

export interface RateSummary {
  successes: number;
  n: number;
}

function checkRateSummary(s: RateSummary, name: string): string | null {
  if (!Number.isInteger(s.n) || s.n < 1) return `the ${name}'s n is ${s.n}: a sample size is a whole number ≥ 1`;
  if (!Number.isInteger(s.successes) || s.successes < 0 || s.successes > s.n)
    return `the ${name}'s successes is ${s.successes}: a count of successes is a whole number from 0 to n (${s.n})`;
  return null;
}

/**
 * Two-proportion z-test with the pooled proportion, two-sided: z = (p₂ − p₁) / √(p̄(1 − p̄)(1/n₁ + 1/n₂)),
 * p = 2 · scipy.stats.norm.sf(|z|), the same p as
 * chi2_contingency([[s₁, n₁ − s₁], [s₂, n₂ − s₂]], correction=False) and statsmodels'
 * proportions_ztest. When every trial (or none) succeeded in both groups, z = 0 and p = 1.
 */
export function twoProportionZ(control: RateSummary, treatment: RateSummary): { z: number; p: number } | Invalid {
  const bad = checkRateSummary(control, "control") ?? checkRateSummary(treatment, "treatment");
  if (bad) return { invalid: bad };
  const p1 = control.successes / control.n;
  const p2 = treatment.successes / treatment.n;
  const pooled = (control.successes + treatment.successes) / (control.n + treatment.n);
  const variance = pooled * (1 - pooled) * (1 / control.n + 1 / treatment.n);
  if (variance === 0) return { z: 0, p: 1 };
  const z = (p2 - p1) / Math.sqrt(variance);
  return { z, p: normalTwoSided(z) };
}
