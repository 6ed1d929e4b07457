import Foundation
import Storage

/// Reads a `--template` file, refusing one that cannot be read as UTF-8 text with what is wrong
/// with it alone.
///
/// Why its own errors: a template that does not exist, or was saved as Latin-1, was reported as
/// "...; check the path and the Mustache syntax", sending a user to look for syntax errors in a
/// file that is not there. Mustache errors (`TemplateSyntax`) keep their own messages.
public enum TemplateFile {
    /// The template's text, without the UTF-8 byte order mark some editors save at its start.
    ///
    /// - Throws: `ReportError.templateFile` when the file is missing, a directory, unreadable or
    ///   not UTF-8 (with the offset of the first byte that is not).
    public static func read(_ path: String) throws -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ReportError.templateFile(path: path, problem: "no such file; check the path")
        }
        if isDirectory.boolValue {
            throw ReportError.templateFile(path: path, problem: "is a directory; expected a Mustache template file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReportError.templateFile(path: path, problem: "cannot be read; check its permissions")
        }
        if let (offset, byte) = firstInvalidByte(Array(data)) {
            // Every ASCII byte is valid UTF-8, so `byte` is 0x80 or more: most often a file saved
            // as Latin-1 or Windows-1252, where é is the one byte 0xE9.
            let character = byte >= 0xA0 ? " (\(Character(Unicode.Scalar(byte))) there)" : ""
            throw ReportError.templateFile(
                path: path,
                problem: "not UTF-8: byte 0x\(String(byte, radix: 16, uppercase: true)) at byte offset \(offset) is invalid; "
                    + "the text is probably Latin-1 or Windows-1252\(character): save it as UTF-8")
        }
        // A byte order mark is no character of the template: kept, it was copied into every brief
        // and made every column of line 1 one more than the user's editor shows (ingest skips it too).
        let bytes = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The offset and value of the first byte that is not part of well-formed UTF-8, or nil.
    static func firstInvalidByte(_ bytes: [UInt8]) -> (offset: Int, byte: UInt8)? {
        UTF8Scan.firstInvalidOffset(bytes).map { ($0, bytes[$0]) }
    }
}
