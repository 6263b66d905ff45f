import type { Detector, Finding } from './detector.js';

/**
 * Runs every detector over a text and resolves overlaps: where two findings overlap, the one with
 * the higher score wins, then the longer one. Findings come back sorted by start.
 */
export function detectAll(detectors: readonly Detector[], text: string): Finding[] {
  const all = detectors.flatMap((detector) => detector.detect(text));
  all.sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Finding[] = [];
  for (const finding of all) {
    if (kept.every((k) => finding.end <= k.start || finding.start >= k.end)) kept.push(finding);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
