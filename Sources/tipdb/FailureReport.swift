import Foundation

/// What `--json` prints when a command fails before its report (an unusable database, a usage
/// error), so that a script reading JSON gets JSON whatever happened.
struct FailureReport: Encodable {
    let error: String
    let exitCode: Int32

    /// Prints `{"error": "...", "exitCode": 2}` on standard output.
    func print() {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        if let data = try? encoder.encode(self) {
            Swift.print(String(decoding: data, as: UTF8.self))
        }
    }
}
