import ArgumentParser
import Report
import Storage

extension LineageReport.Format: FormatOption {}

extension TipDB.ReportCommand {
    /// `tipdb report lineage KEY`: where one figure comes from.
    struct LineageCommand: ParsableCommand, JSONReporting {
        static let configuration = CommandConfiguration(
            commandName: "lineage",
            abstract: "Show the chain from a figure to its primary source, and the figures that repeat it.",
            discussion: "Each figure of the chain is shown with its value, its range (10,000 to 17,000 (95% interval), at least 30,000, up to 1.5 million), its measure, place, reference period and subgroup (a breakdown named: citizenship: Nationals), its source and quote, and, for a figure tipdb retract withdrew and ingest --restore-retracted loaded again, each time, oldest first: when and why it was retracted and which load restored it (with the number it held, when it came back with another). A load that cited the same number to another source or page gives a line too: cited to Institute B 2022, p. 10 (batch 2: v1.csv) until batch 3 (v2.csv) cited the same number to Institute A 2022, p. 7. The first figure of a measure a measures file changed since (measure_revisions, kept since m0064) says what it replaced: measure fl-adult-rate was defined as \"...\" (batch 1: m1.csv) until batch 3 (m2.csv) corrected it (--correction) to: defined as \"...\". A figure of a second-hand copy (Our World in Data's download of UNODC's series) is said to be one, the producer's data as the site republished it, and so is a chain that ends at one. Chains that end without a primary source, or loop, are flagged, and so is each repeat that changes what it repeats (the number beyond rounding, the range of a minimum or an interval dropped, the measure, place, unit, subgroup or period). So is a link tipdb check calls a repeat-before-original error (a repeat published before what it repeats), and a chain ending at a figure whose cites was cleared once the figure it cited was retracted (it names that figure, the load that cleared the cites and the retraction). The figures that repeat it are listed under \"Repeated by\", each under the figure it cites, with its value, place, period and subgroup, and a FLAG line under each one that changes the figure it repeats or repeats it before it was published. The chain's closing sentence names each change too, in brackets after the figure repeated: repeats ILO 2005 [2] (2.45 million, in the world not the United States). An unknown key is a usage error (64), as an unknown --place is, with the nearest keys when any are close; so is an empty one. The key of a figure tipdb retract withdrew exits 1 instead (the key is right; the figure was withdrawn on purpose), saying when, in which batch and why, then each earlier retraction and the load that restored it, and the query that shows it in figure_retractions.\n\n--format json prints one document instead, keys sorted: figure (the key asked about); chain, from the figure to the last one reached, each figure with key, value (a number; left out for a censored count, whose bounds are low and high: 1 and 4 for <5, as in the brief), censored, low, high, ciLevel, unit, text (the number in words), range, measure, measureLabel, place, placeName, period, periodStart, periodEnd, periodBasis (publication when the source does not state the period; left out otherwise), sex, ageGroup, form, subgroup, method, source, sourceLabel, citation, locator, quote, cites, release, revisions, seriesBreak, restored (the latest time: retractedBy, retractedAt, reason, restoredBy, restoredFile, withdrawnNumber, withdrawnBy and text; members without a value left out), restorations (every time, oldest first, as restored) and reattributions (source, locator, loadedBy, movedBy, movedFrom, text) and, under the first figure of a measure a measures file changed, measureRevisions (what it held: measure, label, counts, concept, definition, legalBasis, parent, defaultUnit; loadedBy, loadedFrom, changedBy, changedFrom, changedAt, correction, text); ending (primary, unsourced, missing or cycle), primary, brokenKey; flags, each with a code (no-primary-source, broken-chain, loop, repeat-changes with repeats and changes (value, range, measure, place, unit, subgroup, period), second-hand-copy, repeat-before-original and withdrawn-origin, each with repeats), the text output's sentence and the figure it is about; text (the chain in one sentence); repeatedBy, the figures that repeat it, nearest first, with their cites, depth and their own repeat-changes and repeat-before-original flags; references (number, key, label, text). A failure (a usage error too) is {\"error\": ..., \"exitCode\": ...}."
        )

        @OptionGroup var database: DatabaseOptions

        @Argument(help: ArgumentHelp("The figure's key (figures.key).", valueName: "figure-key"))
        var key: String

        @Option(help: ArgumentHelp("The output format: plain lines for a terminal (the default), Markdown to paste into a brief (also given as markdown; its references' web addresses are <https://...> autolinks, unescaped), or JSON for scripts.", valueName: "format"))
        var format: LineageReport.Format = .text

        static func asksForJSON(_ arguments: [String]) -> Bool {
            lastFormat(arguments) == LineageReport.Format.json.rawValue
        }

        func validate() throws {
            if key.allSatisfy(\.isWhitespace) {
                throw ValidationError("the figure key is empty; give the key of a figure (tipdb sql 'SELECT key FROM figures' lists them)")
            }
        }

        func run() throws {
            try ExitStatus.run(database: database.path, json: format == .json) {
                let db = try DatabaseFile.open(database.path, for: .read)
                defer { db.close() }
                try ReportOutput(path: nil, database: database.path).write(try LineageReport(db: db).render(key: key, format: format))
            }
        }
    }
}
