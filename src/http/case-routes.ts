/** Registers the console's worklist, case page, steps, letters, reply templates and reminders. */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from './app-deps.ts';
import { registerCasePageRoutes } from './console/applications/case-page-routes.ts';
import { registerReplyRoutes } from './console/applications/reply-routes.ts';
import { registerReplyTemplateRoutes } from './console/applications/reply-template-routes.ts';
import { registerWorklistRoutes } from './console/applications/worklist-routes.ts';

export async function registerCaseRoutes(app: FastifyInstance, _deps: AppDeps): Promise<void> {
  registerWorklistRoutes(app);
  registerCasePageRoutes(app);
  registerReplyRoutes(app);
  registerReplyTemplateRoutes(app);
}
