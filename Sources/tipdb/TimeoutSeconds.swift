import ArgumentParser

/// `tipdb sql --timeout`'s value: a number of seconds, and the text it was given as.
///
/// Why the text: a refused `--timeout 0` was echoed back as `0.0`, the number printed again,
/// which is not what the user typed (review of session 29); messages quote the argument as written.
struct TimeoutSeconds: ExpressibleByArgument, Sendable {
    let seconds: Double
    /// The argument as typed (`0`, `inf`), or the default's digits.
    let written: String

    init(seconds: Double, written: String) {
        self.seconds = seconds
        self.written = written
    }

    /// Any number `Double` reads (`inf` and `nan` too, which `problem` then refuses with a reason).
    init?(argument: String) {
        guard let seconds = Double(argument) else { return nil }
        self.init(seconds: seconds, written: argument)
    }

    var defaultValueDescription: String { written }

    /// Why the value cannot be a timeout, or nil: it must be finite (`inf` would mean no timeout
    /// at all) and more than 0.
    var problem: String? {
        guard !(seconds > 0 && seconds.isFinite) else { return nil }
        return "--timeout \(written): expected a finite number of seconds more than 0"
    }
}
