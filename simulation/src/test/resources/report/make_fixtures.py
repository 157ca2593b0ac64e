#!/usr/bin/env python3
"""Writes the report tests' fixture output folders, following the output contract of `crossmargin run`.

A deliberately small but complete toy run: 24 accounts on BTC and ETH perpetuals (one tier each; every third account long BTC and short ETH), a flash crash
(BTC -30%, ETH -35% over 15 minutes two hours in, half back over 2 hours) on multivariate Student-t paths, full
liquidation with slippage and fee, an insurance fund, cross and isolated margin on the same paths. Every statistic in
summary.json is computed from the per-path and per-account values with the contract's conventions (VaR_q = x_(ceil(qn)),
ES_q = mean of the max(1, floor(n(1-q))) largest, Wilson intervals with z = 1.959964, paired differences first minus
second), so the report's tests can check the page against numbers that really belong together.

Run from this folder: python3 make_fixtures.py  (numpy; deterministic: fixed seed).
"""
import csv
import json
import math
import os

import numpy as np

Z = 1.959964
MARKETS = ["BTC", "ETH"]
PRICE0 = {"BTC": 64000.0, "ETH": 3100.0, "USDT": 1.0}
VOL = {"BTC": 0.60, "ETH": 0.75}
MMR, IMR, FEE, SLIP = 0.005, 0.01, 0.0125, 0.002
HAIRCUT = {"USDT": 0.0, "BTC": 0.05}
STEP_SECONDS = 60


def book():
    """24 accounts: (name, collateral {asset: qty}, positions [(market, qty, entry)])."""
    rng = np.random.default_rng(7)
    leverages = [1.5, 1.8, 2.5, 3, 4, 4.5, 6, 7, 8, 9, 12, 15, 2, 22, 25, 3.5, 35, 40, 1.2, 55, 6, 75, 2.2, 10]
    accounts = []
    for i, lev in enumerate(leverages):
        usdt = float(round(rng.uniform(5000, 60000), 2))
        collateral = {"USDT": usdt}
        if i % 4 == 1:
            collateral["BTC"] = 0.1
        value = usdt + collateral.get("BTC", 0.0) * PRICE0["BTC"] * (1 - HAIRCUT["BTC"])
        notional = lev * value
        side = -1.0 if i % 5 == 3 else 1.0
        if i % 3 == 2:
            positions = [("BTC", side * 0.6 * notional / PRICE0["BTC"], PRICE0["BTC"] * 0.99),
                         ("ETH", -side * 0.4 * notional / PRICE0["ETH"], PRICE0["ETH"] * 1.01)]
        else:
            market = "BTC" if i % 2 == 0 else "ETH"
            positions = [(market, side * notional / PRICE0[market], PRICE0[market])]
        accounts.append(("A%04d" % (i + 1), collateral, positions))
    return accounts


def prices(paths, steps, seed):
    """Exogenous prices, shape (paths, steps + 1, markets): Student-t(4) log returns, correlation 0.85, shock."""
    rng = np.random.default_rng(seed)
    nu, dt = 4.0, STEP_SECONDS / (365.0 * 86400.0)
    chol = np.linalg.cholesky(np.array([[1.0, 0.85], [0.85, 1.0]]))
    e = rng.standard_normal((paths, steps, 2)) @ chol.T
    w = rng.chisquare(nu, (paths, steps, 1))
    z = math.sqrt((nu - 2) / nu) * e / np.sqrt(w / nu)
    sigma = np.array([VOL[m] for m in MARKETS])
    increments = -0.5 * sigma ** 2 * dt + sigma * math.sqrt(dt) * z
    moves = np.array([-0.30, -0.35])
    fall_start, fall_steps, rec_steps = 120, 15, 120
    increments[:, fall_start:fall_start + fall_steps, :] += np.log1p(moves) / fall_steps
    target = np.log1p(moves * 0.5) - np.log1p(moves)
    increments[:, fall_start + fall_steps:fall_start + fall_steps + rec_steps, :] += target / rec_steps
    log_paths = np.concatenate([np.zeros((paths, 1, 2)), np.cumsum(increments, axis=1)], axis=1)
    return np.array([PRICE0[m] for m in MARKETS]) * np.exp(log_paths)


def order_stat(x, q):
    s = np.sort(x)
    return float(s[max(1, math.ceil(q * len(s))) - 1])


def tail_mean(x, q):
    s = np.sort(x)
    k = max(1, math.floor(len(s) * (1 - q)))
    return float(s[-k:].mean())


