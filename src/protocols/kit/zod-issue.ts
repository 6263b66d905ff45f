import type * as z from 'zod';
import { PalisadeError } from '../../core/errors.js';

type Issue = z.core.$ZodIssue;
type Path = PropertyKey[];

/**
 * Turns a failed zod parse of a request body into PalisadeError('invalid_request') that names the
 * offending field (`messages[0].content`) and what was expected. The message is built from the schema
 * only, never from the input, so it cannot echo a prompt or a key. Shared by both inbound protocols.
 */
export function invalidRequest(error: z.ZodError, body: unknown): PalisadeError {
  const first = error.issues[0];
  if (!first) return new PalisadeError('invalid_request');
  const { path, issue, expected } = resolve(first, []);
  const param = formatPath(path);
  const subject = param === '' ? 'The request body' : `\`${param}\``;
  const message =
    path.length > 0 && valueAt(body, path) === undefined
      ? `${subject} is required.`
      : `${subject} ${describe(issue, expected)}.`;
  return new PalisadeError('invalid_request', message, param === '' ? undefined : { param });
}

/** `['messages', 0, 'content']` → `messages[0].content`. */
export function formatPath(path: Path): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text === '' ? String(key) : `${text}.${String(key)}`;
  }, '');
}

interface Resolved {
  path: Path;
  issue: Issue;
  expected: string[];
}

/** Follows union errors down to the branch that got furthest into the input. */
function resolve(issue: Issue, prefix: Path): Resolved {
  const path = [...prefix, ...issue.path];
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) {
    return { path, issue, expected: issue.code === 'invalid_type' ? [issue.expected] : [] };
  }
  const branches = issue.errors.flatMap((branch) => (branch[0] ? [resolve(branch[0], path)] : []));
  let best: Resolved | undefined;
  for (const branch of branches) if (!best || branch.path.length > best.path.length) best = branch;
  if (best && best.path.length > path.length) return best;
  // Every branch failed on the value itself: say which types would have been accepted.
  const expected = [...new Set(branches.flatMap((branch) => branch.expected))];
  return { path, issue: best?.issue ?? issue, expected };
}

function describe(issue: Issue, expected: string[]): string {
  if (expected.length > 0) return `must be ${expected.map(withArticle).join(' or ')}`;
  switch (issue.code) {
    case 'invalid_union':
      return 'options' in issue && issue.options
        ? `must be one of: ${issue.options.map(String).join(', ')}`
        : 'has an unsupported shape';
    case 'invalid_value':
      return `must be one of: ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'array')
        return issue.minimum === 1 ? 'must not be empty' : `needs at least ${issue.minimum} items`;
      if (issue.origin === 'string') return 'must not be empty';
      return `must be ${issue.inclusive ? 'at least' : 'greater than'} ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'array') return `allows at most ${issue.maximum} items`;
      return `must be ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}`;
    default:
      return 'is invalid';
  }
}

function withArticle(type: string): string {
  if (type === 'int') return 'an integer';
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function valueAt(body: unknown, path: Path): unknown {
  let value = body;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
