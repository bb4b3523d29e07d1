// Every bad input of issue 8 through the real `brief build`: exit 2, one message `file:line:col: error: what; remedy [rule]`, no stack trace, the other articles still built.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { badFixtures, goodArticle, runBrief, scratch, type Run } from './helpers.ts';

/** Case (folder in test/fixtures/bad/, or made here) → the one message its build must print. */
const errors: Record<string, RegExp> = {
  latin1: /^sources\/latin1\/2-newer\.txt:5:4: error: the file is not valid UTF-8: byte 0xE9 .*iconv -f windows-1252 -t utf-8 .*"encoding": "windows-1252".* \[encoding\]$/,
  empty: /^sources\/empty\/2-newer\.txt:1:1: error: the file is empty; put the revision text in the file.* \[empty-file\]$/,
  whitespace: /^sources\/whitespace\/2-newer\.txt:1:1: error: the file is empty \(only whitespace\); .* \[empty-file\]$/,
  'title-only': /^sources\/title-only\/2-newer\.txt:1:1: error: the file has a title \("Test article"\) but no body text; add the article text .* \[no-body\]$/,
  'title-only-rendered': /^sources\/title-only-rendered\/2-newer\.txt:1:1: error: the file has a title \("Test article"\) but no body text; .* \[no-body\]$/,
  nul: /^sources\/nul\/2-newer\.txt:5:7: error: the file holds binary content \(a NUL byte\), not text; export the revision as UTF-8 text.* \[binary-content\]$/,
  control: /^sources\/control\/2-newer\.txt:5:8: error: the file holds the control character U\+001B, .*; delete it .* \[control-character\]$/,
  'pdf-renamed': /^sources\/pdf-renamed\/2-newer\.txt:1:1: error: the file holds binary content \(a PDF document\), not text; .* \[binary-content\]$/,
  'png-renamed': /^sources\/png-renamed\/2-newer\.txt:1:1: error: the file holds binary content \(a PNG image\), not text; .* \[binary-content\]$/,
  utf16: /^sources\/utf16\/2-newer\.txt:1:1: error: the file holds binary content \(a UTF-16 byte-order mark\), not text; export the revision as UTF-8 text.* \[binary-content\]$/,
  'manifest-invalid-json': /^sources\/manifest-invalid-json\/article\.json:4:5: error: the file is not valid JSON: CommaExpected; fix the JSON syntax at the place given.* \[json-syntax\]$/,
  'manifest-missing-file': /^sources\/manifest-missing-file\/article\.json:4:15: error: the manifest names `newest\.txt`, which does not exist in sources\/manifest-missing-file; correct the file name .* \[manifest-missing-revision\]$/,
  'manifest-one-revision': /^sources\/manifest-one-revision\/article\.json:3:16: error: the article has 1 revision\(s\); at least 2 are needed to compare; add another revision .* \[too-few-revisions\]$/,
  'manifest-duplicate': /^sources\/manifest-duplicate\/article\.json:4:15: error: "1-older\.txt" is listed twice \(first at line 3\); see "Article folders" .* \[manifest-shape\]$/,
  'manifest-dotdot': /^sources\/manifest-dotdot\/article\.json:4:15: error: revision 2 names "\.\.\/manifest-duplicate\/2-newer\.txt": revisions must be files directly inside the article folder; .* \[manifest-shape\]$/,
  'manifest-absolute': /^sources\/manifest-absolute\/article\.json:4:15: error: revision 2 names "\/etc\/passwd": revisions must be files directly inside the article folder; .* \[manifest-shape\]$/,
  'manifest-folder': /^sources\/manifest-folder\/chapter:1:1: error: cannot read `sources\/manifest-folder\/chapter`: it is a folder, not a file; .* \[missing-file\]$/,
  'decisions-invalid': /^sources\/decisions-invalid\/decisions\.json:2:46: error: the file is not valid JSON: (?:PropertyNameExpected|ValueExpected); fix the JSON syntax .* \[json-syntax\]$/,
  'decisions-unknown-action': /^sources\/decisions-unknown-action\/decisions\.json:2:31: error: decision "0123456789ab" has an unknown action "burn-it"; use one of keep-older, keep-newer, custom; .* \[manifest-shape\]$/,
  'symlink-out': /^sources\/symlink-out\/2-newer\.txt:1:1: error: `2-newer\.txt` is a link to \/.*\/outside\/2-newer\.txt, outside the article folder sources\/symlink-out; copy the file into the article folder .* \[outside-folder\]$/,
  'symlink-out-manifest': /^sources\/symlink-out-manifest\/article\.json:4:15: error: `2-newer\.txt` is a link to \/.*\/outside\/2-newer\.txt, outside the article folder sources\/symlink-out-manifest; .* \[outside-folder\]$/,
};

