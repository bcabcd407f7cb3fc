#!/usr/bin/env python3
"""Golden values for HurstExponent and MeanReversionStrength, computed by seed 004's own code.

The two functions below are copied from shared/seeds/004_f9fe6f38a80d6c92.txt, section 12.5
(calculate_hurst_exponent, seed lines 3263-3327; calculate_mean_reversion_strength, seed lines
3329-3402), with only the database query and `self`/`async` removed. The one change of meaning
is marked CHANGED: the seed reads its closes newest first (ORDER BY timestamp DESC), so its
mean-reversion loop looks back in time from an excursion although its docstring says "how
quickly price returns"; the Java class implements the stated meaning, so the closes are given
here oldest first. The Hurst function gets the seed's newest-first list unchanged.

Run from this directory (numpy required; written with numpy 2.4.6, Python 3.11):
    python3 seed004_reference.py
It rewrites seed004_golden_talib.csv and seed004_golden_spiky.csv next to it.
"""
import csv
import os
from typing import List

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))


# ---- seed 004 lines 3263-3327, verbatim apart from `self` ------------------------------------
def calculate_hurst_exponent(prices: List[float]) -> float:
    """
    Calculate Hurst Exponent (Directional Persistence)

    Returns:
    - > 0.6: Strong trending (persistent directional movement)
    - 0.45-0.55: Random walk (unpredictable)
    - < 0.45: Mean reverting (constant bouncing)
    """
    import numpy as np

    if len(prices) < 20:
        return 0.5  # Default to random walk

    prices = np.array(prices)

    # Calculate log returns
    log_returns = np.diff(np.log(prices))

    # Use rescaled range (R/S) analysis
    lags = [10, 20, 50]
    rs_values = []

    for lag in lags:
        if len(log_returns) < lag:
            continue

        # Split into chunks
        chunks = [log_returns[i:i+lag] for i in range(0, len(log_returns), lag)]

        rs_list = []
        for chunk in chunks:
            if len(chunk) < 2:
                continue

            # Mean-adjusted series
            mean_adj = chunk - np.mean(chunk)

            # Cumulative sum
            cumsum = np.cumsum(mean_adj)

            # Range
            R = np.max(cumsum) - np.min(cumsum)

            # Standard deviation
            S = np.std(chunk)

            if S > 0:
                rs_list.append(R / S)

        if rs_list:
            rs_values.append(np.mean(rs_list))

    if len(rs_values) < 2:
        return 0.5

    # Fit log(R/S) vs log(lag)
    log_lags = np.log(lags[:len(rs_values)])
    log_rs = np.log(rs_values)

    # Hurst exponent is the slope
    hurst = np.polyfit(log_lags, log_rs, 1)[0]

    # Clamp between 0 and 1
    return max(0.0, min(1.0, hurst))


# ---- seed 004 lines 3329-3402, query removed; returns (strength, average bars or nan) ---------
def calculate_mean_reversion_strength(prices: List[float], ema: float):
    if len(prices) < 20:
        return 0.5, float('nan')  # Default

    # Calculate standard deviation
    import numpy as np
    std_dev = np.std(prices)

    # Find instances where price exceeded 2σ from EMA
    excursions = []

    for i in range(len(prices) - 1):
        deviation = abs(prices[i] - ema)

        if deviation > 2 * std_dev:
            # Price exceeded 2σ - measure how long until it returns
            for j in range(i + 1, min(i + 20, len(prices))):
                if abs(prices[j] - ema) < std_dev:
                    # Returned within 1σ
                    candles_to_return = j - i
                    excursions.append(candles_to_return)
                    break

    if not excursions:
        return 0.5, float('nan')  # No significant excursions

    # Average return speed
    avg_return_speed = np.mean(excursions)

    if avg_return_speed <= 3:
        strength = 0.9  # Strong reversion
    elif avg_return_speed <= 7:
        strength = 0.7  # Moderate reversion
    elif avg_return_speed <= 12:
        strength = 0.5  # Mild reversion
    else:
        strength = 0.3  # Weak reversion (trending)

    return strength, float(avg_return_speed)


# ---- drivers ----------------------------------------------------------------------------------
def ema_classic(closes, period):
    """EMA seeded with the SMA of the first `period` closes (TA-Lib default); NaN before."""
    out = [float('nan')] * len(closes)
    if len(closes) < period:
        return out
    value = sum(closes[:period]) / period
    out[period - 1] = value
    k = 2.0 / (period + 1)
    for t in range(period, len(closes)):
        value = ((closes[t] - value) * k) + value
        out[t] = value
    return out


def golden_rows(closes):
    ema20 = ema_classic(closes, 20)
    rows = []
    for t in range(len(closes)):
        row = {'index': t, 'close': repr(closes[t]), 'ema20': repr(ema20[t])}
        for window in (100, 101, 120):
            if t >= window - 1:
                newest_first = closes[t - window + 1:t + 1][::-1]   # the seed's order
                row['hurst_w%d' % window] = repr(float(calculate_hurst_exponent(newest_first)))
            else:
                row['hurst_w%d' % window] = 'nan'
        if t >= 49 and not np.isnan(ema20[t]):
            oldest_first = closes[t - 49:t + 1]                    # CHANGED: oldest first
            strength, bars = calculate_mean_reversion_strength(oldest_first, ema20[t])
            row['mr_strength'] = repr(float(strength))
            row['mr_avg_bars'] = repr(bars)
        else:
            row['mr_strength'] = 'nan'
            row['mr_avg_bars'] = 'nan'
        rows.append(row)
    return rows


def write(name, header_lines, rows):
    with open(os.path.join(HERE, name), 'w', newline='') as f:
        for line in header_lines:
            f.write('# ' + line + '\n')
        writer = csv.DictWriter(f, fieldnames=list(rows[0].keys()), lineterminator='\n')
        writer.writeheader()
        writer.writerows(rows)


def main():
    closes = []
    with open(os.path.join(HERE, '..', 'talib', 'daily_ref_252.csv')) as f:
        for line in f:
            if line.startswith('#') or line.startswith('index') or not line.strip():
                continue
            closes.append(float(line.split(',')[4]))
    assert len(closes) == 252
    write('seed004_golden_talib.csv',
          ['Generated by seed004_reference.py (seed 004 code run with numpy) from the closes of',
           '../talib/daily_ref_252.csv. hurst_wW: calculate_hurst_exponent of the last W closes;',
           'mr_*: calculate_mean_reversion_strength of the last 50 closes against ema20. nan = none.'],
          golden_rows(closes))

    # A mean-reverting series with sharp one- to three-bar shocks of varying decay, so every
    # strength bucket appears.
    rng = np.random.default_rng(20240611)
    spiky = []
    level = 100.0
    shock = 0.0
    for t in range(400):
        if t % 23 == 7:
            shock = float(rng.choice([-1.0, 1.0]) * rng.uniform(6.0, 12.0))
        decay = 0.35 if (t // 100) % 2 == 0 else 0.85
        shock *= decay
        level += 0.1 * (100.0 - level) + float(rng.normal(0.0, 0.4))
        spiky.append(round(level + shock, 6))
    write('seed004_golden_spiky.csv',
          ['Generated by seed004_reference.py (seed 004 code run with numpy) from a synthetic',
           'mean-reverting series with shocks (numpy default_rng(20240611)); columns as in',
           'seed004_golden_talib.csv.'],
          golden_rows(spiky))


if __name__ == '__main__':
    main()
