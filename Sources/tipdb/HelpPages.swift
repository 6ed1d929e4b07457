import ArgumentParser

/// A command whose `--help` would be too long with everything it documents: the rest is on
/// pages, each shown by a flag of the command (`tipdb ingest --help-datasets`).
///
/// Why: `tipdb ingest --help` was 250 lines, and a first-time analyst could not find what a
/// figures row looks like (review W18). Each page is a help screen of its own type, rendered by
/// ArgumentParser as `--help` is, so it wraps the same way; the flags are declared on the command
/// too, so that its usage and OPTIONS list them. `TipDB.showHelpPage` shows a page before the
/// arguments are parsed, as `--help` is shown: a required argument (ingest's files) is not needed.
protocol HelpPages: ParsableCommand {
    /// Each page, by the flag that shows it.
    static var helpPages: [(flag: String, page: ParsableCommand.Type)] { get }
}
