extension Audit {
    /// Forms of exploitation outside the database's `forms` table, which ingest refuses in a
    /// figures file: written by another tool, by a tipdb that took any text, or by a bulk loader
    /// from a category it does not know. A warning: the figures are right, but a form spelled
    /// outside the vocabulary is a subgroup of its own that no filter or brief puts beside the
    /// others.
    ///
    /// Read from the table, not the binary's list, so a form an analyst added there with SQL is
    /// not reported, as ingest accepts it.
    func formsOutsideVocabulary() throws -> [Finding] {
        let vocabulary = try FormVocabulary(db: db)
        // `unknown` (a form not identified) is no row of the table, but ingest stores it.
        let known = Set(vocabulary.codes + [ExploitationForm.unknown])
        var rows: [String] = [], rowKeys: [FindingKeys] = []
        for form in try db.rows("SELECT DISTINCT form FROM figures WHERE form IS NOT NULL ORDER BY form").compactMap({ $0.string("form") })
        where !known.contains(form) {
            // A word that names a form only with what the figure counts (`forced-prostitution`) gets
            // ingest's advice for it, not the nearest code, which would pick one of its forms blind.
            let near = vocabulary.code(for: form) ?? Suggestions.closest(to: form, among: vocabulary.codes, limit: 1).first
            let hint = ExploitationForm.namedTwoWays[ExploitationForm.slug(form)].map { ", which names different forms depending on "
                + "what the figure counts: \($0)" } ?? near.map { ", perhaps \($0)" } ?? ""
            for key in try db.rows("SELECT key FROM figures WHERE form = ? ORDER BY key", [form]).map({ $0.string("key") ?? "" }) {
                rows.append("\(key) (form \(form)\(hint))")
                rowKeys.append(.figures([key]))
            }
        }
        guard !rows.isEmpty else { return [] }
        return [Finding(severity: .warning, check: "unknown-form", message: "figures whose form of exploitation is not one of the forms table's (tipdb sql 'SELECT code, label FROM forms' lists them), so each spelling is a subgroup of its own; correct the form in the file and ingest it again", rows: rows, rowKeys: rowKeys)]  // sql-constant: a message, never executed
    }

    /// Spellings of the forms tables that name more than one form (an alias added with SQL that
    /// folds like another form's label or alias, as ingest compares them): ingest refuses such a
    /// spelling, so a file that used to load stops loading. An error of the database, not of any
    /// figure: one row of `form_aliases` is wrong.
    func ambiguousFormSpellings() throws -> [Finding] {
        let vocabulary = try FormVocabulary(db: db)
        let spellings = vocabulary.ambiguous.sorted { $0.key < $1.key }
        let rows = spellings.map { "\($0.key): \($0.value.joined(separator: ", "))" }
        // The forms each spelling names, by their codes.
        let rowKeys = spellings.map { FindingKeys(kind: "forms", keys: $0.value) }
        guard !rows.isEmpty else { return [] }
        return [Finding(severity: .error, check: "ambiguous-form-spelling", message: "spellings in the forms tables that name more than one form, however they are cased or hyphenated: a figures file that uses one is refused (a bulk loader stores it as a form of its own), except a form's own code, which names that form and leaves the other's alias unread; delete the wrong row of form_aliases (tipdb sql 'SELECT * FROM form_aliases' lists them)", rows: rows, rowKeys: rowKeys)]  // sql-constant: a message, never executed
    }
}
