/** THE access table over HTTP on PGlite (see access-table-suite.ts). */
import { describeAccessTable } from './access-table-suite.ts';

describeAccessTable('pglite');
