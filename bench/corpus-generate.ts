// Deterministic generator of a bench corpus: article folders of two or three revisions about invented bilateral relations.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: small, fast and the same on every machine, so the corpus is the same on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)];
const between = (rng: Rng, low: number, high: number) => low + Math.floor(rng() * (high - low + 1));

const COUNTRIES = [
  ['Austria', 'Vienna', 'Austrian'], ['Bolivia', 'La Paz', 'Bolivian'], ['Chile', 'Santiago', 'Chilean'], ['Denmark', 'Copenhagen', 'Danish'],
  ['Estonia', 'Tallinn', 'Estonian'], ['Finland', 'Helsinki', 'Finnish'], ['Georgia', 'Tbilisi', 'Georgian'], ['Hungary', 'Budapest', 'Hungarian'],
  ['Iceland', 'Reykjavík', 'Icelandic'], ['Japan', 'Tokyo', 'Japanese'], ['Kazakhstan', 'Astana', 'Kazakh'], ['Laos', 'Vientiane', 'Lao'],
  ['Morocco', 'Rabat', 'Moroccan'], ['Nepal', 'Kathmandu', 'Nepali'], ['Oman', 'Muscat', 'Omani'], ['Peru', 'Lima', 'Peruvian'],
  ['Qatar', 'Doha', 'Qatari'], ['Romania', 'Bucharest', 'Romanian'], ['Senegal', 'Dakar', 'Senegalese'], ['Tunisia', 'Tunis', 'Tunisian'],
  ['Uruguay', 'Montevideo', 'Uruguayan'], ['Vietnam', 'Hanoi', 'Vietnamese'], ['Zambia', 'Lusaka', 'Zambian'], ['Mongolia', 'Ulaanbaatar', 'Mongolian'],
  ['Armenia', 'Yerevan', 'Armenian'], ['Bhutan', 'Thimphu', 'Bhutanese'], ['Croatia', 'Zagreb', 'Croatian'], ['Ecuador', 'Quito', 'Ecuadorian'],
  ['Ghana', 'Accra', 'Ghanaian'], ['Jordan', 'Amman', 'Jordanian'], ['Kenya', 'Nairobi', 'Kenyan'], ['Latvia', 'Riga', 'Latvian'],
  ['Malta', 'Valletta', 'Maltese'], ['Norway', 'Oslo', 'Norwegian'], ['Paraguay', 'Asunción', 'Paraguayan'], ['Slovenia', 'Ljubljana', 'Slovenian'],
] as const;
const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'sen', 'to', 'vel', 'dan', 'or', 'bek', 'ul', 'zar', 'in', 'gu', 'hal', 'ne', 'pet', 'sa', 'ri', 'mon'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const TREATIES = ['treaty of friendship and cooperation', 'trade agreement', 'visa waiver agreement', 'agreement on cultural exchange', 'double taxation convention', 'memorandum on energy cooperation'];
const SECTIONS = ['Background', 'Early contacts', 'Cold War era', 'Modern relations', 'Economic relations', 'Cultural ties', 'Military cooperation', 'Education and science', 'Migration', 'Tourism'];
const REWORDS: Array<[RegExp, string]> = [
  [/\bsigned\b/, 'concluded'], [/\bvisited\b/, 'made a visit to'], [/\bcountries\b/, 'nations'], [/\breached\b/, 'amounted to'],
  [/\bestablished\b/, 'set up'], [/\bstrong\b/, 'close'], [/\bopened\b/, 'inaugurated'], [/\babout\b/, 'roughly'],
];

const capitalised = (word: string) => word[0].toUpperCase() + word.slice(1);
function personName(rng: Rng): string {
  const word = (n: number) => capitalised(Array.from({ length: n }, () => pick(rng, SYLLABLES)).join(''));
  return `${word(between(rng, 2, 3))} ${word(between(rng, 2, 4))}`;
}

interface Country {
  name: string;
  capital: string;
  adjective: string;
}

