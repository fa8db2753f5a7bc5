/**
 * LTS search statements (lts-query.md §4): tokens split on the stream's delimiters, default AND, `and`/`or`/`not`
 * (also `&&`, `||`), parentheses, quoted terms, `*`/`?` wildcards (never first), `#"phrase"`, and `field:value` over the
 * line's labels (`content:` is the raw line).
 */
import { HttpError } from '../../shared/errors';

/** LTS's default delimiter set. */
const DELIMITERS = new Set([...Array.from(`,'";=()[]{}@&<>/:\\?`), '\n', '\t', '\r', ' ']);
/** In a search term `?` is a wildcard, not a delimiter. */
const TERM_DELIMITERS = new Set([...DELIMITERS].filter((d) => d !== '?'));

export interface LogLineView {
  content: string;
  labels: Record<string, string>;
}

export type KeywordNode =
  | { kind: 'and' | 'or'; left: KeywordNode; right: KeywordNode }
  | { kind: 'not'; operand: KeywordNode }
  | { kind: 'term'; field?: string; value: string; phrase: boolean };

export function tokenizeContent(text: string, delimiters: ReadonlySet<string> = DELIMITERS): string[] {
  const tokens: string[] = [];
  let current = '';
  for (const ch of text) {
    if (delimiters.has(ch)) {
      if (current) tokens.push(current);
      current = '';
    } else current += ch;
  }
  if (current) tokens.push(current);
  return tokens;
}

type Lexeme =
  | { t: 'word'; v: string; quoted: boolean; phrase: boolean }
  | { t: 'lparen' | 'rparen' | 'and' | 'or' | 'not' | 'colon' };

function syntaxError(message: string): HttpError {
  return new HttpError(400, 'LTS.0009', `Failed to validate the request body: keywords ${message}`);
}

function lex(input: string): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i] ?? '';
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '(' || ch === ')') {
      out.push({ t: ch === '(' ? 'lparen' : 'rparen' });
      i++;
    } else if (input.startsWith('&&', i) || input.startsWith('||', i)) {
      out.push({ t: input[i] === '&' ? 'and' : 'or' });
      i += 2;
    } else if (ch === ':') {
      out.push({ t: 'colon' });
      i++;
    } else if (ch === '"' || (ch === '#' && input[i + 1] === '"')) {
      const phrase = ch === '#';
      i += phrase ? 2 : 1;
      let value = '';
      while (i < input.length && input[i] !== '"') {
        if (input[i] === '\\' && i + 1 < input.length) i++;
        value += input.charAt(i);
        i++;
      }
      if (i >= input.length) throw syntaxError('has an unterminated quote');
      i++;
      out.push({ t: 'word', v: value, quoted: true, phrase });
    } else {
      let value = '';
      while (
        i < input.length &&
        !/[\s():"]/.test(input[i] ?? '') &&
        !input.startsWith('&&', i) &&
        !input.startsWith('||', i)
      ) {
        value += input.charAt(i);
        i++;
      }
      const lower = value.toLowerCase();
      if (lower === 'and' || lower === 'or' || lower === 'not') out.push({ t: lower });
      else out.push({ t: 'word', v: value, quoted: false, phrase: false });
    }
  }
  return out;
}

/** Parses a statement; an empty one matches everything (undefined). */
export function parseKeywords(input: string | undefined): KeywordNode | undefined {
  if (!input?.trim()) return undefined;
  const lexemes = lex(input);
  let pos = 0;
  const peek = () => lexemes[pos];

  const parseOr = (): KeywordNode => {
    let left = parseAnd();
    while (peek()?.t === 'or') {
      pos++;
      left = { kind: 'or', left, right: parseAnd() };
    }
    return left;
  };
  const parseAnd = (): KeywordNode => {
    let left = parseUnary();
    for (;;) {
      const next = peek();
      if (!next || next.t === 'or' || next.t === 'rparen') return left;
      if (next.t === 'and') {
        pos++;
        left = { kind: 'and', left, right: parseUnary() };
      } else if (next.t === 'not') {
        pos++;
        left = { kind: 'and', left, right: { kind: 'not', operand: parseUnary() } };
      } else {
        left = { kind: 'and', left, right: parseUnary() };
      }
    }
  };
  const parseUnary = (): KeywordNode => {
    const next = peek();
    if (!next) throw syntaxError('ends unexpectedly');
    if (next.t === 'not') {
      pos++;
      return { kind: 'not', operand: parseUnary() };
    }
    if (next.t === 'lparen') {
      pos++;
      const inner = parseOr();
      if (peek()?.t !== 'rparen') throw syntaxError('has an unbalanced parenthesis');
      pos++;
      return inner;
    }
    if (next.t !== 'word') throw syntaxError(`has an unexpected "${next.t}"`);
    pos++;
    if (peek()?.t === 'colon') {
      pos++;
      const value = peek();
      if (value?.t !== 'word') throw syntaxError(`needs a value after "${next.v}:"`);
      pos++;
      return term(value.v, value.phrase || value.quoted, next.v);
    }
    return term(next.v, next.phrase, undefined);
  };
  const term = (value: string, phrase: boolean, field: string | undefined): KeywordNode => {
    if (!phrase && (value.startsWith('*') || value.startsWith('?'))) {
      throw new HttpError(400, 'LTS.0301', "'*' and '?' not allowed as first character");
    }
    return field === undefined || field === 'content'
      ? { kind: 'term', value, phrase }
      : { kind: 'term', field, value, phrase };
  };

  const tree = parseOr();
  if (pos < lexemes.length) throw syntaxError('has an unbalanced parenthesis');
  return tree;
}

