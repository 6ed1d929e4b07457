import ArgumentParser
import Storage

extension TipDB {
    /// Exits as `exit(withError:)` does, except that the text of a clean exit (a command's help,
    /// `--version`) goes through standard output as every command's output does, and a write that
    /// fails ends with one line and exit 1.
    ///
    /// Why: ArgumentParser `print`s that text and exits 0 whatever became of the write, so
    /// `tipdb ingest --help > /dev/full` reported success with nothing written, where every other
    /// command reports the full disk (`StandardStream`).
    static func exitChecked(withError error: Error?) -> Never {
        if let error, exitCode(for: error) == .success {
            let text = fullMessage(for: error)
            if !text.isEmpty { print(text) }
        } else if error != nil {
            exit(withError: error)
        }
        if let problem = StandardStream.shared.failure() {
            ExitStatus.printError(problem)
            exit(withError: ExitStatus.rejected)
        }
        exit(withError: nil)
    }
}
