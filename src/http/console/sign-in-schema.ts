/** The sign-in and password forms. Lengths are generous bounds; the rules themselves are in the domain. */
import { z } from 'zod';

export const loginForm = z.object({
  username: z.string().max(200),
  password: z.string().max(1024),
  next: z.string().max(2000).optional(),
});

export const loginQuery = z.object({
  next: z.string().max(2000).optional(),
  ended: z.enum(['idleTimeout', 'expired']).optional(),
  loggedOut: z.string().max(10).optional(),
});

export const passwordForm = z.object({
  currentPassword: z.string().max(1024),
  newPassword: z.string().max(1024),
  confirmPassword: z.string().max(1024),
});
