// A hand-made Reconciled value of the seed article for the compose and PDF tests, independent of
// the readers and the reconcile stage: the newer revision as Markdown, with discrepancies, facts,
// events and references like the ones reconcile finds. Its text in sentences is read from the hand-made tree as
// reconcile reads it (reconcile/article-text.ts).
import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import type { BuildOptions, Discrepancy, Reconciled, TimelineEvent } from '../../pipeline/model.ts';
import { articleText } from '../../pipeline/reconcile/article-text.ts';

const seedDir = new URL('../../sources/mongolia-russia/', import.meta.url);
export const NEWER_FILE = 'sources/mongolia-russia/02-newer-sectioned-export.txt';
export const OLDER_FILE = 'sources/mongolia-russia/01-older-rendered-page.txt';
export const newerText = readFileSync(new URL('02-newer-sectioned-export.txt', seedDir), 'utf8');
export const olderText = readFileSync(new URL('01-older-rendered-page.txt', seedDir), 'utf8');

/** The sectioned export as Markdown (`==X==` → `## X`), with the infobox dropped. */
function newerAsMarkdown(): string {
  return newerText
    .replace(/^Infobox\n(- .*\n)+/m, '')
    .replace(/^(=+)\s*(.*?)\s*=+\s*$/gm, (_all, eq: string, title: string) => `${'#'.repeat(eq.length)} ${title}`)
    .replace(/^# .*\n/m, '')
    .replace(/^(In March 2025)/m, '\n$1');
}

export function seedTree(extra = ''): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(newerAsMarkdown() + extra) as Root;
}

const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
const sentenceAt = (text: string, start: string) => {
  const i = text.indexOf(start);
  if (i < 0) throw new Error(`not in seed: ${start}`);
  const rest = text.slice(i);
  const end = rest.search(/[.!?](\s|$)/);
  return rest.slice(0, end + 1);
};

function discrepancy(id: string, kind: Discrepancy['kind'], section: string, oldStart: string | null, newStart: string | null, facts: Discrepancy['facts'] = []): Discrepancy {
  const side = (rev: 'r1' | 'r2', start: string | null) => {
    if (!start) return null;
    const text = rev === 'r1' ? olderText : newerText;
    return { revision: rev, text: sentenceAt(text, start), line: lineOf(text, start), file: rev === 'r1' ? OLDER_FILE : NEWER_FILE };
  };
  const o = side('r1', oldStart);
  const n = side('r2', newStart);
  return {
    id,
    kind,
    section,
    old: o,
    new: n,
    facts,
    significance: kind === 'fact-conflict' || kind === 'internal-contradiction' || facts.length > 0 ? 'major' : 'minor',
    resolution: { policy: 'newest', value: (n ?? o)!.text, source: n ? `${n.file}:${n.line}` : `${o!.file}:${o!.line}` },
  };
}

export const seedDiscrepancies: Discrepancy[] = [
  discrepancy('a1b2c3d4', 'fact-conflict', 'Background', "The Mongolian People's Republic was established in 1921", "The Mongolian People's Republic was established in 1924", [{ type: 'date', old: '1921', new: '1924' }]),
  discrepancy('b2c3d4e5', 'fact-conflict', 'Background', 'When Chinese forces attacked Mongolia in 1919', 'When Chinese forces attacked Mongolia in 1919', [
    { type: 'entity', old: 'the Soviet Red Army', new: 'the Russian Asiatic Cavalry Division commanded by Roman von Ungern-Sternberg' },
  ]),
  discrepancy('c3d4e5f6', 'fact-conflict', 'Historical relations', 'After 1992, Russian technical aid stopped', 'After the collapse of the USSR in 1991, Russian technical aid stopped', [{ type: 'date', old: '1992', new: '1991' }]),
  discrepancy('d4e5f6a7', 'reworded', 'Lead', 'The bilateral relations between Mongolia and the Russian Federation', 'Mongolia–Russia relations have been traditionally strong'),
  discrepancy('e5f6a7b8', 'moved', 'Historical relations', 'Mongolia sided with the Soviet Union following', 'During the Sino-Soviet split in the 1950s'),
  discrepancy('f6a7b8c9', 'added', 'Modern relations', null, 'The most prominent economic collaboration between Russia and Mongolia'),
  discrepancy('a7b8c9d0', 'removed', 'Lead', 'Group of Russian and Mongolian officials, photo taken', null),
  discrepancy('b8c9d0e1', 'internal-contradiction', 'Lead vs Communist era', "The Mongolian People's Republic was established in 1921", "the Mongolian People's Republic (MPR), established in 1924", [{ type: 'date', old: '1921', new: '1924' }]),
];