/** One sentence of the article, as the facts it states, so a later revision can change one of them. */
interface Sentence {
  text: (facts: Facts) => string;
  facts: Facts;
}
type Facts = Record<string, string | number>;

function sentenceMaker(rng: Rng, a: Country, b: Country): Sentence {
  const year = between(rng, 1920, 2024);
  const day = () => `${between(rng, 1, 28)} ${pick(rng, MONTHS)}`;
  const kinds: Array<() => Sentence> = [
    () => ({ facts: { year, person: personName(rng), office: pick(rng, ['President', 'Prime Minister', 'Foreign Minister']) }, text: (f) => `In ${f.year}, ${a.adjective} ${f.office} ${f.person} visited ${b.capital}, the first such visit in ${between(rng, 5, 40)} years.` }),
    () => ({ facts: { year, treaty: pick(rng, TREATIES) }, text: (f) => `The two countries signed ${/^[aeiou]/.test(String(f.treaty)) ? "an" : "a"} ${f.treaty} in ${f.year}.` }),
    () => ({ facts: { amount: between(rng, 12, 4800), year }, text: (f) => `Trade between ${a.name} and ${b.name} reached about ${f.amount} million US dollars in ${f.year}.` }),
    () => ({ facts: { count: between(rng, 1, 6) }, text: (f) => `${a.name} has an embassy in ${b.capital} and ${f.count} consulates general elsewhere in ${b.name}.` }),
    () => ({ facts: { date: `${day()} ${year}` }, text: (f) => `Diplomatic relations were established on ${f.date}.` }),
    () => ({ facts: { people: between(rng, 300, 90000) }, text: (f) => `Some ${f.people} ${b.adjective} citizens live in ${a.name}, most of them in ${a.capital}.` }),
    () => ({ facts: { from: year, to: Math.min(year + between(rng, 2, 30), 2025) }, text: (f) => `From ${f.from} to ${f.to}, a joint commission met in ${a.capital} and ${b.capital} in alternate years.` }),
    () => ({ facts: { percent: between(rng, 5, 95), year }, text: (f) => `According to a ${f.year} survey, ${f.percent}% of ${a.adjective} respondents held a favorable view of ${b.name}.` }),
    () => ({ facts: { decade: `${Math.floor(year / 10) * 10}s` }, text: (f) => `Relations cooled in the ${f.decade}, when ${b.name} sided with a rival bloc.` }),
    () => ({ facts: { students: between(rng, 20, 4000) }, text: (f) => `Each year about ${f.students} ${a.adjective} students study at universities in ${b.name}, and "exchange remains strong" according to both ministries.` }),
  ];
  return pick(rng, kinds)();
}

interface Section {
  title: string;
  paragraphs: Sentence[][];
  visits?: string[];
}

/** How the newer revision differs from the older: probabilities per sentence. */
interface Churn {
  conflict: number;
  reword: number;
  remove: number;
  add: number;
}

function changeFact(rng: Rng, facts: Facts): Facts {
  const keys = Object.keys(facts);
  const key = pick(rng, keys);
  const value = facts[key];
  const changed = typeof value === 'number' ? value + (rng() < 0.5 ? -1 : 1) * between(rng, 1, 4) : value;
  return { ...facts, [key]: changed };
}

function revise(rng: Rng, sections: Section[], churn: Churn, a: Country, b: Country): Section[] {
  const revised: Section[] = sections.map((section) => ({
    title: section.title,
    visits: section.visits && [...section.visits, ...(rng() < 0.5 ? [`${personName(rng)} (${between(rng, 2019, 2025)})`] : [])],
    paragraphs: section.paragraphs.map((paragraph) => {
      const out: Sentence[] = [];
      for (const sentence of paragraph) {
        const roll = rng();
        if (roll < churn.remove) continue;
        if (roll < churn.remove + churn.conflict) out.push({ text: sentence.text, facts: changeFact(rng, sentence.facts) });
        else if (roll < churn.remove + churn.conflict + churn.reword) {
          const [pattern, replacement] = pick(rng, REWORDS);
          out.push({ facts: sentence.facts, text: (f) => sentence.text(f).replace(pattern, replacement) });
        } else out.push(sentence);
        if (rng() < churn.add) out.push(sentenceMaker(rng, a, b));
      }
      return out.length ? out : paragraph;
    }),
  }));
  if (rng() < 0.4) revised.push({ title: 'Recent developments', paragraphs: [[sentenceMaker(rng, a, b), sentenceMaker(rng, a, b)]] });
  if (rng() < 0.2 && revised.length > 3) revised.splice(1, 2, revised[2], revised[1]);
  return revised;
}

