import { describe, expect, it } from 'vitest';
import { CellProblem } from '../../src/cells/errors';

describe('CellProblem', () => {
  it('is a value for the driver to place: its text and reason, no stack trace captured, the limit left as it was', () => {
    const limit = Error.stackTraceLimit;
    const problem = new CellProblem({ en: '"Tốt" is not an answer', vi: '"Tốt" không phải câu trả lời' }, 'unknownLabel');
    expect(problem).toBeInstanceOf(Error);
    expect(problem.message).toBe('"Tốt" is not an answer');
    expect(problem.reason).toBe('unknownLabel');
    expect(problem.stack).toBe('CellProblem: "Tốt" is not an answer');
    expect(Error.stackTraceLimit).toBe(limit);
    expect(new Error('a bug').stack).toContain('problem.test.ts');
  });
});
