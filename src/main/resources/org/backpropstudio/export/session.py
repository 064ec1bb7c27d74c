# ── The session ─────────────────────────────────────────────────────────────────────────────────

LEARNING_RATE = {{ETA}}  # η
LOSS = "{{LOSS}}"  # "squared-error" or "cross-entropy"
BATCH = "{{BATCH}}"  # "full": every sample; "sample": sample i mod m; "mini": mini-batches
BATCH_SIZE = {{BATCH_SIZE}}  # B, the samples of a mini-batch
SHUFFLE_SEED = {{SHUFFLE_SEED}}  # the seed of the mini-batches' order

# f⁽ˡ⁾ of layers l = 1..L (the input layer 0 has none)
ACTIVATIONS = {{ACTIVATIONS}}

# The parameters the session starts from: W[l][j, k] = wⱼₖ⁽ˡ⁾ (units(l) × units(l−1)), b[l][j] = bⱼ⁽ˡ⁾
W = {{W}}
b = {{B}}

# Locked parameters (True) keep their value in every update
W_LOCKED = {{W_LOCKED}}
B_LOCKED = {{B_LOCKED}}

# The training set: inputs x and targets y, one row per sample{{IMAGE}}
X = {{X}}
Y = {{Y}}

# The test set, never trained on (None if the session has none)
X_TEST = {{X_TEST}}
Y_TEST = {{Y_TEST}}