def wilson(successes, n):
    p = successes / n
    denom = 1 + Z * Z / n
    centre = (p + Z * Z / (2 * n)) / denom
    half = Z * math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n)) / denom
    return {"low": max(0.0, centre - half), "high": min(1.0, centre + half)}


def se(x):
    return float(np.std(x, ddof=1) / math.sqrt(len(x))) if len(x) > 1 else 0.0


def units_of(accounts, mode):
    """Margin units: (account index, collateral {asset: qty} or fixed margin, positions)."""
    units = []
    for a, (_, collateral, positions) in enumerate(accounts):
        if mode == "cross":
            units.append((a, collateral, None, positions))
            continue
        value = sum(q * PRICE0[c] * (1 - HAIRCUT[c]) for c, q in collateral.items())
        initial = [abs(q) * PRICE0[m] * IMR for m, q, _ in positions]
        for pos, im in zip(positions, initial):
            units.append((a, None, value * im / sum(initial), [pos]))
    return units


def simulate(accounts, px, mode, fund0, reservoir, sampled):
    paths, steps = px.shape[0], px.shape[1] - 1
    col = {m: i for i, m in enumerate(MARKETS)}
    units = units_of(accounts, mode)
    n_acc = len(accounts)
    alive = np.ones((len(units), paths), dtype=bool)
    kept = np.zeros((len(units), paths))
    acc_liq = np.zeros((n_acc, paths), dtype=bool)
    acc_short = np.zeros((n_acc, paths))
    fund = np.full(paths, fund0)
    out = {k: np.zeros(paths) for k in ["shortfall", "liquidated_notional", "fees", "socialised_loss"]}
    first = np.full(paths, np.nan)
    series = []

    def equity_mm(u, s):
        _, collateral, margin, positions = units[u]
        row = px[:, s, :]
        if collateral is not None:
            eq = sum(q * (PRICE0[c] if c == "USDT" else row[:, col[c]]) * (1 - HAIRCUT[c]) for c, q in collateral.items())
        else:
            eq = np.full(paths, margin)
        eq = eq + sum(q * (row[:, col[m]] - e) for m, q, e in positions)
        notional = sum(abs(q) * row[:, col[m]] for m, q, _ in positions)
        return eq, notional * MMR, notional

    def sample(s):
        mm_total = np.zeros(reservoir)
        eq_total = np.zeros(reservoir)
        for u in range(len(units)):
            eq, mm, _ = equity_mm(u, s)
            live = alive[u, :reservoir]
            mm_total += np.where(live, mm[:reservoir], 0.0)
            eq_total += np.where(live, eq[:reservoir], 0.0)
        util = mm_total / eq_total
        f = fund[:reservoir]
        series.append((s, [order_stat(util, q) for q in (0.05, 0.5, 0.95)], [order_stat(f, q) for q in (0.05, 0.5, 0.95)],
                       float(acc_liq[:, :reservoir].sum(axis=0).mean())))

    sample(0)
    for s in range(1, steps + 1):
        for u in range(len(units)):
            eq, mm, notional = equity_mm(u, s)
            hit = alive[u] & (eq <= mm)
            if not hit.any():
                continue
            after = eq - SLIP * notional
            fee = np.minimum(FEE * notional, np.maximum(after, 0.0))
            shortfall = np.maximum(-after, 0.0)
            fund = np.where(hit, fund + fee, fund)
            absorbed = np.minimum(shortfall, fund)
            fund = np.where(hit, fund - absorbed, fund)
            a = units[u][0]
            for key, v in (("shortfall", shortfall), ("liquidated_notional", notional), ("fees", fee),
                           ("socialised_loss", shortfall - absorbed)):
                out[key] += np.where(hit, v, 0.0)
            acc_short[a] += np.where(hit, shortfall, 0.0)
            kept[u] = np.where(hit, np.maximum(after - fee, 0.0), kept[u])
            acc_liq[a] |= hit
            first = np.where(hit & np.isnan(first), s * STEP_SECONDS / 3600.0, first)
            alive[u] &= ~hit
        if s in sampled:
            sample(s)
    start = np.zeros(n_acc)
    end = np.zeros((n_acc, paths))
    for u in range(len(units)):
        a = units[u][0]
        eq0, _, _ = equity_mm(u, 0)
        start[a] += eq0[0]
        eqT, _, _ = equity_mm(u, steps)
        end[a] += np.where(alive[u], eqT, kept[u])
    user_loss = start[:, None] - np.maximum(end, 0.0)
    out["liquidated_accounts"] = acc_liq.sum(axis=0).astype(float)
    out["user_loss"] = user_loss.sum(axis=0)
    out["insurance_fund_end"] = fund
    out["fund_exhausted"] = (out["socialised_loss"] > 0).astype(float)
    out["first_liquidation_hours"] = first
    return out, acc_liq, acc_short, user_loss, start, series


