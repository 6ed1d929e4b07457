import ArgumentParser
import Report

extension ReportFormat: FileFormatOption {
    var fileKind: OutputFileKind {
        switch self {
        case .md: .markdown
        case .html: .html
        case .json: .json
        case .csv: .csv
        }
    }
}

extension StudiesRenderer.Format: FileFormatOption {
    var fileKind: OutputFileKind {
        switch self {
        case .md: .markdown
        case .csv: .csv
        }
    }
}

extension Bibliography.Format: FileFormatOption {
    var fileKind: OutputFileKind {
        switch self {
        case .md: .markdown
        case .cslJSON: .json
        case .bibtex: .bibtex
        }
    }
}

extension TipDB {
    /// `tipdb report`: briefs, bibliographies, lineage and studies, all from the same scope filters.
    struct ReportCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "Write policy briefs, bibliographies, lineage chains and study lists from the database.",
            discussion: """
                Every report is reproducible: the same database and the same command (with --date for briefs) \
                give the same bytes. Filters combine: --measure includes its sub-measures, --place a region's \
                countries, --from/--to keep figures whose reference period overlaps those years. A --measure or \
                --place that names nothing is a usage error with the closest names: for a number, the M49 numbers one \
                digit from it with their places (8400: 840, United States); for a measure in other words, those \
                whose code or label has all its words (detected victims: detected-trafficking-victims).
                """,
            subcommands: [BriefCommand.self, SourcesCommand.self, LineageCommand.self, StudiesCommand.self]
        )
    }
}
