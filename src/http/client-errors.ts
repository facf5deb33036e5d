import type { Core } from '@strapi/strapi';
import type { Socket } from 'net';

const RESPONSES: Record<string, { status: number; reason: string; message: string; code: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    reason: 'Request Header Fields Too Large',
    message: 'Заголовки запиту завеликі. Зменште їх розмір (наприклад, видаліть зайві cookie) і повторіть запит.',
    code: 'request.headers_too_large',
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    reason: 'Request Timeout',
    message: 'Запит надходив надто довго, і сервер його перервав. Повторіть запит.',
    code: 'request.timeout',
  },
};

const MALFORMED = {
  status: 400,
  reason: 'Bad Request',
  message: 'Некоректний HTTP-запит: сервер не зміг його прочитати.',
  code: 'request.malformed',
};

/**
 * What Node's HTTP parser refuses before Koa sees a request (431 headers too large, 400 malformed, 408 timeout) is
 * answered in Ukrainian too, with the same error shape as every other response.
 */
export function answerClientErrorsInUkrainian(strapi: Core.Strapi): void {
  const server = strapi.server.httpServer;
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const answer = RESPONSES[error.code ?? ''] ?? MALFORMED;
    const body = JSON.stringify({
      data: null,
      error: { status: answer.status, name: 'BadRequestError', message: answer.message, details: { rule: answer.code } },
    });
    socket.end(
      `HTTP/1.1 ${answer.status} ${answer.reason}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
