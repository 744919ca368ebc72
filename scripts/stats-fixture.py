#!/usr/bin/python3
"""Writes test/fixtures/stats.json: reference answers from scipy for every function of
src/core/stats.ts, random and edge cases, so that CI checks modelgate against scipy
without Python.

    apt-get install python3-scipy && /usr/bin/python3 scripts/stats-fixture.py

Each table is a list of rows [inputs..., expected...]; `null` marks a case scipy refuses
or answers with NaN (the test checks modelgate's own documented answer there).
"""
import json
import math
import sys
from pathlib import Path

import numpy as np
import scipy
from scipy import special, stats

SEED = 13
CASES = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
rng = np.random.default_rng(SEED)
OUT = Path(__file__).resolve().parent.parent / "test" / "fixtures" / "stats.json"


def num(x):
    """A float as JSON: 17 significant digits round-trip; NaN as null, infinities as text."""
    x = float(x)
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return None if math.isnan(x) else x


def sizes(kind):
    """A total sample size of one of several magnitudes."""
    if kind == "tiny":
        return int(rng.integers(1, 11))
    if kind == "small":
        return int(rng.integers(11, 201))
    if kind == "medium":
        return int(rng.integers(201, 10_001))
    return int(rng.integers(10_001, 100_001))


def counts(total, k, zeros=0.0):
    """total observations over k bins, from a random distribution, some bins forced empty."""
    p = rng.dirichlet(np.full(k, float(rng.choice([0.3, 1.0, 5.0]))))
    if zeros:
        mask = rng.random(k) < zeros
        if mask.all():
            mask[rng.integers(k)] = False
        p = np.where(mask, 0, p)
        p = p / p.sum()
    return [int(c) for c in rng.multinomial(total, p)]


def shifted(row, effect):
    """A second row from the first's distribution, moved by an effect size in [0, 1]."""
    k = len(row)
    base = np.asarray(row, float) + 1e-9
    base = base / base.sum()
    other = rng.dirichlet(np.ones(k))
    return (1 - effect) * base + effect * other


# ---------------------------------------------------------------- PSI (no scipy function)
def psi_reference(r, c):
    """PSI from scipy.special.rel_entr: Σ (c − r) ln(c/r) = Σ rel_entr(c, r) + rel_entr(r, c)."""
    r = np.asarray(r, float)
    c = np.asarray(c, float)
    r = np.where(r == 0, 1e-4, r / r.sum())
    c = np.where(c == 0, 1e-4, c / c.sum())
    return float(np.sum(special.rel_entr(c, r) + special.rel_entr(r, c)))


def psi_cases():
    rows = []
    for i in range(CASES):
        k = int(rng.integers(2, 16))
        kind = ["tiny", "small", "medium", "large"][i % 4]
        r = counts(sizes(kind), k, zeros=0.2 if i % 3 == 0 else 0)
        if sum(r) == 0:
            r[0] = 1
        if i % 10 == 0:
            c = list(r)  # identical
        else:
            c = [int(x) for x in rng.multinomial(sizes(kind), shifted(r, float(rng.choice([0, 0.05, 0.3, 1.0]))))]
            if sum(c) == 0:
                c[-1] = 1
        if i % 5 == 1:  # proportions, not counts
            r = [x / sum(r) for x in r]
            c = [x / sum(c) for x in c]
        rows.append([r, c, num(psi_reference(r, c))])
    return rows


# ---------------------------------------------------------------- KS from bins
def ks_reference(r, c):
    x = np.repeat(np.arange(len(r)), r)
    y = np.repeat(np.arange(len(c)), c)
    res = stats.ks_2samp(x, y, alternative="two-sided", method="auto")
    return res.statistic, res.pvalue


