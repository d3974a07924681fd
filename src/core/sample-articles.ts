// The four real sample articles the app ships (resources/samples): the demo library and the tests' fixtures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SAMPLE_FILES = [
  'en-astana-times-media-event.txt',
  'en-chinadaily-cultural-center.txt',
  'en-kazinform-silk-way-forum.txt',
  'ru-news-agencies-forum-astana.txt',
] as const;
export type SampleFile = (typeof SAMPLE_FILES)[number];

export const SAMPLES_DIR = fileURLToPath(new URL('../../resources/samples/', import.meta.url));

export function samplePath(name: SampleFile): string {
  return join(SAMPLES_DIR, name);
}

export function readSample(name: SampleFile): string {
  return readFileSync(samplePath(name), 'utf8');
}
