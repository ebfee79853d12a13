/** JSON Schemas of the account API's answers and params (request bodies: the use cases' zod schemas). */
import { z } from 'zod';
import { roles } from '../../../domain/access/roles.ts';

const nullableTime = { type: 'string', format: 'date-time', nullable: true } as const;

export const grantResponse = {
  type: 'object',
  required: ['grantId', 'role', 'roleName', 'agencyCode', 'agencyName', 'includeSubtree'],
  properties: {
    grantId: { type: 'string', description: '授权标识：机关代码.角色，例如 lcx-zrzy.handler' },
    role: { type: 'string', enum: [...roles] },
    roleName: { type: 'string', description: '角色中文名，例如 承办人' },
    agencyCode: { type: 'string' },
    agencyName: { type: 'string' },
    includeSubtree: { type: 'boolean', description: '是否含下级机关' },
  },
} as const;

export const accountResponse = {
  type: 'object',
  required: ['id', 'username', 'displayName', 'agency', 'status', 'mustChangePassword', 'lockedUntil', 'disabledAt', 'lastLoginAt', 'createdAt', 'roles'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    username: { type: 'string' },
    displayName: { type: 'string' },
    agency: { type: 'object', required: ['code', 'name'], properties: { code: { type: 'string' }, name: { type: 'string' } } },
    status: { type: 'string', enum: ['active', 'locked', 'disabled'] },
    mustChangePassword: { type: 'boolean' },
    lockedUntil: nullableTime,
    disabledAt: nullableTime,
    lastLoginAt: nullableTime,
    createdAt: { type: 'string', format: 'date-time' },
    roles: { type: 'array', items: grantResponse },
  },
} as const;

export const accountListResponse = {
  type: 'object',
  required: ['accounts'],
  properties: { accounts: { type: 'array', items: accountResponse } },
} as const;

/** An answer that carries a one-time password: shown once, never stored in clear. */
export const accountWithPasswordResponse = {
  type: 'object',
  required: ['account', 'oneTimePassword'],
  properties: {
    account: accountResponse,
    oneTimePassword: { type: 'string', description: '一次性密码：只显示这一次，本人首次登录时必须修改' },
  },
} as const;

export const rolesResponse = {
  type: 'object',
  required: ['roles'],
  properties: { roles: { type: 'array', items: grantResponse } },
} as const;

export const accountParams = {
  type: 'object',
  required: ['accountId'],
  properties: { accountId: { type: 'string', format: 'uuid' } },
} as const;

export const grantParams = {
  type: 'object',
  required: ['accountId', 'grantId'],
  properties: { accountId: { type: 'string', format: 'uuid' }, grantId: { type: 'string', description: '机关代码.角色' } },
} as const;

export const accountListQuery = {
  type: 'object',
  properties: { agencyCode: { type: 'string', description: '只列出该机关的账号' } },
} as const;

/** The account list's filter (query string). */
export const accountListFilter = z.strictObject({
  agencyCode: z.preprocess((value) => (value === '' ? undefined : value), z.string().max(40).optional()),
});
