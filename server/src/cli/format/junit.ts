// JUnit XML: one test suite per linted file, one failing test case per finding (a passing case
// when the file is clean), so CI test tabs show configs like tests.

import { displayPath } from './positions.js';
import type { FileReport, FormatContext } from './types.js';
import { xml } from './xml.js';

export function formatJunit(reports: readonly FileReport[], ctx: FormatContext): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const report of reports) {
    const name = displayPath(report.path, ctx.cwd);
    const cases: string[] = [];
    for (const f of report.findings) {
      const where = `${displayPath(f.file, ctx.cwd)}:${f.line}:${f.column}`;
      const message = f.fatal ? `${f.message} (fatal: Redis refuses to start with this file)` : f.message;
      cases.push(
        `    <testcase name="${xml(`${f.ruleId} at ${where}`)}" classname="${xml(name)}" time="0">`,
        `      <failure message="${xml(message)}" type="${f.severity}">${xml(`${where}: ${f.severity} ${message} [${f.ruleId}]`)}</failure>`,
        '    </testcase>',
      );
    }
    const failed = report.findings.length;
    if (failed === 0) cases.push(`    <testcase name="redis-lint" classname="${xml(name)}" time="0"/>`);
    const count = Math.max(1, failed);
    tests += count;
    failures += failed;
    suites.push(`  <testsuite name="${xml(name)}" tests="${count}" failures="${failed}" errors="0" skipped="0" time="0">`, ...cases, '  </testsuite>');
  }
  return `${['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="redis-lint" tests="${tests}" failures="${failures}" errors="0" time="0">`, ...suites, '</testsuites>'].join('\n')}\n`;
}
