#!/usr/bin/env node
'use strict';
// Draws the add-in's icons (assets/icon-N.png): a green rounded square with a white tick over
// three bars (a checked table). Run once; the PNGs are committed. No image library: a PNG encoder
// of a few lines over zlib.
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const distToSegment = (px, py, ax, ay, bx, by) => {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
};

function draw(size) {
  const S = 4; // supersampling
  const out = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const u = (x + (sx + 0.5) / S) / size; // 0..1
          const v = (y + (sy + 0.5) / S) / size;
          // rounded square
          const rad = 0.18;
          const cx = Math.min(Math.max(u, rad), 1 - rad);
          const cy = Math.min(Math.max(v, rad), 1 - rad);
          if (Math.hypot(u - cx, v - cy) > rad) continue;
          let col = [0x10, 0x7c, 0x41];
          // three bars (rows of a table)
          for (const by of [0.28, 0.46, 0.64]) if (v > by - 0.05 && v < by + 0.05 && u > 0.18 && u < 0.52) col = [0xc8, 0xe6, 0xd2];
          // tick
          const d = Math.min(distToSegment(u, v, 0.5, 0.62, 0.63, 0.76), distToSegment(u, v, 0.63, 0.76, 0.85, 0.4));
          if (d < 0.065) col = [0xff, 0xff, 0xff];
          r += col[0]; g += col[1]; b += col[2]; a += 255;
        }
      }
      const n = S * S;
      const i = (y * size + x) * 4;
      const cover = a / n;
      out[i] = a ? Math.round((r / n) * (255 / cover)) : 0;
      out[i + 1] = a ? Math.round((g / n) * (255 / cover)) : 0;
      out[i + 2] = a ? Math.round((b / n) * (255 / cover)) : 0;
      out[i + 3] = Math.round(cover);
    }
  }
  return png(size, out);
}

const dir = path.join(__dirname, '..', 'assets');
for (const size of [16, 32, 64, 80, 128]) fs.writeFileSync(path.join(dir, `icon-${size}.png`), draw(size));
console.log('assets/icon-{16,32,64,80,128}.png written');
