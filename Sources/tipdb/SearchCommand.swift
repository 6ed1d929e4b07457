import ArgumentParser
import Foundation
import Ingest
import Report
import Storage

extension TipDB {
    struct SearchCommand: ParsableCommand, JSONReporting {
        static let configuration = CommandConfiguration(
            commandName: "search",
            abstract: "Full-text search over sources, studies and figures.",
            discussion: """
                QUERY is words (all must match) or SQLite FTS5 syntax: "an exact phrase", OR, AND, NOT, prefix*, \
                NEAR(a b) and column filters such as title:labour. A query that is not FTS5 syntax (forced-labour, \
                O'Brien, US$32) is searched as plain words, each in double quotes, as a note \
                says (not numbers: 2.4 million). Indexed: sources title, authors, publisher, notes, container; \
                studies title, summary, population; figures quote, notes. A filter's column is empty in an \
                index without it (a note says so); one no index has is a usage error. A figure is \
                listed with measure and place (code and name), reference period, subgroup, the number \
                with its unit as briefs write it (US$150 billion a year, <5, \
                6,000 (revised from 5,000)) and its source as briefs cite it (and "; revised by a later edition: 1,210 \
                in UNODC 2024 (KEY)" if one did); a repeat adds the figure it cites and whose it is ((retracted) if gone; see report lineage KEY) \
                and lineage's FLAG for it. Retracted figures are left out. \
                Figures are also found by the names \
                of their place and measure: words that name a place (nigeria, or a code in capitals, NGA), \
                a measure (forced labour, forced labor; its sub-measures too), both (forced labour in Nigeria) or a number their value, \
                or an earlier one their source revised, rounds to (27.6 million, <5; a rate: 5.3 per 1,000) add those figures before the text matches, each with an excerpt \
                saying why. The query's other words narrow them: a year by the \
                period (forced labour Nigeria 2021), any other word by the words of the measure's name \
                (detected victims nigeria) or by the quote and notes; small words (in, of) and a question's \
                (how, many, are) narrow nothing, and people (persons, victims beside a measure's \
                name) asks for figures in persons, as a note says ("people", quoted, is matched as typed); \
                a region's name finds its own figures first, then those of the places within it, as \
                report brief --place reads it (a note names others), then other places' counts of its citizens; words of place names that name none whole \
                (Pacific, East Asia) find those places' own figures, as a note says; a state \
                (Texas) its country's, with it as breakdown; \
                primary figures first, then the widest place, newest first. \
                FTS5 syntax searches text only. Results rank best first, matches in [brackets]. \
                If none, a note names unmatched words (a number: none rounds to it), with a close word it holds \
                (traficking: trafficking), keeping a measure's name, or says the database is empty.

                A word with Chinese, Japanese, Korean, Thai, Lao, Khmer, Myanmar or Tibetan characters is \
                found wherever that character sequence occurs in the indexed text, inside longer runs too: \
                人身 finds 日本の人身取引. It combines \
                with other words, OR, NOT, "phrases", ^ and column filters; inside NEAR(...) it reads as AND. \
                Latin letters and digits written against such text (2019年, ＩＬＯ報告) are found by the word \
                alone (2019, ILO).

                Each result is one line (kind, key, title) and an indented one-line excerpt if any (line breaks \
                and tabs as spaces, other control characters as \\u{1B}).

                --json prints one document instead, keys sorted, members without a value left out: query (as \
                given), searched (as FTS5 was given it) and readAsPlainWords (as the note says); results, best first, each with kind (source, study or figure), key, title, excerpt (the \
                matching text, unmarked) and matches (each {"start", "end"}, code point offsets into \
                excerpt), and for a figure its \
                fields as typed values, as the brief's JSON gives them (figure: measure, measureLabel, place, \
                placeName, period (the brief's words), periodStart, periodEnd, periodBasis \
                (publication when no period is stated), sex, ageGroup, form, value (a number; for a censored \
                count low and high instead: 1 and 4 for <5), valueText (as printed), text (in words, as the brief: <5), censored, low, high, ciLevel, unit, source, \
                sourceLabel, cites (the key it repeats), \
                repeats ({key, source, sourceLabel, flags}, or {key, retracted} for a figure not in the database), \
                revisedFrom, laterEdition (as the title says it), laterEditionKey and release); notes (as on standard error); limit, and limitReached (true when more results match). Exit codes as for \
                text: 0 with no result too; 2 for a dropped search index or trigger (tipdb migrate --repair).
                """
        )

        @OptionGroup var database: DatabaseOptions

        /// Every argument that is not an option: a query that starts with `-` (`-11`, a negative
        /// number) is an unrecognised option to ArgumentParser, so it is taken here, and words that
        /// look like options are refused in `validate()`.
        @Argument(
            parsing: .allUnrecognized,
            help: ArgumentHelp(
                "The query, arguments joined with spaces; one starting with - may be a number (-11), others go after --.",
                valueName: "query"))
        var words: [String] = []

