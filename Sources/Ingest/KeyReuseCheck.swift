import Storage

/// Ingest's warning at a row that updates a stored figure by its key and moves it to another
/// measure, place, period, sex, age group or form: the key now holds another figure.
///
/// Why a warning, not a refusal: an update by key writes what the row says, as the user asked,
/// and the earlier figure is kept in `figure_revisions`. But a brief used to print the earlier
/// figure's number as this one's ("170,000 (revised from 1.5 million)", forced labour become
/// trafficking victims under a colleague's reused key `f1`): a number of another figure is no
/// revision of this one's, and briefs, `report lineage` and `figure_citations` now leave it out
/// (`FigureSet.keyReuse`, m0046). The row is where to give the new figure a key of its own.
///
/// Which fields make a row another figure is `FigureIdentity`'s rule, the one briefs, check and
/// `Database.keepingCorrections` use; the earlier number is written as a kept correction's note
/// writes one (`Figure.numberText`), with its bounds: `(12000 (11000 to 13000, ci_level 0.95))`.
enum KeyReuseCheck {
    /// Where a row gave the fields that make a figure the figure it is, for a warning at the cell
    /// that changed: plain positions, no text, so that a queued row carries them cheaply.
    struct Cells {
        struct Position {
            let line: Int
            let column: Int
        }

        var measure: Position?
        var place: Position?
        var periodStart: Position?
        var periodEnd: Position?
        var sex: Position?
        var ageGroup: Position?
        var form: Position?
        /// Where the row gave its number (`value`, else `low` for a range, else `censored`): a
        /// restored figure's undone correction is warned about there (`RestoredCorrectionWarning`).
        var number: Position?
        /// The row's own position, for a field it did not give.
        let row: Position

        /// The cells of `row`'s fields; the period's are `period`'s when the row gives the period whole.
        init(_ row: RowReader) {
            func at(_ name: String) -> Position? { row.field(name).map { Position(line: $0.line, column: $0.column) } }
            let period = at("period")
            (measure, place, periodStart, periodEnd) = (at("measure"), at("place"), period ?? at("period_start"), period ?? at("period_end"))
            (sex, ageGroup, form) = (at("sex"), at("age_group"), at("form"))
            number = at("value") ?? at("low") ?? at("censored")
            self.row = Position(line: row.record.line, column: row.record.column)
        }
    }

    /// The warning for a figure `figure` that replaced `previous` under the same key, or nil when
    /// it is still the same figure (or no figure was replaced). Nil for a correction
    /// (`tipdb ingest --correction`), which fixes tipdb's copy of a figure filed wrongly.
    ///
    /// `movedAway` finds the load that last moved the key away from the figure the row gives, when
    /// the key held it before (`Database.loadThatMovedKey`): asked only for a row warned about.
    static func warning(
        _ figure: Figure, replaced previous: Figure?, cells: Cells, file: String, correction: Bool,
        movedAway: () throws -> (batch: Int64, file: String?)?
    ) throws -> IngestIssue? {
        guard !correction, let previous else { return nil }
        typealias Change = (field: String, now: String, at: Cells.Position?)
        // Which fields make the row another figure is `FigureIdentity`'s rule, shared with briefs and check.
        let changes: [Change] = FigureIdentity(previous).changes(to: FigureIdentity(figure)).map { field -> Change in
            switch field {
            case .measure: (field.rawValue, figure.measure, cells.measure)
            case .place: (field.rawValue, figure.place, cells.place)
            case .period:
                (field.rawValue, period(figure), figure.periodStart != previous.periodStart ? cells.periodStart : cells.periodEnd)
            case .sex: (field.rawValue, figure.sex, cells.sex)
            case .ageGroup: (field.rawValue, figure.ageGroup, cells.ageGroup)
            case .form: (field.rawValue, figure.form ?? "all forms", cells.form)
            }
        }
        guard !changes.isEmpty else { return nil }
        // At the first cell that changed, in the row's reading order.
        let placed = changes.compactMap(\.at)
        let at = placed.min { ($0.line, $0.column) < ($1.line, $1.column) } ?? cells.row
        let first = changes.first { $0.at?.line == at.line && $0.at?.column == at.column } ?? changes[0]
        let given = changes.map { "\($0.field) \($0.now)" }
        let givenText = EnglishList.joined(given)
        let held = "\(first.field): key \"\(figure.key)\" held \(described(previous)) (\(previous.numberText)), and this row gives it \(givenText)"
        let message: String
        if let away = try movedAway() {
            // A reload of the original after a colleague's file moved the key: the row is right, and
            // only `--correction` can say the move away was the slip (a correction back is no reuse).
            message = held + ": the figure the key held until batch \(away.batch)\(away.file.map { " (\($0))" } ?? "") moved it away, "
                + "so briefs and lineage will say the key held another figure until this load; expected --correction "
                + "if batch \(away.batch) filed this figure wrongly (a correction that moves it back is no reuse); "
                + "updated as given, the earlier figure kept in figure_revisions"
        } else {
            message = held + ": another figure, whose number is no revision of that one's (briefs will not say \"revised from\"); "
                + "expected a new key for a new figure; updated as given, the earlier figure kept in figure_revisions"
        }
        return IngestIssue(file: file, line: at.line, column: at.column, message: message)
    }

    /// `forced-labour, NPL, 2016`, with the subgroup when it is not everyone: `..., sex female`.
    private static func described(_ figure: Figure) -> String {
        var parts = [figure.measure, figure.place, period(figure)]
        if figure.sex != "total" { parts.append("sex \(figure.sex)") }
        if figure.ageGroup != "total" { parts.append("age_group \(figure.ageGroup)") }
        if let form = figure.form { parts.append("form \(form)") }
        return parts.joined(separator: ", ")
    }

    /// The period as a file writes it: `2016`, `1995-2004`, `2019-06/2019-12`.
    private static func period(_ figure: Figure) -> String {
        PeriodDays.named(start: figure.periodStart, end: figure.periodEnd)
    }
}
