// Every error leaves the API as { error: { code, message, field? } } with a 4xx/5xx status.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { QueryError } from '../search/query.ts';

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
    const message = field ? `${where} field "${field}": ${fe.validation[0].message}` : `${where}: ${fe.validation[0].message}`;
    return reply.status(400).send(errorBody('invalid_request', message, field));
  }
  const known = fe.code ? CODES[fe.code] : undefined;
  if (known) return reply.status(known[0]).send(errorBody(known[1], fe.message));
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) return reply.status(fe.statusCode).send(errorBody('invalid_request', fe.message));
  req.log.error(err);
  return reply.status(500).send(errorBody('internal', 'internal error'));
}
