import ArgumentParser
import Foundation
import Ingest
import Report
import Storage

/// tipdb's documented exit codes, and the one place errors become them.
enum ExitStatus {
    /// Input rejected or checks failed.
    static let rejected = ExitCode(1)
    /// The database cannot be used: missing, not SQLite, corrupt, busy, read-only, or from another tipdb.
    static let databaseUnusable = ExitCode(2)
    /// A usage error: a bad option or argument, such as a name the database does not hold.
    static let usageCode = ExitCode.validationFailure

    /// Runs `body`; an error it throws is printed as one line on stderr and turned into the
    /// matching exit code. Usage errors found before `run()` are left to ArgumentParser (exit 64),
    /// which `TipDB.parseAndRun` prints as JSON too under `--json`; those found once the database
    /// is open (a name it does not hold) exit 64 here.
    ///
    /// With `json`, the error is also printed on stdout as `{"error": ..., "exitCode": ...}`, so
    /// that a script reading the JSON report gets JSON whatever happened.
    ///
    /// - Parameter timeout: the command's `--timeout`, which bounds its wait for another
    ///   process's lock; nil for a command without one, which waits 5 s (`DatabaseFile.open`).
    static func run(database: String? = nil, json: Bool = false, timeout: TimeoutSeconds? = nil, _ body: () throws -> Void) throws {
        func fail(_ message: String, _ code: ExitCode) -> ExitCode {
            failure(message, code, json: json)
        }
        let journals = database.map(NewJournalFiles.init(database:))
        do {
            try body()
        } catch let error as ExitCode {
            throw error
        } catch let error as StoppedBySignal {
            // Already said; `TipDB.parseAndRun` ends the process by the signal.
            throw error
        } catch let error as ValidationError {
            throw error
        } catch let error as UsageFailure {
            throw fail(error.message, usageCode)
        } catch let error as ReportError where error.isUsage {
            throw fail(error.errorDescription ?? String(describing: error), usageCode)
        } catch let error as DeriveError where error.isUsage {
            throw fail(error.description, usageCode)
        } catch let error as IngestUsageError {
            throw fail(error.message, usageCode)
        } catch let error as SchemaError {
            throw fail(DatabaseOptions.describe(error), databaseUnusable)
        } catch let error as StorageError {
            if error.isDatabaseUnusable {
                // The body's connections are closed: what SQLite made to open a damaged file goes.
                if error.resultCode == 11 || error.resultCode == 26 { journals?.removeIfUnwritten() }
                throw fail((database.map { "\($0): " } ?? "") + unusable(error, database: database, timeout: timeout), databaseUnusable)
            }
            throw fail(error.description, rejected)
        } catch let error as ReportError {
            // "The database holds no figures yet" is about the file: say which, as every other error does.
            let about = switch error {
            case .emptyScope(let filters) where filters.isEmpty, .withdrawnScope(let filters, _) where filters.isEmpty: database.map { "\($0): " } ?? ""
            default: ""
            }
            throw fail(about + (error.errorDescription ?? String(describing: error)), rejected)
        } catch let error as LocalizedError {
            throw fail(error.errorDescription ?? String(describing: error), rejected)
        } catch {
            throw fail(String(describing: error), rejected)
        }
    }

