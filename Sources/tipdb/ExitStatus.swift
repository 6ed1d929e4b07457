import ArgumentParser
import Foundation
import Storage

/// tipdb's documented exit codes, and the one place errors become them.
enum ExitStatus {
    /// Input rejected or checks failed.
    static let rejected = ExitCode(1)
    /// The database cannot be used: missing, not SQLite, corrupt, busy, read-only, or from another tipdb.
    static let databaseUnusable = ExitCode(2)

    /// Runs `body`; an error it throws is printed as one line on stderr and turned into the
    /// matching exit code. Usage errors are left to ArgumentParser (exit 64).
    static func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ExitCode {
            throw error
        } catch let error as ValidationError {
            throw error
        } catch let error as SchemaError {
            printError(error.localizedDescription)
            throw databaseUnusable
        } catch let error as StorageError {
            printError(error.description)
            throw error.isDatabaseUnusable ? databaseUnusable : rejected
        } catch let error as LocalizedError {
            printError(error.errorDescription ?? String(describing: error))
            throw rejected
        } catch {
            printError(String(describing: error))
            throw rejected
        }
    }

    /// Writes one diagnostic line to standard error.
    static func printError(_ message: String) {
        FileHandle.standardError.write(Data("tipdb: error: \(message)\n".utf8))
    }
}
