#!/usr/bin/env bash
# Side-by-side summariser benchmark on IndoSum (../shared/data/indosum, first 400 articles):
# kilas versus sumy LexRank and TextRank (PyPI sumy at a pinned version, installed into a
# throwaway virtualenv under /tmp), and LEAD-3. Writes docs/perf-summary.md.
#
# sumy gets the same sentence units as kilas (so only the scoring differs), a simple
# Indonesian word tokenizer (letters and digits, lower-cased) and the kilas stop-word list
# (crates/kilas-engine/src/summary/stopwords.rs). ROUGE is scored as kilas-eval scores it.
#
# Usage: scripts/bench-summary.sh [--kilas PATH]   (skips cleanly when ../shared is absent)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="$root/../shared"
if [ ! -d "$shared/data/indosum" ] || [ ! -f "$shared/tools/kilas_eval.py" ]; then
  echo "bench-summary: $shared/data/indosum not found; skipping" >&2
  exit 0
fi
kilas="${CARGO_TARGET_DIR:-$root/target}/release/kilas"
if [ "${1:-}" = "--kilas" ]; then kilas="$2"; fi
if [ ! -x "$kilas" ]; then
  (cd "$root" && cargo build --release -p kilas-cli)
fi
SUMY_VERSION=0.11.0
venv="$(mktemp -d /tmp/kilas-bench-summary.XXXXXX)"
trap 'rm -rf "$venv"' EXIT
python3 -m venv "$venv"
"$venv/bin/pip" install -q "sumy==$SUMY_VERSION" "numpy==1.26.4" "rouge-score==0.1.2" >&2
SUMY_VERSION=$SUMY_VERSION "$venv/bin/python" - "$kilas" "$shared" "$root" <<'PY'
import json, os, re, statistics, subprocess, sys, time
kilas, shared, root = sys.argv[1:4]
sys.path.insert(0, os.path.join(shared, "tools"))
from kilas_eval import detok, norm
from rouge_score import rouge_scorer
from sumy.parsers.plaintext import PlaintextParser
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer

LIMIT = 400
arts = []
with open(os.path.join(shared, "data/indosum/dev.01.jsonl"), encoding="utf-8") as f:
    for line in f:
        arts.append(json.loads(line))
        if len(arts) >= LIMIT:
            break
docs = [" ".join(" ".join(detok(s) for p in a["paragraphs"] for s in p).split()) for a in arts]
golds = ["\n".join(detok(s) for s in a["summary"]) for a in arts]

t0 = time.perf_counter()
out = subprocess.run([kilas, "analyze", "--lines"], input="\n".join(docs) + "\n", capture_output=True, text=True, check=True).stdout
kilas_secs = time.perf_counter() - t0
objs = [json.loads(l) for l in out.splitlines() if l.strip()]
assert len(objs) == len(docs)

src = open(os.path.join(root, "crates/kilas-engine/src/summary/stopwords.rs"), encoding="utf-8").read()
body = src.split("pub const STOPWORDS", 1)[1].split("];", 1)[0]
stop = set(re.findall(r'"([^"]+)"', body))

class IndonesianTokenizer:
    """Sentences are the units kilas found; words are runs of letters and digits."""
    language = "indonesian"
    def __init__(self):
        self.units = []
    def to_sentences(self, text):
        return self.units
    def to_words(self, sentence):
        return re.findall(r"\w+", sentence.lower())

def run_sumy(cls):
    tok = IndonesianTokenizer()
    summ = cls(lambda w: w.lower())
    summ.stop_words = stop
    picks, secs = [], 0.0
    for o in objs:
        units = [s["text"] for s in o["sentences"] if not s["boilerplate"]]
        tok.units = units
        t = time.perf_counter()
        parser = PlaintextParser.from_string(" ".join(units), tok)
        chosen = [str(s) for s in summ(parser.document, 3)] if units else []
        secs += time.perf_counter() - t
        picks.append(chosen)
    return picks, secs

sc = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=False)
def rouge(picks):
    r = {k: [] for k in ("rouge1", "rouge2", "rougeL")}
    for p, g in zip(picks, golds):
        s = sc.score(g, "\n".join(p))
        for k in r:
            r[k].append(s[k].fmeasure)
    return {k: 100 * statistics.mean(v) for k, v in r.items()}

