import type { Detector, Finding } from './detector.js';
import { findInViews } from './normalise/index.js';

/**
 * Runs every detector over a text and over its normalised views (escapes decoded, look-alike and
 * invisible characters folded, split values joined: see `normalise/`), then resolves overlaps (see
 * `resolveOverlaps`). Offsets are always in `text`; findings come back sorted by start.
 */
export function detectAll(detectors: readonly Detector[], text: string): Finding[] {
  const found = detectors.flatMap((detector) => detector.detect(text));
  const revealed = findInViews(detectors, text, found);
  return resolveOverlaps(revealed.length > 0 ? [...found, ...revealed] : found);
}

/**
 * Where findings overlap, the higher score wins, then the longer span. Overlaps only happen inside
 * a cluster of spans that chain into each other, so each cluster is resolved on its own: linear in
 * a long table instead of quadratic in its findings.
 */
export function resolveOverlaps(findings: readonly Finding[]): Finding[] {
  const kept: Finding[] = [];
  let cluster: Finding[] = [];
  let clusterEnd = -1;
  const flush = (): void => {
    if (cluster.length === 1) {
      kept.push(cluster[0] as Finding);
      return;
    }
    cluster.sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start);
    const chosen: Finding[] = [];
    for (const f of cluster) if (chosen.every((k) => f.end <= k.start || f.start >= k.end)) chosen.push(f);
    kept.push(...chosen.sort((a, b) => a.start - b.start || a.end - b.end));
  };
  for (const finding of [...findings].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (finding.start >= clusterEnd && cluster.length > 0) {
      flush();
      cluster = [];
    }
    cluster.push(finding);
    clusterEnd = Math.max(clusterEnd, finding.end);
  }
  if (cluster.length > 0) flush();
  return kept;
}