/** Cases that build, with a warning per unknown decision id. */
const warnings: Record<string, RegExp[]> = {
  'decisions-unknown-id': [
    /^sources\/decisions-unknown-id\/decisions\.json:3:3: warning: decision `0123456789ab` matches no discrepancy any more; remove it from sources\/decisions-unknown-id\/decisions\.json.* \[stale-decision\]$/,
    /^sources\/decisions-unknown-id\/decisions\.json:2:3: warning: decision `__proto__` matches no discrepancy any more; .* \[stale-decision\]$/,
  ],
};

const work = scratch('bad');
let run: Run;

beforeAll(() => {
  const sources = join(work, 'sources');
  mkdirSync(sources, { recursive: true });
  const outside = goodArticle(work, 'outside');
  for (const name of readdirSync(badFixtures)) {
    if (!name.startsWith('_')) cpSync(join(badFixtures, name), join(sources, name), { recursive: true });
  }
  mkdirSync(join(sources, 'symlink-out'));
  for (const name of ['symlink-out', 'symlink-out-manifest']) symlinkSync(join(outside, '2-newer.txt'), join(sources, name, '2-newer.txt'));
  // Every case gets the good revisions it does not replace.
  for (const name of readdirSync(sources)) {
    for (const file of ['1-older.txt', '2-newer.txt']) {
      if (!existsSync(join(sources, name, file))) cpSync(join(badFixtures, '_revisions', file), join(sources, name, file));
    }
  }
  goodArticle(sources, 'good');
  run = runBrief(['build', '--sources', 'sources', '--out', 'out', '--format', 'json', '--jobs', '2'], work);
});

function linesOf(article: string): string[] {
  return run.stderr.split('\n').filter((line) => line.startsWith(`sources/${article}/`));
}