rows = []
kp = [[o["sentences"][i]["text"] for i in o["summary"]] for o in objs]
rows.append(("kilas (full pipeline: gloss, facts, summary)", rouge(kp), kilas_secs))
lead = [[s["text"] for s in o["sentences"] if not s["boilerplate"]][:3] for o in objs]
rows.append(("LEAD-3 (kilas sentence units)", rouge(lead), None))
for name, cls in (("sumy LexRank", LexRankSummarizer), ("sumy TextRank", TextRankSummarizer)):
    picks, secs = run_sumy(cls)
    rows.append((f"{name} {os.environ['SUMY_VERSION']} (summariser only)", rouge(picks), secs))

# Key-sentence recall on the annotated press releases (../shared/data/facts), as kilas-eval
# counts it: a key sentence is found when it and a picked unit contain one another.
fdir = os.path.join(shared, "data/facts")
fobjs, fkeys = [], []
for f in sorted(os.listdir(fdir)) if os.path.isdir(fdir) else []:
    if not f.endswith(".json"):
        continue
    a = json.load(open(os.path.join(fdir, f), encoding="utf-8"))
    o = json.loads(subprocess.run([kilas, "analyze", "--date", a["publication_date"], "-"], input=a["text"], capture_output=True, text=True, check=True).stdout)
    fobjs.append(o)
    fkeys.append(a.get("key_sentences", [])[:3])
def recall(pick_fn):
    hits = total = 0
    for o, keys in zip(fobjs, fkeys):
        picked = [norm(t) for t in pick_fn(o)]
        for ks in keys:
            total += 1
            k = norm(ks)
            hits += any(k and (k in p or p in k) and len(p) > 20 for p in picked)
    return 100 * hits / max(total, 1)
def sumy_pick(cls):
    tok = IndonesianTokenizer()
    summ = cls(lambda w: w.lower())
    summ.stop_words = stop
    def pick(o):
        tok.units = [s["text"] for s in o["sentences"] if not s["boilerplate"]]
        return [str(s) for s in summ(PlaintextParser.from_string(" ".join(tok.units), tok).document, 3)] if tok.units else []
    return pick
key = [
    recall(lambda o: [o["sentences"][i]["text"] for i in o["summary"]]),
    recall(lambda o: [s["text"] for s in o["sentences"] if not s["boilerplate"]][:3]),
    recall(sumy_pick(LexRankSummarizer)),
    recall(sumy_pick(TextRankSummarizer)),
]

n = len(objs)
lines = [
    "# Summariser performance",
    "",
    f"IndoSum `dev.01`, first {n} articles, one line per article (as `kilas-eval` feeds them),",
    "gold abstractive summaries, ROUGE F1 (`rouge-score` 0.1.2, no stemming), 3 sentences.",
    "sumy gets kilas's sentence units, a letters-and-digits word tokenizer and the kilas",
    "stop-word list; its time covers summarisation only, while kilas's covers the whole",
    "`analyze --lines` run (gloss, facts and summary of every article, process start included).",
    "Generated by `scripts/bench-summary.sh`.",
    "",
    f"Key-sentence recall: the share of the 3 annotated key sentences of the {len(fobjs)} press",
    "releases in `data/facts` that the 3-sentence summary contains.",
    "",
    "| system | ROUGE-1 | ROUGE-2 | ROUGE-L | ms per article | key-sentence recall % |",
    "|---|---|---|---|---|---|",
]
for (name, r, secs), k in zip(rows, key):
    ms = f"{1000 * secs / n:.2f}" if secs is not None else "–"
    lines.append(f"| {name} | {r['rouge1']:.2f} | {r['rouge2']:.2f} | {r['rougeL']:.2f} | {ms} | {k:.1f} |")
lines.append("")
lines.append("Reference (from the data README): LEAD-3 with gold sentence splits 65.06 / 58.43 / 62.17.")
lines.append("Before the news scorer (position-only scoring, i.e. lead-3 over kilas units; merge 7cfe530):")
lines.append("`kilas-eval` gave ROUGE 65.18 / 58.48 / 62.28 and key-sentence recall 56.2 %.")
text = "\n".join(lines) + "\n"
open(os.path.join(root, "docs/perf-summary.md"), "w", encoding="utf-8").write(text)
print(text)
PY
