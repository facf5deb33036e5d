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

describe('a server, not a script', () => {
  it('installs the handlers only once its HTTP server listens', () => {
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-var-requires
      const { keepServerAlive } = require('../../../src/http/process-guard');
      const { EventEmitter } = require('events');
      const httpServer = new EventEmitter();
      const before = process.listenerCount('unhandledRejection');
      keepServerAlive({ server: { httpServer }, log: { error: () => undefined } } as any);
      expect(process.listenerCount('unhandledRejection')).toBe(before); // a script that never listens keeps Node's policy
      httpServer.emit('listening');
      expect(process.listenerCount('unhandledRejection')).toBe(before + 1);
      process.removeListener('unhandledRejection', process.listeners('unhandledRejection').at(-1) as any);
      process.removeListener('uncaughtException', process.listeners('uncaughtException').at(-1) as any);
    });
  });
});