describe('brief build on bad input', () => {
  it('exits 2 and never prints a stack trace', () => {
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stderr).not.toMatch(/internal error/);
  });

  it.each(Object.entries(errors))('%s: one error naming the file, line and column, what is wrong and what to do', (name, expected) => {
    const lines = linesOf(name);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(expected);
    expect(run.stderr).toMatch(new RegExp(`^${name}: failed$`, 'm'));
    expect(existsSync(join(work, 'out', name))).toBe(false);
  });

  it('builds the good article beside the bad ones', () => {
    expect(run.stderr).toMatch(/^good: built \(/m);
    expect(readFileSync(join(work, 'out', 'good', 'data', 'article.json'), 'utf8')).toContain('"Test article"');
  });

  it.each(Object.entries(warnings))('%s: builds, with a warning at the line of each unknown id', (name, expected) => {
    const lines = linesOf(name);
    expect(lines).toHaveLength(expected.length);
    expected.forEach((pattern, i) => expect(lines[i]).toMatch(pattern));
    expect(run.stderr).toMatch(new RegExp(`^${name}: built \\(`, 'm'));
  });

  it('decodes a revision declared "encoding": "latin1" as Windows-1252: é, €, curly quotes and dashes survive, no U+FFFD, no C1 control', () => {
    expect(run.stderr).toMatch(/^latin1-declared: built \(/m);
    const data = readFileSync(join(work, 'out', 'latin1-declared', 'data', 'article.json'), 'utf8');
    expect(data).toContain('Café cost €5 at the “Moscow” fair – a bargain.');
    expect(data).not.toMatch(/[\uFFFD\u0080-\u009F]/);
  });
});

describe('limits and names', () => {
  it('refuses a revision over --max-bytes before any work, with its size, the limit and the remedy', () => {
    const dir = scratch('large');
    goodArticle(join(dir, 'sources'), 'big');
    writeFileSync(join(dir, 'sources', 'big', '2-newer.txt'), `= Test article =\n\n${'The treaty was signed in 1924. '.repeat(100)}\n`);
    const result = runBrief(['build', '--sources', 'sources', '--out', 'out', '--max-bytes', '2000'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^sources\/big\/2-newer\.txt:1:1: error: the file is 3119 bytes, over the limit of 2000 bytes; split the article, or raise the limit with `--max-bytes N`.* \[too-large\]$/m);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(join(dir, 'out', 'big'))).toBe(false);
  });

  it('refuses an article folder whose name is not a safe file name, naming it, and builds the others', () => {
    const dir = scratch('unsafe');
    goodArticle(join(dir, 'sources'), 'two words');
    goodArticle(join(dir, 'sources'), 'fine');
    const result = runBrief(['build', '--sources', 'sources', '--out', 'out'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^sources\/two words:1:1: error: the article folder name `two words` is not a safe file name .*; rename the folder using letters, digits, .* \[unsafe-name\]$/m);
    expect(result.stderr).toContain('e.g. `two-words`');
    expect(existsSync(join(dir, 'out', 'fine', 'briefing.pdf'))).toBe(true);
    expect(existsSync(join(dir, 'out', 'two words'))).toBe(false);
  });

  it('refuses a decisions.json that is a link out of the article folder', () => {
    const dir = scratch('decisions-link');
    goodArticle(join(dir, 'sources'), 'linked');
    writeFileSync(join(dir, 'elsewhere.json'), '{}');
    symlinkSync(join(dir, 'elsewhere.json'), join(dir, 'sources', 'linked', 'decisions.json'));
    const result = runBrief(['build', '--sources', 'sources', '--out', 'out', '--format', 'json'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^sources\/linked\/decisions\.json:1:1: error: `decisions\.json` is a link to .*elsewhere\.json, outside the article folder .* \[outside-folder\]$/m);
  });

  it('refuses an article folder that is a link out of the sources (or to nowhere), builds the rest, and keeps its earlier outputs', () => {
    const dir = scratch('folder-link');
    const sources = join(dir, 'sources');
    goodArticle(sources, 'good');
    goodArticle(dir, 'outside');
    symlinkSync(join(dir, 'outside'), join(sources, 'linked-out'));
    symlinkSync(join(dir, 'nowhere'), join(sources, 'linked-nowhere'));
    // A link to another folder inside the sources stays inside: it is an article like any other.
    symlinkSync(join(sources, 'good'), join(sources, 'linked-in'));
    mkdirSync(join(dir, 'out', 'linked-out'), { recursive: true });
    writeFileSync(join(dir, 'out', 'linked-out', 'briefing.html'), 'earlier output');
    const result = runBrief(['build', '--sources', 'sources', '--out', 'out', '--format', 'json'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stderr).toMatch(/^sources\/linked-out:1:1: error: the article folder `linked-out` is a link to \/.*\/outside, outside the sources folder sources; move or copy the article folder into the sources folder .* \[linked-article\]$/m);
    expect(result.stderr).toMatch(/^sources\/linked-nowhere:1:1: error: the article folder `linked-nowhere` is a link to \/.*\/nowhere \(which does not exist\), outside the sources folder sources; .* \[linked-article\]$/m);
    expect(result.stderr).toMatch(/^linked-out: failed$/m);
    expect(result.stderr).toMatch(/^good: built \(/m);
    expect(result.stderr).toMatch(/^linked-in: built \(/m);
    expect(readFileSync(join(dir, 'out', 'linked-out', 'briefing.html'), 'utf8')).toBe('earlier output');
    expect(existsSync(join(dir, 'out', 'linked-out', 'data'))).toBe(false);
    const check = runBrief(['build', '--sources', 'sources', '--out', 'out', '--format', 'json', '--check'], dir);
    expect(check.code).toBe(4);
    expect(check.stderr).toMatch(/\[linked-article\]$/m);
  });
});
