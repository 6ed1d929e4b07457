import Foundation
import Storage

/// Why a report could not be produced, in words that say what to do next.
///
/// Every case is one line: the CLI prints it after `tipdb: error:` and exits 1, or 64 for a usage
/// error (`isUsage`).
public enum ReportError: Error, LocalizedError, Equatable, Sendable {
    /// No figure matches the filters; `filters` is the filters as command-line options.
    case emptyScope(filters: String)
    /// Figures match the filters, `count` of them, but `tipdb retract` withdrew every one: said
    /// apart from `emptyScope`, whose "no figures match" left the user thinking none had ever
    /// been loaded. The same exit code (1).
    case withdrawnScope(filters: String, count: Int)
    /// No figure matches, but regions that overlap the places asked for without lying within them
    /// have figures for the measures and periods asked for: `regions` names them with their
    /// counts ("Europe and Central Asia (1 figure)"), so that "no figures match --place Europe"
    /// does not read as if nothing were known about Europe. The same exit code (1).
    case emptyScopeBesideRegions(filters: String, regions: String)
    /// No figure matches, but figures for other places count only citizens of the places asked
    /// for (`citizenship: Viet Nam` on a United Kingdom count): `citizens` says how many, of which
    /// citizenship and where, and `query` is the search that lists them. Without it, "no figures
    /// match --place VNM" read as if nothing were known of Viet Nam's victims. The same exit code (1).
    case emptyScopeBesideCitizens(filters: String, citizens: String, query: String)
    /// `report studies` with filters that match neither a study nor a figure; said of studies,
    /// since "no figures match" read as if figures were what the command lists.
    case noStudies(filters: String)
    /// `report sources` with filters that match no figure: with filters, the sources listed are
    /// those the figures in scope (and their lineage and studies) cite, so none can be listed.
    case noSources(filters: String)
    /// A `--measure` value that names no measure, with the closest codes.
    case unknownMeasure(String, suggestions: [String])
    /// A `--measure` value that names no measure but a concept (`human trafficking`), which
    /// `--concept` takes with all its measures; `suggestions` are measures to give instead.
    case measureIsConcept(String, concept: String, suggestions: [String])
    /// A `--concept` value that is not one of the schema's concepts.
    case unknownConcept(String, known: [String])
    /// A `--place` value that names no place, code or alias, with the closest names, and the
    /// place names of the suggestions that are M49 numbers (`Gazetteer.glosses(of:)`).
    case unknownPlace(String, suggestions: [String], glosses: [String: String] = [:])
    /// A `--place` value that names two places (`Micronesia`), with the message naming each
    /// place's code (`Gazetteer.refusal(for:)`).
    case ambiguousPlace(String, message: String)
    /// A figure key given to `report lineage` that is not in the database, with the closest keys.
    case unknownFigure(String, suggestions: [String])
    /// A key given to `report lineage` that names a source or a study: the message says which,
    /// and how to list its figures (`Database.notAFigure`).
    case notAFigure(message: String)
    /// A key given to `report lineage` whose figure `tipdb retract` withdrew (and no load has
    /// brought back), with the retraction's batch, date and reason (`Database.retraction(of:)`, the
    /// lookup `tipdb retract` names an earlier retraction by). Not a usage error: the key is right,
    /// the figure is gone on purpose (exit 1). It said "unknown figure", suggesting another key.
    /// With the key's earlier retractions that a load restored, oldest first (`Database.restorations(of:)`).
    case retractedFigure(String, Retraction, earlier: [Restoration])
    /// A `--date` that is not a calendar date.
    case invalidDate(String)
    /// A `SOURCE_DATE_EPOCH` that is not a whole number of seconds: the reproducible-builds
    /// convention asks tools to fail rather than fall back to the clock.
    case invalidSourceDateEpoch(String)
    /// A template that cannot be rendered: the data model could not be prepared, or the renderer
    /// failed.
    case template(path: String, reason: String)
    /// A template file that is missing, a directory, unreadable or not UTF-8 (`TemplateFile`):
    /// what is wrong with the file, nothing about its syntax.
    case templateFile(path: String, problem: String)
    /// A template that is not valid Mustache (a section or tag never closed, a close that does
    /// not match): the tag at fault, with its line, column and what was expected. The message is
    /// the summary; the command prints `issue` above it.
    case templateSyntax(TemplateIssue)
    /// A template with tags that would always render as nothing (`{{titel}}`): each one, with
    /// its line, column and what was expected. The message is the summary; the command prints
    /// `issues` above it, one line each.
    case templateFields(path: String, issues: [TemplateIssue])
    /// An output file that cannot be written.
    case cannotWrite(path: String, reason: String)
    /// Writing the file failed; `reason` says why (a full disk, a file-size limit, a permission)
    /// and what to do, so no generic advice is added.
    case writeFailed(path: String, reason: String)

    /// True for an argument that names nothing (a measure, concept or place, a figure key, a
    /// date): a bad argument, which the README's table of exit codes counts as a usage error (64),
    /// not as input rejected (1).
    public var isUsage: Bool {
        switch self {
        case .unknownMeasure, .measureIsConcept, .unknownConcept, .unknownPlace, .ambiguousPlace, .unknownFigure, .notAFigure, .invalidDate, .invalidSourceDateEpoch: true
        case .emptyScope, .withdrawnScope, .emptyScopeBesideRegions, .emptyScopeBesideCitizens, .retractedFigure, .noStudies, .noSources, .template, .templateFile, .templateSyntax, .templateFields, .cannotWrite, .writeFailed: false
        }
    }

