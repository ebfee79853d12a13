/** Building, reading and writing the figures of a report by dotted path. */
import { figurePaths } from './layout.ts';
import type {
  AnnualReport,
  ApplicantRow,
  Applications,
  Count,
  DocumentCounts,
  ReviewGroup,
} from './model.ts';

// Object literals, not objects built from the column lists: a reader creates a blank report for
// every document, and literals are several times faster (the types keep them in step with the model).
function blankApplicantRow(): ApplicantRow {
  return {
    naturalPerson: null,
    commercial: null,
    research: null,
    nonprofit: null,
    legalService: null,
    otherOrg: null,
    total: null,
  };
}

function blankReviewGroup(): ReviewGroup {
  return { upheld: null, corrected: null, other: null, pending: null, total: null };
}

function blankDocumentCounts(): DocumentCounts {
  return { issued: null, abolished: null, inForce: null };
}

function blankApplications(): Applications {
  return buildApplications(blankApplicantRow);
}

/** Table B with each row made by `row` (blank, or zero for counted tables), its rows in the order of `applicationRows`. */
export function buildApplications(row: () => ApplicantRow): Applications {
  return {
    newReceived: row(),
    carriedOver: row(),
    outcomes: {
      granted: row(),
      partial: row(),
      denied: {
        stateSecret: row(),
        prohibitedByLaw: row(),
        threeSecurities: row(),
        thirdPartyRights: row(),
        internalAffairs: row(),
        processInformation: row(),
        enforcementFile: row(),
        administrativeQuery: row(),
      },
      unavailable: { notHeld: row(), needsCreation: row(), unclearAfterCorrection: row() },
      notProcessed: { petition: row(), duplicate: row(), publication: row(), excessive: row(), confirmation: row() },
      other: { noCorrection: row(), unpaidFee: row(), other: row() },
      total: row(),
    },
    carriedForward: row(),
  };
}

/** A report with every figure blank (null) and nothing known about it. */
export function createBlankReport(): AnnualReport {
  return {
    agency: null,
    year: null,
    period: { from: null, to: null },
    proactive: {
      regulations: blankDocumentCounts(),
      normativeDocuments: blankDocumentCounts(),
      licensing: { decisions: null },
      penalty: { decisions: null },
      enforcement: { decisions: null },
      fees: { amountWanYuan: null },
    },
    applications: blankApplications(),
    reviews: {
      reconsideration: blankReviewGroup(),
      litigationDirect: blankReviewGroup(),
      litigationAfterReconsideration: blankReviewGroup(),
    },
    sections: { overview: null, problems: null, other: null },
  };
}

function setAt(target: Record<string, unknown>, keys: readonly string[], value: unknown): void {
  let node = target;
  const last = keys.length - 1;
  for (let i = 0; i < last; i++) {
    const key = keys[i]!;
    // Spelled out rather than `node[key] ??= {}`, which V8 runs markedly slower here.
    let next = node[key];
    if (next === undefined || next === null) next = node[key] = {};
    node = next as Record<string, unknown>;
  }
  node[keys[last]!] = value;
}

// Split once: readers and the checker go through these paths hundreds of times per report.
const figureKeys = new Map<string, readonly string[]>(figurePaths.map((p) => [p, p.split('.')]));

/** The figure at a dotted path (`applications.newReceived.total`); undefined when the path is not a figure. */
export function getFigure(report: AnnualReport, path: string): Count | string | undefined {
  let node: unknown = report;
  for (const key of figureKeys.get(path) ?? path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  if (node === null || typeof node === 'number' || typeof node === 'string') return node;
  return undefined;
}

/** The count at a path, as a number (null for blank, undefined for an amount or a non-figure). */
export function getCount(report: AnnualReport, path: string): Count | undefined {
  const value = getFigure(report, path);
  return typeof value === 'string' ? undefined : value;
}

/** Sets the figure at a dotted path in place. Throws on a path that is not a figure of the model. */
export function setFigure(report: AnnualReport, path: string, value: Count | string): void {
  const keys = figureKeys.get(path);
  if (keys === undefined) throw new Error(`not a figure path: ${path}`);
  setAt(report as unknown as Record<string, unknown>, keys, value);
}

export function isFigurePath(path: string): boolean {
  return figureKeys.has(path);
}
