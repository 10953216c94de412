#!/usr/bin/env python3
"""PyTorch eager reference of the training step that `rdrop bench-train` times (issue 18, item 2).

The same model as rdrop's trainer (org.rdrop.trainer.model.TransformerModel, fairseq's transformer):
token embeddings scaled by sqrt(d) plus fairseq's sinusoidal positions (a buffer, not a parameter),
post-norm encoder and decoder layers (self-attention, encoder attention in the decoder, ReLU FFN; every
projection with a bias), no final layer norms, embeddings shared by encoder, decoder and output
projection (no output bias). Dropout at the same sites with the experiment's rates (none where a rate is
0, as fairseq skips it).

The same step, as fairseq's trainer with the R-Drop authors' criterion does it:
  baseline: forward over the B x T batch, label-smoothed cross-entropy (fairseq 1.0's smoothing).
  R-Drop:   the batch concatenated with itself (2B rows), one forward, the smoothed cross-entropy over both
            copies plus alpha * (KL(p||q) + KL(q||p)) / 2 on log_softmax / softmax of the two halves
            (the official criterion normalises the outputs once for the CE and again for the KL).
  both:     backward, gradients multiplied by 1 / (one copy's target tokens), their L2 norm (fairseq
            computes it even without clipping), an Adam step (weight decay 0, as bench-train's optimizer).

Usage: reference_train.py --config EXPERIMENT.yaml [--shape d,ffn,heads,enc,dec] [--vocab V]
       [--batch BxT] [--threads N] [--steps S] [--warmup W]
Prints the machine, torch's build, the parameter count and the median seconds per step.
"""
import argparse
import ctypes
import math
import platform
import re
import statistics
import sys
import time

try:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
except ImportError:
    print("reference_train.py: PyTorch is not installed (Debian: apt-get install -y python3-torch)", file=sys.stderr)
    sys.exit(2)
try:
    import yaml
except ImportError:
    print("reference_train.py: PyYAML is not installed (Debian: apt-get install -y python3-yaml)", file=sys.stderr)
    sys.exit(2)

BOS, PAD, EOS, SPECIALS = 0, 1, 2, 4  # org.rdrop.trainer.data.Specials
ISA_PREFIXES = ("sse", "ssse", "avx", "fma", "f16c", "amx", "bmi", "popcnt", "vnni")  # as PlatformFingerprint


def sinusoidal_table(dim, rows):
    """fairseq's table: row k = sin(k f_i) for i < d/2, then cos(k f_i); f_i = exp(-i ln(1e4) / (d/2 - 1)); row PAD zero."""
    half = dim // 2
    freq = torch.exp(torch.arange(half, dtype=torch.float64) * -(math.log(10000.0) / (half - 1)))
    angles = torch.arange(rows, dtype=torch.float64).unsqueeze(1) * freq.unsqueeze(0)
    table = torch.cat([torch.sin(angles), torch.cos(angles)], dim=1).float()
    table[PAD] = 0
    return table


def dropout(x, p, training):
    return F.dropout(x, p, training) if p > 0 and training else x


class Attention(nn.Module):
    def __init__(self, dim, heads, attention_dropout):
        super().__init__()
        self.heads, self.head_dim, self.p = heads, dim // heads, attention_dropout
        self.scaling = self.head_dim ** -0.5
        self.k_proj, self.v_proj = nn.Linear(dim, dim), nn.Linear(dim, dim)
        self.q_proj, self.out_proj = nn.Linear(dim, dim), nn.Linear(dim, dim)

    def forward(self, query, key_value, additive_mask):
        n, t, d = query.shape
        s = key_value.shape[1]
        q = (self.q_proj(query) * self.scaling).view(n, t, self.heads, self.head_dim).transpose(1, 2)
        k = self.k_proj(key_value).view(n, s, self.heads, self.head_dim).permute(0, 2, 3, 1)
        v = self.v_proj(key_value).view(n, s, self.heads, self.head_dim).transpose(1, 2)
        scores = torch.matmul(q, k) + additive_mask
        probs = dropout(F.softmax(scores, dim=-1), self.p, self.training)
        return self.out_proj(torch.matmul(probs, v).transpose(1, 2).reshape(n, t, d))


