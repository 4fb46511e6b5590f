import fs from 'node:fs';
import path from 'node:path';
import { SHARED } from '../../../test/helpers/seeds.ts';

// The law texts are read where they live, beside the repository; they are never copied into it.
export const LAWS = path.join(SHARED, 'laws');

export interface IndexRow {
  file: string;
  title: string;
  aliases: string[];
  articles: number;
  article_max: number;
}

export const INDEX = JSON.parse(fs.readFileSync(path.join(LAWS, 'index.json'), 'utf8')) as IndexRow[];

export function readLaw(file: string): string {
  return fs.readFileSync(path.join(LAWS, file), 'utf8');
}
