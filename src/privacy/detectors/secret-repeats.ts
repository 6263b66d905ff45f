import type { Finding } from '../detector.js';

/**
 * A secret pasted twice is read by its context once: `The Clio token for the matter sync is
 * clio_pat_…` says nothing a reader can rely on, the same token later under `Authorization: Bearer`
 * is plain. Once a value is found as a secret, every other place the same value stands as a whole
 * token is that secret too. Only values that look made up are carried (eight characters or more,
 * letters and digits, no blank), so a short or wordy value found under a key does not spread over
 * the prose that happens to repeat it.
 */
export function repeatedSecrets(text: string, found: readonly Finding[]): Finding[] {
  const values = new Map<string, number>();
  for (const f of found) {
    const value = text.slice(f.start, f.end);
    if (f.type === 'SECRET' && carried(value) && (values.get(value) ?? 0) < f.score)
      values.set(value, f.score);
  }
  if (values.size === 0) return [];
  // Longest first, so that where one value holds another the whole is matched; one pass over the text
  // for all of them, not one per value.
  const alternatives = [...values.keys()].sort((a, b) => b.length - a.length).slice(0, maxValues);
  const re = new RegExp(alternatives.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  const spans = [...found].sort((a, b) => a.start - b.start);
  const out: Finding[] = [];
  let next = 0;
  for (const m of text.matchAll(re)) {
    const start = m.index as number;
    const end = start + m[0].length;
    if (tokenChar(text, start - 1) || tokenChar(text, end)) continue;
    // The findings are walked once, in step with the matches (both in order of start).
    while (next < spans.length && (spans[next] as Finding).end <= start) next++;
    if (next < spans.length && (spans[next] as Finding).start < end) continue;
    out.push({ type: 'SECRET', start, end, score: values.get(m[0]) as number, detector: 'secret' });
  }
  return out;
}

/** More distinct secrets than any request holds: a bound on the one regex built from them. */
const maxValues = 64;

const carried = (value: string): boolean =>
  value.length >= 8 && value.length <= 512 && /[A-Za-z]/.test(value) && /\d/.test(value) && !/\s/.test(value);

/**
 * A letter or digit touching the match makes it part of a longer token, unless it is the letter of an
 * escape (`\n`, `\t`, `\r` in a JSON string) right before it.
 */
function tokenChar(text: string, i: number): boolean {
  const c = text.charAt(i);
  if (!/[A-Za-z0-9]/.test(c)) return false;
  return !(/[ntr]/.test(c) && text.charAt(i - 1) === '\\' && text.charAt(i - 2) !== '\\');
}