def mode_summary(out, acc_liq, n_units):
    n = len(out["shortfall"])
    sf, la, ul = out["shortfall"], out["liquidated_accounts"], out["user_loss"]
    any_liq = int((la > 0).sum())
    positive = int((sf > 0).sum())
    ttf = out["first_liquidation_hours"][~np.isnan(out["first_liquidation_hours"])]
    fund = out["insurance_fund_end"]
    exhausted = int(out["fund_exhausted"].sum())
    soc = out["socialised_loss"]
    return {
        "accounts": acc_liq.shape[0],
        "units": n_units,
        "any_liquidation_probability": any_liq / n,
        "any_liquidation_ci95": wilson(any_liq, n),
        "mean_account_liquidation_probability": float(acc_liq.mean()),
        "liquidated_accounts": {"mean": float(la.mean()), "std_error": se(la), "p50": order_stat(la, 0.5),
                                "p95": order_stat(la, 0.95), "p99": order_stat(la, 0.99), "max": float(la.max())},
        "shortfall": {"mean": float(sf.mean()), "std_error": se(sf), "var_95": order_stat(sf, 0.95),
                      "var_99": order_stat(sf, 0.99), "var_999": order_stat(sf, 0.999), "es_95": tail_mean(sf, 0.95),
                      "es_99": tail_mean(sf, 0.99), "es_999": tail_mean(sf, 0.999), "max": float(sf.max()),
                      "probability_positive": positive / n, "probability_positive_ci95": wilson(positive, n)},
        "user_loss": {"mean": float(ul.mean()), "std_error": se(ul), "var_95": order_stat(ul, 0.95),
                      "es_95": tail_mean(ul, 0.95), "var_99": order_stat(ul, 0.99), "es_99": tail_mean(ul, 0.99)},
        "liquidated_notional": {"mean": float(out["liquidated_notional"].mean()), "std_error": se(out["liquidated_notional"]),
                                "var_99": order_stat(out["liquidated_notional"], 0.99),
                                "es_99": tail_mean(out["liquidated_notional"], 0.99),
                                "max": float(out["liquidated_notional"].max())},
        "fees": {"mean": float(out["fees"].mean()), "std_error": se(out["fees"])},
        "socialised_loss": {"mean": float(soc.mean()), "std_error": se(soc), "var_99": order_stat(soc, 0.99),
                            "es_99": tail_mean(soc, 0.99), "max": float(soc.max()),
                            "probability_positive": float((soc > 0).mean())},
        "insurance_fund_end": {"mean": float(fund.mean()), "p01": order_stat(fund, 0.01), "p05": order_stat(fund, 0.05),
                               "p50": order_stat(fund, 0.5)},
        "insurance_fund_exhausted_probability": exhausted / n,
        "insurance_fund_exhausted_ci95": wilson(exhausted, n),
        "time_to_first_liquidation_hours": {
            "paths": int(len(ttf)),
            "mean": float(ttf.mean()) if len(ttf) else None,
            "p05": order_stat(ttf, 0.05) if len(ttf) else None,
            "p50": order_stat(ttf, 0.5) if len(ttf) else None,
            "p95": order_stat(ttf, 0.95) if len(ttf) else None},
    }


def paired(x, y):
    d = x - y
    mean, err = float(d.mean()), se(d)
    return {"mean": mean, "std_error": err, "ci_low": mean - Z * err, "ci_high": mean + Z * err,
            "probability_first_worse": float((d > 0).mean()), "probability_second_worse": float((d < 0).mean())}


def write_csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def num(x):
    """Java's Double.toString spelling is not needed: any full-precision decimal is fine; repr gives it."""
    return "" if x is None or (isinstance(x, float) and math.isnan(x)) else repr(float(x))


