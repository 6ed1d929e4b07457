import Foundation
import Testing

/// What `tipdb sql ARGUMENTS --format csv` prints in `dir`, with plain line ends; records an
/// issue when it fails.
func sqlCSV(_ arguments: [String], in dir: URL, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    let result = try Tipdb.run(["sql", "--format", "csv"] + arguments, in: dir)
    #expect(result.status == 0, "\(result.stderr)", sourceLocation: sourceLocation)
    return result.stdout.replacingOccurrences(of: "\r\n", with: "\n")
}
