import ArgumentParser

/// `tipdb ingest --help-datasets` as a help screen (`HelpPages`): no usage and no options of its
/// own, only the page.
struct IngestDatasetsPage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "How tipdb ingest reads bulk datasets: UNODC GLOTIP, CTDC and Our World in Data.",
        usage: "",
        discussion: IngestHelp.datasets,
        helpNames: [])
}