def ks_cases():
    rows = []
    special_rows = [
        ([2, 98], [2, 99]),  # the near-identical samples: p ≈ 1
        ([1], [1]),
        ([1, 0], [0, 1]),
        ([5, 0, 0], [0, 0, 5]),
        ([10000, 0], [0, 10000]),
        ([5000, 5000], [5000, 5000]),
        ([5001, 5000], [4999, 5001]),
        ([3, 4, 3], [3, 4, 3]),
        ([0, 7, 0, 3], [0, 7, 0, 3]),
        ([1, 1], [1, 0]),
        ([10001, 1], [1, 2]),
        ([60000, 40000], [3, 1]),
        ([60000, 40000], [50000, 50001]),
        # more than a million per sample: kstwo takes Pelz-Good, then Smirnov's asymptotic form
        ([1_250_000, 1_250_000], [1_251_250, 1_248_750]),
        ([1_250_000, 1_250_000], [1_252_500, 1_247_500]),
        ([2_000_000, 3_000_000], [2_010_000, 2_990_000]),
    ]
    for r, c in special_rows:
        d, p = ks_reference(r, c)
        rows.append([r, c, num(d), num(p)])
    i = 0
    while len(rows) < CASES:
        i += 1
        k = int(rng.integers(1, 12))
        kinds = ["tiny", "small", "medium", "large"]
        kr = kinds[int(rng.integers(0, 4))]
        kc = kinds[int(rng.integers(0, 4))] if i % 2 else kr
        if kr == "large" and kc == "large" and i % 4:
            kc = "medium"  # keep the fixture's run time modest
        r = counts(sizes(kr), k, zeros=0.2 if i % 3 == 0 else 0)
        if sum(r) == 0:
            continue
        if i % 7 == 0:
            c = [x * int(rng.integers(1, 4)) for x in r]  # same shape, other size (ties)
        else:
            c = [int(x) for x in rng.multinomial(sizes(kc), shifted(r, float(rng.choice([0, 0.01, 0.1, 0.5, 1.0]))))]
        if sum(c) == 0:
            continue
        if i % 11 == 0 and sum(r) <= 10_000:
            c = list(r)
        d, p = ks_reference(r, c)
        rows.append([r, c, num(d), num(p)])
    return rows


def kolmogorov_cases():
    """scipy.stats.kstwo.sf(x, n) over n and x, covering each of its methods."""
    rows = []
    for i in range(CASES):
        # scipy sums Smirnov's series term by term: n above 10⁵ only now and then, to keep it quick
        n = int(rng.choice([1, 2, 3, 5, 10, 50, 140, 141, 500, 5000, 50_000, 100_001])) if i % 2 else int(10 ** rng.uniform(0, 5))
        if i % 100 == 0:
            n = 1_000_000
        if i % 100 == 50:
            n = int(rng.choice([1_000_001, 2_500_000, 10**7, 10**9]))
        # x on the scale of the statistic: around 1/√n, sometimes anywhere in (0, 1)
        x = float(rng.uniform(0, 1)) if i % 5 == 0 else float(min(0.999, rng.uniform(0.05, 3.0) / math.sqrt(n)))
        rows.append([n, x, num(stats.kstwo.sf(x, n))])
    for lam in np.concatenate([rng.uniform(0, 3, 500), [0.001, 0.01, 0.026, 0.2, 0.5, 0.9999, 1.0, 1.358, 1.628, 3.5]]):
        rows.append([None, float(lam), num(stats.kstwobign.sf(lam))])
    return rows


# ---------------------------------------------------------------- chi-square homogeneity
def chi2_reference(r, c):
    """chi2_contingency(correction=False) on the table less its all-empty columns; None when scipy refuses."""
    table = np.array([r, c])
    table = table[:, table.sum(axis=0) > 0]
    try:
        res = stats.chi2_contingency(table, correction=False)
    except ValueError:
        return None
    return res[0], res[1], int(res[2])