function visits(): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  let lane = '';
  newerText.split('\n').forEach((line, i) => {
    if (/to Mongolia/.test(line)) lane = 'to-mongolia';
    if (/to Russia/.test(line)) lane = 'to-russia';
    if (/^==[^=]/.test(line) && !/State visits/.test(line)) lane = '';
    const m = /^- (.*) \((.*)\)$/.exec(line);
    if (!m || !lane) return;
    const year = /(\d{4})$/.exec(m[2])![1];
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    const mm = new RegExp(`(\\d{1,2})?-?(?:\\d{1,2} )?(${months.join('|')})`).exec(m[2]);
    const iso = mm ? `${year}-${String(months.indexOf(mm[2]) + 1).padStart(2, '0')}` : year;
    events.push({ date: { iso, precision: mm ? 'month' : 'year' }, label: m[1], lane, source: { revision: 'r2', file: NEWER_FILE, line: i + 1 } });
  });
  const other: Array<[string, string]> = [
    ['1919', 'Chinese forces attack Mongolia'],
    ['1924', "Mongolian People's Republic established"],
    ['1936', 'Mass terror begins (to 1952)'],
    ['1986', 'Treaty of peace, friendship and cooperation'],
    ['1989', 'Soviet troop withdrawal planned'],
    ['1990', 'MPR collapses; first elected government'],
    ['2022-03', 'Mongolia abstains in UN vote on Ukraine'],
    ['2023-03-17', 'ICC arrest warrant for Putin'],
    ['2030', 'Power of Siberia 2 could be operational'],
  ];
  for (const [iso, label] of other) events.push({ date: { iso, precision: iso.length === 4 ? 'year' : 'month' }, label, lane: 'events', source: { revision: 'r2', file: NEWER_FILE, line: 1 } });
  return events;
}

export function seedReconciled(overrides: Partial<Reconciled> = {}): Reconciled {
  const seed: Omit<Reconciled, 'text'> & Partial<Pick<Reconciled, 'text'>> = {
    article: { name: 'mongolia-russia', title: 'Mongolia–Russia relations', language: 'en' },
    revisions: [
      { id: 'r1', label: 'Older revision (rendered web page, text dump; cites sources up to 2018)', file: OLDER_FILE, format: 'rendered' },
      { id: 'r2', label: 'Newer revision (sectioned text export; mentions events up to 2025)', file: NEWER_FILE, format: 'sectioned' },
    ],
    tree: seedTree('\n\nA referenced claim about the 2017 survey.[^1] And another.[^2]\n\n[^1]: "Pre-Presidential Election National Survey of Mongolian Public Opinion" (PDF). July 23, 2018.\n[^2]: Blagov, Sergei (May 2005). "Mongolia Drifts Away From Russia Toward China". China Brief.\n'),
    facts: [],
    discrepancies: seedDiscrepancies,
    datasets: {
      events: visits(),
      infobox: [
        { key: 'Map', value: 'Mongolia Russia Locator.svg', source: { revision: 'r2', file: NEWER_FILE, line: 5 } },
        { key: 'Mission1', value: 'Embassy of Mongolia, Moscow', source: { revision: 'r2', file: NEWER_FILE, line: 6 } },
        { key: 'Mission2', value: 'Embassy of Russia, Ulaanbaatar', source: { revision: 'r2', file: NEWER_FILE, line: 7 } },
      ],
      figures: [
        { label: 'shared border', value: '3,500 km', sentence: 'Russia and Mongolia share a 3,500-kilometer border.', source: { revision: 'r2', file: NEWER_FILE, line: 15 } },
        { label: 'Mongolians with a favourable view of Russia (2017 survey)', value: '90%', sentence: '', source: { revision: 'r2', file: NEWER_FILE, line: 11 } },
        { label: 'Power of Siberia 2 capacity', value: '50 billion m³/year', sentence: '', source: { revision: 'r2', file: NEWER_FILE, line: 35 } },
      ],
    },
    ...overrides,
  };
  return { ...seed, text: seed.text ?? articleText(seed) };
}

export const buildOptions = (over: Partial<BuildOptions> = {}): BuildOptions => ({
  paper: 'a4',
  formats: ['pdf', 'xhtml', 'epub', 'json'],
  buildTime: 1700000000,
  version: '0.1.0',
  ...over,
});
