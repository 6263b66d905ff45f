#!/usr/bin/env node
// Checks that imports in src/ point inward: cli/main → http → gateway → domain → store/config → core.
// A module may import from lower layers and from itself; domain modules may call each other.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', 'src');
const domain = [
  'protocols',
  'providers',
  'privacy',
  'keys',
  'workspaces',
  'metering',
  'sessions',
  'audit',
  'residency',
  'fake-provider',
];
const rank = { core: 0, config: 1, store: 1, gateway: 3, http: 4, 'main.ts': 5, cli: 6 };
for (const name of domain) rank[name] = 2;

function moduleOf(file) {
  return relative(root, file).split('/')[0].replace(/\.js$/, '.ts');
}

function* files(dir) {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (path.endsWith('.ts')) yield path;
  }
}

const problems = [];
for (const file of files(root)) {
  const from = moduleOf(file);
  if (!(from in rank)) {
    problems.push(
      `${relative(root, file)}: module "${from}" has no layer; add it to scripts/check-layers.mjs`,
    );
    continue;
  }
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(/(?:import|export)[^'"]*?from\s+['"](\.[^'"]+)['"]/g)) {
    const target = resolve(dirname(file), match[1]);
    if (!target.startsWith(root)) continue;
    const to = moduleOf(target);
    if (to === from) continue;
    const allowed =
      rank[to] < rank[from] ||
      (rank[to] === 2 && rank[from] === 2 && to !== 'fake-provider' && from !== 'fake-provider');
    if (!allowed)
      problems.push(
        `${relative(root, file)} imports ${relative(root, target)}: ${from} may not depend on ${to}`,
      );
  }
}

if (problems.length > 0) {
  console.error(`Layer check failed (dependencies must point inward):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('Layer check passed.');
