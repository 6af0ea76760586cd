#!/usr/bin/env bash
# Morphology benchmark: root (lemma) accuracy on UD Indonesian-CSUI and words per second,
# for `kilas lemma --lines` and for PySastrawi 1.2.0 on the same word list.
#
# Usage: scripts/bench-morph.sh            (from anywhere inside the project)
# Needs ../shared/data/ud-csui beside the project (skips cleanly when absent), python3 and
# network access to PyPI the first time (PySastrawi goes into a throwaway venv under /tmp).
# Results go to stdout; docs/perf-morph.md records a run.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${KILAS_SHARED:-$root/../shared}/data/ud-csui"
if [ ! -d "$data" ]; then
  echo "bench-morph: $data absent; skipped"
  exit 0
fi
target="${CARGO_TARGET_DIR:-$root/target}"
(cd "$root" && cargo build --release -q -p kilas-cli)
kilas="$target/release/kilas"
venv="${BENCH_MORPH_VENV:-/tmp/kilas-bench-morph-venv}"
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import Sastrawi' 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q 'PySastrawi==1.2.0' >&2
fi
REPEAT="${REPEAT:-20}" "$venv/bin/python" - "$data" "$kilas" <<'PY'
import os, subprocess, sys, time
data, kilas = sys.argv[1], sys.argv[2]
repeat = int(os.environ.get("REPEAT", "20"))

# The same tokens as kilas-eval's morph part: no punctuation, names, numbers, symbols, foreign.
toks = []
for f in sorted(os.listdir(data)):
    if not f.endswith(".conllu"):
        continue
    for line in open(os.path.join(data, f), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        c = line.rstrip("\n").split("\t")
        if "-" in c[0] or "." in c[0] or c[3] in ("PUNCT", "PROPN", "NUM", "SYM", "X") or c[2] == "_":
            continue
        toks.append((c[1], c[2].lower()))
words = [w for w, _ in toks]
uniq = sorted(set(words))

def acc(out):
    ok = sum(o.strip().lower() == l for o, (_, l) in zip(out, toks))
    return 100.0 * ok / len(toks)

def run_kilas(ws):
    t0 = time.perf_counter()
    p = subprocess.run([kilas, "lemma", "--lines"], input=("\n".join(ws) + "\n").encode(), stdout=subprocess.PIPE, check=True)
    return time.perf_counter() - t0, p.stdout.decode().rstrip("\n").split("\n")

# kilas: accuracy on the token list; speed on the list repeated (start-up, which includes
# parsing the glossary, is measured on a one-word input and subtracted).
_, out = run_kilas(words)
k_acc = acc(out)
t_start = min(run_kilas(["dan"])[0] for _ in range(3))
big = words * repeat
t_big = min(run_kilas(big)[0] for _ in range(3))
k_wps = len(big) / max(t_big - t_start, 1e-9)
t_uniq = min(run_kilas(uniq * repeat)[0] for _ in range(3))
k_wps_u = len(uniq) * repeat / max(t_uniq - t_start, 1e-9)

# PySastrawi: its default stemmer (with its word cache), and the uncached stemmer on
# distinct words.
from Sastrawi.Stemmer.StemmerFactory import StemmerFactory
factory = StemmerFactory()
st = factory.create_stemmer()
out = [st.stem(w.lower()) for w in words]
s_acc = acc(out)
st = factory.create_stemmer()
t0 = time.perf_counter()
for w in words:
    st.stem(w.lower())
s_wps = len(words) / (time.perf_counter() - t0)
raw = factory.create_stemmer(False)
raw = getattr(raw, "delegatedStemmer", raw)
t0 = time.perf_counter()
for w in uniq:
    raw.stem(w.lower())
s_wps_u = len(uniq) / (time.perf_counter() - t0)

copy_acc = acc(words)
print(f"tokens\t{len(toks)}\tdistinct\t{len(uniq)}")
print(f"copy_word_lemma_acc\t{copy_acc:.2f}")
print(f"kilas_lemma_acc\t{k_acc:.2f}")
print(f"pysastrawi_lemma_acc\t{s_acc:.2f}")
print(f"kilas_startup_s\t{t_start:.3f}")
print(f"kilas_words_per_s_running_text\t{k_wps:,.0f}")
print(f"kilas_words_per_s_distinct_words\t{k_wps_u:,.0f}")
print(f"pysastrawi_words_per_s_running_text_cached\t{s_wps:,.0f}")
print(f"pysastrawi_words_per_s_distinct_words_uncached\t{s_wps_u:,.0f}")
print(f"speedup_running_text\t{k_wps / s_wps:.0f}x")
print(f"speedup_distinct_words\t{k_wps_u / s_wps_u:.0f}x")
PY
