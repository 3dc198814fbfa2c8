/**
 * The launcher's watchdog: started by the launcher with a pipe on its stdin. When the pipe closes
 * without the word `stopped` (the launcher was killed, even with -9), it stops every process the
 * run file records (services SIGTERM, PostgreSQL SIGINT, then SIGKILL) and removes the run file.
 * It ignores SIGINT/SIGTERM (a Ctrl-C reaches the whole group; the launcher stops things itself).
 *   node watchdog.js <run file> <launcher pid>
 */
import { readRunFile, removeRunFile, stopRecorded } from './run-file';

const [runFile, launcherPidText] = process.argv.slice(2);
const launcherPid = Number(launcherPidText);
const say = (msg: string) => process.stderr.write(`${JSON.stringify({ level: 'warn', time: new Date().toISOString(), name: 'launcher-watchdog', msg })}\n`);

process.on('SIGINT', () => undefined);
process.on('SIGTERM', () => undefined);

let received = '';
process.stdin.on('data', (chunk: Buffer) => (received += chunk.toString()));
process.stdin.on('error', () => undefined);
process.stdin.on('close', () => {
  if (received.includes('stopped')) process.exit(0);
  void (async () => {
    const file = readRunFile(runFile);
    if (!file || file.launcherPid !== launcherPid) process.exit(0);
    const stopped = await stopRecorded(file.processes.filter((p) => p.role !== 'launcher' && p.pid !== process.pid));
    if (stopped.length) say(`launcher (pid ${launcherPid}) is gone: stopped ${stopped.join(', ')}`);
    const after = readRunFile(runFile);
    if (after?.launcherPid === launcherPid) removeRunFile(runFile);
    process.exit(0);
  })();
});
