// Input hygiene for every format: bytes → checked UTF-8 text with no BOM, LF line breaks and NFC.
import { VFile } from 'vfile';
import { failOn } from '../errors.ts';

export type TextEncoding = 'utf-8' | 'latin1' | 'windows-1252';

/** Where the first byte that is not part of a valid UTF-8 sequence is (0-based offset), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Line and column (1-based, in characters) of a byte offset in a buffer that is valid up to it. */
function pointAt(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset)).replace(/^\uFEFF/, '');
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: [...lines[lines.length - 1]].length + 1 };
}

/** What binary signature, if any, the bytes start with (or `NUL byte` when they hold one). */
function binarySignature(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 8)).toString('latin1');
  if (head.startsWith('%PDF')) return 'a PDF document';
  if (head.startsWith('\x89PNG')) return 'a PNG image';
  if (head.startsWith('\xff\xd8\xff')) return 'a JPEG image';
  if (head.startsWith('GIF8')) return 'a GIF image';
  if (head.startsWith('PK\x03\x04')) return 'a ZIP archive (or a .docx/.epub)';
  if (head.startsWith('\x1f\x8b')) return 'a gzip archive';
  if (bytes.includes(0)) return 'a NUL byte';
  return undefined;
}

/**
 * Decode a revision's bytes into the text every reader sees.
 * Errors are catalogue messages on `file` with the place of the problem.
 */
export function decodeSource(file: VFile, bytes: Uint8Array, encoding: TextEncoding = 'utf-8'): string {
  const binary = binarySignature(bytes);
  if (binary) {
    const nul = bytes.indexOf(0);
    const place = binary === 'a NUL byte' ? pointAt(bytes, nul) : { line: 1, column: 1 };
    failOn(file, 'binary-content', { what: binary }, place);
  }
  let text: string;
  if (encoding === 'utf-8') {
    const bad = firstInvalidUtf8(bytes);
    if (bad >= 0) failOn(file, 'encoding', { byte: bytes[bad].toString(16).padStart(2, '0').toUpperCase() }, pointAt(bytes, bad));
    text = new TextDecoder('utf-8').decode(bytes);
  } else {
    text = new TextDecoder(encoding).decode(bytes);
  }
  return normalizeText(text);
}

/** Drop a BOM, turn CRLF and lone CR into LF, and compose to NFC. */
export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
}

/** Make the VFile a reader works on: path for messages, normalized text as its value. */
export function sourceFile(path: string, bytes: Uint8Array, encoding?: TextEncoding): VFile {
  const file = new VFile({ path });
  file.value = decodeSource(file, bytes, encoding);
  if (file.value.trim() === '') {
    failOn(file, 'empty-file', { detail: bytes.length ? ' (only whitespace)' : '' }, { line: 1, column: 1 });
  }
  return file;
}