class Layer(nn.Module):
    """fairseq's post-norm layer: LN(x + dropout(sublayer(x))) for each sub-layer."""

    def __init__(self, dim, ffn, heads, cross, rates):
        super().__init__()
        self.p, self.p_act = rates["dropout"], rates["activation_dropout"]
        self.self_attn = Attention(dim, heads, rates["attention_dropout"])
        self.self_attn_layer_norm = nn.LayerNorm(dim)
        self.encoder_attn = Attention(dim, heads, rates["attention_dropout"]) if cross else None
        self.encoder_attn_layer_norm = nn.LayerNorm(dim) if cross else None
        self.fc1, self.fc2 = nn.Linear(dim, ffn), nn.Linear(ffn, dim)
        self.final_layer_norm = nn.LayerNorm(dim)

    def forward(self, x, self_mask, encoder_out=None, encoder_mask=None):
        x = self.self_attn_layer_norm(x + dropout(self.self_attn(x, x, self_mask), self.p, self.training))
        if self.encoder_attn is not None:
            h = self.encoder_attn(x, encoder_out, encoder_mask)
            x = self.encoder_attn_layer_norm(x + dropout(h, self.p, self.training))
        h = self.fc2(dropout(F.relu(self.fc1(x)), self.p_act, self.training))
        return self.final_layer_norm(x + dropout(h, self.p, self.training))


class Transformer(nn.Module):
    def __init__(self, vocab, dim, ffn, heads, enc, dec, rates, max_positions=1024):
        super().__init__()
        self.p, self.scale = rates["dropout"], math.sqrt(dim)
        self.embed_tokens = nn.Embedding(vocab, dim, padding_idx=PAD)
        nn.init.normal_(self.embed_tokens.weight, 0, dim ** -0.5)
        with torch.no_grad():
            self.embed_tokens.weight[PAD].zero_()
        self.register_buffer("positions", sinusoidal_table(dim, max_positions + PAD + 1))
        self.encoder = nn.ModuleList(Layer(dim, ffn, heads, False, rates) for _ in range(enc))
        self.decoder = nn.ModuleList(Layer(dim, ffn, heads, True, rates) for _ in range(dec))

    def embed(self, ids):
        # Right padding: column t takes row t + PAD + 1, as rdrop's SinusoidalPositions.
        first = PAD + 1
        x = self.embed_tokens(ids) * self.scale + self.positions[first:first + ids.shape[1]]
        return dropout(x, self.p, self.training)

    def forward(self, src, prev):
        n, s = src.shape
        t = prev.shape[1]
        src_mask = torch.zeros(n, 1, 1, s).masked_fill(src.eq(PAD).view(n, 1, 1, s), float("-inf"))
        causal = torch.triu(torch.full((t, t), float("-inf")), diagonal=1)
        x = self.embed(src)
        for layer in self.encoder:
            x = layer(x, src_mask)
        y = self.embed(prev)
        for layer in self.decoder:
            y = layer(y, causal, x, src_mask)
        return F.linear(y, self.embed_tokens.weight)  # shared output projection, no bias


def label_smoothed_ce(lprobs, target, eps):
    """fairseq 1.0's label_smoothed_nll_loss, summed: (1 - eps - eps_i) nll + eps_i smooth, eps_i = eps / (V - 1)."""
    target = target.unsqueeze(-1)
    pad = target.eq(PAD)
    nll = -lprobs.gather(dim=-1, index=target)
    smooth = -lprobs.sum(dim=-1, keepdim=True)
    nll = nll.masked_fill(pad, 0.0).sum()
    smooth = smooth.masked_fill(pad, 0.0).sum()
    eps_i = eps / (lprobs.size(-1) - 1)
    return (1.0 - eps - eps_i) * nll + eps_i * smooth


