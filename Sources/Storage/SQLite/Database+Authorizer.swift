import Foundation
internal import CSQLite

extension Database {
    /// Runs `body` with SQLite's authorizer asking `refusal` about every PRAGMA compiled on this
    /// connection meanwhile, and refusing those it returns an error for.
    ///
    /// Why an authorizer and not only a look at the SQL: a PRAGMA's table-valued function
    /// (`SELECT * FROM pragma_optimize`, `pragma_cache_size`) is a table to the statement that names
    /// it, and runs `PRAGMA optimize` only when that statement steps, compiling it on the same
    /// connection. Only the authorizer sees that compile, with the PRAGMA's name and argument
    /// (<https://sqlite.org/c3ref/set_authorizer.html>, <https://sqlite.org/pragma.html#pragfunc>).
    ///
    /// A table read whose name starts with `pragma_` is asked about as that PRAGMA without a value,
    /// when the statement is compiled: tipdb's schema has no table of that name, and so a refusal
    /// comes before the statement writes anything.
    ///
    /// Functions are asked about too: `fts3_tokenizer`, which hands out and takes addresses of
    /// native code, is refused (`PragmaGuard.allows(function:)`).
    ///
    /// - Throws: the first refusal when `body` fails after one (SQLite's own message for a denied
    ///   compile is "not authorized"), else what `body` throws.
    public func refusingPragmas<T>(_ refusal: @escaping (_ name: String, _ argument: String?) -> Error?, _ body: () throws -> T) throws -> T {
        let guardian = PragmaGuard(refusal: refusal)
        let context = Unmanaged.passRetained(guardian)
        sqlite3_set_authorizer(handle, { pointer, action, first, second, _, _ in
            guard let pointer else { return SQLITE_OK }
            let guardian = Unmanaged<PragmaGuard>.fromOpaque(pointer).takeUnretainedValue()
            // A function's name comes as the fourth argument, the third being NULL.
            if action == SQLITE_FUNCTION, let second {
                return guardian.allows(function: String(cString: second)) ? SQLITE_OK : SQLITE_DENY
            }
            guard let first else { return SQLITE_OK }
            switch action {
            case SQLITE_PRAGMA:
                return guardian.allows(name: String(cString: first), argument: second.map { String(cString: $0) }) ? SQLITE_OK : SQLITE_DENY
            case SQLITE_READ where strncmp(first, "pragma_", 7) == 0:
                // The statement reads a PRAGMA's function: one refused even without a value is
                // refused now, before any row is written; an argument is judged when it runs.
                return guardian.allows(name: String(String(cString: first).dropFirst(7)), argument: nil) ? SQLITE_OK : SQLITE_DENY
            default:
                return SQLITE_OK
            }
        }, context.toOpaque())
        defer {
            sqlite3_set_authorizer(handle, nil, nil)
            context.release()
        }
        do {
            return try body()
        } catch {
            throw guardian.refused ?? error
        }
    }
}