const paragraphText = (paragraph: Sentence[]) => paragraph.map((s) => s.text(s.facts)).join(' ');

function renderedPage(title: string, lead: Sentence[][], sections: Section[], rng: Rng): string {
  const references: string[] = [];
  const cite = (text: string) => {
    if (rng() < 0.5) return text;
    references.push(`"${pick(rng, ['Relations overview', 'Bilateral ties', 'Annual report', 'Press release'])} ${references.length + 1}". ${pick(rng, ['Ministry of Foreign Affairs', 'The Diplomat', 'Reuters', 'National Archives'])}. Retrieved ${between(rng, 2008, 2024)}-0${between(rng, 1, 9)}-1${between(rng, 0, 9)}.`);
    return `${text}[${references.length}]`;
  };
  const lines = [title, '', 'From Wikipedia, the free encyclopedia', 'Jump to navigation Jump to search', title, ''];
  for (const p of lead) lines.push(cite(paragraphText(p)), '');
  for (const section of sections) {
    lines.push(`${section.title}[edit]`, '');
    for (const p of section.paragraphs) lines.push(cite(paragraphText(p)), '');
    if (section.visits) lines.push(...section.visits, '');
  }
  lines.push('References[edit]', '');
  references.forEach((ref, i) => lines.push(`  ${i + 1}. ^ ${ref}`));
  lines.push('', `Retrieved from "https://en.wikipedia.org/w/index.php?title=${encodeURIComponent(title)}"`, '');
  return lines.join('\n');
}

function sectionedExport(title: string, lead: Sentence[][], sections: Section[], a: Country, b: Country): string {
  const lines = [`= ${title} =`, '', 'Infobox', `- Mission1: Embassy of ${a.name}, ${b.capital}`, `- Mission2: Embassy of ${b.name}, ${a.capital}`, ''];
  for (const p of lead) lines.push(paragraphText(p), '');
  for (const section of sections) {
    lines.push(`==${section.title}==`, '');
    for (const p of section.paragraphs) lines.push(paragraphText(p), '');
    if (section.visits) lines.push(...section.visits.map((v) => `- ${v}`), '');
  }
  lines.push('==See also==', `- Foreign relations of ${a.name}`, `- Foreign relations of ${b.name}`, '');
  return lines.join('\n');
}

export interface GeneratedArticle {
  name: string;
  files: Record<string, string>;
}

