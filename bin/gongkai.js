#!/usr/bin/env node
// Runs the TypeScript sources through tsx, so `npx gongkai …` works without a build step.
import { register } from 'tsx/esm/api';

register();
const { runAsProcess } = await import('../src/cli/index.ts');
await runAsProcess();