def bidirectional_kl(logits, pad_mask):
    """(KL(p||q) + KL(q||p)) / 2 summed over tokens and vocabulary, as the R-Drop authors' criterion."""
    log_p = F.log_softmax(logits, dim=-1)
    probs = F.softmax(logits, dim=-1)
    p, q = torch.split(log_p, log_p.size(0) // 2, dim=0)
    p_tec, q_tec = torch.split(probs, probs.size(0) // 2, dim=0)
    p_loss = F.kl_div(p, q_tec, reduction="none").masked_fill(pad_mask, 0.0)
    q_loss = F.kl_div(q, p_tec, reduction="none").masked_fill(pad_mask, 0.0)
    return (p_loss.sum() + q_loss.sum()) / 2


def step(model, optimizer, batch, eps, alpha):
    """One update; alpha None is the baseline step."""
    src, prev, target = batch
    tokens = int(target.ne(PAD).sum())
    if alpha is not None:
        pad_mask = target.eq(PAD).unsqueeze(-1)
        src, prev, target = (torch.cat([a, a.clone()], 0) for a in (src, prev, target))
    logits = model(src, prev)
    loss = label_smoothed_ce(F.log_softmax(logits, dim=-1), target, eps)
    if alpha is not None:
        loss = loss + alpha * bidirectional_kl(logits, pad_mask)
    optimizer.zero_grad()
    loss.backward()
    grads = [p.grad for p in model.parameters() if p.grad is not None]
    for g in grads:
        g.mul_(1.0 / tokens)
    torch.norm(torch.stack([torch.norm(g) for g in grads]))  # the norm fairseq computes and logs
    optimizer.step()


def synthetic_batch(rows, length, vocab, seed):
    """Sentences of `length` tokens (random real tokens, eos last), no padding, as bench-train's."""
    g = torch.Generator().manual_seed(seed)
    src = torch.randint(SPECIALS, vocab, (rows, length), generator=g)
    tgt = torch.randint(SPECIALS, vocab, (rows, length), generator=g)
    src[:, -1] = EOS
    tgt[:, -1] = EOS
    prev = torch.cat([torch.full((rows, 1), EOS), tgt[:, :-1]], dim=1)  # fairseq's prev_output_tokens
    return src, prev, tgt


def cpu_description():
    model, flags = "unknown", ""
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                key, _, value = line.partition(":")
                if key.strip() == "model name" and model == "unknown":
                    model = value.strip()
                elif key.strip() == "flags" and not flags:
                    flags = " ".join(sorted({x for x in value.split() if x.startswith(ISA_PREFIXES)}))
    except OSError:
        pass
    return model, flags or "unknown"


def loaded_blas():
    """The BLAS library this process has mapped after a product (Debian's torch calls libblas.so.3, which the
    alternatives system points at OpenBLAS, BLIS or the slow netlib reference implementation)."""
    torch.ones(64, 64) @ torch.ones(64, 64)
    libs = set()
    try:
        with open("/proc/self/maps") as f:
            for line in f:
                path = line.split()[-1]
                if "blas" in path.rsplit("/", 1)[-1] or "blis" in path.rsplit("/", 1)[-1]:
                    libs.add(path)
    except OSError:
        return "unknown"
    return " ".join(f"{lib}{openblas_core(lib)}" for lib in sorted(libs)) or "none mapped (torch's own kernels)"


def openblas_core(path):
    """ (core NAME): the kernels OpenBLAS chose for this CPU, or was told to use (OPENBLAS_CORETYPE)."""
    if "openblas" not in path.rsplit("/", 1)[-1]:
        return ""
    try:
        lib = ctypes.CDLL(path)
        lib.openblas_get_corename.restype = ctypes.c_char_p
        return f" (core {lib.openblas_get_corename().decode()})"
    except (OSError, AttributeError):
        return ""


def fresh_memory_cost():
    """Seconds to fill 256 MB of newly allocated memory and to fill it again. An eager R-Drop step allocates
    several GB of [2B, T, V] arrays; where first touching memory is slow (page faults in a loaded VM), that
    cost, not arithmetic, can dominate the reference's step."""
    x = torch.empty(1 << 26)
    t0 = time.perf_counter()
    x.fill_(1.0)
    t1 = time.perf_counter()
    x.fill_(2.0)
    t2 = time.perf_counter()
    return t1 - t0, t2 - t1


def build_settings():
    """The CPU capability ATen dispatches to and the BLAS it was built for, from torch.__config__.show()."""
    shown = torch.__config__.show()
    capability = next((l.split(":", 1)[1].strip() for l in shown.splitlines() if "CPU capability" in l), "unknown")
    blas_info = re.search(r"BLAS_INFO=[^,\s]+", shown)
    return f"CPU capability {capability}, {blas_info.group(0) if blas_info else 'BLAS_INFO unknown'}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--config", required=True, help="experiment YAML (train.regularization, train.seed, train.threads)")
    ap.add_argument("--shape", help="d,ffn,heads,encoderLayers,decoderLayers (default: the config's model)")
    ap.add_argument("--vocab", type=int, default=10000)
    ap.add_argument("--batch", default="64x32", help="sentences x tokens per side")
    ap.add_argument("--threads", type=int, help="intra-op threads (default: train.threads)")
    ap.add_argument("--steps", type=int, default=5, help="timed updates of each kind")
    ap.add_argument("--warmup", type=int, default=2, help="untimed rounds first")
    ap.add_argument("--show-config", action="store_true", help="also print torch.__config__.show()")
    a = ap.parse_args()

    with open(a.config) as f:
        train = yaml.safe_load(f)["train"]
    m = train["model"]
    d, ffn, heads, enc, dec = ([int(x) for x in a.shape.split(",")] if a.shape else
                               [m["embed_dim"], m["ffn_dim"], m["heads"], m["encoder_layers"], m["decoder_layers"]])
    if not m.get("share_embeddings", False):
        print("reference_train.py: only shared embeddings are implemented (the config has share_embeddings: false)",
              file=sys.stderr)
        return 2
    reg = train["regularization"]
    rates = {k: float(reg[k]) for k in ("dropout", "attention_dropout", "activation_dropout")}
    eps = float(reg["label_smoothing"])
    alpha = float(reg["alpha"]) if float(reg["alpha"]) > 0 else 5.0  # as bench-train
    threads = a.threads or int(train["threads"])
    rows, length = (int(x) for x in a.batch.lower().split("x"))

    # Same threading as rdrop's engine: N intra-op threads, one inter-op thread.
    torch.set_num_interop_threads(1)
    torch.set_num_threads(threads)
    torch.manual_seed(int(train["seed"]))
    model = Transformer(a.vocab, d, ffn, heads, enc, dec, rates, max_positions=max(int(m["max_positions"]), length))
    model.train()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-4, betas=(0.9, 0.98), eps=1e-8, weight_decay=0.0)
    batch = synthetic_batch(rows, length, a.vocab, int(train["seed"]))
    params = sum(p.numel() for p in model.parameters())

    cpu, isa = cpu_description()
    blas = loaded_blas()
    print(f"reference PyTorch {torch.__version__} eager, Python {platform.python_version()}, {build_settings()}, BLAS loaded: {blas}")
    if "/blas/libblas" in blas:
        print("reference_train.py: libblas.so.3 is the netlib reference BLAS, many times slower than an optimised "
              "one; Debian: apt-get install -y libopenblas0-openmp", file=sys.stderr)
    print(f"model d{d} ffn{ffn} h{heads} {enc}+{dec} vocab {a.vocab} ({params:,} parameters), "
          f"batch {rows}x{length} synthetic, {torch.get_num_threads()} threads "
          f"({torch.get_num_interop_threads()} inter-op)")
    print(f"cpu {cpu}, ISA: {isa}")
    print(f"dropout {rates['dropout']} attention {rates['attention_dropout']} activation {rates['activation_dropout']}, "
          f"label smoothing {eps}, alpha {alpha}")
    fresh, reused = fresh_memory_cost()
    print(f"memory: filling 256 MB takes {fresh * 1e3:.0f} ms fresh from the allocator, {reused * 1e3:.0f} ms "
          f"again (page-fault cost)")
    if a.show_config:
        print(torch.__config__.show().rstrip())
    sys.stdout.flush()

    for _ in range(a.warmup):
        step(model, optimizer, batch, eps, None)
        step(model, optimizer, batch, eps, alpha)
    base, rdrop = [], []
    for _ in range(a.steps):  # alternating, so drift hits both alike
        t0 = time.perf_counter()
        step(model, optimizer, batch, eps, None)
        t1 = time.perf_counter()
        step(model, optimizer, batch, eps, alpha)
        t2 = time.perf_counter()
        base.append(t1 - t0)
        rdrop.append(t2 - t1)
    tokens = int(batch[2].ne(PAD).sum())
    b, r = statistics.median(base), statistics.median(rdrop)
    print(f"baseline step   {b:8.3f} s   {tokens / b:8.0f} tokens/s")
    print(f"R-Drop step     {r:8.3f} s   {tokens / r:8.0f} tokens/s")
    print(f"ratio           {statistics.median(x / y for x, y in zip(rdrop, base)):8.2f} x   "
          f"(median over {a.steps} rounds of the two on the same batch)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
