/** `/api/v1/me`: the signed-in account, and the change of its own display name. */
import { z } from 'zod';

export const updateMeBody = z.object({
  displayName: z.string().max(1000),
});

export type UpdateMeBody = z.infer<typeof updateMeBody>;

/** The response of GET and PATCH (also the serializer's schema: fields not listed are never sent). */
export const meResponse = {
  type: 'object',
  required: ['id', 'username', 'displayName', 'agency', 'roles', 'mustChangePassword'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    username: { type: 'string' },
    displayName: { type: 'string' },
    agency: {
      type: 'object',
      required: ['id', 'code', 'name'],
      properties: { id: { type: 'string' }, code: { type: 'string' }, name: { type: 'string' } },
    },
    roles: {
      type: 'array',
      items: {
        type: 'object',
        required: ['role', 'agencyCode', 'includeSubtree'],
        properties: {
          role: { type: 'string', enum: ['registrar', 'handler', 'reviewer', 'approver', 'agencyAdmin', 'systemAdmin', 'securityOfficer', 'auditor'] },
          agencyCode: { type: 'string' },
          includeSubtree: { type: 'boolean' },
        },
      },
    },
    mustChangePassword: { type: 'boolean' },
  },
} as const;
