import ArgumentParser

/// The values of a `--format` option that has a Markdown format: `md`, as every such command
/// names it in its help, or `markdown`, which is accepted for it.
///
/// Why: `tipdb sql` and `tipdb schema` took `--format markdown` and the reports `--format md`,
/// so one of the two always failed for a user coming from the other command (review W9). One
/// name is shown, so that help and errors agree across commands; the other still works, so
/// scripts and habits from either side keep running.
public protocol FormatOption: ExpressibleByArgument, CaseIterable, RawRepresentable where RawValue == String {
    /// The Markdown format, whose value is `md`.
    static var md: Self { get }
}

extension FormatOption {
    /// The other spelling of `md` that is accepted, though help lists only `md`.
    static var markdownAlias: String { "markdown" }

    // Public because the formats of the libraries (ReportFormat, ResultFormat) are public types.
    public init?(argument: String) {
        self.init(rawValue: argument == Self.markdownAlias ? Self.md.rawValue : argument)
    }
}