    /// What an unusable-database error means for the user, in one line.
    ///
    /// - Parameters:
    ///   - database: the file, to name the journal files that make it read-only here (`JournalFiles`).
    ///   - timeout: the command's `--timeout`, if it has one (`run`).
    static func unusable(_ error: StorageError, database: String? = nil, timeout: TimeoutSeconds? = nil) -> String {
        switch error.resultCode {
        case 5, 6:
            busy(database: database, timeout: timeout)
        case 8:
            if error.extendedCode == 776 /* SQLITE_READONLY_ROLLBACK */ {
                // A hot journal: another program's write stopped midway, and only a writer may roll it
                // back. Permissions were not the problem, and "check the permissions" sent users astray.
                "\(database.map { "its rollback journal \($0)-journal" } ?? "its rollback journal") was left by a write that stopped "
                    + "midway (a program editing the file crashed or was killed), and a read-only command cannot roll it back; "
                    + "run tipdb init --db \(database ?? "FILE") once, which rolls it back and leaves the database as it was "
                    + "before that write, then try again; nothing was changed"
            } else if let database, JournalFiles.isOwnReadOnlyFile(database) {
                // The file's own permissions first, when this user can change them: SQLite makes its
                // journal files read-only like it, and those then block the next write (`JournalFiles.ownReadOnly`).
                "the database file is read-only: its permissions do not let this user write it; make it writable "
                    + "(chmod u+w \(database)), then delete \(database)-wal and \(database)-shm if they are read-only too, "
                    + "while nobody uses the database; nothing was changed"
            } else if let database, let own = JournalFiles.ownReadOnly(database) {
                own.contains(" and ")
                    ? "the database is read-only here: its journal files \(own) are read-only (SQLite made them so while the "
                        + "database file was); delete them while nobody uses the database; nothing was changed"
                    : "the database is read-only here: its journal file \(own) is read-only (SQLite made it so while the "
                        + "database file was); delete it while nobody uses the database; nothing was changed"
            } else if let database, let blocking = JournalFiles.blocking(database) {
                "the database is read-only here: its journal files \(blocking) and cannot be written by this user "
                    + "(someone who only read the database left them); that user, or an administrator, can delete them "
                    + "while nobody uses the database; nothing was changed"
            } else {
                "the database is read-only here (check the permissions of the file and of its directory); nothing was changed"
            }
        case 11, 26:
            // The restore named as a command: `cp` of a backup over the file keeps its `-wal`, which
            // SQLite then applies to the restored copy (review of session 31).
            "the database file is damaged (\(error.message)); restore it from a backup with "
                + "tipdb backup --db BACKUP --force \(database ?? "FILE") (not cp, which leaves its -wal to be applied to the copy) — nothing was changed"
        case 13:
            "the disk is full (or a file-size limit was reached); nothing was changed — free some space and try again"
        case 10:
            "cannot read or write the database file (\(error.message): disk full, a file-size limit, or an I/O error); nothing was changed"
        case 14:
            "cannot open the database file (\(error.message)); check that its directory exists and is writable"
        default:
            error.description
        }
    }

    /// "database is busy: another process is writing it and did not finish within 5 s; try again
    /// when it has finished", with `, or give --timeout SECONDS to wait longer` for a command that
    /// has the option.
    ///
    /// Why the seconds and the option: "within the busy timeout" said neither, and a nightly job
    /// whose ingest gave up after 5 s behind another could not tell that from an hour, nor how to
    /// wait longer (a nightly-pipeline review, session 49).
    static func busy(database: String?, timeout: TimeoutSeconds?) -> String {
        let waited = "did not finish within \(timeout?.written ?? "5") s; try again when it has finished"
            + (timeout == nil ? "" : ", or give --timeout SECONDS to wait longer")
        // Out of WAL mode (a backup copy, until a command writes to it) a reader blocks a writer too.
        return database.map(JournalFiles.isWAL) == false
            ? "database is busy: another process is using it (reading or writing: the file is in rollback mode, as tipdb backup writes "
                + "its copies, until a command writes to it) and \(waited)"
            : "database is busy: another process is writing it and \(waited)"
    }

    /// What every error line on standard error starts with, usage errors included
    /// (`TipDB._errorPrefix` gives ArgumentParser's own messages the same).
    static let prefix = "tipdb: error: "

    /// A usage error found only once `run()` has started (a table name the database does not
    /// have, SQL that is only a comment), to throw inside `run(database:json:_:)`.
    struct UsageFailure: Error {
        let message: String
    }

    /// A usage error found only once `run()` has started: `run(database:json:_:)` prints it as
    /// ArgumentParser prints its own, without the root command's usage line that a
    /// `ValidationError` thrown from `run()` would add, as JSON too where asked, and exits 64.
    static func usage(_ message: String) -> UsageFailure {
        UsageFailure(message: message)
    }

    /// Prints a failure: `message` on standard error, and with `json` as
    /// `{"error": ..., "exitCode": ...}` on standard output. Returns `code` to throw.
    static func failure(_ message: String, _ code: ExitCode, json: Bool) -> ExitCode {
        printError(message)
        if json { FailureReport(error: message, exitCode: code.rawValue).print() }
        return code
    }

    /// Writes one diagnostic line to standard error.
    static func printError(_ message: String) {
        FileHandle.standardError.write(Data((prefix + message + "\n").utf8))
    }
}
