import fs from 'node:fs';
import path from 'node:path';

// Tests read the seed newsletters and law texts from ../shared beside the repository; they are
// never copied into it.
export const SHARED = path.resolve(import.meta.dirname, '../../../shared');
export const SEEDS = path.join(SHARED, 'seeds');

export const SEED = {
  monthly2019: '000_6b55d4c11d1d681a',
  weekly2020: '001_c49dfeb6387ae687',
  weekly2021a: '002_33632fad27e009d8',
  report2023: '003_1a471c21b8dec27a',
  weekly2021b: '004_4ef515dd10a6a40a',
} as const;

export function seedPath(name: string): string {
  return path.join(SEEDS, `${name}.txt`);
}

export function readSeed(name: string): string {
  return fs.readFileSync(seedPath(name), 'utf8');
}
