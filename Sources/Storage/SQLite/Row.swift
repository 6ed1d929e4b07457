import Foundation

/// One row of a query result, read out of the statement so it outlives the next step.
public struct Row: Sendable, Equatable {
    /// Column names, in the order of the SELECT.
    public let columns: [String]
    /// Values, parallel to `columns`.
    public let values: [DatabaseValue]

    public init(columns: [String], values: [DatabaseValue]) {
        self.columns = columns
        self.values = values
    }

    /// The value of the first column named `name`, or `.null` when there is no such column.
    public subscript(_ name: String) -> DatabaseValue {
        guard let index = columns.firstIndex(of: name) else { return .null }
        return values[index]
    }

    public func string(_ name: String) -> String? {
        switch self[name] {
        case .text(let v): v
        case .integer(let v): String(v)
        case .real(let v): String(v)
        default: nil
        }
    }

    public func int(_ name: String) -> Int64? {
        switch self[name] {
        case .integer(let v): v
        case .real(let v): Int64(exactly: v)
        default: nil
        }
    }

    public func double(_ name: String) -> Double? {
        switch self[name] {
        case .integer(let v): Double(v)
        case .real(let v): v
        default: nil
        }
    }
}
