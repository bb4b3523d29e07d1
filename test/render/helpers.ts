// Shared by the render tests: well-formedness, zip reading and internal-link checks over output files.
import { XMLValidator } from 'fast-xml-parser';
import { unzipSync } from 'fflate';
import type { OutputFile } from '../../pipeline/model.ts';

const decoder = new TextDecoder('utf-8', { fatal: true });

export const text = (file: OutputFile | Uint8Array): string => decoder.decode(file instanceof Uint8Array ? file : file.bytes);

/** The XML parser's complaint about a document, or null when it is well-formed. */
export function xmlProblem(xml: string): string | null {
  const result = XMLValidator.validate(xml, { allowBooleanAttributes: false });
  return result === true ? null : `${result.err.code} at ${result.err.line}:${result.err.col}: ${result.err.msg}`;
}

export function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

/** Names of a zip's entries in the order of their local headers, with each one's compression method. */
export function zipEntries(bytes: Uint8Array): Array<{ name: string; method: number }> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries: Array<{ name: string; method: number }> = [];
  let offset = 0;
  while (offset + 30 <= bytes.length && view.getUint32(offset, true) === 0x04034b50) {
    const method = view.getUint16(offset + 8, true);
    const compressed = view.getUint32(offset + 18, true);
    const nameLength = view.getUint16(offset + 26, true);
    const extraLength = view.getUint16(offset + 28, true);
    const name = decoder.decode(bytes.subarray(offset + 30, offset + 30 + nameLength));
    entries.push({ name, method });
    offset += 30 + nameLength + extraLength + compressed;
  }
  return entries;
}

/** Every `id="…"` of an (X)HTML document. */
export function idsOf(markup: string): Set<string> {
  return new Set([...markup.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
}

/** Every `href="…"` of an (X)HTML document, entities undone. */
export function hrefsOf(markup: string): string[] {
  return [...markup.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1].replace(/&#x26;/g, '&').replace(/&amp;/g, '&'));
}
