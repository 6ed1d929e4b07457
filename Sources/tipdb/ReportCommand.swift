import ArgumentParser
import Report

extension ReportFormat: ExpressibleByArgument {}
extension StudiesRenderer.Format: ExpressibleByArgument {}
extension Bibliography.Format: ExpressibleByArgument {}

extension TipDB {
    /// `tipdb report`: briefs, bibliographies, lineage and studies, all from the same scope filters.
    struct ReportCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "Write policy briefs, bibliographies, lineage chains and study lists from the database.",
            discussion: """
                Every report is reproducible: the same database and the same command (with --date for briefs) \
                give the same bytes. Filters combine: --measure includes its sub-measures, --place a region's \
                countries, --from/--to keep figures whose reference period overlaps those years.
                """,
            subcommands: [BriefCommand.self, SourcesCommand.self, LineageCommand.self, StudiesCommand.self]
        )
    }
}