function wildcardRegExp(pattern: string): RegExp {
  const source = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${source}$`, 'i');
}

function matchesTokens(tokens: readonly string[], value: string, phrase: boolean): boolean {
  const words = tokenizeContent(value, phrase ? DELIMITERS : TERM_DELIMITERS);
  if (words.length === 0) return true;
  if (phrase) {
    // Words in this order, adjacent, case-insensitive; no wildcards inside a phrase.
    const lower = tokens.map((t) => t.toLowerCase());
    const want = words.map((w) => w.toLowerCase());
    for (let i = 0; i + want.length <= lower.length; i++)
      if (want.every((w, j) => lower[i + j] === w)) return true;
    return false;
  }
  // A non-phrase term that the delimiters split (e.g. var/log) means "contains each part".
  return words.every((pattern) => {
    if (!/[*?]/.test(pattern)) {
      const lower = pattern.toLowerCase();
      return tokens.some((t) => t.toLowerCase() === lower);
    }
    const re = wildcardRegExp(pattern);
    return tokens.some((t) => re.test(t));
  });
}

/** Compiles a tree into a predicate; tokenises each line at most once. */
export function compileKeywords(tree: KeywordNode | undefined): (line: LogLineView) => boolean {
  if (!tree) return () => true;
  return (line) => {
    let contentTokens: string[] | undefined;
    const evaluate = (node: KeywordNode): boolean => {
      switch (node.kind) {
        case 'and':
          return evaluate(node.left) && evaluate(node.right);
        case 'or':
          return evaluate(node.left) || evaluate(node.right);
        case 'not':
          return !evaluate(node.operand);
        case 'term': {
          if (node.field !== undefined) {
            const label = line.labels[node.field];
            if (label === undefined) return false;
            if (node.value === '') return label === '';
            return (
              matchesTokens(tokenizeContent(label), node.value, node.phrase) ||
              wildcardRegExp(node.value).test(label)
            );
          }
          contentTokens ??= tokenizeContent(line.content);
          return matchesTokens(contentTokens, node.value, node.phrase);
        }
      }
    };
    return evaluate(tree);
  };
}

/** Words of positive content terms (not under `not`), for highlighting. */
function positiveWords(node: KeywordNode, negated: boolean, out: string[]): string[] {
  if (node.kind === 'not') return positiveWords(node.operand, !negated, out);
  if (node.kind !== 'term') {
    positiveWords(node.left, negated, out);
    return positiveWords(node.right, negated, out);
  }
  if (!negated && node.field === undefined) out.push(...tokenizeContent(node.value, TERM_DELIMITERS));
  return out;
}

export const HIGHLIGHT_OPEN = '<HighLightTag>';
export const HIGHLIGHT_CLOSE = '</HighLightTag>';

/** Wraps the content tokens that a statement's positive terms hit in `<HighLightTag>` (lts-query.md §2 `highlight`). */
export function highlighter(tree: KeywordNode | undefined): (content: string) => string {
  const words = tree ? positiveWords(tree, false, []) : [];
  if (words.length === 0) return (content) => content;
  const tests = words.map((w) =>
    /[*?]/.test(w)
      ? (t: string) => wildcardRegExp(w).test(t)
      : (t: string) => t.toLowerCase() === w.toLowerCase(),
  );
  return (content) => {
    let out = '';
    let token = '';
    const emit = () => {
      if (!token) return;
      out += tests.some((test) => test(token)) ? HIGHLIGHT_OPEN + token + HIGHLIGHT_CLOSE : token;
      token = '';
    };
    for (const ch of content) {
      if (DELIMITERS.has(ch)) {
        emit();
        out += ch;
      } else token += ch;
    }
    emit();
    return out;
  };
}