def chi2_cases():
    rows = []
    edge = [
        ([0, 0, 0], [5, 3, 2]),  # a row of zeros: scipy refuses, modelgate fails the gate
        ([5, 3, 2], [0, 0, 0]),
        ([10, 20, 30], [10, 20, 30]),  # identical rows
        ([10, 0, 30], [20, 0, 10]),  # a category empty in both
        ([7], [9]),  # one category: df 0
        ([0, 7], [0, 9]),
        ([1_000_000_000, 1], [1, 1_000_000_000]),  # extreme
        ([1, 0], [0, 1]),
    ]
    for r, c in edge:
        ref = chi2_reference(r, c)
        rows.append([r, c] + ([num(ref[0]), num(ref[1]), ref[2]] if ref else [None, None, None]))
    i = 0
    while len(rows) < CASES:
        i += 1
        k = int(rng.integers(2, 12))
        kind = ["tiny", "small", "medium", "large"][i % 4]
        r = counts(sizes(kind), k, zeros=0.25 if i % 3 == 0 else 0)
        c = [int(x) for x in rng.multinomial(sizes(kind), shifted(r, float(rng.choice([0, 0.02, 0.2, 1.0]))))]
        if i % 9 == 0:
            c = list(r)
        if i % 13 == 0:
            c = [0] * k  # an empty row
        ref = chi2_reference(r, c)
        rows.append([r, c] + ([num(ref[0]), num(ref[1]), ref[2]] if ref else [None, None, None]))
    return rows


# ---------------------------------------------------------------- Welch t
def welch_reference(mc, sc, nc, mt, st, nt):
    """t of treatment − control: scipy's t is sample 1 − sample 2, so the treatment goes first."""
    res = stats.ttest_ind_from_stats(mt, st, nt, mc, sc, nc, equal_var=False)
    return [num(res.statistic), num(res.pvalue)]


