/** `GET /healthz`: whether the process is up and the database answers, for load balancers. */
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';

export function registerHealthRoutes(app: FastifyInstance): void {
  app.get(
    '/healthz',
    { config: { access: { kind: 'public' }, rateLimit: false } },
    async (request, reply) => {
      const { handle } = request.server.deps;
      try {
        await handle.db.execute(sql`select 1`);
        return { status: 'ok', database: handle.kind };
      } catch (error) {
        request.log.error({ err: error }, 'health check: database unreachable');
        return reply.status(503).send({ status: 'unavailable', database: handle.kind });
      }
    },
  );
}
