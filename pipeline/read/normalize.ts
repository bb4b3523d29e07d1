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

/**
 * Windows-1252 for 0x80–0x9F (the rest of the byte range is Latin-1). Node 20's TextDecoder gives
 * C1 control characters for these bytes under both labels, so `€`, curly quotes and dashes would be lost;
 * like browsers (WHATWG Encoding), `latin1` is read as Windows-1252 too. The five unassigned bytes stay C1.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    text += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? WINDOWS_1252_HIGH[b - 0x80] : b)));
  }
  return text;
}

/**
 * Characters XML and every writer refuse: C0 controls other than tab and line breaks, and U+FFFE/U+FFFF; and C1
 * controls (U+0080–U+009F), which no text means and which a wrong conversion (`iconv -f latin1` of Windows-1252
 * dashes and quotes) leaves invisible in every output. A next line (U+0085) is a line break, not refused.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u0080-\u0084\u0086-\u009F\uFFFE\uFFFF]/;

/** What binary signature, if any, the bytes start with (or `NUL byte` when they hold one). */
function binarySignature(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 8)).toString('latin1');
  if (head.startsWith('\xff\xfe') || head.startsWith('\xfe\xff')) return 'a UTF-16 byte-order mark';
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
    text = decodeWindows1252(bytes);
  }
  text = normalizeText(text);
  const control = CONTROL.exec(text);
  if (control) {
    const lines = text.slice(0, control.index).split('\n');
    const code = control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    failOn(file, 'control-character', { code }, { line: lines.length, column: [...lines[lines.length - 1]].length + 1 });
  }
  return text;
}

/** Drop a BOM, turn CRLF, lone CR and form feed (a page break in text dumps) into LF, and compose to NFC. */
export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?|\f/g, '\n').normalize('NFC');
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
