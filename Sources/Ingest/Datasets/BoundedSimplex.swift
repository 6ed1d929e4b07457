/// A point of a linear program, or proof that it has none: phase 1 of the primal simplex method
/// with bounded variables, over a dense tableau. The solver behind ``LinearBounds``.
///
/// Why phase 1 only: the audit asks whether a count can take a given value, never what is best,
/// so a point is all it needs (and the point itself, when whole, shows the value reachable).
/// Why this method: the disclosure audit's programs are small (the constraints around one suppressed
/// count), every coefficient is 1 or -1, and every variable has a finite lower bound (a count is at
/// least 0, a small one at least 1) and often an upper one (a small count at most k-1). Keeping the
/// bounds out of the rows (a nonbasic variable sits at either bound) keeps the tableau as small as
/// the constraints; a dense one is the simplest that is fast enough at that size. Phase 1 starts
/// from an artificial variable per row, so no starting point has to be found by hand. Degenerate
/// pivots are common in these programs (many counts sit at a bound), so after a run of them the
/// entering and leaving columns are chosen by Bland's rule, which cannot cycle.
struct BoundedSimplex {
    enum Status: Equatable {
        case feasible
        case infeasible
        /// The pivot budget ran out: the caller cannot rely on any answer.
        case undecided
    }

    /// Below this, a tableau entry or a reduced cost is zero.
    static let tolerance = 1e-9
    /// How far from its bound a value may be and still count as on it (values are counts of
    /// people, at most some millions, exact in a Double).
    static let slack = 1e-6
    /// Degenerate pivots in a row before Bland's rule takes over.
    private static let degenerateRun = 30

    private let rowCount: Int
    private let columnCount: Int
    /// The columns given (the program's variables), before the slack and artificial ones.
    private let structural: Int
    private var tableau: [Double]
    private var lower: [Double]
    private var upper: [Double]
    private var basis: [Int]
    private var isBasic: [Bool]
    private var atUpper: [Bool]
    /// The point found, the variables given first.
    private(set) var values: [Double]
    /// Whether a feasible point was found, none exists, or the budget ran out.
    private(set) var status: Status
    private var reduced: [Double]
    /// Phase 1's: the sum of the artificial variables.
    private var cost: [Double]

    /// Sets up `rows` (one coefficient per variable), each `== right` when `equal`, else `<= right`,
    /// with each variable between `lower` (finite) and `upper` (may be infinite), and finds a
    /// feasible point (phase 1).
    init(rows: [[Double]], equal: [Bool], right: [Double], lower: [Double], upper: [Double]) {
        rowCount = rows.count
        structural = lower.count
        let inequalities = equal.filter { !$0 }.count
        columnCount = structural + inequalities + rowCount
        tableau = [Double](repeating: 0, count: rowCount * columnCount)
        self.lower = lower + [Double](repeating: 0, count: inequalities + rowCount)
        self.upper = upper + [Double](repeating: .infinity, count: inequalities + rowCount)
        values = self.lower
        basis = []
        isBasic = [Bool](repeating: false, count: columnCount)
        atUpper = [Bool](repeating: false, count: columnCount)
        reduced = [Double](repeating: 0, count: columnCount)
        cost = [Double](repeating: 0, count: columnCount)
        var nextSlack = structural
        for (row, coefficients) in rows.enumerated() {
            var residual = right[row]
            for (column, coefficient) in coefficients.enumerated() { residual -= coefficient * values[column] }
            // The artificial variable takes up the residual with the variables at their lower bounds;
            // the row is negated where that is negative, so the artificial starts at a value >= 0.
            let sign: Double = residual < 0 ? -1 : 1
            for (column, coefficient) in coefficients.enumerated() { tableau[row * columnCount + column] = sign * coefficient }
            let artificial = structural + inequalities + row
            tableau[row * columnCount + artificial] = 1
            if !equal[row] {
                tableau[row * columnCount + nextSlack] = sign
                defer { nextSlack += 1 }
                // An inequality that holds already starts with its slack basic: no artificial
                // variable to drive out (it stays at 0, out of the basis).
                if residual >= 0 {
                    basis.append(nextSlack)
                    isBasic[nextSlack] = true
                    values[nextSlack] = residual
                    self.upper[artificial] = 0
                    continue
                }
            }
            basis.append(artificial)
            isBasic[artificial] = true
            values[artificial] = sign * residual
            cost[artificial] = 1
        }
        status = .feasible
        if zip(lower, upper).contains(where: { $0 > $1 }) {
            status = .infeasible
            return
        }
        price()
        let phase1 = iterate()
        let infeasibility = (structural + inequalities..<columnCount).reduce(0) { $0 + values[$1] }
        if phase1 == .undecided {
            status = .undecided
        } else if infeasibility > Self.slack {
            status = .infeasible
        }
    }