        /// The words up to the first `--`, which ends the options, and every word after it.
        private var splitWords: (options: ArraySlice<String>, literal: ArraySlice<String>) {
            guard let end = words.firstIndex(of: "--") else { return (words[...], []) }
            return (words[..<end], words[(end + 1)...])
        }

        var query: String { (splitWords.options + splitWords.literal).joined(separator: " ") }

        @Option(help: "Only these.")
        var kind: SearchKind?

        @Option(parsing: .unconditional, help: "At most this many results (the last line says when more match).")
        var limit: Int = 20

        @Flag(help: "One JSON document (shape above); a failure, usage errors too, as {\"error\": ..., \"exitCode\": ...}.")
        var json = false

        func validate() throws {
            // A mistyped option (--limt) would otherwise be searched for.
            if let option = splitWords.options.first(where: Self.looksLikeOption) {
                throw ValidationError("unknown option '\(option)'; to search for a word that starts with -, put it after --, as in tipdb search -- \(option)")
            }
            if query.allSatisfy(\.isWhitespace) {
                throw ValidationError("the search query is empty; give words to search for, such as tipdb search 'forced labour'")
            }
            if limit < 1 { throw ValidationError("--limit must be at least 1") }
        }

        /// `--name`, `--name=value` or `-x`: a dash and a letter, and no space (`-title:labour x` is a query).
        private static func looksLikeOption(_ word: String) -> Bool {
            let name = word.hasPrefix("--") ? word.dropFirst(2) : word.hasPrefix("-") ? word.dropFirst() : ""
            return name.first?.isLetter == true && !word.contains(where: \.isWhitespace)
        }

        /// The word a result starts with: `source`, `study` or `figure` for a kind searched.
        static func noun(_ kind: String) -> String {
            ["sources": "source", "studies": "study", "figures": "figure"][kind] ?? kind
        }

        func run() throws {
            try ExitStatus.run(database: database.path, json: json) {
                let db = try DatabaseFile.open(database.path, for: .read)
                defer { db.close() }
                try SchemaUpkeep.refuseDamagedSearch(db, path: database.path, json: json)
                // One more than shown, to know whether --limit hid any: "(20 results)" read as all there were.
                let outcome: Search.Outcome
                var revised: [String: String] = [:]
                do {
                    // A revised figure's number says what it was revised from, in the brief's words;
                    // --json says it again in a member of its own.
                    outcome = try Search(db: db, readNumber: SearchNumberReading.read).run(
                        query, kind: kind?.rawValue, limit: limit == Int.max ? limit : limit + 1,
                        revisedFrom: { keys in
                            let found = try RevisedNumbers.revisedFrom(keys, db: db)
                            revised.merge(found) { _, new in new }
                            return found
                        },
                        // What lineage flags of a repeat, in its words: the title and --json carry it.
                        repeatFlags: { keys in try RepeatFlags.flags(keys, db: db) })
                } catch let error as Search.ColumnError {
                    throw ExitStatus.usage(VisibleText.escaping(error.message))
                }
                for note in outcome.notes { Note.print(VisibleText.escaping(note)) }
                let found = outcome.hits
                let hits = found.prefix(limit)
                if json {
                    // The sources were read for the titles: the document takes them from there.
                    var figures = try Search(db: db).figures(hits.filter { $0.kind == "figures" }.map(\.key), sourcing: outcome.sourcing)
                    for (key, from) in revised { figures[key]?.revisedFrom = from }
                    for (key, text) in outcome.laterEditionTexts {
                        figures[key]?.laterEdition = text
                        figures[key]?.laterEditionKey = outcome.laterEditions[key]?.key
                    }
                    for (key, text) in outcome.releases { figures[key]?.release = text }
                    // `period` in the brief's words, as the brief and lineage JSON give it: one meaning across the three.
                    for (key, figure) in figures {
                        figures[key]?.period = ReferencePeriod.briefText(
                            start: figure.periodStart, end: figure.periodEnd, unstated: figure.periodBasis == Figure.publicationPeriod)
                    }
                    let output = SearchJSONOutput(query: query, outcome: outcome, shown: Array(hits), figures: figures, limit: limit)
                    print(try JSONLayout.document(output), terminator: "")
                    return
                }
                // Stored text may span lines or hold escape sequences: each result keeps its two lines.
                for hit in hits {
                    print("\(Self.noun(hit.kind))  \(VisibleText.oneLine(hit.key))  \(VisibleText.oneLine(hit.title))")
                    let snippet = VisibleText.oneLine(hit.snippet)
                    if !snippet.isEmpty { print("    \(snippet)") }
                }
                if found.count > limit {
                    let shown = limit == 1 ? "first result only" : "first \(limit) results"
                    print("(\(shown): --limit \(limit) reached, more match; raise --limit to see them)")
                } else {
                    print("(\(hits.count) result\(hits.count == 1 ? "" : "s"))")
                }
            }
        }
    }
}
