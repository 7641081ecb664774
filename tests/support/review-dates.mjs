// Lists content past its next-review date, and phone lines never checked on their live source,
// as warnings: neither must stop a release, but neither must go unseen. Run by `make test` (and
// `make review-dates`).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'smol-toml';

const root = join(import.meta.dirname, '..', '..');
const contentDir = join(root, 'src', 'content');
const today = process.argv[2] ?? new Date().toISOString().slice(0, 10);

function* tomlFiles(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* tomlFiles(path);
    else if (name.endsWith('.toml')) yield path;
  }
}

// Every table with a `next_review`, named by its key path (and id, when it has one).
function* reviews(value, key) {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* reviews(item, `${key}[${i}]`);
  } else if (value && typeof value === 'object') {
    if (typeof value.next_review === 'string') {
      yield { key: (key || '(file)') + (value.id ? ` (${value.id})` : ''), next: value.next_review };
    }
    for (const [k, v] of Object.entries(value)) yield* reviews(v, key ? `${key}.${k}` : k);
  }
}

// A region file's `next_review` covers every phone line in it: each overdue line is named, with
// the date it was last reviewed (against the facts sheets), so an editor knows what to re-check.
function* overdueLines(value, today) {
  if (typeof value.next_review !== 'string' || value.next_review >= today || !value.lines) return;
  for (const [id, line] of Object.entries(value.lines)) {
    yield `lines.${id} (${line.display}, last reviewed ${line.last_reviewed}) was due for re-checking on ${value.next_review}`;
  }
}

// Lines never checked on their live source: no `last_verified` (the facts sheets were read from
// stored copies; CONTENT-FACTS-TOPICS.md asks for a live check before launch).
function neverVerified(value) {
  return Object.entries(value.lines ?? {})
    .filter(([, line]) => typeof line.last_verified !== 'string')
    .map(([id]) => id);
}

const overdue = [];
const unverified = [];
for (const file of tomlFiles(contentDir)) {
  const value = parse(readFileSync(file, 'utf8'));
  for (const { key, next } of reviews(value, '')) {
    if (next < today) overdue.push(`${relative(root, file)}: ${key} was due for review on ${next}`);
  }
  for (const line of overdueLines(value, today)) overdue.push(`${relative(root, file)}: ${line}`);
  const ids = neverVerified(value);
  if (ids.length) unverified.push({ file: relative(root, file), ids });
}
if (overdue.length) {
  console.warn(`warning: ${overdue.length} part(s) of the content are past their next-review date (${today}):`);
  for (const line of overdue) console.warn(`warning:   ${line}`);
} else {
  console.log(`review dates: all content is within its review date (${today})`);
}
const unverifiedCount = unverified.reduce((n, { ids }) => n + ids.length, 0);
if (unverifiedCount) {
  console.warn(`warning: ${unverifiedCount} line(s) have no last_verified date: never checked on their live source:`);
  for (const { file, ids } of unverified) console.warn(`warning:   ${file}: ${ids.join(', ')}`);
} else {
  console.log('review dates: every line has been checked on its live source');
}
