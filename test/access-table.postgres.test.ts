/** THE access table over HTTP on PostgreSQL (see access-table-suite.ts). */
import { describeAccessTable } from './access-table-suite.ts';

describeAccessTable('postgres');
