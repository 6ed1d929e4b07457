import Storage

/// A figure's earlier numbers in words, for its row in a brief and for `report lineage`:
/// "revised from 41 (UNODC 2024 [3], batch 1; replaced 2026-11-30 by batch 2)".
///
/// Why in the row: a figure revised by a newer release is cited in earlier briefs, and in the
/// publisher's own earlier report, with its old number; the row says which number was replaced,
/// where it came from and when, so that a reader can tell a revision from a mistake.
///
/// A brief names batches by number only: the provenance section lists each with its file, and
/// a file name is the analyst's own (`figures-fixed.csv`), no fact about the figure. `report
/// lineage`, the analyst's view, names the files, and the corrections a brief leaves out.
enum RevisionText {
    /// The brief's sentence for `revisions` (newest first, corrections already left out), or nil
    /// when there are none; its citations are marked, so that Markdown and HTML write the earlier
    /// release's `[3]` as they write every other citation, not as a bracket of the text.
    static func text(_ revisions: [FigureRevision], of figure: FigureRecord, context: BriefContext) -> CitedText? {
        guard !revisions.isEmpty else { return nil }
        let parts = revisions.indices.map { part(revisions, at: $0, of: figure, context: context, files: false) }
        return "revised from " + CitedText.joined(parts, separator: ", and before that from ")
    }

    /// `report lineage`'s sentence for all of `revisions` (newest first), each earlier number with
    /// the file that had loaded it, a correction of tipdb's copy said as one: "corrected from
    /// 4,576 (batch 2: figures.csv; tipdb's copy corrected 2026-12-01 by batch 3)". The verb
    /// is repeated where the kind changes: "revised from 45 (...), and before that corrected from 41 (...)".
    static func lineageText(
        _ revisions: [FigureRevision], of figure: FigureRecord, context: BriefContext
    ) -> CitedText? {
        guard !revisions.isEmpty else { return nil }
        var text = CitedText(plain: "")
        var lastVerb: String?
        for (index, revision) in revisions.enumerated() {
            let corrected = revision.isCorrection
            let verb = corrected ? "corrected from " : "revised from "
            text += CitedText(plain: lastVerb == nil ? verb : (verb == lastVerb ? ", and before that from " : ", and before that " + verb))
            text += part(revisions, at: index, of: figure, context: context, files: true, correction: corrected)
            lastVerb = verb
        }
        return text
    }

    /// One earlier number: `41 (UNODC 2024 [3], batch 1: glotip_v1.csv; replaced 2026-11-30 by batch 2)`,
    /// without `: glotip_v1.csv` unless `files`.
    private static func part(
        _ revisions: [FigureRevision], at index: Int, of figure: FigureRecord, context: BriefContext, files: Bool, correction: Bool = false
    ) -> CitedText {
        let revision = revisions[index]
        let number = context.earlierNumber(revisions, at: index, of: figure)
        var origin: [CitedText] = []
        // The earlier release as a source of its own (a GLOTIP vintage) is cited; the figure's own source is not repeated.
        if let source = revision.source, source != figure.source, context.catalog.sources[source] != nil {
            origin.append(context.citedLabel(source))
        }
        if let batch = revision.loadedBy {
            origin.append(CitedText(plain: "batch \(batch)" + (files ? revision.loadedFrom.map { ": \($0)" } ?? "" : "")))
        }
        let day = String(revision.replacedAt.prefix(10))
        let replaced = correction
            ? "tipdb's copy corrected \(day) by batch \(revision.replacedBy)"
            : "replaced \(day) by batch \(revision.replacedBy)"
        let said = origin.isEmpty ? CitedText(plain: replaced) : CitedText.joined(origin, separator: ", ") + CitedText(plain: "; " + replaced)
        return CitedText(plain: "\(number) (") + said + ")"
    }
}

extension RevisionText {
    /// `report lineage`'s sentence for a key that held another figure before a load moved it
    /// (`FigureSet.reusedKeys`): "key reused: until batch 3 it held another figure (Forced labour,
    /// Nepal, 2016: 1.5 million), no earlier number of this one".
    ///
    /// Why with the earlier number, when a brief's note (`briefReuseText`) leaves it out: the
    /// analyst who reads the lineage is the one who can give the new figure a key of its own;
    /// `figure_revisions` keeps what the key held.
    static func reuseText(_ revision: FigureRevision, context: BriefContext) -> String? {
        guard let held = revision.held else { return nil }
        let unit = revision.unit ?? "persons"
        let number = context.catalog.quantity(unit: unit, measure: held.measure)
            .boundedText(value: revision.value, censored: revision.censored, low: revision.low, high: revision.high)
        return "key reused: until batch \(revision.replacedBy) it held another figure (\(heldText(held, context: context)): \(number)), "
            + "no earlier number of this one"
    }

    /// A brief's sentence in the note of a figure whose key held another figure before batch N
    /// moved it: "Key f1 held another figure until batch 3 (Forced labour, Nepal, 2016); a brief
    /// made before then that cites f1 cites that figure."
    ///
    /// Why in a brief at all: a reader holding an older brief that cites `f1` for forced labour,
    /// and this one citing `f1` for trafficking victims, would take them for one figure revised.
    /// The note names what the key held and until which batch (the provenance section lists the
    /// batches), not its number: that is no number of this figure, and the brief prints none of it.
    /// A key that held several names each until its batch, oldest first: "Key f1 held other figures
    /// until batch 4 (Forced labour, Nepal, 2016, until batch 3; Victims of trafficking in persons,
    /// Nepal, 2016, until batch 4); a brief made before then that cites f1 cites one of them."
    static func briefReuseText(_ reuses: [FigureRevision], key: String, context: BriefContext) -> String? {
        let held = reuses.compactMap { reuse in reuse.held.map { (what: heldText($0, context: context), until: reuse.replacedBy) } }
        guard let last = held.last else { return nil }
        guard held.count > 1 else {
            return "Key \(key) held another figure until batch \(last.until) (\(last.what)); "
                + "a brief made before then that cites \(key) cites that figure."
        }
        return "Key \(key) held other figures until batch \(last.until) ("
            + held.map { "\($0.what), until batch \($0.until)" }.joined(separator: "; ")
            + "); a brief made before then that cites \(key) cites one of them."
    }

    /// What a key held, as a brief names a figure: `Forced labour, Nepal, 2016`, then its subgroup.
    private static func heldText(_ held: FigureIdentity, context: BriefContext) -> String {
        var what = [context.catalog.measureLabel(held.measure), context.catalog.placeName(held.place),
                    ReferencePeriod(start: held.periodStart, end: held.periodEnd).text]
        if held.sex != "total" { what.append(held.sex) }
        if held.ageGroup != "total" { what.append(held.ageGroup == AgeGroup.unknown ? Words.unknownAge : held.ageGroup) }
        if let form = held.form { what.append(form == ExploitationForm.unknown ? Words.unknownForm : form) }
        return what.joined(separator: ", ")
    }
}
