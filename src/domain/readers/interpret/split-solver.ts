/**
 * Recovering a row whose cell separators were lost: "640020470" where seven cells are expected is
 * 64·0·0·2·0·4·70. Each run of digits is cut into parts (a part never has a leading zero, except
 * "0" itself, and never spans two runs); a check (the row's sum rule) keeps the valid rows.
 */

/** A cell of a candidate row: a number, or null for a cell that was printed blank. */
export type SplitCell = number | null;

export interface SplitProblem {
  /** The row's runs of digits in order; null stands for a blank cell (exactly one cell). */
  runs: readonly (string | null)[];
  /** The number of cells the row has. */
  width: number;
  /**
   * The row is made of groups of this many cells whose last cell is the sum of the others (7 for
   * a table B row, 5 for each group of table C). The total is then not guessed but computed, which
   * keeps the search small.
   */
  sumGroupSize?: number;
  /** Accepts or rejects a complete candidate row (blanks are null). */
  check?: (cells: readonly SplitCell[]) => boolean;
  /** How many partial rows the search may visit before it gives up. */
  budget?: number;
}

export interface SplitOutcome {
  /** Every valid row, in search order. */
  solutions: SplitCell[][];
  /** The search gave up before it had tried every split. */
  exhausted: boolean;
}

const defaultBudget = 200_000;

/** Every way to cut the runs into `width` cells that passes the checks. */
export function solveSplit(problem: SplitProblem): SplitOutcome {
  const search = new SplitSearch(problem);
  search.visit(0, 0);
  return { solutions: search.solutions, exhausted: search.budget < 0 };
}

class SplitSearch {
  readonly solutions: SplitCell[][] = [];
  budget: number;
  private readonly cells: SplitCell[] = [];
  private readonly capacity: number[];
  private readonly runs: readonly (string | null)[];

  constructor(private readonly problem: SplitProblem) {
    this.runs = problem.runs;
    this.budget = problem.budget ?? defaultBudget;
    this.capacity = suffixCapacity(problem.runs);
  }

  visit(run: number, offset: number): void {
    if (--this.budget < 0) return;
    const { cells, runs, problem } = this;
    if (run === runs.length) {
      const isValid = cells.length === problem.width && (problem.check?.(cells) ?? true);
      if (isValid) this.solutions.push([...cells]);
      return;
    }
    const digits = runs[run];
    if (digits === null || digits === undefined) {
      if (this.isTotalCell() && this.groupSum() !== 0) return;
      this.place(null, run + 1, 0);
      return;
    }
    if (this.isTotalCell()) {
      const total = String(this.groupSum());
      if (digits.startsWith(total, offset)) this.placePart(digits, run, offset, offset + total.length);
      return;
    }
    for (let end = offset + 1; end <= digits.length; end++) {
      if (digits[offset] === '0' && end > offset + 1) break;
      const fit = this.fits(digits, run, end);
      if (fit === 'tooLong' || this.leavesTooFewDigitsForTotal(digits, run, offset, end)) break;
      if (fit === 'ok') this.placePart(digits, run, offset, end);
    }
  }

  // Whether cutting the current run at `end` leaves a possible number of cells for the rest.
  private fits(digits: string, run: number, end: number): 'ok' | 'tooShort' | 'tooLong' {
    const atRunEnd = end === digits.length;
    const left = this.problem.width - this.cells.length - 1;
    const capacity = (atRunEnd ? 0 : digits.length - end) + (this.capacity[run + 1] ?? 0);
    const needed = (atRunEnd ? 0 : 1) + (this.runs.length - run - 1);
    // Longer parts only lower the capacity; the need drops only when the part ends the run.
    if (left > capacity) return 'tooLong';
    return left < needed ? 'tooShort' : 'ok';
  }

  private placePart(digits: string, run: number, offset: number, end: number): void {
    if (end > digits.length || this.fits(digits, run, end) !== 'ok') return;
    const atRunEnd = end === digits.length;
    this.place(Number(digits.slice(offset, end)), atRunEnd ? run + 1 : run, atRunEnd ? 0 : end);
  }

  private place(cell: SplitCell, run: number, offset: number): void {
    this.cells.push(cell);
    this.visit(run, offset);
    this.cells.pop();
  }

  private isTotalCell(): boolean {
    const size = this.problem.sumGroupSize;
    return size !== undefined && this.cells.length % size === size - 1;
  }

  // A group's total is at least the sum of its parts, so it needs at least as many digits as that
  // sum has; a longer part only raises the sum and leaves fewer digits, so the caller may stop.
  private leavesTooFewDigitsForTotal(digits: string, run: number, offset: number, end: number): boolean {
    const size = this.problem.sumGroupSize;
    if (size === undefined) return false;
    const partsLeft = size - 2 - (this.cells.length % size);
    const sum = this.groupSum() + Number(digits.slice(offset, end));
    const digitsLeft = digits.length - end + (this.capacity[run + 1] ?? 0);
    return partsLeft + String(sum).length > digitsLeft;
  }

  private groupSum(): number {
    const size = this.problem.sumGroupSize ?? 1;
    const start = this.cells.length - (this.cells.length % size);
    let sum = 0;
    for (let i = start; i < this.cells.length; i++) sum += this.cells[i] ?? 0;
    return sum;
  }
}

// The most cells runs[i…] can make: one per digit, one per blank.
function suffixCapacity(runs: readonly (string | null)[]): number[] {
  const capacity = new Array<number>(runs.length + 1).fill(0);
  for (let i = runs.length - 1; i >= 0; i--) {
    capacity[i] = (capacity[i + 1] ?? 0) + (runs[i]?.length ?? 1);
  }
  return capacity;
}

/** A table B row's rule: the total (last cell) is the sum of the other cells; blanks count as 0. */
export function checkRowTotal(cells: readonly SplitCell[]): boolean {
  const total = cells[cells.length - 1] ?? 0;
  let sum = 0;
  for (let i = 0; i < cells.length - 1; i++) sum += cells[i] ?? 0;
  return sum === total;
}

/** Table C's rule for each complete group of five: total = upheld + corrected + other + pending. */
export function checkReviewGroups(cells: readonly SplitCell[]): boolean {
  for (let start = 0; start + 5 <= cells.length; start += 5) {
    if (!checkRowTotal(cells.slice(start, start + 5))) return false;
  }
  return true;
}
