#!/usr/bin/env python3
"""Reference values for tests/reports/erlang_test.cpp, computed independently of kxcti's code.

Erlang B and C: exact rational arithmetic (fractions.Fraction) on the closed forms
    B = (A^N/N!) / sum_{k=0..N} A^k/k!
    C = (A^N/N! * N/(N-A)) / (sum_{k=0..N-1} A^k/k! + A^N/N! * N/(N-A))
with the exponential of SL(T) = 1 - C*exp(-(N-A)*T/AHT) taken in mpmath at 50 digits.
No recursion: kxcti uses the B(n) recursion, this uses factorials and powers.
lines_needed / agents_needed: linear scans over N with these exact values.

Erlang A (M/M/N+M): a truncated birth-death chain in mpmath (stationary distribution by detailed
balance), the tagged caller's wait by uniformization of the "callers ahead" death chain with the
caller's own abandonment as killing, E[wait; answered] by solving the chain's linear equations.
kxcti uses gamma-function series (erlang_a.cpp); nothing here is shared with it.

Run: python3 tests/data/reports/erlang_reference.py [--erlang-a-only | --cli]\n(about 90 s, mostly the exact A = 4000, N = 5000 case; prints C++ literals)
"""
from fractions import Fraction as F
from math import factorial
import mpmath as mp

mp.mp.dps = 50


def erlang_b(a, n):
    a = F(a)
    terms = [a**k / factorial(k) for k in range(n + 1)]
    return terms[n] / sum(terms)


def erlang_c(a, n):
    a = F(a)
    assert n > a
    top = a**n / factorial(n) * F(n) / (n - a)
    return top / (sum(a**k / factorial(k) for k in range(n)) + top)


def sl_c(a, n, aht, t):
    c = erlang_c(a, n)
    return mp.mpf(1) - mp.mpf(c.numerator) / c.denominator * mp.exp(-(n - mp.mpf(F(a).numerator) / F(a).denominator) * t / aht)


def asa_c(a, n, aht):
    return erlang_c(a, n) * F(aht) / (n - F(a))


def lines_needed(a, target):
    n = 0
    while erlang_b(a, n) > F(target):
        n += 1
    return n


def agents_needed(a, aht, t, target):
    n = int(F(a)) + 1
    while sl_c(a, n, aht, t) < f(F(target)):
        n += 1
    return n


def f(x):
    return mp.mpf(x.numerator) / x.denominator if isinstance(x, F) else mp.mpf(x)


