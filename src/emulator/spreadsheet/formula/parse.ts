/**
 * Formula text → syntax tree: function calls, A1 references (sheet-qualified, quoted, open),
 * numbers, "strings", TRUE/FALSE, array literals {a,b;c,d}, unary minus and the operators + - * / ^ & = <> < > <= >=.
 * Enough for the add-on's formulas (`=IFERROR(ROUND(NPS(Survey!C2:C),1),"")`).
 */
import { tryParseA1, type A1Ref } from '../a1';

export type Node =
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'ref'; ref: A1Ref; text: string }
  | { kind: 'name'; name: string }
  | { kind: 'call'; name: string; args: Node[] }
  /** An array literal `{1,2;3,4}`: commas separate columns, semicolons rows (https://support.google.com/docs/answer/6208276). */
  | { kind: 'array'; rows: Node[][] }
  | { kind: 'unary'; op: '-' | '+'; arg: Node }
  | { kind: 'binary'; op: string; left: Node; right: Node };

type Token =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'ref'; v: string }
  | { t: 'id'; v: string }
  | { t: 'op'; v: string };

export class FormulaParseError extends Error {}

const REF_PART = String.raw`(?:\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d*|:\$?\d+)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)`;
const QUOTED_REF = new RegExp(String.raw`^'(?:[^']|'')+'!${REF_PART}`);
const NAMED_SHEET_REF = new RegExp(String.raw`^[A-Za-z_][\w.]*!${REF_PART}`);
const PLAIN_REF = new RegExp(`^${REF_PART}`);

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const ch = text[i];
    if (/\s/.test(ch)) {
      i += 1;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let value = '';
      for (;;) {
        if (j >= text.length) throw new FormulaParseError('Formula parse error.');
        if (text[j] === '"') {
          if (text[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          break;
        }
        value += text[j];
        j += 1;
      }
      tokens.push({ t: 'str', v: value });
      i = j + 1;
      continue;
    }
    const quoted = QUOTED_REF.exec(rest) ?? NAMED_SHEET_REF.exec(rest);
    if (quoted) {
      tokens.push({ t: 'ref', v: quoted[0] });
      i += quoted[0].length;
      continue;
    }
    const id = /^[A-Za-z_][\w.]*(?=\s*\()/.exec(rest);
    if (id) {
      tokens.push({ t: 'id', v: id[0] });
      i += id[0].length;
      continue;
    }
    const ref = PLAIN_REF.exec(rest);
    if (ref && !/^[\w.]/.test(rest.slice(ref[0].length))) {
      tokens.push({ t: 'ref', v: ref[0] });
      i += ref[0].length;
      continue;
    }
    const num = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(rest);
    if (num) {
      tokens.push({ t: 'num', v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const word = /^[A-Za-z_][\w.]*/.exec(rest);
    if (word) {
      tokens.push({ t: 'id', v: word[0] });
      i += word[0].length;
      continue;
    }
    const op = /^(<>|<=|>=|[-+*/^&=<>(),%{};])/.exec(rest);
    if (op) {
      tokens.push({ t: 'op', v: op[0] });
      i += op[0].length;
      continue;
    }
    throw new FormulaParseError('Formula parse error.');
  }
  return tokens;
}

const BINARY: Record<string, number> = { '=': 1, '<>': 1, '<': 1, '>': 1, '<=': 1, '>=': 1, '&': 2, '+': 3, '-': 3, '*': 4, '/': 4, '^': 5 };

/** Parses formula text (with or without the leading '='). Throws FormulaParseError. */
export function parseFormula(formula: string): Node {
  const tokens = tokenize(formula.replace(/^=/, ''));
  let pos = 0;
  const peek = () => tokens[pos];
  const isOp = (v: string) => peek()?.t === 'op' && peek().v === v;
  const expect = (v: string) => {
    if (!isOp(v)) throw new FormulaParseError('Formula parse error.');
    pos += 1;
  };

  function primary(): Node {
    const tok = tokens[pos++];
    if (!tok) throw new FormulaParseError('Formula parse error.');
    if (tok.t === 'num') return { kind: 'number', value: tok.v };
    if (tok.t === 'str') return { kind: 'string', value: tok.v };
    if (tok.t === 'ref') {
      const ref = tryParseA1(tok.v);
      if (!ref) throw new FormulaParseError('Formula parse error.');
      return { kind: 'ref', ref, text: tok.v };
    }
    if (tok.t === 'id') {
      if (isOp('(')) {
        pos += 1;
        const args: Node[] = [];
        if (!isOp(')')) {
          for (;;) {
            // An empty argument (`IFERROR(x,)`) is an empty string.
            args.push(isOp(',') || isOp(')') ? { kind: 'string', value: '' } : expression(0));
            if (isOp(',')) {
              pos += 1;
              continue;
            }
            break;
          }
        }
        expect(')');
        return { kind: 'call', name: tok.v.toUpperCase(), args };
      }
      const upper = tok.v.toUpperCase();
      if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'boolean', value: upper === 'TRUE' };
      return { kind: 'name', name: tok.v };
    }
    if (tok.v === '(') {
      const inner = expression(0);
      expect(')');
      return inner;
    }
    if (tok.v === '-' || tok.v === '+') return { kind: 'unary', op: tok.v, arg: expression(6) };
    if (tok.v === '{') {
      const rows: Node[][] = [[]];
      for (;;) {
        rows[rows.length - 1].push(expression(0));
        if (isOp(',')) pos += 1;
        else if (isOp(';')) {
          pos += 1;
          rows.push([]);
        } else break;
      }
      expect('}');
      return { kind: 'array', rows };
    }
    throw new FormulaParseError('Formula parse error.');
  }

  function expression(minPrec: number): Node {
    let left = primary();
    for (;;) {
      const tok = peek();
      if (tok?.t === 'op' && tok.v === '%') {
        pos += 1;
        left = { kind: 'binary', op: '/', left, right: { kind: 'number', value: 100 } };
        continue;
      }
      if (!tok || tok.t !== 'op' || !(tok.v in BINARY)) break;
      const prec = BINARY[tok.v];
      if (prec < minPrec) break;
      pos += 1;
      left = { kind: 'binary', op: tok.v, left, right: expression(tok.v === '^' ? prec : prec + 1) };
    }
    return left;
  }

  const tree = expression(0);
  if (pos !== tokens.length) throw new FormulaParseError('Formula parse error.');
  return tree;
}
