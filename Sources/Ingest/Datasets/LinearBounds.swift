/// Counts as a reader who solves the published relations as a linear program sees them: integer
/// variables between bounds, tied by equalities and `<=` inequalities with coefficients of 1 or -1.
///
/// Why: propagating bounds one constraint at a time misses what follows only from constraints
/// added together (two countries' covers summed with three totals pin a `<5` to 4), and so does
/// fixing one count and propagating. A linear program sees every combination of the constraints at
/// once. Its bounds are real numbers, though, and a reader knows the counts are whole: so a value is
/// reachable only when a whole-number point has it (``integerPoint(fixing:at:)``, a small branch and
/// bound), and unreachable when the program has no point with it at all (``admits(_:at:)``).
struct LinearBounds {
    /// One constraint: the sum of each variable times its coefficient, equal to `right` or at most it.
    struct Constraint {
        var terms: [(variable: Int, coefficient: Double)]
        var equal: Bool
        var right: Double
    }

    /// The branches a search for a whole-number point may try before it gives up undecided.
    private static let nodeBudget = 64

    var lower: [Int]
    /// `nil`: no upper bound.
    var upper: [Int?]
    var constraints: [Constraint] = []

    init(lower: [Int], upper: [Int?]) {
        self.lower = lower
        self.upper = upper
    }

    /// Whether some point of the program, whole or not, has `variable` at `value`; `nil` when the
    /// solver could not tell. No such point: a reader rules the value out.
    func admits(_ variable: Int, at value: Int) -> Bool? {
        var lower = lower
        var upper = upper
        lower[variable] = value
        upper[variable] = value
        switch solve(lower: lower, upper: upper).status {
        case .feasible: return true
        case .infeasible: return false
        case .undecided: return nil
        }
    }

    /// A whole-number point of the program with `variable` at `value`, `[]` when there is none, or
    /// `nil` when the search ran out of branches before it could tell.
    func integerPoint(fixing variable: Int, at value: Int) -> [Int]? {
        var start = (lower: lower, upper: upper)
        start.lower[variable] = value
        start.upper[variable] = value
        var pending = [start]
        var undecided = false
        var nodes = 0
        while let (lower, upper) = pending.popLast() {
            nodes += 1
            guard nodes <= Self.nodeBudget else { return nil }
            let simplex = solve(lower: lower, upper: upper)
            guard simplex.status == .feasible else {
                undecided = undecided || simplex.status == .undecided
                continue
            }
            let point = simplex.values.prefix(lower.count)
            guard let split = point.indices.first(where: { abs(point[$0] - point[$0].rounded()) > BoundedSimplex.slack }) else {
                return point.map { Int($0.rounded()) }
            }
            // Branch: the variable at most the whole number below its value, or at least the one above.
            let below = Int(point[split].rounded(.down))
            var down = (lower: lower, upper: upper)
            down.upper[split] = below
            var up = (lower: lower, upper: upper)
            up.lower[split] = below + 1
            pending.append(up)
            pending.append(down)
        }
        return undecided ? nil : []
    }

    /// The program under other bounds, with a feasible point found, or none.
    ///
    /// A constraint of one variable is a bound on it, rounded inwards (the variables are whole
    /// numbers): most of a cover's rows are, once its published counts are constants, and a row
    /// fewer is a row the tableau need not carry through every pivot.
    private func solve(lower: [Int], upper: [Int?]) -> BoundedSimplex {
        var lower = lower
        var upper = upper
        var rows: [[Double]] = []
        var kept: [Constraint] = []
        for constraint in constraints {
            if constraint.terms.count == 1, let term = constraint.terms.first, abs(term.coefficient) == 1 {
                // x <= right (or == right), or -x <= right, that is x >= -right.
                let bound = constraint.right * term.coefficient
                if term.coefficient > 0 || constraint.equal {
                    let top = Int(bound.rounded(.down))
                    upper[term.variable] = min(upper[term.variable] ?? top, top)
                }
                if term.coefficient < 0 || constraint.equal {
                    lower[term.variable] = max(lower[term.variable], Int(bound.rounded(.up)))
                }
                continue
            }
            var row = [Double](repeating: 0, count: lower.count)
            for term in constraint.terms { row[term.variable] += term.coefficient }
            rows.append(row)
            kept.append(constraint)
        }
        return BoundedSimplex(
            rows: rows, equal: kept.map(\.equal), right: kept.map(\.right),
            lower: lower.map(Double.init), upper: upper.map { $0.map(Double.init) ?? .infinity })
    }
}
