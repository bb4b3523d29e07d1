// Finds brief's own files under templates/ (schemas, CSS) from wherever the code runs: sources, tests or the bundle.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { imageSize } from 'image-size';
import { userMessage } from './errors.ts';

let root: string | undefined;

/** The folder holding `templates/`: the nearest ancestor of this module (or of the bundle in dist/) that has one. */
export function projectRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'templates')) && existsSync(join(dir, 'package.json'))) return (root = dir);
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`brief: cannot find templates/ above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

const cache = new Map<string, Buffer>();

/** The bytes of `templates/<path>`, read once per process. */
export function templateBytes(path: string): Buffer {
  let bytes = cache.get(path);
  if (!bytes) {
    try {
      bytes = readFileSync(join(projectRoot(), 'templates', path));
    } catch (error) {
      // A stylesheet, font or schema the templates need is the user's to restore, not a bug.
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'is missing' : `cannot be read (${(error as Error).message})`;
      throw userMessage('template', { reason: `templates/${path} ${reason}`, file: `templates/${path}` }, { line: 1, column: 1 }, `templates/${path}`);
    }
    cache.set(path, bytes);
  }
  return bytes;
}

export function templateText(path: string): string {
  return templateBytes(path).toString('utf8');
}

// Images a template refers to (`<img src="logo.png">`, a path under templates/): their bytes, type and size, for
// every writer (the PDF draws them, the web page embeds them, the EPUB packages them).

export interface TemplateImage {
  /** The path under templates/ the template gave. */
  src: string;
  bytes: Uint8Array;
  mediaType: 'image/png' | 'image/jpeg';
  /** Intrinsic size in pixels. */
  width: number;
  height: number;
}

/** A template image's src: a relative path of templates/, PNG or JPEG (what the PDF, the web page and EPUB all show). */
export const TEMPLATE_IMAGE = /^(?![a-z]+:|\/|.*\.\.)[\w./-]+\.(?:png|jpe?g)$/i;

const images = new Map<string, TemplateImage>();

/** The image `src` names under templates/ (read once per process); a missing file is the template error of assets.ts. */
export function templateImage(src: string): TemplateImage {
  let image = images.get(src);
  if (!image) {
    const bytes = new Uint8Array(templateBytes(src));
    const size = imageSize(bytes);
    image = { src, bytes, mediaType: /\.png$/i.test(src) ? 'image/png' : 'image/jpeg', width: size.width ?? 1, height: size.height ?? 1 };
    images.set(src, image);
  }
  return image;
}
