// Draws the toolbar icons (16/32/48/128 px PNG) without image tools: two overlapping
// pages (a story and its copy) on a blue tile, rasterised with 4×4 supersampling and
// written with node:zlib. Run: node scripts/make-icons.mjs (output is committed).
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BLUE = [31, 95, 168];
const WHITE = [255, 255, 255];
const PALE = [188, 210, 236];
const RED = [211, 47, 47];

function roundRect(x, y, x0, y0, x1, y1, r) {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Colour at a point of the unit square, or null for transparent. Later shapes paint over earlier ones. */
function shade(x, y) {
  let c = null;
  if (roundRect(x, y, 0, 0, 1, 1, 0.2)) c = BLUE;
  if (roundRect(x, y, 0.16, 0.14, 0.6, 0.7, 0.05)) c = PALE; // the known version, behind
  if (roundRect(x, y, 0.38, 0.3, 0.84, 0.88, 0.05)) c = WHITE; // the copy, in front
  for (const [ly, len] of [
    [0.44, 0.34],
    [0.56, 0.34],
    [0.68, 0.22],
  ]) {
    if (x >= 0.46 && x <= 0.46 + len && y >= ly && y <= ly + 0.055) c = BLUE;
  }
  if ((x - 0.76) ** 2 + (y - 0.76) ** 2 <= 0.1 ** 2 && c === WHITE) c = RED; // the mark on the copy
  return c;
}

function crc32(buf) {
  let c,
    crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size) {
  const S = 4;
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < S; sy++)
        for (let sx = 0; sx < S; sx++) {
          const c = shade((px + (sx + 0.5) / S) / size, (py + (sy + 0.5) / S) / size);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a++;
          }
        }
      const o = py * (size * 4 + 1) + 1 + px * 4;
      raw[o] = a ? Math.round(r / a) : 0;
      raw[o + 1] = a ? Math.round(g / a) : 0;
      raw[o + 2] = a ? Math.round(b / a) : 0;
      raw[o + 3] = Math.round((a / (S * S)) * 255);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const out = new URL('../public/icons/', import.meta.url);
mkdirSync(out, { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(new URL(`icon${size}.png`, out), png(size));
console.log('icons written to public/icons/');