    /// The reduced costs of the starting basis: each column's cost less what the basic variables
    /// it displaces cost (later pivots keep them up to date).
    private mutating func price() {
        for column in 0..<columnCount {
            var sum = cost[column]
            for row in 0..<rowCount { sum -= cost[basis[row]] * tableau[row * columnCount + column] }
            reduced[column] = sum
        }
    }

    /// Pivots until no nonbasic variable can lower the cost (the artificial variables' sum: 0 once
    /// a point is found), or the budget runs out.
    private mutating func iterate() -> Status {
        var degenerate = 0
        let budget = 50 * (rowCount + columnCount) + 1000
        for _ in 0..<budget {
            guard let (entering, direction) = enteringColumn(bland: degenerate >= Self.degenerateRun) else { return .feasible }
            // How far the entering variable can move: to its other bound, or until a basic one reaches one of its own.
            var step = upper[entering] - lower[entering]
            var leavingRow: Int?
            var leavesAtUpper = false
            for row in 0..<rowCount {
                let entry = tableau[row * columnCount + entering]
                guard abs(entry) > Self.tolerance else { continue }
                let basic = basis[row]
                let rate = -direction * entry  // how the basic variable moves per unit of step
                let room = rate < 0 ? (values[basic] - lower[basic]) / -rate : (upper[basic] - values[basic]) / rate
                let limit = max(0, room)
                let better = limit < step - Self.tolerance
                    || (leavingRow.map { limit <= step + Self.tolerance && basic < basis[$0] } ?? false)
                if better {
                    step = limit
                    leavingRow = row
                    leavesAtUpper = rate > 0
                }
            }
            // Phase 1's cost is a sum of variables bounded below: it cannot fall for ever.
            guard step.isFinite else { return .undecided }
            degenerate = step <= Self.tolerance ? degenerate + 1 : 0
            for row in 0..<rowCount {
                values[basis[row]] -= direction * tableau[row * columnCount + entering] * step
            }
            values[entering] += direction * step
            guard let row = leavingRow else {
                // The entering variable reached its other bound first: no change of basis.
                atUpper[entering].toggle()
                values[entering] = atUpper[entering] ? upper[entering] : lower[entering]
                continue
            }
            let leaving = basis[row]
            isBasic[leaving] = false
            atUpper[leaving] = leavesAtUpper
            values[leaving] = leavesAtUpper ? upper[leaving] : lower[leaving]
            pivot(row: row, column: entering)
        }
        return .undecided
    }

    /// The nonbasic column whose move lowers the cost, and the way it moves (+1 up from its lower
    /// bound, -1 down from its upper): the steepest, or under Bland's rule the first.
    private func enteringColumn(bland: Bool) -> (Int, Double)? {
        var best: (column: Int, direction: Double, gain: Double)?
        for column in 0..<columnCount where !isBasic[column] && upper[column] > lower[column] {
            let cost = reduced[column]
            let direction: Double
            if !atUpper[column] && cost < -Self.tolerance {
                direction = 1
            } else if atUpper[column] && cost > Self.tolerance {
                direction = -1
            } else {
                continue
            }
            if bland { return (column, direction) }
            if abs(cost) > (best?.gain ?? 0) { best = (column, direction, abs(cost)) }
        }
        return best.map { ($0.column, $0.direction) }
    }

    /// Makes `column` basic in `row`: the row is divided by its entry there, and that entry is
    /// cleared from every other row and from the reduced costs.
    private mutating func pivot(row: Int, column: Int) {
        let base = row * columnCount
        let entry = tableau[base + column]
        for k in 0..<columnCount { tableau[base + k] /= entry }
        for other in 0..<rowCount where other != row {
            let otherBase = other * columnCount
            let factor = tableau[otherBase + column]
            guard factor != 0 else { continue }
            for k in 0..<columnCount { tableau[otherBase + k] -= factor * tableau[base + k] }
        }
        let factor = reduced[column]
        if factor != 0 {
            for k in 0..<columnCount { reduced[k] -= factor * tableau[base + k] }
        }
        basis[row] = column
        isBasic[column] = true
    }
}
