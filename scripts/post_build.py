#!/usr/bin/env python3
"""Trunk post-build hook: make dist/ a self-contained, installable, offline app.

1. Move inline <script> blocks of index.html into hashed files: the Content-Security-Policy
   forbids inline scripts (script-src 'self'), so trunk's start-up module is written to
   `start-<hash>.js` and referenced with <script type="module" src=…>.
2. Name the analysis worker's loader shim (`kilas_worker_loader.js`; trunk does not hash worker
   files, but may) in `<meta name="kilas-worker" content=…>`: the app starts the worker only
   when the page names it, and otherwise analyses on the main thread.
3. Copy the web app manifest, icons and screenshots from pwa/.
4. Write `<file>.br` beside every text and wasm file (brotli, by node's zlib), for hosts that
   serve precompressed files (scripts/serve.py, nginx brotli_static, Caddy precompressed);
   about 20 % smaller than gzip for the wasm, which is most of the first visit.
5. Write sw.js from pwa/sw.js with the list of every file of the build and a cache version that
   is a digest of all of them (names and contents), so the service worker precaches exactly
   this build and any change to any file is a new version. Never a hand-kept list.

Runs in TRUNK_STAGING_DIR (or the folder given as the first argument). Running it again on a
finished dist/ is harmless and refreshes sw.js (the e2e test uses that to make a "new build").
"""
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PWA = os.path.join(ROOT, "pwa")
# Copied verbatim to the top of dist/ (folders as folders).
PWA_ASSETS = ["manifest.webmanifest", "icons", "screenshots"]
SW = "sw.js"
COMPRESS = (".html", ".js", ".css", ".wasm", ".svg", ".webmanifest", ".json")
# Brotli at maximum quality with node's built-in zlib (node is already a build tool here).
BROTLI_JS = r"""
const z = require('zlib'), fs = require('fs');
for (const f of process.argv.slice(1)) {
  fs.writeFileSync(f + '.br', z.brotliCompressSync(fs.readFileSync(f), { params: {
    [z.constants.BROTLI_PARAM_QUALITY]: 11, [z.constants.BROTLI_PARAM_LGWIN]: 24,
    [z.constants.BROTLI_PARAM_SIZE_HINT]: fs.statSync(f).size } }));
}
"""


def move_inline_scripts(stage):
    index = os.path.join(stage, "index.html")
    html = open(index, encoding="utf-8").read()

    def extract(match):
        attrs, body = match.group(1), match.group(2)
        if "src=" in attrs or not body.strip():
            return match.group(0)
        # Trunk writes absolute-from-public-url imports; relative to the page they stay valid.
        # Start the app after the first paint, so the page's static introduction is on screen
        # before the large wasm download begins (it is not preloaded either, see below).
        body = ("await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));\n"
                + body.strip() + "\n")
        digest = hashlib.sha256(body.encode()).hexdigest()[:16]
        name = f"start-{digest}.js"
        with open(os.path.join(stage, name), "w", encoding="utf-8") as f:
            f.write(body)
        return f'<script{attrs} src="./{name}"></script>'

    html = re.sub(r"<script([^>]*)>(.*?)</script>", extract, html, flags=re.S)
    # Trunk preloads the app's JS and wasm in <head>; on a slow phone that download competes
    # with the first paint. The start script fetches them right after it instead.
    html = re.sub(r'<link rel="(?:modulepreload|preload)"[^>]*(?:\.js|\.wasm)"[^>]*>', "", html)
    open(index, "w", encoding="utf-8").write(html)


def link_worker(stage):
    index = os.path.join(stage, "index.html")
    html = open(index, encoding="utf-8").read()
    html = re.sub(r'\s*<meta name="kilas-worker"[^>]*>', "", html)
    loaders = sorted(n for n in os.listdir(stage) if n.startswith("kilas_worker") and n.endswith("_loader.js"))
    if loaders:
        # Trunk's shim passes a bare URL, which wasm-bindgen now warns about on every start.
        shim = os.path.join(stage, loaders[-1])
        code = open(shim, encoding="utf-8").read()
        code = re.sub(r'wasm_bindgen\(("[^"]*")\)', r"wasm_bindgen({ module_or_path: \1 })", code)
        open(shim, "w", encoding="utf-8").write(code)
        meta = f'<meta name="kilas-worker" content="./{loaders[-1]}" />'
        html = html.replace("</head>", f"  {meta}\n</head>", 1)
    open(index, "w", encoding="utf-8").write(html)


def copy_pwa_assets(stage):
    for name in PWA_ASSETS:
        src, dst = os.path.join(PWA, name), os.path.join(stage, name)
        if os.path.isdir(src):
            shutil.copytree(src, dst, dirs_exist_ok=True)
        elif os.path.isfile(src):
            shutil.copyfile(src, dst)


def build_files(stage):
    """Every file of the build, as URLs relative to sw.js, index.html first; hidden files and
    sw.js itself left out."""
    files = []
    for folder, dirs, names in os.walk(stage):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            rel = os.path.relpath(os.path.join(folder, name), stage).replace(os.sep, "/")
            # Precompressed copies are served in place of their file, never requested by name.
            if not name.startswith(".") and rel != SW and not name.endswith(".br"):
                files.append(rel)
    return sorted(files, key=lambda f: (f != "index.html", f))


def precompress(stage, files):
    targets = [os.path.join(stage, f) for f in files + [SW] if f.endswith(COMPRESS)]
    try:
        subprocess.run(["node", "-e", BROTLI_JS, *targets], check=True)
    except (OSError, subprocess.CalledProcessError) as err:
        print(f"post_build: no brotli copies ({err}); hosts will compress on the fly", file=sys.stderr)


def write_service_worker(stage):
    files = build_files(stage)
    source = open(os.path.join(PWA, SW), encoding="utf-8").read()
    # The worker's own code is part of the version: a new caching rule starts a clean cache.
    digest = hashlib.sha256(source.encode())
    for rel in files:
        with open(os.path.join(stage, rel), "rb") as f:
            digest.update(rel.encode() + b"\0" + hashlib.sha256(f.read()).digest())
    version = digest.hexdigest()[:16]
    urls = json.dumps(["./" + f for f in files], indent=2)
    out = source.replace("'__KILAS_VERSION__'", json.dumps(version)).replace("__KILAS_FILES__", urls)
    with open(os.path.join(stage, SW), "w", encoding="utf-8") as f:
        f.write(out)
    print(f"post_build: sw.js version {version}, {len(files)} files precached")


def main():
    stage = sys.argv[1] if len(sys.argv) > 1 else os.environ["TRUNK_STAGING_DIR"]
    move_inline_scripts(stage)
    link_worker(stage)
    copy_pwa_assets(stage)
    write_service_worker(stage)
    precompress(stage, build_files(stage))


if __name__ == "__main__":
    main()
