/** What the in-VS-Code suite writes to ACTIVATION_LAB_TEST_RESULTS, read by the runner. */
export interface SuiteTestResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

export interface SuiteResults {
  passed: number;
  failed: number;
  pending: number;
  tests: SuiteTestResult[];
}

export const RESULTS_ENV = 'ACTIVATION_LAB_TEST_RESULTS';
export const WORKSPACE_ENV = 'ACTIVATION_LAB_TEST_WORKSPACE';
/** A mocha --grep pattern for the suite, passed through from the runner's environment. */
export const GREP_ENV = 'ACTIVATION_LAB_ITEST_GREP';
