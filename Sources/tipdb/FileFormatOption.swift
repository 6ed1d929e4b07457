/// A `--format` of a report that can be written with `-o FILE`: each value says which kind of
/// file it writes, so that a file name that says another kind is refused (`OutputFileKind`).
protocol FileFormatOption: FormatOption {
    var fileKind: OutputFileKind { get }
}
