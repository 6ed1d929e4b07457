import ArgumentParser
import Foundation
import Ingest
import Storage

extension TipDB {
    struct CheckCommand: ParsableCommand, JSONReporting {
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, json
        }

        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Audit the database before a brief goes out: storage and research integrity.",
            discussion: """
                Errors (exit 1): PRAGMA integrity_check or foreign_key_check failures; lineage chains that cite a \
                figure not in the database (lineage-broken) or that loop; tipdb's own tables, \
                indexes, views or triggers missing or changed (schema: tipdb migrate --repair); views that cannot be read (broken-view); \
                a full-text search index that does not match its rows (search-index); bounds that do not contain the value; units that \
                contradict the measure; numbers their unit cannot hold (negative counts, shares over 100 percent, more persons than the world's 8.2 billion); periods that are not \
                YYYY, YYYY-MM or a real YYYY-MM-DD from 1800 to 2200; case rows whose dataset_id names no datasets \
                row; spellings of the forms tables that name more than one \
                form (ambiguous-form-spelling); figures counted from records under a measure \
                that is a prevalence estimate (method-contradicts-measure), or of a form outside their measure's \
                concept (form-contradicts-measure); repeats \
                published before what they cite (repeat-before-original); text garbled by an Excel round trip (garbled-text) or not valid UTF-8 (text-not-utf8), and years typed into date cells \
                (year-typed-as-date: 1905-07-11 for 2019), which ingest refuses; derived counts disclosure control would not publish (derived-count-below-min-cell, \
                derived-count-narrows).

                Warnings (exit 0): triggers tipdb did not make (schema-triggers); lineage \
                chains that end at a figure that is only reported ("unsourced"); chains of more than 100 repeats \
                (lineage-too-long); repeats that change what they repeat beyond rounding (repeat-changed); figures of \
                another source's study (study-of-another-source); a \
                subgroup larger than a total it is part of (subgroup-above-total: girls above all children, \
                12-17 above children, a form or citizenship above its dimension's Total); \
                subgroups that cannot overlap adding up to more than their total (parts-above-total: female 3 + male <5 > 3, beyond rounding); sex or age shares over 100% (shares-above-whole); a place's count, or countries' or one system's regions' summed, above \
                their region's or the world's from one source (place-above-region, countries-above-region, regions-above-region); a measure, or measures summed, above their whole (measure-above-whole, \
                parts-above-whole); quarters that do not add up to their year (sub-periods-off-total); a primary \
                figure 10 times the one before it in its series, or a tenth of it (series-jump); one source's figure under two keys (same-figure-twice); a second-hand copy whose number differs from its producer's (copy-differs); a count a later edition revised (revised-by-later-edition); \
                figures whose reference period starts after their source was \
                published (period-after-publication), and studies likewise (study-period-after-publication); \
                periods that start before it but end after (period-ends-after-publication); \
                a period_basis publication outside the source's year (period-not-publication-year); figures estimated \
                under a measure that counts detected or criminal-justice cases \
                (estimate-under-count-measure); shares in percent of everyone with no notes \
                (share-without-part); shares of a whole all at most 1 (fraction-as-percent); counts that are not whole numbers; figures without \
                a quote or locator, or quoting only numbers not theirs (quote-contradicts-value); age groups outside the accepted set (age-group-not-accepted); child labour's whole filed as a subgroup (whole-as-subgroup); a state filed as its country (part-as-country); forms \
                outside the forms table (unknown-form); sources \
                without a URL or accessed date, or read before publication (accessed-before-publication), or without a current label in source_labels \
                (source-without-label, source-label-stale); sources sharing \
                a DOI, or title, year and authors (same-doi, same-source-twice); a garbled word (garbled-word); JSON columns holding other text (json-not-valid); search indexes left unchecked (search-index-unchecked). Each rule in a line: --list-rules; in full: README, "Before a \
                brief goes out".

                As JSON: {"findings": [...], "totals": {"errors": N, "rowsByCheck": {...}, "warnings": M}}; each finding's \
                rowKeys say what each of its rows names ({"keys": ["f1"], "kind": "figure"}), to join findings to the \
                tables; a failure, a usage error too, is {"error": ..., "exitCode": ...}.
                """
        )

        @OptionGroup var database: DatabaseOptions

        @Option(help: "The output format (both are written as the audit goes, so a failure part way through a long report follows the part already written, exit 2).")
        var format: Format = .text

        @Option(parsing: .unconditional, help: "In text output, list at most this many rows per finding (JSON lists all).")
        var maxRows: Int = 10

        @Flag(help: "List every rule: severity, name, what it finds.")
        var listRules = false

        /// `--format json` asks for JSON; the last `--format` given counts (two are a usage error).
        static func asksForJSON(_ arguments: [String]) -> Bool {
            lastFormat(arguments) == Format.json.rawValue
        }

        func validate() throws {
            if maxRows < 0 { throw ValidationError("--max-rows must be 0 or more") }
        }

        func run() throws {
            if listRules {
                let width = AuditRuleList.all.map(\.check.count).max() ?? 0
                for rule in AuditRuleList.all {
                    let severity = rule.severity.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
                    print(severity + rule.check.padding(toLength: width + 2, withPad: " ", startingAt: 0) + rule.finds)
                }
                return
            }
            try ExitStatus.run(database: database.path, json: format == .json) {
                let db = try DatabaseFile.open(database.path, for: .read)
                defer { db.close() }
                let audit = Audit(db: db, moreRules: DerivedCountAudit.rules(db: db))
                let errors: Int
                switch format {
                case .json:
                    let output = CheckJSONOutput()
                    do { try audit.run(into: output) } catch { output.abandon(); throw error }
                    output.finish()
                    errors = output.errors
                case .text:
                    let output = CheckTextOutput(maxRows: maxRows)
                    do { try audit.run(into: output) } catch { output.abandon(); throw error }
                    output.finish(database: database.path)
                    errors = output.errors
                }
                if errors > 0 { throw ExitStatus.rejected }
            }
        }
    }
}
