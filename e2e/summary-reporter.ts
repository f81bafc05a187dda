/**
 * Ends the end-to-end run with one plain line: passed, failed, skipped, and the known gaps (tests
 * marked `test.fail` that failed as expected; one that passes is counted as failed, so that its
 * marker is removed once the gap is closed).
 */
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class SummaryReporter implements Reporter {
  private passed = 0;
  private failed = 0;
  private skipped = 0;
  private knownGaps = 0;

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status === 'skipped') this.skipped++;
    else if (test.expectedStatus === 'failed' && test.outcome() === 'expected') this.knownGaps++;
    else if (test.outcome() === 'expected' || test.outcome() === 'flaky') this.passed++;
    else if (result.retry === test.retries) this.failed++;
  }

  onEnd(): void {
    console.log(
      `e2e: ${this.passed} passed, ${this.failed} failed, ${this.skipped} skipped, ` +
        `${this.knownGaps} known gaps (test.fail)`,
    );
  }
}
