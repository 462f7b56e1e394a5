// npm run icons — draws the toolbar and store icons (public/icon/{16,32,48,128}.png) from a few
// shapes, without any download or image library: a teal rounded square with a white lens whose
// handle points down-right, and a solid and a wavy stroke inside the lens (a match and a
// conflict mark). Each pixel is the coverage of 8×8 samples (anti-aliased); PNG written by hand.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = resolve(dirname(fileURLToPath(import.meta.url)), '../public/icon');
const TEAL = [0x00, 0x69, 0x6d];
const WHITE = [0xff, 0xff, 0xff];
const RED = [0xff, 0xb4, 0xab];

/** Distance from p to the segment ab. */
function segment(px, py, ax, ay, bx, by) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The colour at a point of the unit square, or null outside the tile. */
function shade(x, y, size) {
  // the tile: a rounded square with a small margin
  const m = 0.04, r = 0.2;
  const qx = Math.max(Math.abs(x - 0.5) - (0.5 - m - r), 0), qy = Math.max(Math.abs(y - 0.5) - (0.5 - m - r), 0);
  if (Math.hypot(qx, qy) > r) return null;
  const small = size <= 16;
  // the lens: a ring and a handle
  const cx = 0.43, cy = 0.43, R = 0.25, w = small ? 0.1 : 0.075;
  const d = Math.hypot(x - cx, y - cy);
  if (Math.abs(d - R) < w / 2) return WHITE;
  if (segment(x, y, cx + (R + w / 3) * Math.SQRT1_2, cy + (R + w / 3) * Math.SQRT1_2, 0.8, 0.8) < (small ? 0.065 : 0.055)) return WHITE;
  if (d < R - w / 2 && !small) {
    // inside the lens: a straight stroke (a match) above a wavy one (a conflict)
    if (Math.abs(y - 0.36) < 0.025 && Math.abs(x - cx) < 0.14) return WHITE;
    const wave = 0.5 + 0.03 * Math.sin(((x - cx) / 0.14) * Math.PI * 2);
    if (Math.abs(y - wave) < 0.025 && Math.abs(x - cx) < 0.14) return RED;
  }
  return TEAL;
}

function rgba(size) {
  const px = Buffer.alloc(size * size * 4);
  const S = 8;
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sj = 0; sj < S; sj++) {
        for (let si = 0; si < S; si++) {
          const c = shade((i + (si + 0.5) / S) / size, (j + (sj + 0.5) / S) / size, size);
          if (!c) continue;
          r += c[0]; g += c[1]; b += c[2]; a++;
        }
      }
      const o = (j * size + i) * 4;
      if (a) {
        px[o] = Math.round(r / a); px[o + 1] = Math.round(g / a); px[o + 2] = Math.round(b / a);
      }
      px[o + 3] = Math.round((a / (S * S)) * 255);
    }
  }
  return px;
}

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

export function png(size) {
  const pixels = rgba(size);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let j = 0; j < size; j++) {
    raw[j * (size * 4 + 1)] = 0; // no filter
    pixels.copy(raw, j * (size * 4 + 1) + 1, j * size * 4, (j + 1) * size * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT, { recursive: true });
for (const size of [16, 32, 48, 128]) {
  writeFileSync(`${OUT}/${size}.png`, png(size));
  console.log(`${OUT}/${size}.png`);
}