    public var errorDescription: String? {
        switch self {
        case .emptyScope(let filters):
            // Without filters there is nothing to widen: the database is empty of figures.
            guard !filters.isEmpty else { return "the database holds no figures yet; load some with tipdb ingest" }
            return "no figures match \(filters); widen the filters or ingest figures first (tipdb status shows what the database holds)"
        case .emptyScopeBesideRegions(let filters, let regions):
            return "no figures match \(filters); regions that contain or overlap the places asked for have figures for those "
                + "measures and periods, which are not the places' own: \(regions); name one with --place to see its figures, "
                + "or widen the filters or ingest figures first (tipdb status shows what the database holds)"
        case .emptyScopeBesideCitizens(let filters, let citizens, let query):
            return "no figures match \(filters); \(citizens), figures of the places they were recorded for, not of the places asked for: "
                + "tipdb search \(query) lists them; or widen the filters or ingest figures first (tipdb status shows what the database holds)"
        case .withdrawnScope(let filters, let count):
            // Without filters the database is named by the command, as for "holds no figures yet".
            let match = filters.isEmpty ? (count == 1 ? "was loaded" : "were loaded") : (count == 1 ? "matches " : "match ") + filters
            let withdrawn = count == 1 ? "it was withdrawn" : "all were withdrawn"
            return "\(Words.count(count, "figure")) \(match), but \(withdrawn) with tipdb retract, so there is nothing to report; "
                + RetractedFigures.listCommand + (count == 1 ? " lists it with its reason and last values" : " lists them with their reasons and last values")  // sql-constant: a message, never executed
        case .noStudies(let filters):
            return "no studies match \(filters): no figure they match comes from a study, and no study without figures covers those places and years; widen the filters or ingest studies first (tipdb status shows what the database holds)"
        case .noSources(let filters):
            return "no sources match \(filters): with filters, the sources listed are those of the figures in scope, and no figure matches; widen the filters or ingest figures first (tipdb status shows what the database holds)"
        case .unknownMeasure(let name, let suggestions):
            // The question when something is close, then what to give and where to look, as ingest
            // and --place say it: a wrong guess left the user with nowhere to look.
            return Suggestions.message(
                "unknown measure \"\(name)\"", suggesting: suggestions,
                expected: "give a measure code or label, such as forced-labour (tipdb sql 'SELECT code, label FROM measures' lists them)")  // sql-constant: a message, never executed
        case .measureIsConcept(let name, let concept, let suggestions):
            // Said as a concept first: "did you mean trafficking-victims?" alone left out detected
            // victims, prosecutions and convictions, which a member asking about trafficking means too.
            let measures = suggestions.isEmpty ? "" : ", or one measure with --measure, such as " + EnglishList.joined(suggestions)
            return "unknown measure \"\(name)\"; it names the concept \(concept): give --concept \(concept) for all its measures"
                + measures + " (tipdb sql 'SELECT code, label, concept FROM measures' lists them)"  // sql-constant: a message, never executed
        case .unknownConcept(let name, let known):
            return "unknown concept \"\(name)\"; expected one of \(known.joined(separator: ", "))"
        case .unknownPlace(let name, let suggestions, let glosses):
            // Ingest's words for the same place in a file (`Gazetteer.unknownPlace`), but for a part
            // of a country, whose figures a brief of the country shows under their breakdown.
            if let part = SubnationalPlace.named(name) {
                return "unknown place \"\(name)\"; \(part.optionAdvice)"
            }
            return Gazetteer.unknownPlace(name, suggesting: suggestions, glosses: glosses)
        case .ambiguousPlace(_, let message):
            return message
        case .unknownFigure(let written, let suggestions):
            // A key copied from CSV output carries its \r: shown, or it overwrote the line on a terminal.
            let key = VisibleText.escaping(written)
            guard suggestions.isEmpty else { return Suggestions.message("unknown figure \"\(key)\"", suggesting: suggestions) }
            return "unknown figure \"\(key)\"; give the key of a figure (tipdb sql 'SELECT key FROM figures' lists them)"  // sql-constant: a message, never executed
        case .notAFigure(let message):
            return message
        case .retractedFigure(let key, let retraction, let earlier):
            // Withdrawn before and loaded again: said in order, so that a figure retracted twice does not read as retracted once.
            let before = earlier.isEmpty ? "" : "before that it was " + earlier.map(\.history).joined(separator: ", and then ") + "; "
            return "figure \"\(key)\" was withdrawn with tipdb retract (\(retraction.particulars)), so it has no lineage to show; "
                + before + Retraction.showCommand(key) + " shows it with its reason and last values (tipdb ingest --restore-retracted loads it again from its file)"
        case .invalidDate(let text):
            return "\"\(text)\" is not a date; expected --date YYYY-MM-DD, such as 2026-11-29"
        case .invalidSourceDateEpoch(let text):
            return "SOURCE_DATE_EPOCH=\"\(text)\" is not a number of seconds since 1970; set it to one (such as 1764460800), unset it, or pass --date YYYY-MM-DD"
        case .template(let path, let reason):
            return "template \(path): \(reason); check the path and the Mustache syntax (the data model is the output of --format json)"
        case .templateFile(let path, let problem):
            return "template \(path): \(problem)"
        case .templateSyntax(let issue):
            return "template \(issue.path) is not valid Mustache; nothing was written (fix the tag at line \(issue.line), column \(issue.column), then run the command again)"
        case .templateFields(let path, let issues):
            let tags = issues.count == 1 ? "1 tag" : "\(issues.count) tags"
            return "template \(path): \(tags) would always be empty, whatever the data; nothing was written (the brief's fields are listed under \"The brief's data model\" in the README; tipdb report brief --format json shows them with their values)"
        case .cannotWrite(let path, let reason):
            return "cannot write \(path): \(reason); check that the directory exists and is writable"
        case .writeFailed(let path, let reason):
            return "cannot write \(path): \(reason)"
        }
    }
}
