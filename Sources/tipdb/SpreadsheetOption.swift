import ArgumentParser
import Report

/// `--spreadsheet`, shared by every command that writes CSV (`report brief`, `report studies`,
/// `sql`): CSV for a person opening it in Excel or LibreOffice (`CSVStyle.spreadsheet`).
///
/// Why one option with one name: an analyst who learnt it on the brief must find it on `sql`, and
/// why opt-in: the byte order mark and the apostrophes are bytes a program, and `tipdb ingest`,
/// would read as data. Named for where the file is opened rather than for one program
/// (`--excel`), since LibreOffice and Google Sheets read a formula in a cell the same way.
struct SpreadsheetOption: ParsableArguments {
    @Flag(help: ArgumentHelp(
        "CSV for Excel, LibreOffice or any spreadsheet (hence the name): a UTF-8 byte order mark, and ' before text that starts a formula (= + - @ tab CR); numbers stay."))
    var spreadsheet = false

    /// How CSV is written.
    var csvStyle: CSVStyle { spreadsheet ? .spreadsheet : .plain }

    /// Why `--spreadsheet` cannot go with the format in effect, as a usage message, or nil when it
    /// is not given or the format is CSV.
    ///
    /// Why refused rather than ignored: `--format json --spreadsheet` would write JSON a user took
    /// for guarded, and `--spreadsheet` alone would write Markdown (or a table) to a user who
    /// asked for a file to open in a spreadsheet.
    ///
    /// - Parameters:
    ///   - format: The `--format` value in effect, as help names it (`md`, `table`).
    ///   - isCSV: Whether that format writes CSV.
    ///   - isDefault: Whether `--format` was left out, so that "(the default)" says where the
    ///     format came from; nil when the command cannot tell.
    func problem(format: String, isCSV: Bool, isDefault: Bool?) -> String? {
        guard spreadsheet, !isCSV else { return nil }
        let source = isDefault == true ? " (the default)" : ""
        let change = isDefault == true ? "add --format csv" : isDefault == false ? "use --format csv instead" : "use --format csv"
        return "--spreadsheet applies to CSV only, and the format is \(format)\(source); \(change), or leave out --spreadsheet"
    }
}