def write_folder(folder, name, description, modes, paths, seed, fund0):
    os.makedirs(folder, exist_ok=True)
    steps = 1440
    accounts = book()
    px = prices(paths, steps, seed)
    reservoir = min(paths, 200)
    stride = max(1, steps // 240)
    sampled = sorted(set(range(0, steps + 1, stride)) | {steps})
    results = {m: simulate(accounts, px, m, fund0, reservoir, set(sampled)) for m in modes}
    summary = {"scenario": name, "description": description, "paths": paths, "steps": steps,
               "step_seconds": STEP_SECONDS, "horizon_seconds": steps * STEP_SECONDS, "seed": seed,
               "model": "student-t", "book": {"file": "books/mini-exchange.csv", "accounts": len(accounts),
                                                "positions": sum(len(p) for _, _, p in accounts)},
               "venue": {"name": "one-tier-example", "insurance_fund": fund0}, "warnings": [], "modes": {}}
    for m in modes:
        out, acc_liq, _, _, _, _ = results[m]
        summary["modes"][m] = mode_summary(out, acc_liq, len(units_of(accounts, m)))
    if len(modes) >= 2:
        a, b = results[modes[0]][0], results[modes[1]][0]
        summary["comparison"] = {"first": modes[0], "second": modes[1]}
        for key in ["shortfall", "liquidated_accounts", "user_loss", "liquidated_notional"]:
            summary["comparison"][key] = paired(a[key], b[key])
        summary["comparison"]["fund_exhausted"] = paired(a["fund_exhausted"], b["fund_exhausted"])
    summary["run"] = {"engine": "screened", "engine_version": "0.1.0", "threads": 2, "wall_seconds": 1.84,
                      "position_steps": float(paths * steps * summary["book"]["positions"] * len(modes)),
                      "position_steps_per_second": paths * steps * summary["book"]["positions"] * len(modes) / 1.84}
    with open(os.path.join(folder, "summary.json"), "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=2)
        f.write("\n")
    rows = []
    for m in modes:
        _, acc_liq, acc_short, user_loss, start, _ = results[m]
        for i, (acc, collateral, positions) in enumerate(accounts):
            k = int(acc_liq[i].sum())
            ci = wilson(k, paths)
            notional = sum(abs(q) * PRICE0[mk] for mk, q, _ in positions)
            leverage = notional / start[i] if start[i] > 0 else None
            rows.append([acc, m, num(k / paths), num(ci["low"]), num(ci["high"]), num(acc_short[i].mean()),
                         num(user_loss[i].mean()), num(start[i]), num(notional), num(leverage),
                         "+".join(collateral.keys())])
    write_csv(os.path.join(folder, "accounts.csv"),
              ["account", "mode", "liquidation_probability", "ci_low", "ci_high", "mean_shortfall", "mean_user_loss",
               "start_value", "notional", "leverage", "collateral"], rows)
    keys = ["liquidated_accounts", "shortfall", "user_loss", "insurance_fund_end", "liquidated_notional", "fees",
            "socialised_loss", "fund_exhausted", "first_liquidation_hours"]
    rows = []
    for p in range(paths):
        for m in modes:
            out = results[m][0]
            row = [p, m]
            for key in keys:
                v = out[key][p]
                row.append(str(int(v)) if key in ("liquidated_accounts", "fund_exhausted") else num(v))
            rows.append(row)
    write_csv(os.path.join(folder, "paths.csv"), ["path", "mode"] + keys, rows)
    rows = []
    for m in modes:
        for s, util, fund, liq in results[m][5]:
            rows.append([m, s, num(s * STEP_SECONDS / 3600.0)] + [num(v) for v in util + fund] + [num(liq)])
    write_csv(os.path.join(folder, "timeseries.csv"),
              ["mode", "step", "hours", "utilisation_p05", "utilisation_p50", "utilisation_p95", "fund_p05", "fund_p50",
               "fund_p95", "liquidated_accounts_mean"], rows)
    rows = []
    for j, mk in enumerate(MARKETS):
        for s in sampled:
            v = px[:reservoir, s, j]
            rows.append([mk, s, num(s * STEP_SECONDS / 3600.0)] + [num(order_stat(v, q)) for q in (0.01, 0.5, 0.99)])
    write_csv(os.path.join(folder, "price_fan.csv"), ["market", "step", "hours", "p01", "p50", "p99"], rows)
    write_csv(os.path.join(folder, "shocks.csv"), ["market", "start_hours", "end_hours", "move"],
              [["BTC", "2.0", "2.25", "-0.3"], ["ETH", "2.0", "2.25", "-0.35"]])


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    write_folder(os.path.join(here, "flash-crash-mini"), "flash-crash-mini",
                 "BTC falls 30% and ETH 35% in 15 minutes two hours in; half of the fall comes back within 2 hours.",
                 ["cross", "isolated"], 400, 20200312, 150000.0)
    write_folder(os.path.join(here, "booked-calm"), "booked-calm",
                 "The same book run as booked, with the crash and a large insurance fund.",
                 ["booked"], 120, 7, 5000000.0)
