// What the server may write to its log about a failure: the error's class and stack frames
// (code locations only). Never its message, which could quote a document's text, secrets
// included.

export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const frames = (error.stack ?? '')
      .split('\n')
      .filter((line) => /^\s+at /.test(line))
      .slice(0, 10)
      .join('\n');
    return `${error.name}${frames ? `\n${frames}` : ''}`;
  }
  return `non-error value of type ${typeof error}`;
}
