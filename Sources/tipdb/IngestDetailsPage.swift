import ArgumentParser

/// `tipdb ingest --help-details` as a help screen (`HelpPages`): no usage and no options of its
/// own, only the page.
struct IngestDetailsPage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "How tipdb ingest loads and updates sources, studies and figures files, and what each column accepts.",
        usage: "",
        discussion: IngestHelp.details,
        helpNames: [])
}
