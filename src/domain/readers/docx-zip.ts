/**
 * Reads one part of a DOCX package (a ZIP archive): finds it in the central directory and
 * inflates it with zlib (pure computation; web DecompressionStream costs ten times as much).
 * Only what DOCX files use is supported: stored and deflated entries, no ZIP64, no encryption.
 */
import { inflateRawSync } from 'node:zlib';

export class ZipFormatError extends Error {}

interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/**
 * The bytes of the entry called `name`, or undefined when there is none. Throws `ZipFormatError`
 * for a damaged or unsupported archive, and when the entry inflates to more than `maxBytes`
 * (a "zip bomb": a small file that unpacks to gigabytes).
 */
export function readZipEntry(
  bytes: Uint8Array,
  name: string,
  maxBytes: number,
): Uint8Array | undefined {
  const entry = readCentralDirectory(bytes).find((e) => e.name === name);
  if (!entry) return undefined;
  if (entry.flags & 0x1) throw new ZipFormatError(`${name} is encrypted`);
  if (entry.uncompressedSize > maxBytes) {
    throw new ZipFormatError(`${name} is larger than ${maxBytes} bytes`);
  }
  const view = viewOf(bytes);
  const offset = entry.localHeaderOffset;
  if (offset + 30 > bytes.length || view.getUint32(offset, true) !== 0x04034b50) {
    throw new ZipFormatError('bad local header');
  }
  const start = offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw new ZipFormatError('truncated entry');
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new ZipFormatError(`unsupported compression ${entry.method}`);
  return inflateRaw(data, maxBytes);
}

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

// The end-of-central-directory record is in the last 22 bytes, or up to 64 KiB earlier when the
// archive has a comment.
function findEndOfCentralDirectory(bytes: Uint8Array): number {
  const view = viewOf(bytes);
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i -= 1) {
    if (view.getUint32(i, true) === 0x06054b50) return i;
  }
  throw new ZipFormatError('no end of central directory');
}

function readCentralDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = viewOf(bytes);
  const end = findEndOfCentralDirectory(bytes);
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i += 1) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) {
      throw new ZipFormatError('bad central directory');
    }
    const nameLength = view.getUint16(offset + 28, true);
    entries.push({
      flags: view.getUint16(offset + 8, true),
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      uncompressedSize: view.getUint32(offset + 24, true),
      localHeaderOffset: view.getUint32(offset + 42, true),
      name: decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
    });
    const extraLength = view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
    offset += 46 + nameLength + extraLength;
  }
  return entries;
}

function inflateRaw(data: Uint8Array, maxBytes: number): Uint8Array {
  try {
    return inflateRawSync(data, { maxOutputLength: maxBytes });
  } catch (cause) {
    const tooLarge = cause instanceof RangeError;
    const reason = tooLarge ? `inflates to more than ${maxBytes} bytes` : 'corrupt deflate data';
    throw new ZipFormatError(reason, { cause });
  }
}