def erlang_a(a, n, aht, patience, t):
    a, aht, patience, t = (mp.mpf(v) for v in (a, aht, patience, t))
    mu, th = 1 / aht, 1 / patience
    lam = a * mu
    # stationary distribution by detailed balance, truncated where it is below 1e-45
    pi = [mp.mpf(1)]
    j = 0
    while True:
        j += 1
        pi.append(pi[-1] * lam / (min(j, n) * mu + max(j - n, 0) * th))
        if j > n + 10 and pi[-1] < mp.mpf(10) ** -45 * sum(pi):
            break
    z = sum(pi)
    pi = [p / z for p in pi]
    q = len(pi) - n  # queue lengths 0..q-1 seen by an arrival (PASTA)
    pw = sum(pi[n:])
    no_wait = sum(pi[:n])  # not 1 - pw: overloaded points have service levels near 1e-40
    pab = th * sum((k - n) * pi[k] for k in range(n, len(pi))) / lam
    # callers ahead j = 0..q-1; leaves j at rate n*mu + j*th (to j-1 or answered), dies at th
    adv = [n * mu + k * th for k in range(q)]
    out = [adv[k] + th for k in range(q)]
    lam_u = max(out)
    # uniformization: distribution over j (still waiting) at time t, and mass answered by t
    vec = [pi[n + k] for k in range(q)]
    served = mp.mpf(0)
    cur_vec, cur_srv = vec[:], mp.mpf(0)
    weight = mp.exp(-lam_u * t)
    acc_vec = [weight * v for v in cur_vec]
    acc_srv = mp.mpf(0)
    m = 0
    while True:
        m += 1
        nxt = [cur_vec[k] * (1 - out[k] / lam_u) for k in range(q)]
        for k in range(1, q):
            nxt[k - 1] += cur_vec[k] * adv[k] / lam_u
        cur_srv = cur_srv + cur_vec[0] * adv[0] / lam_u
        cur_vec = nxt
        weight = weight * lam_u * t / m
        acc_vec = [acc_vec[k] + weight * cur_vec[k] for k in range(q)]
        acc_srv += weight * cur_srv
        if m > lam_u * t + 20 and weight < mp.mpf(10) ** -45:
            break
    served_by_t = no_wait + acc_srv
    # probability of eventually being answered from j ahead, and E[time; answered] from j
    v, w = [], []
    for k in range(q):
        v.append(adv[k] / out[k] * (v[k - 1] if k else 1))
        w.append((v[k] + adv[k] * (w[k - 1] if k else 0)) / out[k])
    answered = (1 - pw) + sum(pi[n + k] * v[k] for k in range(q))
    abandoned_after_t = sum(acc_vec[k] * (1 - v[k]) for k in range(q))
    e_wait_answered = sum(pi[n + k] * w[k] for k in range(q))
    return dict(
        wait_probability=pw,
        abandon_probability=pab,
        answered_check=answered,  # must equal 1 - abandon_probability
        service_level=served_by_t / (answered + abandoned_after_t),
        answered_within_t=served_by_t,
        asa_s=e_wait_answered / answered,
    )


def g(x):
    return mp.nstr(f(x) if isinstance(x, F) else x, 15)


def print_b_and_c():
    print("// Erlang B: {A, N, B}")
    for a, n in [("0", 0), ("0", 3), ("5", 0), ("1", 1), ("0.5", 1), ("1", 2), ("0.153", 2),
                 ("1.361", 5), ("3", 5), ("2.5", 7), ("5", 10), ("4.461", 10), ("10", 30),
                 ("12.031", 20), ("20", 20), ("25", 30), ("37.901", 50), ("48", 55),
                 ("84.064", 100), ("100", 100), ("480", 500), ("500", 500), ("950", 1000),
                 ("1000", 1000), ("1100", 1000), ("4000", 5000)]:
        print(f"    {{{a}, {n}, {g(erlang_b(F(a), n))}}},")
    print("// lines_needed: {A, target, N}")
    for a, t in [("0", "0.01"), ("1", "0.01"), ("5", "0.01"), ("48", "0.01"), ("100", "0.001"),
                 ("1000", "0.01"), ("2.5", "0.05")]:
        print(f"    {{{a}, {t}, {lines_needed(F(a), F(t))}}},")
    print("// Erlang C: {A, N, AHT, T, C, SL, ASA}")
    for a, n, aht, t in [("0.5", 1, 180, 20), ("1", 2, 180, 20), ("2", 3, 120, 10),
                         ("8", 10, 180, 20), ("15", 20, 300, 15), ("48", 55, 240, 20),
                         ("48", 49, 240, 20), ("48", 60, 240, 0), ("90", 100, 180, 20),
                         ("490", 500, 240, 20), ("990", 1000, 240, 20), ("999.5", 1000, 240, 20),
                         ("4000", 5000, 240, 20), ("4", 5, 60, 30), ("10", 15, 200, 60),
                         ("0.1", 1, 300, 5), ("30", 35, 210, 20), ("200", 215, 180, 30),
                         ("750", 780, 300, 20), ("60.5", 65, 240, 10)]:
        c = erlang_c(F(a), n)
        print(f"    {{{a}, {n}, {aht}, {t}, {g(c)}, {g(sl_c(F(a), n, aht, t))}, {g(asa_c(F(a), n, aht))}}},")
    print("// agents_needed: {A, AHT, T, SL target, N}")
    for a, aht, t, target in [("48", 240, 20, "0.8"), ("0", 240, 20, "0.8"), ("1", 180, 20, "0.8"),
                              ("10", 180, 15, "0.9"), ("100", 240, 20, "0.8"), ("500", 300, 30, "0.95")]:
        print(f"    {{{a}, {aht}, {t}, {target}, {agents_needed(F(a), aht, t, F(target))}}},")


