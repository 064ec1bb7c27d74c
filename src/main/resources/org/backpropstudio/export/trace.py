# ── The trace, as the studio's `trace --format json` writes it ──────────────────────────────────


def number(x):
    """A double for JSON; ∞ and NaN (a diverged run) as the strings the studio writes."""
    x = float(x)
    if x != x:
        return "NaN"
    if x in (float("inf"), float("-inf")):
        return "Infinity" if x > 0 else "-Infinity"
    return x


def numbers(values):
    """A vector or matrix (an array, or lists) as lists of JSON numbers."""
    values = values.tolist() if hasattr(values, "tolist") else values
    return [numbers(v) if isinstance(v, list) else number(v) for v in values]


def layers_of(weights, biases):
    """[{"weights": W⁽ˡ⁾, "biases": b⁽ˡ⁾} for l = 1..L]."""
    return [{"weights": numbers(weights[l]), "biases": numbers(biases[l])} for l in range(1, len(weights))]


def write_trace(path, iterations, dataset_j):
    """Writes the backprop-studio-trace/1 JSON of the iterations run."""
    trace = {"format": "backprop-studio-trace/1", "iterations": iterations, "datasetLoss": number(dataset_j)}
    with open(path, "w", encoding="utf-8") as out:
        json.dump(trace, out, indent=1)
        out.write("\n")
