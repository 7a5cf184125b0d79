// Test cases as annotated text (DESIGN.md): a line `#   ^^^^ rule-id` marks the range of the
// nearest line above that is not an annotation. Annotation lines are removed before linting.
// The `#` occupies column 0, so a range starting at column 0 is written with the carets right
// after it and the `#` counting as the first caret: `#^^^^^^^^ unknown-directive` marks 9
// characters from column 0.

export interface ExpectedFinding {
  readonly ruleId: string;
  /** 0-based line in the text without annotations. */
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

const ANNOTATION = /^#(\s*)(\^+)\s+([a-z0-9-]+)\s*$/;

export function parseAnnotated(annotated: string): { text: string; expected: ExpectedFinding[] } {
  const kept: string[] = [];
  const expected: ExpectedFinding[] = [];
  for (const line of annotated.split('\n')) {
    const match = ANNOTATION.exec(line.replace(/\r$/, ''));
    if (!match) {
      kept.push(line);
      continue;
    }
    if (kept.length === 0) throw new Error(`annotation before any line: ${line}`);
    const atLineStart = match[1].length === 0;
    const start = atLineStart ? 0 : 1 + match[1].length;
    const length = match[2].length + (atLineStart ? 1 : 0);
    expected.push({ ruleId: match[3], line: kept.length - 1, start, end: start + length });
  }
  return { text: kept.join('\n'), expected };
}
