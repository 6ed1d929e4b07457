/// Which row of an ingest command holds each key when that is not simply the first row to read it,
/// and which holders were refused.
///
/// `KeyMemory` notes the first row to read each key as each chunk of rows arrives, before the
/// database is asked anything about them. Two things are known only later, as rows are written:
/// - a row without a key whose derived key is already a stored figure's of another identity is
///   refused for it: that key was never the row's, so it is *released*, and a later row that
///   gives it by hand updates the stored figure instead of being called a duplicate of a row that
///   wrote nothing (the next row to read a released key holds it from then on);
/// - a row that keeps its key but is refused for other problems still holds it (two rows with
///   one key are a mistake whichever is valid), and the second row's error says the first was
///   refused, so that the user does not look for it in the database.
///
/// Only keys of refused rows are kept, as the ingester's other lists of refused rows are.
struct KeyClaims {
    /// A row of the command: the number of its file (in loading order, as `KeyMemory` numbers
    /// them) and the line it starts on.
    struct Row: Hashable {
        var file: Int
        var line: Int
    }

    /// The holder of a key that is not `KeyMemory`'s first row: nil once released and not taken again.
    private var holders: [RecordKind: [String: Row?]] = [:]
    /// The row holding each key that was refused.
    private var refused: [RecordKind: [String: Row]] = [:]

    /// The row that `row`, reading `key` after `first` did, repeats; nil when no row holds the
    /// key any more, in which case `row` holds it from now on.
    mutating func holder(of key: String, kind: RecordKind, first: Row, reader row: Row) -> Row? {
        guard let taken = holders[kind]?[key] else { return first }
        guard let holder = taken else {
            holders[kind, default: [:]][key] = .some(row)
            return nil
        }
        return holder
    }

    /// Whether `key` is still held by the first row to read it (`KeyMemory`'s): not released,
    /// and so not taken by a later row. Asks without taking, unlike `holder(of:kind:first:reader:)`.
    func isHeldByFirstRow(_ key: String, kind: RecordKind) -> Bool {
        holders[kind]?[key] == nil
    }

    /// Gives up `key`, which its holder was refused for: the key is not the row's own.
    mutating func release(_ key: String, kind: RecordKind) {
        holders[kind, default: [:]][key] = .some(nil)
        refused[kind]?[key] = nil
    }

    /// Whether `key` is released and held by no row (so its last holder gave it up).
    func isReleased(_ key: String, kind: RecordKind) -> Bool {
        if case .some(.none) = holders[kind]?[key] { return true }
        return false
    }

    /// Notes that `row`, which read `key`, was refused; the key stays claimed unless released.
    mutating func refuse(_ key: String, kind: RecordKind, row: Row) {
        guard !isReleased(key, kind: kind), refused[kind]?[key] == nil else { return }
        refused[kind, default: [:]][key] = row
    }

    /// Whether `row`, the holder of `key`, was refused.
    func wasRefused(_ row: Row, key: String, kind: RecordKind) -> Bool {
        refused[kind]?[key] == row
    }
}
