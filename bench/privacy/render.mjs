// Renderers: result tables in the shapes notebooks and database clients print them (CSV, TSV,
// markdown, psql, pandas, MySQL, HTML, JSON records, SQL INSERT) and a JSON / Python-repr serialiser.
// Cells and string values are pieces, so labelled values keep their spans through padding and quoting.
import { hasVal, pmap, ptext, Val } from './pieces.mjs';

/** A JSON string made of pieces (a plain string or a Val are fine too). */
export class Str {
  constructor(...pieces) {
    this.pieces = pieces;
  }
}
export const S = (...pieces) => new Str(...pieces);

const width = (p) => [...ptext(p)].length;
const isNum = (p) => typeof p === 'number' || (typeof p === 'string' && /^-?\d[\d,.]*$/.test(p));

function nullText(fmt) {
  return (
    { csv: '', tsv: '', markdown: '', psql: '', pandas: 'NaN', mysql: 'NULL', html: '', sqlValue: 'NULL' }[
      fmt
    ] ?? ''
  );
}

function padPiece(p, w, right) {
  const pad = ' '.repeat(Math.max(0, w - width(p)));
  return right ? [pad, p] : [p, pad];
}

function cells(table, fmt) {
  return table.rows.map((row) => row.map((c) => (c == null ? nullText(fmt) : c)));
}

export function renderTable(r, table, fmt) {
  const { columns } = table;
  const rows = cells(table, fmt);
  const numeric = columns.map((_, i) =>
    rows.every((row) => row[i] === '' || row[i] === 'NaN' || row[i] === 'NULL' || isNum(row[i])),
  );
  const out = [];
  if (fmt === 'csv' || fmt === 'tsv' || fmt === 'csv;') {
    const sep = fmt === 'tsv' ? '\t' : fmt === 'csv;' ? ';' : ',';
    const q = (p) => {
      const t = ptext(p);
      return t.includes(sep) || t.includes('"') || t.includes('\n') || (r.chance(0.05) && !isNum(p))
        ? ['"', p, '"']
        : p;
    };
    out.push(columns.map(q).join(sep), '\n');
    for (const row of rows) {
      row.forEach((c, i) => {
        if (i > 0) out.push(sep);
        out.push(q(c));
      });
      out.push('\n');
    }
    return out;
  }
  if (fmt === 'markdown') {
    const padded = r.chance(0.6);
    const w = columns.map((h, i) => Math.max(3, width(h), ...rows.map((row) => width(row[i]))));
    const line = (row, isHeader) => {
      out.push('|');
      row.forEach((c, i) => {
        out.push(' ');
        if (padded) out.push(padPiece(c, w[i], !isHeader && numeric[i]));
        else out.push(c);
        out.push(' |');
      });
      out.push('\n');
    };
    line(columns, true);
    const rule = (i) => {
      if (!padded) return numeric[i] ? '---:' : '---';
      return numeric[i] ? `${'-'.repeat(w[i] + 1)}:` : '-'.repeat(w[i] + 2);
    };
    out.push(`|${columns.map((_, i) => rule(i)).join('|')}|\n`);
    for (const row of rows) line(row, false);
    return out;
  }
  if (fmt === 'psql') {
    const w = columns.map((h, i) => Math.max(width(h), ...rows.map((row) => width(row[i]))));
    columns.forEach((h, i) => {
      const total = w[i] - width(h);
      const left = Math.floor(total / 2);
      out.push(
        i === 0 ? ' ' : ' | ',
        ' '.repeat(left),
        h,
        i === columns.length - 1 ? '' : ' '.repeat(total - left),
      );
    });
    out.push('\n', columns.map((_, i) => '-'.repeat(w[i] + 2)).join('+'), '\n');
    for (const row of rows) {
      row.forEach((c, i) => {
        out.push(i === 0 ? ' ' : ' | ');
        const last = i === columns.length - 1;
        if (numeric[i]) out.push(padPiece(c, w[i], true));
        else out.push(last ? c : padPiece(c, w[i], false));
      });
      out.push('\n');
    }
    out.push(`(${rows.length} row${rows.length === 1 ? '' : 's'})\n`);
    return out;
  }
  if (fmt === 'mysql') {
    const w = columns.map((h, i) => Math.max(width(h), ...rows.map((row) => width(row[i]))));
    const rule = `+${w.map((x) => '-'.repeat(x + 2)).join('+')}+\n`;
    out.push(rule, '|');
    columns.forEach((h, i) => {
      out.push(' ', padPiece(h, w[i], false), ' |');
    });
    out.push('\n', rule);
    for (const row of rows) {
      out.push('|');
      row.forEach((c, i) => {
        out.push(' ', padPiece(c, w[i], numeric[i]), ' |');
      });
      out.push('\n');
    }
    out.push(rule, `${rows.length} rows in set (0.${r.digits(2)} sec)\n`);
    return out;
  }
  if (fmt === 'pandas') {
    // DataFrame repr: right-aligned columns, index on the left, long frames truncated with "...".
    let shown = rows.map((row, i) => [String(i), ...row]);
    let truncated = false;
    if (rows.length > 10 && r.chance(0.7)) {
      shown = [...shown.slice(0, 5), null, ...shown.slice(-5)];
      truncated = true;
    }
    const header = ['', ...columns];
    const w = header.map((h, i) =>
      Math.max(
        width(h),
        ...shown.filter(Boolean).map((row) => width(row[i])),
        i === 0 ? 0 : truncated ? 3 : 0,
      ),
    );
    header.forEach((h, i) => {
      out.push(i === 0 ? ' '.repeat(w[0]) : '  ', i === 0 ? '' : padPiece(h, w[i], true));
    });
    out.push('\n');
    for (const row of shown) {
      if (row === null) {
        out.push(
          `${'..'.padEnd(w[0])}${w
            .slice(1)
            .map((x) => `  ${'...'.padStart(x)}`)
            .join('')}\n`,
        );
        continue;
      }
      row.forEach((c, i) => {
        out.push(i === 0 ? padPiece(c, w[0], false) : ['  ', padPiece(c, w[i], true)]);
      });
      out.push('\n');
    }
    if (truncated || r.chance(0.3)) out.push(`\n[${rows.length} rows x ${columns.length} columns]\n`);
    return out;
  }
  if (fmt === 'html') {
    out.push(
      '<table border="1" class="dataframe">\n  <thead>\n    <tr style="text-align: right;">\n      <th></th>\n',
    );
    for (const h of columns) out.push(`      <th>${h}</th>\n`);
    out.push('    </tr>\n  </thead>\n  <tbody>\n');
    rows.forEach((row, i) => {
      out.push(`    <tr>\n      <th>${i}</th>\n`);
      for (const c of row) out.push('      <td>', htmlEscape(c), '</td>\n');
      out.push('    </tr>\n');
    });
    out.push('  </tbody>\n</table>\n');
    return out;
  }
  if (fmt === 'json') {
    const objs = table.rows.map((row) =>
      Object.fromEntries(
        columns.map((h, i) => [h, row[i] == null ? null : typeof row[i] === 'number' ? row[i] : S(row[i])]),
      ),
    );
    return [toJson(objs, r.chance(0.5) ? 0 : 2), '\n'];
  }
  throw new Error(`unknown table format ${fmt}`);
}

