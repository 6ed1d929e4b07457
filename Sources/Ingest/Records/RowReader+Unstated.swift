import Storage

extension RowReader {
    /// The figure fields this record does not give at all (no column, no JSON member): an update
    /// of a stored figure keeps them as stored. A field given empty is stated, and clears.
    var unstatedFigureFields: UnstatedFields {
        Self.unstatedFigureFields(hasColumn: { field($0) != nil }, hasExtraColumns: hasExtraColumns)
    }

    /// The same for every record of a CSV or TSV file, from its header: worked out once per file,
    /// not once per row on the writing thread.
    static func unstatedFigureFields(header: [InputField]) -> UnstatedFields {
        let names = Set(header.map { $0.name.lowercased() })
        return unstatedFigureFields(hasColumn: names.contains, hasExtraColumns: header.contains { FieldContract.isExtraColumn($0.name) } || names.contains(ExtraObjectColumn.name))
    }

    private static func unstatedFigureFields(hasColumn: (String) -> Bool, hasExtraColumns: Bool) -> UnstatedFields {
        var unstated: UnstatedFields = []
        let named: [(String, UnstatedFields)] = [
            ("study", .study), ("locator", .locator), ("quote", .quote), ("cites", .cites), ("method", .method),
            ("notes", .notes), ("tags", .tags), ("form", .form), ("sex", .sex), ("age_group", .ageGroup),
            ("period_basis", .periodBasis), ("price_year", .priceYear),
        ]
        for (name, field) in named where !hasColumn(name) { unstated.insert(field) }
        for (name, field) in [("value", UnstatedFields.value), ("low", .low), ("high", .high), ("ci_level", .ciLevel)] where !hasColumn(name) {
            unstated.insert(field)
        }
        if !hasExtraColumns { unstated.insert(.extra) }
        return unstated
    }
}

extension RowReader {
    /// `source` with the columns this record does not give taken from `stored`, as for figures.
    ///
    /// Why here and not in Storage as for figures: figures are written 64 to a statement and meet
    /// their stored row only inside `Database.upsert`, so what they leave out travels there as
    /// `UnstatedFields`; sources and studies are written one at a time, after this look-up.
    ///
    /// A CSL-JSON item keeps here only the `x_` columns: those are tipdb's, a reference manager's
    /// export never has them, and as in any file an item without any keeps the stored ones; the
    /// stored columns an item leaves out are kept afterwards, with a note (`CSLItemKeptFields`). Other
    /// files never carry the CSL fields, which they keep. An item whose only author is its
    /// publisher, for a stored source without authors, is that source as exported: no author.
    func keepingUnstated(_ source: Source, from stored: Source, isCSL: Bool) -> Source {
        var source = source
        guard !isCSL else {
            // An older tipdb kept a CSL item's x_ members in csl: until a file gave x_ columns, those are the stored ones.
            if !hasExtraColumns { source.extra = stored.extra ?? Self.extraMembers(of: stored.csl) }
            // The author an export gives a source without authors (its publisher, as an
            // organisation: `Source.organisationAuthor`) is no author given: the same source read back.
            var authorless = source
            authorless.authors = nil
            if stored.authors == nil, let author = source.authors, authorless.organisationAuthor == author {
                source.authors = nil
                // A publisher with a comma is exported as a literal name, which ingest keeps in csl
                // (the authors column would read it as a person's): kept, it changed the source
                // (an update and a revision for an unchanged export) and made the publisher an author.
                source.csl = Self.csl(source.csl, withoutLiteralAuthor: author)
            }
            return source
        }
        // x_ columns given replace, as a group, those an older tipdb kept in csl too.
        // New authors replace the stored author list, or the editors standing in for one: not a chapter's editors.
        let authorsChanged = source.authors != stored.authors && field("authors") != nil
        source.csl = Self.csl(authorsChanged ? Self.csl(stored.csl, withAuthors: source.authors, of: stored) : stored.csl, without: [
            (source.published != stored.published && field("date") != nil, ["issued"]),
            (source.accessed != stored.accessed && field("accessed") != nil, ["accessed"]),
            (source.kind != stored.kind && field("kind") != nil, ["type"]),
            // One place holds the container: the column a file sets, not a CSL record's too.
            (source.container != nil && field("container") != nil, ["container-title"]),
        ], orExtraMembers: hasExtraColumns)
        if field("kind") == nil { source.kind = stored.kind }
        if field("authors") == nil { source.authors = stored.authors }
        if field("publisher") == nil { source.publisher = stored.publisher }
        if field("container") == nil { source.container = stored.container }
        if field("date") == nil { source.published = stored.published }
        if field("url") == nil { source.url = stored.url }
        if field("doi") == nil { source.doi = stored.doi }
        if field("accessed") == nil { source.accessed = stored.accessed }
        if field("license") == nil { source.license = stored.license }
        if field("notes") == nil { source.notes = stored.notes }
        if !hasExtraColumns { source.extra = stored.extra }
        return source
    }

