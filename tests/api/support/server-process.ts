import { spawn, type ChildProcess } from 'child_process';
import path from 'path';
import { freePort } from './net';

export interface ServerProcess {
  child: ChildProcess;
  baseUrl: string;
  output: () => string;
  /** Resolves with the exit code and signal once the process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts the app in a process of its own (support/serve-dist.js) with the run's environment plus `env`, on a free
 * port, and waits until it listens. The caller ends it (SIGTERM) and awaits `exited`.
 */
export async function startServerProcess(env: Record<string, string>, bootTimeoutMs = 240000): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(__dirname, 'serve-dist.js')], {
    cwd: path.resolve(__dirname, '../../..'),
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), SEED_DEMO_DATA: 'false', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server process did not start within ${bootTimeoutMs} ms:\n${output.slice(-4000)}`));
    }, bootTimeoutMs);
    const onData = () => {
      if (output.includes(`LISTENING ${port}`)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`server process ended during boot (${code ?? signal}):\n${output.slice(-4000)}`));
    });
  });
  return { child, baseUrl: `http://127.0.0.1:${port}`, output: () => output, exited };
}
