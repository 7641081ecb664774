// The locales and regions, as the build finds them: the folders of src/content with a ui.toml, and
// the files of src/content/regions (the source locale, en, first). The one list, for the JS tests.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const CONTENT = join(import.meta.dirname, '..', '..', 'src', 'content');

export const LOCALES = readdirSync(CONTENT)
  .filter((dir) => existsSync(join(CONTENT, dir, 'ui.toml')))
  .sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));

export const REGIONS = readdirSync(join(CONTENT, 'regions'))
  .filter((f) => f.endsWith('.toml'))
  .map((f) => f.slice(0, -5))
  .sort();