    /// `study` with the columns this record does not give taken from `stored`.
    func keepingUnstated(_ study: Study, from stored: Study) -> Study {
        var study = study
        if field("source") == nil { study.source = stored.source }
        if field("method") == nil { study.method = stored.method }
        if field("period") == nil { (study.periodStart, study.periodEnd) = (stored.periodStart, stored.periodEnd) }
        if field("places") == nil { study.places = stored.places }
        if field("population") == nil { study.population = stored.population }
        if field("sample_size") == nil { study.sampleSize = stored.sampleSize }
        if field("summary") == nil { study.summary = stored.summary }
        if !hasExtraColumns { study.extra = stored.extra }
        return study
    }

    /// The kept CSL fields without those a file has just corrected through their columns: the
    /// export prefers csl's author list and dates to the columns, and would give the old ones back.
    /// A container a file sets takes the CSL record's place (readers take the column first, and
    /// the export writes one container-title).
    /// With `dropExtra`, without `x_` members too (an older tipdb kept a CSL item's there).
    static func csl(_ csl: String?, without changes: [(changed: Bool, fields: [String])], orExtraMembers dropExtra: Bool) -> String? {
        let dropped = Set(changes.filter(\.changed).flatMap(\.fields))
        guard let csl, !dropped.isEmpty || dropExtra, let root = try? JSONParser.parse(Array(csl.utf8)),
              case .object(let members) = root.value else { return csl }
        let kept = members.filter { !dropped.contains($0.key) && !(dropExtra && FieldContract.isExtraColumn($0.key)) }
        guard kept.count < members.count else { return csl }
        return kept.isEmpty ? nil : JSONValue.object(kept).compactText
    }

    /// `csl` without its `author` member when that is the one organisation `name`
    /// (`[{"literal": name}]`), the author an export invents for a source without authors; any
    /// other author list is the file's, and stays.
    static func csl(_ csl: String?, withoutLiteralAuthor name: String) -> String? {
        guard let csl, let root = try? JSONParser.parse(Array(csl.utf8)), case .object(let members) = root.value,
              let author = members.first(where: { $0.key == "author" }),
              author.value.value.canonicalText == "[{\"literal\":" + JSONString.literal(name) + "}]" else { return csl }
        let kept = members.filter { $0.key != "author" }
        return kept.isEmpty ? nil : JSONValue.object(kept).compactText
    }

    /// The `x_` members of a stored csl, as an `extra` object, or nil when it has none.
    static func extraMembers(of csl: String?) -> String? {
        guard let csl, let root = try? JSONParser.parse(Array(csl.utf8)), case .object(let members) = root.value else { return nil }
        let extra = members.filter { FieldContract.isExtraColumn($0.key) }
        return extra.isEmpty ? nil : JSONValue.object(extra).canonicalText
    }

    /// Whether the record has any `x_` column, or a figures file's `extra` column (an empty
    /// cell there states that the figure has none, as empty x_ cells do).
    var hasExtraColumns: Bool {
        record.fields.contains { FieldContract.isExtraColumn($0.name) || $0.name.lowercased() == ExtraObjectColumn.name }
    }
}
