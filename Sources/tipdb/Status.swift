import ArgumentParser
import Foundation
import Storage

extension TipDB {
    struct Status: ParsableCommand, JSONReporting {
        static let configuration = CommandConfiguration(
            abstract: "Show the schema version, file size and record counts."
        )

        @OptionGroup var database: DatabaseOptions

        @Flag(help: "Print JSON for scripts, and a failure (a usage error too) as {\"error\": ..., \"exitCode\": ...}.")
        var json = false

        func run() throws {
            try ExitStatus.run(database: database.path, json: json) {
                let db = try DatabaseFile.open(database.path, for: .inspect)
                defer { db.close() }
                let status = try DatabaseStatus(of: db)
                if json {
                    print(try JSONLayout.document(status), terminator: "")
                    return
                }
                // An empty or foreign file needs init, as every other command says; an older schema needs migrate.
                // Both name the file: without --db they would act on $TIPDB_DATABASE or ./tipdb.sqlite.
                let advice =
                    status.schemaVersion == 0 ? " (no tipdb schema yet: run `tipdb init --db \(database.path)`)"
                    : status.schemaVersion < status.latestSchemaVersion ? " (this tipdb knows \(status.latestSchemaVersion): \(OlderSchemaAdvice.commands(for: database.path)))"
                    : ""
                print("""
                    database:       \(status.path)
                    schema version: \(status.schemaVersion)\(advice)
                    file size:      \(ByteCount.format(status.fileSize))
                    sources:        \(status.sources)
                    studies:        \(status.studies)
                    figures:        \(status.figures)
                    places:         \(status.places)
                    measures:       \(status.measures)
                    """)
                if status.cases > 0 {
                    let versions = status.caseDatasets
                    print("case records:   \(status.cases) from \(versions) dataset version\(versions == 1 ? "" : "s") (personal data: share briefs, not this file)")
                }
                if status.caseRejects > 0 {
                    let rows = status.caseRejects
                    print("refused case rows: \(rows) in ingest_rejects (personal data: each names a person's row and quotes the value refused)")
                }
            }
        }
    }
}
