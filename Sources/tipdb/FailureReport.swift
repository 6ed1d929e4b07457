import Foundation
import Storage

/// What `--json` prints when a command fails before its report (an unusable database, a usage
/// error), so that a script reading JSON gets JSON whatever happened.
struct FailureReport: Encodable {
    let error: String
    let exitCode: Int32

    /// Prints `{"error": "...", "exitCode": 2}` on standard output, in tipdb's JSON layout.
    func print() {
        if let text = try? JSONLayout.document(self) {
            Swift.print(text, terminator: "")
        }
    }
}
