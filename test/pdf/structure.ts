// A PDF/UA-1 structure checker over `qpdf --json` (veraPDF cannot be installed here): the rules of the Matterhorn
// protocol that brief's PDFs are exposed to, each a named check that returns what breaks it.
import { execFileSync } from 'node:child_process';

type Value = string | number | boolean | null | Value[] | { [key: string]: Value };
type Dict = { [key: string]: Value };

/** The objects of a PDF as qpdf's JSON (version 2) gives them, with references resolved on demand. */
export class PdfObjects {
  private readonly objects: Record<string, { value?: Value; stream?: { dict: Dict } }>;
  constructor(file: string) {
    const json = JSON.parse(execFileSync('qpdf', ['--json', file], { encoding: 'utf8', maxBuffer: 1 << 28 })) as { qpdf: [unknown, Record<string, { value?: Value; stream?: { dict: Dict } }>] };
    this.objects = json.qpdf[1];
  }
  /** The object a value refers to (`12 0 R`), or the value itself. */
  get(value: Value | undefined): Value | undefined {
    if (typeof value === 'string' && / \d+ R$/.test(value)) {
      const o = this.objects[`obj:${value}`];
      return o?.value ?? o?.stream?.dict;
    }
    return value;
  }
  dict(value: Value | undefined): Dict {
    const v = this.get(value);
    return v && typeof v === 'object' && !Array.isArray(v) ? v : {};
  }
  /** Every dictionary object (stream dictionaries too) with its reference. */
  *all(): Generator<[string, Dict]> {
    for (const [key, o] of Object.entries(this.objects)) {
      if (!key.startsWith('obj:')) continue;
      const v = o.value ?? o.stream?.dict;
      if (v && typeof v === 'object' && !Array.isArray(v)) yield [key.slice(4), v];
    }
  }
  get catalog(): Dict {
    return this.dict((this.objects.trailer.value as Dict)['/Root']);
  }
}

const text = (v: Value | undefined) => (typeof v === 'string' ? v.replace(/^[ub]:/, '') : '');

/** Entries of a number tree (`/Nums`, with `/Kids`), key → value. */
function numberTree(pdf: PdfObjects, node: Dict, out = new Map<number, Value>()): Map<number, Value> {
  const nums = (pdf.get(node['/Nums']) as Value[] | undefined) ?? [];
  for (let i = 0; i + 1 < nums.length; i += 2) out.set(Number(nums[i]), nums[i + 1]);
  for (const kid of (pdf.get(node['/Kids']) as Value[] | undefined) ?? []) numberTree(pdf, pdf.dict(kid), out);
  return out;
}

/** The problems the checker finds, one string each (rule: where: what). */
export function pdfUaProblems(file: string): string[] {
  const pdf = new PdfObjects(file);
  const problems: string[] = [];
  const cat = pdf.catalog;
  // 06-001, 07-001, 11-001: tagged, title shown, natural language.
  if (pdf.dict(cat['/MarkInfo'])['/Marked'] !== true) problems.push('catalog: /MarkInfo /Marked is not true');
  if (!cat['/StructTreeRoot']) problems.push('catalog: no /StructTreeRoot');
  if (!text(cat['/Lang'])) problems.push('catalog: no /Lang');
  if (pdf.dict(cat['/ViewerPreferences'])['/DisplayDocTitle'] !== true) problems.push('catalog: /DisplayDocTitle is not true');
  if (!cat['/Metadata']) problems.push('catalog: no XMP /Metadata');
  const parentTree = numberTree(pdf, pdf.dict(pdf.dict(cat['/StructTreeRoot'])['/ParentTree']));
  const pageOfAnnot = new Map<string, string>();
  const structs: Array<[string, Dict]> = [];
  for (const [ref, d] of pdf.all()) {
    if (d['/Type'] === '/Page') {
      const annots = (pdf.get(d['/Annots']) as Value[] | undefined) ?? [];
      for (const a of annots) pageOfAnnot.set(String(a), ref);
      // 24-001 (PDF/UA 7.18.3): a page with annotations orders them by structure.
      if (annots.length && d['/Tabs'] !== '/S') problems.push(`page ${ref}: annotations but /Tabs is not /S`);
    }
    if (d['/Type'] === '/StructElem' || (typeof d['/S'] === 'string' && d['/P'] !== undefined)) structs.push([ref, d]);
  }
  // 28-004, 28-011: every link annotation is tagged (a Link element refers to it by OBJR) and described by /Contents.
  for (const [ref, d] of pdf.all()) {
    if (d['/Type'] !== '/Annot' || d['/Subtype'] !== '/Link') continue;
    if (!text(d['/Contents']).trim()) problems.push(`link ${ref}: no /Contents`);
    const key = d['/StructParent'];
    if (typeof key !== 'number') {
      problems.push(`link ${ref}: no /StructParent`);
      continue;
    }
    const parent = pdf.dict(parentTree.get(key));
    if (parent['/S'] !== '/Link') problems.push(`link ${ref}: /StructParent ${key} is a ${String(parent['/S'])}, not a Link element`);
    const kids = [parent['/K']].flat() as Value[];
    const objr = kids.map((k) => pdf.dict(k)).find((k) => k['/Type'] === '/OBJR' && k['/Obj'] === ref);
    if (!objr) problems.push(`link ${ref}: its Link element holds no object reference to it`);
    else if (objr['/Pg'] !== undefined && objr['/Pg'] !== pageOfAnnot.get(ref)) problems.push(`link ${ref}: its object reference names page ${String(objr['/Pg'])}, not ${pageOfAnnot.get(ref)}`);
  }
  for (const [ref, d] of structs) {
    // 15-003: a table header cell says what it heads.
    if (d['/S'] === '/TH') {
      const attrs = [pdf.get(d['/A'])].flat().map((a) => pdf.dict(a));
      if (!attrs.some((a) => a['/O'] === '/Table' && ['/Row', '/Column', '/Both'].includes(String(a['/Scope'])))) problems.push(`TH ${ref}: no /Scope`);
    }
    // 13-004: a figure has alternative text.
    if (d['/S'] === '/Figure' && !text(d['/Alt']).trim() && !text(d['/ActualText']).trim()) problems.push(`Figure ${ref}: no /Alt`);
  }
  // 14-002, 14-003: headings exist and the first is H1.
  const headings = structs.map(([, d]) => String(d['/S'])).filter((s) => /^\/H[1-6]$/.test(s));
  if (!headings.length) problems.push('structure: no headings');
  // 31-*: every font embedded; a /CIDSet, where present, is not checked for completeness here, so none may be.
  for (const [ref, d] of pdf.all()) {
    if (d['/Type'] !== '/FontDescriptor') continue;
    if (!d['/FontFile'] && !d['/FontFile2'] && !d['/FontFile3']) problems.push(`font ${text(d['/FontName'])} (${ref}): not embedded`);
    if (d['/CIDSet']) problems.push(`font ${text(d['/FontName'])} (${ref}): has a /CIDSet`);
  }
  return problems;
}