def print_a():
    print("// Erlang A: {A, N, AHT, patience, T, P(wait), P(abandon), SL, answered within T, ASA}")
    for a, n, aht, pat, t in [(4, 5, 180, 120, 20), (10, 8, 240, 60, 30), (2, 1, 100, 50, 10),
                              (3, 2, 100, 50, 10), (30, 10, 180, 30, 20), (20, 22, 180, 300, 20), (6, 6, 200, 20, 0)]:
        r = erlang_a(a, n, aht, pat, t)
        assert abs(r["answered_check"] - (1 - r["abandon_probability"])) < mp.mpf(10) ** -30
        print(f"    {{{a}, {n}, {aht}, {pat}, {t}, {g(r['wait_probability'])}, {g(r['abandon_probability'])}, "
              f"{g(r['service_level'])}, {g(r['answered_within_t'])}, {g(r['asa_s'])}}},")
    print("// Erlang A, very long patience (near Erlang C): same columns")
    for a, n, aht, pat, t in [(8, 9, 180, 100000, 20), (8, 12, 180, 100000, 20)]:
        r = erlang_a(a, n, aht, pat, t)
        print(f"    {{{a}, {n}, {aht}, {pat}, {t}, {g(r['wait_probability'])}, {g(r['abandon_probability'])}, "
              f"{g(r['service_level'])}, {g(r['answered_within_t'])}, {g(r['asa_s'])}}},")
    print("// Erlang A, overloaded (tiny service levels): {A, N, AHT, patience, T, SL, answered within T}")
    for a, n, aht, pat, t in [(48, 1, 240, 600, 20), (48, 3, 240, 600, 20), (48, 10, 240, 600, 20),
                              (48, 20, 240, 600, 20), (48, 30, 240, 30, 20)]:
        r = erlang_a(a, n, aht, pat, t)
        print(f"    {{{a}, {n}, {aht}, {pat}, {t}, {g(r['service_level'])}, {g(r['answered_within_t'])}}},")


def print_cli():
    # tests/server/erlang_cmd_test.cpp: what `kxcti-server erlang b|c --format json` must print.
    # Traffic for c is calls * AHT / period, exact here (every input is a small rational).
    print("// erlang b: {A, N, blocking}")
    for a, n in [("0.5", 1), ("5", 10), ("10", 15), ("20", 30), ("37.901", 50), ("100", 100),
                 ("950", 1000), ("1000", 1000)]:
        print(f"    {{\"{a}\", {n}, {g(erlang_b(F(a), n))}}},")
    print("// erlang c: {calls, period_s, aht_s, N, T, P(wait), SL, ASA, occupancy}")
    for calls, period, aht, n, t in [(360, 1800, 240, 55, 20), (100, 3600, 180, 8, 20),
                                     (200, 3600, 180, 12, 15), (19800, 3600, 180, 1000, 20),
                                     (19990, 3600, 180, 1000, 20), (17000, 3600, 200, 1000, 30)]:
        a = F(calls) * aht / period
        c = erlang_c(a, n)
        print(f"    {{{calls}, {period}, {aht}, {n}, {t}, {g(c)}, {g(sl_c(a, n, aht, t))}, "
              f"{g(asa_c(a, n, aht))}, {g(a / n)}}},")


if __name__ == "__main__":
    import sys
    if "--cli" in sys.argv:
        print_cli()
        sys.exit(0)
    if "--erlang-a-only" not in sys.argv:
        print_b_and_c()
    print_a()
