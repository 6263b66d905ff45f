import type { EntityType, Finding } from '../detector.js';
import type { Pseudonymiser } from './hash.js';
import { neverRestored, type OperatorMap, type OperatorName } from './operator.js';
import type { Placeholders } from './placeholders.js';

/** A finding and what was done to it. Never the value. */
export interface AppliedFinding {
  type: EntityType;
  /** Offsets into the text before the operators ran. */
  start: number;
  end: number;
  operator: OperatorName;
  /** What replaced the value in the text sent (empty for `drop`; absent for `allow`). */
  replacement?: string;
}

export interface OperatorContext {
  operators: OperatorMap;
  placeholders: Placeholders;
  pseudonymise: Pseudonymiser;
}

/**
 * Applies each finding's operator. `findings` must not overlap (as `detectAll` returns them); they
 * are applied in order of `start`. Replacements never hold quotes or backslashes, so a value inside a
 * JSON or SQL string literal stays a valid literal.
 */
export function applyOperators(
  text: string,
  findings: readonly Finding[],
  context: OperatorContext,
): { text: string; applied: AppliedFinding[] } {
  if (findings.length === 0) return { text, applied: [] };
  const applied: AppliedFinding[] = [];
  let out = '';
  let at = 0;
  for (const finding of findings) {
    const { type, start, end } = finding;
    const operator = context.operators[type];
    const value = text.slice(start, end);
    const replacement = replace(operator, type, value, context);
    out += text.slice(at, start) + (replacement ?? value);
    at = end;
    applied.push(
      replacement === undefined
        ? { type, start, end, operator }
        : { type, start, end, operator, replacement },
    );
  }
  return { text: out + text.slice(at), applied };
}

function replace(
  operator: OperatorName,
  type: EntityType,
  value: string,
  context: OperatorContext,
): string | undefined {
  switch (operator) {
    case 'mask':
      return `[${type}]`;
    case 'placeholder':
      // Whatever a policy says, a secret is never handed back: it is masked.
      return neverRestored.has(type) ? `[${type}]` : context.placeholders.tokenFor(type, value);
    case 'hash':
      return context.pseudonymise(type, value);
    case 'drop':
      return '';
    case 'allow':
      return undefined;
  }
}
