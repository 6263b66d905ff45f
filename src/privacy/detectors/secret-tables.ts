import type { Finding } from '../detector.js';
import {
  countsOutcomes,
  isPlaceholder,
  isSecretKey,
  isStatusCode,
  isUrl,
  passCount,
  paymentObjectId,
  secretObjectName,
} from './secret-values.js';
import { type TableGroup, tableCells } from './tables.js';

/**
 * SECRET reader for result tables: a cell under a secret-named column (`password`, `api_key`),
 * unless the column is not one (its header is a line of code or names no column) or the cell holds
 * a count, a status code, a payment object id or a URL.
 */

/**
 * The header of a "column" that is code or prose read in aligned columns: `secretKey)`,
 * `'password',`, `_Webhooks_validateSecret` beside `var _Webhooks_instances`, `… only new
 * messages. Pass`. Such a column holds no secret.
 */
function notAColumn(header: string): boolean {
  return /[(){};'"=]|[:,]$/.test(header) || header.split(/\s+/).length > 4;
}

/** A header that is a line of code (`cancel(processID`, `var _Webhooks_instances`): its whole table is code. */
const codeHeader = (header: string): boolean =>
  /[{};=]|\w\(|^(?:var|let|const|function|return|import|export|def|class|async|await)\s/.test(header);

export function tableSecrets(text: string): Finding[] {
  const out: Finding[] = [];
  const cells = tableCells(text);
  const { start, end, valueEnd, column } = cells;
  if (start.length === 0) return out;
  const secretColumn = cells.columnHeader.map(
    (header, i) =>
      isSecretKey(header) &&
      !notAColumn(header) &&
      !(cells.columnGroup[i] as TableGroup).headers.some(codeHeader),
  );
  for (let i = 0; i < start.length; i++) {
    if (!secretColumn[column[i] as number]) continue;
    const value = text.slice(start[i], valueEnd[i]);
    if (value.length < 3 || isPlaceholder(value) || /\s/.test(value) || isUrl(value)) continue;
    const header = cells.columnHeader[column[i] as number] as string;
    if (isStatusCode(header, value) || secretObjectName(header, value)) continue;
    if (paymentObjectId.test(value)) continue;
    if (passCount(header, value) && countsOutcomes(cells.columnHeader)) continue;
    out.push({
      type: 'SECRET',
      start: start[i] as number,
      end: end[i] as number,
      score: 0.7,
      detector: 'secret',
    });
  }
  return out;
}
