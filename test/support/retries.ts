import { executeServerCommand } from '@web/test-runner-commands';

// The browser tests run with one retry (web-test-runner.config.mjs): on a shared CI machine a
// test can lose to a starved CPU once, and a failed CI keeps every change from landing. A retry
// must not hide anything, so each failed first try is sent to the test runner, which lists it at
// the end of the run with its error: "passed on the second try" is a flake to fix, not a pass.
// Imported for its side effect by every support module, so each test page registers it once.

type Runner = { on(event: 'retry', listener: (test: Mocha.Test, error: Error) => void): void };

const firstTries: { title: string; message: string }[] = [];

before(() => {
  const runner = (window as unknown as { __WTR_MOCHA_RUNNER__?: Runner }).__WTR_MOCHA_RUNNER__;
  runner?.on('retry', (test, error) =>
    firstTries.push({
      title: test.titlePath().join(' > '),
      message: String(error?.message ?? error)
        .split('\n')[0]!
        .slice(0, 300),
    }),
  );
});

afterEach(async () => {
  for (const failed of firstTries.splice(0)) await executeServerCommand('first-try-failed', failed);
});
