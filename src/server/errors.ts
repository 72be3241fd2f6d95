// Every error leaves the API as { error: { code, message, field? } } with a 4xx/5xx status.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES, maxHeaderSize } from 'node:http';
import type { Socket } from 'node:net';
import { QueryError } from '../search/query.ts';
import { StoreError } from '../store/errors.ts';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field?: string;
  constructor(status: number, code: string, message: string, field?: string) {
    super(message);
    this.status = status;
    this.code = code;
    this.field = field;
  }
}

const CODES: Record<string, [number, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'body_too_large'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported_media_type'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'invalid_json'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'invalid_json'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'invalid_request'],
};

function validationField(err: FastifyError): string | undefined {
  const v = err.validation?.[0];
  if (!v) return undefined;
  const params = v.params as Record<string, unknown>;
  const missing = typeof params?.missingProperty === 'string' ? params.missingProperty : undefined;
  const path = v.instancePath.replace(/^\//, '').replace(/\//g, '.');
  return missing ?? (path || undefined);
}

/** A value echoed in a message, cut to a readable length (a 5,000-character id must not come back whole). */
export function clip(value: string, max = 100): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}

export function errorBody(code: string, message: string, field?: string) {
  return { error: field ? { code, message, field } : { code, message } };
}

export function handleError(err: FastifyError | Error, req: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (err instanceof ApiError) return reply.status(err.status).send(errorBody(err.code, err.message, err.field));
  if (err instanceof QueryError) return reply.status(400).send(errorBody('invalid_query', err.message, err.field));
  const fe = err as FastifyError;
  if (fe.validation) {
    const field = validationField(fe);
    const where = fe.validationContext ?? 'request';
    const v = fe.validation[0];
    // «must be equal to one of the allowed values» says nothing unless it lists them
    const allowed = (v.params as { allowedValues?: unknown[] } | undefined)?.allowedValues;
    const what = Array.isArray(allowed) ? `${v.message}: ${allowed.join(', ')}` : v.message;
    const message = field ? `${where} field "${field}": ${what}` : `${where}: ${what}`;
    return reply.status(400).send(errorBody('invalid_request', message, field));
  }
  const known = fe.code ? CODES[fe.code] : undefined;
  if (known) {
    // Fastify says only "Unsupported Media Type": say what to send instead, and what was sent
    const message = fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
      ? `send the body as JSON (content-type: application/json), not ${clip(String(req.headers['content-type'] ?? 'no content-type'), 60)}`
      : fe.message;
    return reply.status(known[0]).send(errorBody(known[1], message));
  }
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) return reply.status(fe.statusCode).send(errorBody('invalid_request', fe.message));
  // a full or read-only disk: nothing was written, and the client can retry once an operator has fixed it
  if (err instanceof StoreError && (err.kind === 'full' || err.kind === 'read-only')) {
    req.log.error(err);
    return reply.status(503).send(errorBody('store_unavailable', err.kind === 'full' ? 'the store\'s disk is full: nothing was written' : 'the store is read-only: nothing was written'));
  }
  req.log.error(err);
  return reply.status(500).send(errorBody('internal', 'internal error'));
}

/** Fastify's own routing errors (frameworkErrors): a URL whose percent-encoding does not decode. */
export function handleFrameworkError(err: FastifyError, req: FastifyRequest, reply: FastifyReply): void {
  if (err.code === 'FST_ERR_BAD_URL') {
    reply.status(400).send(errorBody('invalid_request', `malformed URL encoding in ${clip(req.url.split('?')[0])}`));
    return;
  }
  handleError(err, req, reply);
}

/** Errors Node's HTTP parser raises before Fastify sees a request (e.g. a URL over the header size limit: 431). */
export function handleClientError(err: Error & { code?: string }, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code, message]: [number, string, string] = err.code === 'HPE_HEADER_OVERFLOW'
    ? [431, 'request_too_large', `the URL and headers are over ${Math.round(maxHeaderSize / 1024)} KB; shorten the query`]
    : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, 'timeout', 'the request took too long to arrive']
      : [400, 'invalid_request', 'malformed HTTP request'];
  const body = JSON.stringify(errorBody(code, message));
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  }
  socket.destroy();
}
