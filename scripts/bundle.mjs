// Bundles the compiled CLI (dist/cli/main.js, from tsc) into dist/bin/: one file per command plus
// shared chunks. What it saves is memory, not start-up time: a Node process keeps every loaded
// module's source, module record and scope data, and the unbundled tree loads ~520 ES modules
// (263 of them Kysely's). Bundled, Palisade idles about 15 MB lighter (measured with
// `npm run bench`). Native and lazily loaded dependencies stay outside the bundle.
//
// The bundle is ASCII only. V8 keeps a module's source as long as the module lives, one byte a
// character when every character is Latin-1 and two otherwise: a single `生` in a regex made the
// privacy detectors' 1.2 MB chunk cost 2.4 MB. esbuild's `charset: 'ascii'` escapes strings,
// templates and identifiers but leaves regex literals and `String.raw` templates as written (their
// text is visible at run time), so `escapeNonAscii` rewrites those before esbuild reads a file.
import { chmodSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import ts from 'typescript';

const nonAscii = /[^\p{ASCII}]/u;

/** `\uXXXX` for each UTF-16 code unit of `char`: a surrogate pair for a character past U+FFFF. */
const unitEscapes = (char) =>
  Array.from(
    { length: char.length },
    (_, i) => `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`,
  ).join('');

/**
 * A regex literal's pattern with its non-ASCII characters as `\uXXXX` escapes. A surrogate-pair
 * escape means the same as the character it spells with the `u` or `v` flag (one code point) and
 * without (two code units), so the pattern matches what it matched; only `.source` reads otherwise.
 * `\é` (an identity escape, without `u`) becomes `\u00e9`.
 */
function escapeRegex(literal) {
  let out = '';
  const chars = Array.from(literal);
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i];
    if (char === '\\' && i + 1 < chars.length) {
      const next = chars[++i];
      out += nonAscii.test(next) ? unitEscapes(next) : `\\${next}`;
    } else out += nonAscii.test(char) ? unitEscapes(char) : char;
  }
  return out;
}

/**
 * The text between the delimiters of one piece of a `String.raw` template, spelled for an untagged
 * template whose value is the raw text: every backslash doubled, `` ` `` and `$` after one kept
 * escaped, non-ASCII characters as `\uXXXX`.
 */
function cookedFromRaw(raw) {
  let out = '';
  const chars = Array.from(raw);
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i];
    if (char === '\\' && i + 1 < chars.length) {
      const next = chars[++i];
      out += `\\\\${nonAscii.test(next) ? unitEscapes(next) : '`$\\'.includes(next) ? `\\${next}` : next}`;
    } else out += nonAscii.test(char) ? unitEscapes(char) : char;
  }
  return out;
}

/**
 * `code` (JavaScript) with the non-ASCII characters of its regex literals escaped and each
 * `String.raw` template holding any turned into the untagged template of the same value; the rest
 * (strings, templates, identifiers, comments) is left to esbuild. Throws on another tagged template
 * with non-ASCII text, whose raw text its tag may read.
 */
export function escapeNonAscii(code, fileName = 'input.js') {
  if (!nonAscii.test(code)) return code;
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const edits = [];
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const start = node.getStart(file);
      const text = code.slice(start, node.end);
      if (nonAscii.test(text)) edits.push([start, node.end, escapeRegex(text)]);
    } else if (ts.isTaggedTemplateExpression(node)) {
      const template = node.template;
      const pieces = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      if (pieces.some((piece) => nonAscii.test(code.slice(piece.getStart(file), piece.end)))) {
        if (node.tag.getText(file) !== 'String.raw' || node.typeArguments)
          throw new Error(`${fileName}: non-ASCII text in a template tagged ${node.tag.getText(file)}`);
        edits.push([node.tag.getStart(file), node.tag.end, '']);
        for (const piece of pieces) {
          const start = piece.getStart(file);
          // Each piece opens with ` or } and closes with ` or ${.
          const close = code.endsWith('${', piece.end) ? 2 : 1;
          const raw = code.slice(start + 1, piece.end - close);
          edits.push([start + 1, piece.end - close, cookedFromRaw(raw)]);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0]))
    out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/** Escapes regex literals and `String.raw` templates of every JavaScript file esbuild loads. */
const asciiPlugin = {
  name: 'ascii',
  setup(build) {
    build.onLoad({ filter: /\.[cm]?js$/ }, ({ path }) => {
      const code = readFileSync(path, 'utf8');
      if (!nonAscii.test(code)) return undefined;
      return { contents: escapeNonAscii(code, path), loader: 'js', resolveDir: dirname(path) };
    });
  },
};

async function bundle() {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const outdir = join(root, 'dist/bin');
  rmSync(outdir, { recursive: true, force: true });

  await build({
    entryPoints: [join(root, 'dist/cli/main.js')],
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Whitespace and syntax only: mangled names make stack traces unreadable and, measured, cost
    // memory instead of saving it.
    minifyWhitespace: true,
    minifySyntax: true,
    // See the top of this file; licence comments go to a .LEGAL.txt file beside the chunk.
    charset: 'ascii',
    plugins: [asciiPlugin],
    legalComments: 'linked',
    // Stack traces map back to the TypeScript with `node --enable-source-maps`.
    sourcemap: 'linked',
    // Native addon; optional driver and tokenizer data loaded on demand; the YAML parser is only
    // needed for a config file.
    external: ['better-sqlite3', 'pg', 'gpt-tokenizer', 'yaml'],
    // Bundled CommonJS dependencies call require() for Node built-ins.
    banner: {
      js: "import { createRequire as __palisadeRequire } from 'node:module';\nconst require = __palisadeRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  for (const name of readdirSync(outdir).filter((n) => n.endsWith('.js'))) {
    const code = readFileSync(join(outdir, name), 'utf8');
    const at = code.search(nonAscii);
    if (at >= 0)
      throw new Error(`dist/bin/${name} is not ASCII only: ${JSON.stringify(code.slice(at - 40, at + 10))}`);
  }
  // Runnable as it is (`./dist/bin/main.js serve`, as `npm start` does), so its #! line's Node flags apply.
  chmodSync(join(outdir, 'main.js'), 0o755);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundle();
