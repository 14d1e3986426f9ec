// npm run test:under-load [-- --runs 3 --hogs 2]: the whole browser suite, several times back to
// back, while busy loops keep the CPU cores occupied, as on a shared CI machine. A test that
// depends on timing (a sleep, a frame count, a clock it does not control) fails here first.
// The busy loops are started and stopped by this script (by pid), also when a run fails.
import { spawn, spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';

const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const runs = arg('runs', 3);
const hogCount = arg('hogs', availableParallelism());

const hogs = Array.from({ length: hogCount }, () => spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' }));
const stopHogs = () => hogs.forEach((hog) => hog.kill('SIGKILL'));
process.on('exit', stopHogs);
process.on('SIGINT', () => process.exit(130));
console.log(`${hogCount} busy loops running (pids ${hogs.map((h) => h.pid).join(', ')})`);

const results = [];
for (let run = 1; run <= runs; run++) {
  const started = Date.now();
  const child = spawnSync('npx', ['web-test-runner'], { encoding: 'utf8', env: process.env, maxBuffer: 64 * 1024 * 1024 });
  const output = `${child.stdout}${child.stderr}`;
  const summary = output.match(/^browser tests: (\d+) passed, (\d+) failed, (\d+) skipped$/m);
  // wtr prints a file's name on a line of its own before that file's failures.
  const failedTitles = [];
  let file = '';
  for (const line of output.split('\n')) {
    // eslint-disable-next-line no-control-regex -- the colour codes wtr may put before a file name
    const named = /^(?:\u001b\[[0-9;]*[A-Za-z])*(test\/\S+\.test\.ts):\s*$/.exec(line);
    if (named) file = named[1];
    const failed = /^\s*❌ (.+)$/.exec(line);
    if (failed) failedTitles.push(`${file}: ${failed[1]}`);
  }
  const result = {
    run,
    exit: child.status,
    passed: Number(summary?.[1] ?? 0),
    failed: summary ? Number(summary[2]) : 'no summary',
    skipped: Number(summary?.[3] ?? 0),
    seconds: Math.round((Date.now() - started) / 1000),
  };
  results.push(result);
  console.log(
    `run ${run}: exit ${result.exit}, ${result.passed} passed, ${result.failed} failed, ${result.skipped} skipped, ${result.seconds} s`,
  );
  for (const title of failedTitles) console.log(`  failed: ${title}`);
  // A pass on the second try is a flake: green for CI, but to be fixed.
  result.flaky = output.match(/^ {2}passed on the second try in .+$/gm) ?? [];
  for (const line of result.flaky) console.log(`  flaky:${line.replace(/^ {2}passed on the second try/, '')}`);
  if (child.status !== 0 && !summary) console.log(output.slice(-3000));
}
stopHogs();
// A run is green only when it exits 0 and its own summary counts no failure.
const failed = results.filter((r) => r.exit !== 0 || r.failed !== 0).length;
const flaky = results.reduce((sum, r) => sum + r.flaky.length, 0);
console.log(
  `${runs} runs under ${hogCount} busy loops: ${runs - failed} green, ${failed} with failures; ${flaky} test${flaky === 1 ? '' : 's'} passed only on a second try`,
);
process.exit(failed ? 1 : 0);
