@testable import Ingest
import Testing
import TestSupport

/// The disclosure audit's solver (`LinearBounds` over `BoundedSimplex`) against a reader who tries
/// every whole-number point of a small program: a value it calls reachable must have a point that
/// satisfies every constraint, and one it calls unreachable must have none.
@Suite("Disclosure audit's linear programs against enumeration of every whole-number point")
struct DisclosureLinearBoundsTests {
    /// Whether `point` is within the bounds and satisfies every constraint of `program`.
    static func satisfies(_ point: [Int], _ program: LinearBounds) -> Bool {
        guard point.count == program.lower.count else { return false }
        for (variable, value) in point.enumerated() {
            guard value >= program.lower[variable], program.upper[variable].map({ value <= $0 }) ?? true else { return false }
        }
        return program.constraints.allSatisfy { constraint in
            let sum = constraint.terms.reduce(0.0) { $0 + $1.coefficient * Double(point[$1.variable]) }
            return constraint.equal ? sum == constraint.right : sum <= constraint.right
        }
    }

    /// Every whole-number point of `program` (whose variables all have upper bounds).
    static func everyPoint(_ program: LinearBounds) -> [[Int]] {
        var points: [[Int]] = [[]]
        for variable in program.lower.indices {
            let top = program.upper[variable] ?? program.lower[variable]
            points = points.flatMap { point in (program.lower[variable]...max(program.lower[variable], top)).map { point + [$0] } }
        }
        return points.filter { satisfies($0, program) }
    }

    @Test("a total of 9 made of two counts of 1 to 4 and one of at least 5: each small one is 1 to 3, the other 5 to 7")
    func smallTotal() throws {
        var program = LinearBounds(lower: [1, 1, 5], upper: [4, 4, nil])
        program.constraints = [LinearBounds.Constraint(terms: [(0, 1), (1, 1), (2, 1)], equal: true, right: 9)]
        for value in 1...3 {
            let point = try #require(program.integerPoint(fixing: 0, at: value))
            #expect(point.first == value && Self.satisfies(point, program))
        }
        #expect(program.integerPoint(fixing: 0, at: 4) == [])
        #expect(program.integerPoint(fixing: 2, at: 7) == [1, 1, 7])
        #expect(program.integerPoint(fixing: 2, at: 8) == [])
        #expect(program.admits(2, at: 8) == false)
        #expect(program.admits(2, at: 7) == true)
    }

    @Test("no whole point though the program has real ones: x + y = 1 and x - y = 0 (x = y = 1/2)")
    func onlyFractional() {
        var program = LinearBounds(lower: [0, 0], upper: [3, 3])
        program.constraints = [
            LinearBounds.Constraint(terms: [(0, 1), (1, 1)], equal: true, right: 1),
            LinearBounds.Constraint(terms: [(0, 1), (1, -1)], equal: true, right: 0),
        ]
        #expect(program.admits(0, at: 0) == false)
        #expect(program.integerPoint(fixing: 1, at: 0) == [])
        // Twice as many people in x + y, and the point is whole.
        var doubled = program
        doubled.constraints[0].right = 2
        #expect(doubled.integerPoint(fixing: 0, at: 1) == [1, 1])
    }

    @Test("seeded programs of four counts and three constraints: the solver and the enumeration agree", arguments: 0..<200)
    func seeded(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        let lower = (0..<4).map { _ in Int.random(in: 0...2, using: &random) }
        let upper: [Int?] = lower.map { $0 + Int.random(in: 0...5, using: &random) }
        var program = LinearBounds(lower: lower, upper: upper)
        for _ in 0..<3 {
            let terms = (0..<4).compactMap { variable -> (variable: Int, coefficient: Double)? in
                switch Int.random(in: 0..<3, using: &random) {
                case 0: nil
                case 1: (variable, 1)
                default: (variable, -1)
                }
            }
            program.constraints.append(LinearBounds.Constraint(
                terms: terms, equal: Bool.random(using: &random), right: Double(Int.random(in: -4...8, using: &random))))
        }
        let points = Self.everyPoint(program)
        for variable in 0..<4 {
            for value in lower[variable]...(upper[variable] ?? lower[variable]) {
                let expected = points.contains { $0[variable] == value }
                guard let point = program.integerPoint(fixing: variable, at: value) else {
                    Issue.record("seed \(seed): x\(variable) = \(value) undecided")
                    continue
                }
                #expect(!point.isEmpty == expected, "seed \(seed): x\(variable) = \(value)")
                if !point.isEmpty { #expect(point[variable] == value && Self.satisfies(point, program)) }
                if program.admits(variable, at: value) == false { #expect(!expected, "seed \(seed): x\(variable) = \(value)") }
            }
        }
    }
}
