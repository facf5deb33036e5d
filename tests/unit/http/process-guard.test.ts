import { keepProcessAlive } from '../../../src/http/process-guard';

describe('process-level handlers', () => {
  it('log an unhandled rejection and an uncaught exception instead of ending the process', () => {
    const logged: string[] = [];
    const before = { rejection: process.listenerCount('unhandledRejection'), exception: process.listenerCount('uncaughtException') };
    keepProcessAlive({ log: { error: (text: string) => logged.push(text) } } as any);
    keepProcessAlive({ log: { error: (text: string) => logged.push(`second: ${text}`) } } as any); // installed once
    expect(process.listenerCount('unhandledRejection')).toBe(before.rejection + 1);
    expect(process.listenerCount('uncaughtException')).toBe(before.exception + 1);
    const rejection = process.listeners('unhandledRejection').at(-1)!;
    const exception = process.listeners('uncaughtException').at(-1)!;
    rejection(new Error('invalid byte sequence for encoding "UTF8": 0x00'), Promise.resolve());
    exception(new RangeError('Maximum call stack size exceeded'), 'uncaughtException');
    expect(logged).toHaveLength(2);
    expect(logged[0]).toMatch(/^Unhandled promise rejection \(the server keeps running\): Error: invalid byte sequence/);
    expect(logged[1]).toMatch(/^Uncaught exception \(the server keeps running\): RangeError: Maximum call stack/);
    process.removeListener('unhandledRejection', rejection as any);
    process.removeListener('uncaughtException', exception as any);
  });
});