/** The i-th article of the corpus: a pure function of `i`. */
export function generateArticle(i: number): GeneratedArticle {
  const rng = random(0x5eed + i * 7919);
  const [an, ac, aa] = COUNTRIES[i % COUNTRIES.length];
  const [bn, bc, ba] = COUNTRIES[(i * 7 + 1 + Math.floor(i / COUNTRIES.length)) % COUNTRIES.length] ?? COUNTRIES[0];
  const a: Country = { name: an, capital: ac, adjective: aa };
  const b: Country = an === bn ? { name: COUNTRIES[(i + 3) % COUNTRIES.length][0], capital: COUNTRIES[(i + 3) % COUNTRIES.length][1], adjective: COUNTRIES[(i + 3) % COUNTRIES.length][2] } : { name: bn, capital: bc, adjective: ba };
  const title = `${a.name}–${b.name} relations`;
  const name = `${a.name}-${b.name}-${String(i).padStart(4, '0')}`.toLowerCase().normalize('NFD').replace(/[^a-z0-9-]/g, '');
  // Lengths vary from a stub to a long article; one in eight churns hard (many discrepancies).
  const size = pick(rng, [1, 2, 2, 3, 3, 4, 6, 9]);
  const churn: Churn = rng() < 0.125 ? { conflict: 0.3, reword: 0.3, remove: 0.1, add: 0.3 } : { conflict: 0.05, reword: 0.1, remove: 0.04, add: 0.08 };
  const lead = Array.from({ length: between(rng, 1, 2) }, () => Array.from({ length: between(rng, 2, 4) }, () => sentenceMaker(rng, a, b)));
  const titles = [...SECTIONS].sort(() => rng() - 0.5).slice(0, Math.min(SECTIONS.length, size + 1));
  const sections: Section[] = titles.map((t) => ({
    title: t,
    paragraphs: Array.from({ length: between(rng, 1, Math.max(1, Math.ceil(size / 2))) }, () => Array.from({ length: between(rng, 2, 6) }, () => sentenceMaker(rng, a, b))),
  }));
  if (rng() < 0.6) sections.push({ title: 'State visits', paragraphs: [[sentenceMaker(rng, a, b)]], visits: Array.from({ length: between(rng, 2, 8) }, () => `${personName(rng)} (${between(rng, 1960, 2018)})`) });
  const newerLead = lead.map((p) => p.map((s) => (rng() < churn.conflict ? { text: s.text, facts: changeFact(rng, s.facts) } : s)));
  const newer = revise(rng, sections, churn, a, b);
  const layout = rng();
  const files: Record<string, string> = {};
  if (layout < 0.55) {
    files['01-older-rendered-page.txt'] = renderedPage(title, lead, sections, rng);
    files['02-newer-sectioned-export.txt'] = sectionedExport(title, newerLead, newer, a, b);
  } else if (layout < 0.8) {
    files['01-older-sectioned-export.txt'] = sectionedExport(title, lead, sections, a, b);
    files['02-newer-rendered-page.txt'] = renderedPage(title, newerLead, newer, rng);
  } else if (layout < 0.9) {
    files['01-older-sectioned-export.txt'] = sectionedExport(title, lead, sections, a, b);
    files['02-newer-sectioned-export.txt'] = sectionedExport(title, newerLead, newer, a, b);
  } else {
    const newest = revise(rng, newer, churn, a, b);
    files['01-oldest-rendered-page.txt'] = renderedPage(title, lead, sections, rng);
    files['02-older-sectioned-export.txt'] = sectionedExport(title, newerLead, newer, a, b);
    files['03-newest-rendered-page.txt'] = renderedPage(title, newerLead, newest, rng);
  }
  if (rng() < 0.5) {
    const revisions = Object.keys(files)
      .sort()
      .map((file, k) => ({ file, label: `Revision ${k + 1}`, date: String(2016 + k * 3 + (i % 3)) }));
    files['article.json'] = `${JSON.stringify({ title, language: 'en', revisions }, null, 2)}\n`;
  }
  return { name, files };
}

/** Write `count` articles into `dir`, leaving files whose text is the same untouched (their mtime stays). */
export function writeCorpus(dir: string, count: number): string[] {
  mkdirSync(dir, { recursive: true });
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const { name, files } = generateArticle(i);
    names.push(name);
    const folder = join(dir, name);
    mkdirSync(folder, { recursive: true });
    for (const [file, text] of Object.entries(files)) {
      let old: string | undefined;
      try {
        old = readFileSync(join(folder, file), 'utf8');
      } catch {
        old = undefined;
      }
      if (old !== text) writeFileSync(join(folder, file), text);
    }
  }
  const wanted = new Set(names);
  for (const entry of readdirSync(dir)) if (!wanted.has(entry)) rmSync(join(dir, entry), { recursive: true, force: true });
  return names;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'bench/out/corpus/sources', count = '1000'] = process.argv.slice(2);
  const names = writeCorpus(dir, Number(count));
  console.log(`${names.length} articles in ${dir}`);
}