function htmlEscape(p) {
  return pmap(
    p,
    (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
    (val) => {
      const t = val.text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      return val.with(t);
    },
  );
}

/** A multi-row SQL INSERT of a table. */
export function renderInsert(r, table, tableName) {
  const rows = table.rows;
  const out = [
    `INSERT INTO ${tableName} (${table.columns.join(', ')})`,
    r.chance(0.5) ? '\nVALUES\n' : ' VALUES ',
  ];
  rows.forEach((row, i) => {
    out.push(r.chance(0.5) ? '  (' : '(');
    row.forEach((c, j) => {
      if (j > 0) out.push(', ');
      if (c == null) out.push('NULL');
      else if (typeof c === 'number') out.push(String(c));
      else
        out.push(
          "'",
          pmap(
            c,
            (s) => s.replace(/'/g, "''"),
            (val) => val.with(val.text.replace(/'/g, "''")),
          ),
          "'",
        );
    });
    out.push(i === rows.length - 1 ? ');\n' : '),\n');
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// JSON and Python repr

function escapeJsonText(s, ensureAscii) {
  let t = JSON.stringify(s).slice(1, -1);
  if (ensureAscii)
    t = t.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return t;
}

function strPieces(value, ensureAscii, quote) {
  const parts = value instanceof Str ? value.pieces : [value];
  const esc =
    quote === "'"
      ? (s) => s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')
      : (s) => escapeJsonText(s, ensureAscii);
  return [
    quote,
    pmap(parts, esc, (val) => {
      if (val.rawJson) return val;
      const t = esc(val.text);
      // Escaping beyond the usual (ensure_ascii turning é into \u00e9) hides the value: mark it.
      const plain = quote === "'" ? val.text.replace(/\n/g, '\\n') : JSON.stringify(val.text).slice(1, -1);
      return val.with(t, val.encoded || t !== plain);
    }),
    quote,
  ];
}

/**
 * JSON text of a value; `indent` 0 gives compact `{"a": 1}` (Python json.dumps style with spaces when
 * `pySpaces`) or minified. Option `py` renders a Python repr (single quotes, True/False/None).
 */
export function toJson(value, indent = 2, opts = {}) {
  const { ensureAscii = false, py = false, minify = false } = opts;
  const q = py ? "'" : '"';
  const colon = minify ? ':' : ': ';
  const comma = minify ? ',' : ', ';
  const walk = (x, depth) => {
    if (x === null || x === undefined) return py ? 'None' : 'null';
    if (typeof x === 'boolean') return py ? (x ? 'True' : 'False') : String(x);
    if (typeof x === 'number') return String(x);
    if (typeof x === 'string') return strPieces(x, ensureAscii, q);
    if (x instanceof Val || x instanceof Str) return strPieces(x, ensureAscii, q);
    const nl = indent ? `\n${' '.repeat(indent * (depth + 1))}` : '';
    const end = indent ? `\n${' '.repeat(indent * depth)}` : '';
    if (Array.isArray(x)) {
      if (x.length === 0) return '[]';
      const out = ['['];
      x.forEach((item, i) => {
        out.push(i ? (indent ? ',' : comma) : '', nl, walk(item, depth + 1));
      });
      out.push(end, ']');
      return out;
    }
    const entries = Object.entries(x);
    if (entries.length === 0) return '{}';
    const out = ['{'];
    entries.forEach(([k, val], i) => {
      out.push(i ? (indent ? ',' : comma) : '', nl, q, k, q, colon, walk(val, depth + 1));
    });
    out.push(end, '}');
    return out;
  };
  return walk(value, 0);
}

export { hasVal };
