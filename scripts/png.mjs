// The PNG the icon grids are kept in (scripts/gen-icons.mjs): written from a coverage map, and its size read back.
import { readFileSync } from 'node:fs'
import { crc32, deflateSync } from 'node:zlib'

/** A grey-and-alpha PNG (grey 0: black, its coverage as alpha), each row with the filter that leaves the least. */
export function encodeAlphaPng(width, height, alpha) {
  const stride = width * 2
  const raw = Buffer.alloc((stride + 1) * height)
  const row = (y) => {
    const line = Buffer.alloc(stride)
    for (let x = 0; x < width; x += 1) line[x * 2 + 1] = alpha[y * width + x]
    return line
  }
  let previous = Buffer.alloc(stride)
  for (let y = 0; y < height; y += 1) {
    const line = row(y)
    const filtered = [0, 1, 2, 3, 4].map((type) => filterRow(type, line, previous))
    const cost = (bytes) => bytes.reduce((sum, b) => sum + (b < 128 ? b : 256 - b), 0)
    const best = filtered.reduce((a, b) => (cost(b.bytes) < cost(a.bytes) ? b : a))
    raw[y * (stride + 1)] = best.type
    best.bytes.copy(raw, y * (stride + 1) + 1)
    previous = line
  }
  const chunk = (type, data) => {
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 4, 0, 0, 0], 8) // 8 bits, grey and alpha, deflate, no interlace
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))])
}

/** One row under PNG filter `type` (2 bytes a pixel), against the row above. */
function filterRow(type, line, above) {
  const out = Buffer.alloc(line.length)
  for (let i = 0; i < line.length; i += 1) {
    const left = i >= 2 ? line[i - 2] : 0
    const up = above[i]
    const upLeft = i >= 2 ? above[i - 2] : 0
    const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][type]
    out[i] = (line[i] - predictor) & 0xff
  }
  return { type, bytes: out }
}

function paeth(a, b, c) {
  const p = a + b - c
  const pa = Math.abs(p - a)
  const pb = Math.abs(p - b)
  const pc = Math.abs(p - c)
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c
}

/** Width and height from a PNG's header. */
export function pngSize(file) {
  const bytes = readFileSync(file)
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}
