#!/usr/bin/env python3
"""Trunk post-build hook: move inline <script> blocks of index.html into hashed files.

The Content-Security-Policy forbids inline scripts (script-src 'self'), so trunk's start-up
module is written to `start-<hash>.js` and referenced with <script type="module" src=…>.
Runs in TRUNK_STAGING_DIR (or the folder given as the first argument).
"""
import hashlib
import os
import re
import sys

stage = sys.argv[1] if len(sys.argv) > 1 else os.environ["TRUNK_STAGING_DIR"]
index = os.path.join(stage, "index.html")
html = open(index, encoding="utf-8").read()

def extract(match):
    attrs, body = match.group(1), match.group(2)
    if "src=" in attrs or not body.strip():
        return match.group(0)
    # Trunk writes absolute-from-public-url imports; relative to the page they stay valid.
    digest = hashlib.sha256(body.encode()).hexdigest()[:16]
    name = f"start-{digest}.js"
    with open(os.path.join(stage, name), "w", encoding="utf-8") as f:
        f.write(body.strip() + "\n")
    return f'<script{attrs} src="./{name}"></script>'

html = re.sub(r"<script([^>]*)>(.*?)</script>", extract, html, flags=re.S)
open(index, "w", encoding="utf-8").write(html)
