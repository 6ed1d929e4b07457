import Storage

extension Source {
    /// This source with `csl` and `extra` as `stored` writes them whenever they hold the same JSON
    /// in another member order, or with numbers written another way (`1.5` for `1.50`).
    ///
    /// Why: the database compares them as text, so the same members in another order would be an
    /// update with a revision of nothing. They differ in order when an older tipdb kept a CSL
    /// item's members as the file wrote them, and between formats: a CSV file's `x_` columns are
    /// ordered by Foundation (`x_9` before `x_10`), a JSON file's by name. Keeping the stored text
    /// also keeps the export of an unchanged source byte for byte the same.
    func keepingStoredText(of stored: Source?) -> Source {
        guard let stored else { return self }
        var source = self
        if let text = csl, let kept = stored.csl, text != kept, JSONValue.sameValues(text, kept) { source.csl = kept }
        if let text = extra, let kept = stored.extra, text != kept, ExtraValues.same(text, kept) { source.extra = kept }
        return source
    }
}
