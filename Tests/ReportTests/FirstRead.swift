import CSQLite
@testable import Storage

/// Runs an action the first time a statement that reads one column of one table is compiled on a
/// connection, through SQLite's authorizer: for a test that needs another connection's commit to
/// land between two of a command's queries, at a point the test names rather than a moment it
/// guesses. See <https://sqlite.org/c3ref/set_authorizer.html>.
final class FirstRead {
    let table: String
    let column: String
    private var action: (() -> Void)?

    init(of table: String, column: String, _ action: @escaping () -> Void) {
        self.table = table
        self.column = column
        self.action = action
    }

    /// Whether the action has run.
    var happened: Bool { action == nil }

    /// Runs `body` with the hook on `db`'s connection.
    func during<T>(_ db: Database, _ body: () throws -> T) rethrows -> T {
        let context = Unmanaged.passRetained(self)
        sqlite3_set_authorizer(db.handle, { pointer, code, table, column, _, _ in
            guard let pointer, code == SQLITE_READ, let table, let column else { return SQLITE_OK }
            let hook = Unmanaged<FirstRead>.fromOpaque(pointer).takeUnretainedValue()
            if let action = hook.action, String(cString: table) == hook.table, String(cString: column) == hook.column {
                hook.action = nil
                action()
            }
            return SQLITE_OK
        }, context.toOpaque())
        defer {
            sqlite3_set_authorizer(db.handle, nil, nil)
            context.release()
        }
        return try body()
    }
}
