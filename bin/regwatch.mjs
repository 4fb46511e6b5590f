#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx, so a fresh clone works after `npm install`
// with no build step and the CLI can never run stale compiled code.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

// The project's tsconfig, not one looked up from the working directory: without it, JSX in the web
// pages would compile for React when regwatch is run from any other folder.
register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
await import('../src/cli/main.ts');
