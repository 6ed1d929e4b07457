import Foundation

/// The place suggestions worked out for each text an ingest has looked up, shared by the copies
/// of one `Vocabulary` and by the threads that read rows.
///
/// Why: a breakdown's category of a dimension of places that names no place (`Third-country
/// nationals`) is looked up to see whether it is near a place's name, on every row that gives it:
/// a fuzzy search over every name, about 4 ms a row, so 30,000 rows of one such category took two
/// minutes (session 65). A file repeats a few categories; each is now worked out once.
final class PlaceSuggestionMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var found: [String: (found: [String], glosses: [String: String])] = [:]

    /// Texts kept at most: enough for every category of a real file, small beside a row batch.
    private static let limit = 4096

    /// The suggestions for `text`, from `compute` the first time.
    func suggestions(for text: String, compute: () -> (found: [String], glosses: [String: String])) -> (found: [String], glosses: [String: String]) {
        if let known = lock.withLock({ found[text] }) { return known }
        let computed = compute()
        lock.withLock {
            if found.count >= Self.limit { found.removeAll(keepingCapacity: true) }
            found[text] = computed
        }
        return computed
    }
}
