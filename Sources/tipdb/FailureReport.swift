/// What `--json` prints when a command fails before its report (an unusable database, say), so
/// that a script reading JSON gets JSON whatever happened.
struct FailureReport: Encodable {
    let error: String
    let exitCode: Int32
}