def welch_cases():
    rows = []
    edge = [
        (1.0, 0.0, 10, 2.0, 0.0, 10),  # both sd 0, means differ: p = 0
        (1.0, 0.0, 10, 1.0, 0.0, 10),  # both sd 0, means equal: scipy NaN
        (0.1, 0.01, 2, 0.1, 0.01, 2),  # the smallest samples
        (0.5, 0.1, 10**9, 0.5000001, 0.1, 10**9),  # huge df
        (0.5, 0.1, 10**12, 0.50000001, 0.1, 10**12),
        (10.0, 1.0, 1000, 11.0, 0.0, 1000),  # one sd 0
        (0.0, 1.0, 2, 1000.0, 1.0, 2),  # extreme effect
    ]
    for mc, sc, nc, mt, st, nt in edge:
        rows.append([mc, sc, nc, mt, st, nt] + welch_reference(mc, sc, nc, mt, st, nt))
    for i in range(CASES - len(edge)):
        scale = 10 ** rng.uniform(-3, 3)
        mc = float(rng.normal(0, scale))
        sc = float(scale * 10 ** rng.uniform(-2, 1))
        st = float(sc * 10 ** rng.uniform(-1.5, 1.5)) if i % 10 else sc
        if i % 17 == 0:
            st = 0.0
        nc = int(10 ** rng.uniform(math.log10(2), [2, 4, 6, 9][i % 4]))
        nt = int(10 ** rng.uniform(math.log10(2), [2, 4, 6, 9][(i // 4) % 4]))
        effect = float(rng.choice([0, 0.001, 0.01, 0.1, 1, 10]))
        mt = mc + effect * sc * float(rng.choice([-1, 1]))
        rows.append([mc, sc, nc, mt, st, nt] + welch_reference(mc, sc, nc, mt, st, nt))
    return rows


# ---------------------------------------------------------------- two-proportion z
def two_prop_reference(s1, n1, s2, n2):
    pooled = (s1 + s2) / (n1 + n2)
    var = pooled * (1 - pooled) * (1 / n1 + 1 / n2)
    if var == 0:
        return None
    z = (s2 / n2 - s1 / n1) / math.sqrt(var)
    p = 2 * stats.norm.sf(abs(z))
    # The same test as a 2 × 2 chi-square without Yates' correction: chi² = z².
    chi2, pc, _, _ = stats.chi2_contingency([[s1, n1 - s1], [s2, n2 - s2]], correction=False)
    assert abs(chi2 - z * z) <= 1e-6 * max(1, chi2) and abs(pc - p) <= 1e-9, (s1, n1, s2, n2, chi2, z, pc, p)
    return z, p


def two_prop_cases():
    rows = []
    edge = [(0, 10, 0, 10), (10, 10, 10, 10), (0, 1, 1, 1), (1, 2, 1, 2), (500_000, 10**6, 500_500, 10**6), (1, 10**9, 2, 10**9)]
    for s1, n1, s2, n2 in edge:
        ref = two_prop_reference(s1, n1, s2, n2)
        rows.append([s1, n1, s2, n2] + ([num(ref[0]), num(ref[1])] if ref else [None, None]))
    for i in range(CASES - len(edge)):
        n1 = int(10 ** rng.uniform(0, [2, 4, 6, 9][i % 4]))
        n2 = int(10 ** rng.uniform(0, [2, 4, 6, 9][(i // 4) % 4]))
        p1 = float(rng.choice([rng.uniform(0, 1), rng.uniform(0, 0.01), 0.0, 1.0], p=[0.8, 0.14, 0.03, 0.03]))
        p2 = min(1.0, max(0.0, p1 + float(rng.choice([0, 0.001, 0.01, 0.1, 0.5])) * float(rng.choice([-1, 1]))))
        s1 = int(rng.binomial(n1, p1))
        s2 = int(rng.binomial(n2, p2))
        ref = two_prop_reference(s1, n1, s2, n2)
        rows.append([s1, n1, s2, n2] + ([num(ref[0]), num(ref[1])] if ref else [None, None]))
    return rows


# ---------------------------------------------------------------- distribution functions
def distribution_cases():
    t_rows, chi_rows, norm_rows = [], [], []
    for i in range(CASES):
        df = float(10 ** rng.uniform(0, 15)) if i % 3 else float(rng.uniform(1, 30))
        t = float(rng.choice([rng.uniform(0, 4), rng.uniform(0, 40), 10 ** rng.uniform(-8, 2)]))
        t_rows.append([t, df, num(2 * stats.t.sf(t, df))])
        k = int(10 ** rng.uniform(0, 4))
        x = float(k * 10 ** rng.uniform(-2, 0.7))
        chi_rows.append([x, k, num(stats.chi2.sf(x, k))])
        z = float(rng.uniform(0, 9)) if i % 2 else float(10 ** rng.uniform(-9, 1))
        norm_rows.append([z, num(2 * stats.norm.sf(z)), num(special.erfc(z))])
    return t_rows, chi_rows, norm_rows


def timed(name, f):
    import time
    t0 = time.time()
    out = f()
    print(f"{name}: {time.time() - t0:.1f}s", file=sys.stderr)
    return out


def main():
    t_rows, chi_rows, norm_rows = distribution_cases()
    fixture = {
        "generator": "scripts/stats-fixture.py",
        "scipy": scipy.__version__,
        "numpy": np.__version__,
        "seed": SEED,
        "psi": timed("psi", psi_cases),
        "ks": timed("ks", ks_cases),
        "kstwo": timed("kstwo", kolmogorov_cases),
        "chi2": timed("chi2", chi2_cases),
        "welch": timed("welch", welch_cases),
        "two_prop": timed("two_prop", two_prop_cases),
        "student_t": t_rows,
        "chi2_sf": chi_rows,
        "normal": norm_rows,
    }
    text = json.dumps(fixture, separators=(",", ":"), allow_nan=False)
    OUT.write_text(text + "\n")
    print(f"{OUT}: {len(text)} bytes, scipy {scipy.__version__}", file=sys.stderr)


if __name__ == "__main__":
    main()
