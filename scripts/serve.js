#!/usr/bin/env node
'use strict';
// A small static file server for the built add-in (dist/addin): `npm start` serves the standalone
// host on http://localhost:3000, and the browser tests start one on a free port. No network.
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
  '.png': 'image/png',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.xml': 'application/xml',
};

/** Serves `root` on `port` (0: any free port) at 127.0.0.1; resolves to the server and its base URL. */
function serve(root, port = 0, host = '127.0.0.1') {
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let file = path.normalize(path.join(base, decodeURIComponent(url.pathname)));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (error, data) => {
      if (error) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(data);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve({ server, url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${server.address().port}/` }));
  });
}

module.exports = { serve };

if (require.main === module) {
  const root = path.join(__dirname, '..', 'dist', 'addin');
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    console.error('dist/addin is not built: run `npm run build` first.');
    process.exit(2);
  }
  const port = Number(process.env.PORT ?? 3000);
  serve(root, port, 'localhost').then(
    ({ url }) => console.log(`budget-check standalone host: ${url.replace('127.0.0.1', 'localhost')}  (the task pane over samples/programme-sample.xlsx; Ctrl+C stops)`),
    (error) => {
      console.error(`Could not serve on port ${port}: ${error.message}`);
      process.exit(1);
    },
  );
}
