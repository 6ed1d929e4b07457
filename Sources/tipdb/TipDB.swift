import ArgumentParser
import Foundation
import Storage

/// The `tipdb` command: a thin shell over the Storage, Ingest and Report libraries.
@main
struct TipDB: ParsableCommand {
    /// Ignore SIGXFSZ so that a file-size limit (`ulimit -f`) makes writes fail with an error
    /// SQLite reports and rolls back, instead of killing the process.
    static func main() {
        signal(SIGXFSZ, SIG_IGN)
        let arguments = SQLCommand.readingCommentedSQL(Self.movingLeadingDatabaseOption(Array(CommandLine.arguments.dropFirst())))
        if let message = ArgumentEncoding.firstInvalid() {
            ExitStatus.printError(message)
            if Self.asksForJSON(arguments) { FailureReport(error: message, exitCode: ExitCode.validationFailure.rawValue).print() }
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        // Before ArgumentParser, whose version is a constant: the line names the build (`VersionLine`).
        if arguments == ["--version"] {
            print(VersionLine.text())
            exitChecked(withError: nil)
        }
        Self.parseAndRun(arguments)
    }

    /// `tipdb --db FILE status` reads naturally but ArgumentParser only knows `--db` on the
    /// subcommands: move a leading `--db FILE` (or `--db=FILE`) to just after the subcommand's
    /// name, so that the options keep the order typed (a second `--db` is refused naming the
    /// two in that order), or to the end of the arguments when they name no subcommand.
    static func movingLeadingDatabaseOption(_ arguments: [String]) -> [String] {
        var rest = arguments
        var moved: [String] = []
        while let first = rest.first {
            if first == "--db", rest.count >= 2 {
                moved += rest.prefix(2)
                rest.removeFirst(2)
            } else if first.hasPrefix("--db=") {
                moved.append(first)
                rest.removeFirst()
            } else {
                break
            }
        }
        guard !moved.isEmpty, !rest.isEmpty else { return arguments }
        let afterName = commandNamed(by: rest).rest
        if afterName.count < rest.count {
            return Array(rest.prefix(rest.count - afterName.count)) + moved + afterName
        }
        if let terminator = rest.firstIndex(of: "--") {
            rest.insert(contentsOf: moved, at: terminator)
            return rest
        }
        return rest + moved
    }

    /// ArgumentParser's usage errors start `tipdb: error:` as tipdb's others do, not `Error:`: one
    /// prefix for a script or a reader to look for, whatever found the problem. (ArgumentParser
    /// takes the prefix of the type whose `exit(withError:)` prints, which `parseAndRun` calls on
    /// `TipDB` for every subcommand.)
    static var _errorPrefix: String { ExitStatus.prefix }

    static let configuration = CommandConfiguration(
        commandName: "tipdb",
        abstract: "A research database of figures on human trafficking and forced labour, each with its source, definition, scope, uncertainty and lineage.",
        discussion: """
            The database is the file given with --db, else $TIPDB_DATABASE, else tipdb.sqlite in \
            the working directory.

            An option that takes one value is given once: twice (--db a --db b) is a usage error naming both \
            values. Those shown with ... in a command's usage (--measure <measure> ...) take several. \
            --help (or -h) shows a command's help even where an option's value goes (tipdb search x --limit --help). \
            tipdb help COMMAND shows the same; words after a command without subcommands are its arguments \
            (tipdb help schema figures), and a word it cannot take (tipdb help export nosuch) is a usage error.

            Exit codes: 0 ok; 1 input rejected or checks failed; 2 database unusable; 64 usage error.
            """,
        version: TipdbVersion.current,
        subcommands: [Init.self, Migrate.self, Status.self, IngestCommand.self, RetractCommand.self, SQLCommand.self, SchemaCommand.self, SearchCommand.self, ExportCommand.self, CheckCommand.self, BackupCommand.self, ReportCommand.self, DeriveCommand.self]
    )
}
