#!/usr/bin/env python3
"""Serve a folder on 127.0.0.1 the way Kilas expects a static host to: the Content-Security-
Policy header, the wasm and manifest MIME types, brotli (precompressed .br files) or gzip for text and wasm, and a cache policy
(hashed file names are immutable; index.html, sw.js and the manifest are always revalidated).

Usage: serve.py DIR [--port N] [-v]   (port 0 picks a free port; the URL is printed first)
"""
import argparse
import functools
import gzip
import http.server
import io
import os
import re
import sys
import urllib.parse

CSP = ("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
       "img-src 'self' data:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; "
       "base-uri 'self'; form-action 'none'; object-src 'none'; frame-ancestors 'none'")
COMPRESSIBLE = {"text/html", "text/css", "text/javascript", "application/wasm",
                "application/manifest+json", "image/svg+xml", "application/json", "text/plain"}
# trunk's hashed names (name-<16 hex>.ext, name-<16 hex>_bg.wasm) never change content.
HASHED = re.compile(r"-[0-9a-f]{16}(_bg)?\.[a-z]+$")


@functools.lru_cache(maxsize=64)
def gzipped(path, mtime_ns, size):
    with open(path, "rb") as f:
        return gzip.compress(f.read(), compresslevel=9, mtime=0)


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".wasm": "application/wasm", ".js": "text/javascript",
                      ".webmanifest": "application/manifest+json", ".svg": "image/svg+xml"}

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path) and urllib.parse.urlsplit(self.path).path.endswith("/"):
            path = os.path.join(path, "index.html")
        ctype = self.guess_type(path)
        # Brotli copies written by scripts/post_build.py, when the browser takes them.
        if (ctype in COMPRESSIBLE and os.path.isfile(path) and os.path.isfile(path + ".br")
                and "br" in self.headers.get("Accept-Encoding", "")):
            with open(path + ".br", "rb") as f:
                return self.send_encoded(ctype, "br", f.read(), os.stat(path))
        if (not os.path.isfile(path) or ctype not in COMPRESSIBLE
                or "gzip" not in self.headers.get("Accept-Encoding", "")):
            return super().send_head()
        st = os.stat(path)
        return self.send_encoded(ctype, "gzip", gzipped(path, st.st_mtime_ns, st.st_size), st)

    def send_encoded(self, ctype, encoding, body, st):
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Encoding", encoding)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Last-Modified", self.date_time_string(int(st.st_mtime)))
        self.end_headers()
        return io.BytesIO(body)

    def end_headers(self):
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Vary", "Accept-Encoding")
        immutable = HASHED.search(urllib.parse.urlsplit(self.path).path)
        self.send_header("Cache-Control", "public, max-age=31536000, immutable" if immutable else "no-cache")
        super().end_headers()

    def log_message(self, fmt, *args):
        if "-v" in sys.argv:
            super().log_message(fmt, *args)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--port", type=int, default=8080)
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args()
    handler = functools.partial(Handler, directory=a.dir)
    with http.server.ThreadingHTTPServer(("127.0.0.1", a.port), handler) as httpd:
        print(f"Serving Kilas on http://127.0.0.1:{httpd.server_address[1]}/", flush=True)
        try:
            httpd.serve_forever()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
