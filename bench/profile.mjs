// Summarises V8 .cpuprofile files (node --cpu-prof): top functions by self time, and self time per
// package or Palisade module. Standalone: node bench/profile.mjs <dir or .cpuprofile file>
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The package (node_modules/<pkg>), Palisade module (dist/<module>) or Node internal a script belongs to. */
function ownerOf(url) {
  if (!url) return '(native / VM)';
  if (url.startsWith('node:')) return 'node internals';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  const mine = /\/dist\/([^/]+)/.exec(url);
  if (mine) return `palisade/${mine[1].replace(/\.js$/, '')}`;
  return url;
}

export function summariseProfiles(path, top = 25) {
  const files = statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((f) => f.endsWith('.cpuprofile'))
        .map((f) => join(path, f))
    : [path];
  if (files.length === 0) return console.log(`No .cpuprofile in ${path}`);
  const byFunction = new Map();
  const byOwner = new Map();
  let total = 0;
  for (const file of files) {
    const { nodes, samples, timeDeltas } = JSON.parse(readFileSync(file, 'utf8'));
    const nodeById = new Map(nodes.map((n) => [n.id, n]));
    for (let i = 0; i < samples.length; i++) {
      const { functionName, url, lineNumber } = nodeById.get(samples[i]).callFrame;
      const ms = (timeDeltas[i] ?? 0) / 1000;
      const name = `${functionName || '(anonymous)'} ${url ? `${url.replace(/^.*\/(node_modules|dist)\//, '$1/')}:${lineNumber + 1}` : ''}`;
      byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
      const owner = functionName === '(idle)' ? '(idle)' : ownerOf(url);
      byOwner.set(owner, (byOwner.get(owner) ?? 0) + ms);
      total += ms;
    }
  }
  const busy = total - (byOwner.get('(idle)') ?? 0);
  const print = (title, map) => {
    console.log(`\n${title} (% of busy time, ${busy.toFixed(0)} ms busy of ${total.toFixed(0)} ms profiled)`);
    const rows = [...map].filter(([k]) => !k.startsWith('(idle)')).sort((a, b) => b[1] - a[1]);
    for (const [name, ms] of rows.slice(0, top)) {
      console.log(
        `  ${((ms / busy) * 100).toFixed(1).padStart(5)}%  ${ms.toFixed(0).padStart(6)} ms  ${name}`,
      );
    }
  };
  console.log(`\nPalisade CPU profile: ${files.join(', ')}`);
  print('Self time by package / module', byOwner);
  print('Top functions by self time', byFunction);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) summariseProfiles(process.argv[2]);
