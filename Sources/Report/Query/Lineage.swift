import Storage

/// What lineage needs to know about a figure: its key, the key it repeats, and how it was obtained.
public protocol LineageItem {
    var key: String { get }
    var cites: String? { get }
    var method: String { get }
}

extension Figure: LineageItem {}

/// The chain from a figure to the figure it ultimately repeats, following `cites`.
///
/// Figures in this field are repeated far from their evidence; a chain shows where a number
/// really comes from. It is built in memory from already loaded figures, so resolving the
/// lineage of every figure in a brief costs no query.
public struct Lineage<Item: LineageItem> {
    /// How a chain ends.
    public enum Ending: String, Sendable, Codable {
        /// At a primary figure: it cites nothing and was not merely reported.
        case primary
        /// At a figure that cites nothing but was only reported (method `reported`): the trail goes cold.
        case unsourced
        /// At a `cites` key that is not in the database.
        case missing
        /// The chain comes back to a figure already in it.
        case cycle
    }

    /// The figures from the one asked about to the last one reached, in citing order.
    public var steps: [Item]
    public var ending: Ending
    /// The key the chain could not follow: the missing key, or the figure where the loop closes.
    public var brokenKey: String?

    /// The last figure reached: the primary source when `ending` is `.primary`.
    public var last: Item? { steps.last }

    /// Follows `cites` from `key` through `figures`.
    public static func resolve(_ key: String, in figures: [String: Item]) -> Lineage {
        guard let figure = figures[key] else { return Lineage(steps: [], ending: .missing, brokenKey: key) }
        return resolve(from: figure, in: figures)
    }

    /// Follows `cites` from `figure` through `figures`, which need hold only figures that are cited.
    public static func resolve(from figure: Item, in figures: [String: Item]) -> Lineage {
        var steps: [Item] = [figure]
        var seen: Set<String> = [figure.key]
        var next: String? = figure.cites
        while let current = next {
            guard let figure = figures[current] else {
                return Lineage(steps: steps, ending: .missing, brokenKey: current)
            }
            guard seen.insert(current).inserted else {
                return Lineage(steps: steps, ending: .cycle, brokenKey: current)
            }
            steps.append(figure)
            next = figure.cites
        }
        let ending: Ending = steps.last?.method == "reported" ? .unsourced : .primary
        return Lineage(steps: steps, ending: ending, brokenKey: nil)
    }
}
