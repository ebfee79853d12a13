/**
 * Security headers (helmet) and rate limits. The Content-Security-Policy allows nothing inline and
 * nothing from elsewhere: scripts, styles, fonts and images come from this site only (/static).
 */
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { DomainError } from '../domain/errors.ts';

/** Per client address and minute, for everything: generous, it only stops floods. */
export const globalRateLimit = { max: 1000, timeWindow: '1 minute' } as const;
/** Per client address and minute, for the sign-in form: with the lockout, guessing stays slow. */
export const loginRateLimit = { max: 10, timeWindow: '1 minute' } as const;

export class RateLimitedError extends DomainError {
  constructor(retryAfter: string) {
    super('rate_limited', `请求过于频繁，请${retryAfter}后再试。`);
  }
}

export async function registerSecurity(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    // Same-origin only: no other site may embed or read our pages and files.
    crossOriginResourcePolicy: { policy: 'same-origin' },
    referrerPolicy: { policy: 'same-origin' },
  });
  await app.register(rateLimit, {
    global: true,
    ...globalRateLimit,
    errorResponseBuilder: (_request, context) => new RateLimitedError(describeWait(context.ttl)),
  });
}

function describeWait(ttlMs: number): string {
  const seconds = Math.max(1, Math.ceil(ttlMs / 1000));
  return seconds < 60 ? `${seconds}秒` : `${Math.ceil(seconds / 60)}分钟`;
}
