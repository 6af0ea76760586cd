// Start and stop scripts/serve.py on a free loopback port, from inside a test.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// scripts/serve.py on a given port (0: a free one), so a test can also stop it and start
// another build on the same origin.
export async function serve(dir = path.join(ROOT, 'dist'), port = 0) {
  const child = spawn('python3', [path.join(ROOT, 'scripts/serve.py'), dir, '--port', String(port)],
    { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    let buf = '';
    child.stdout.on('data', (d) => {
      buf += d;
      const m = buf.match(/http:\/\/127\.0\.0\.1:\d+\//);
      if (m) resolve(m[0]);
    });
    child.on('exit', (code) => reject(new Error(`serve.py exited with ${code}`)));
  });
  const stopped = () => child.exitCode !== null || child.signalCode !== null;
  return {
    url,
    port: Number(new URL(url).port),
    stop: () => new Promise((r) => { if (stopped()) r(); else { child.once('exit', r); child.kill(); } }),
  };
}
