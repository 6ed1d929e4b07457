import Foundation

/// Command-line arguments that are not UTF-8, found before ArgumentParser reads them.
///
/// Swift decodes each argument with replacement characters, so a file named with a Latin-1 byte
/// (`bad\xFFname.csv`) arrived as `bad�name.csv` and was reported as "no such file", though it
/// exists. tipdb cannot open it under another name, so it says what is wrong instead.
enum ArgumentEncoding {
    /// The message for the first argument (after the program name), or `TIPDB_DATABASE`, that is
    /// not valid UTF-8, or nil when all of them are.
    static func firstInvalid() -> String? {
        for index in 1..<Int(CommandLine.argc) {
            guard let pointer = CommandLine.unsafeArgv[index] else { continue }
            let bytes = Self.bytes(pointer)
            if String(validating: bytes, as: UTF8.self) != nil { continue }
            return "argument \(index) (\(visible(bytes))) is not valid UTF-8; tipdb reads file names and text as UTF-8: rename the file (for example with convmv) or re-encode the text"
        }
        // The database named by the environment too: decoded with replacement characters, it
        // named another file, which init then created.
        if let pointer = getenv("TIPDB_DATABASE") {
            let bytes = Self.bytes(pointer)
            if String(validating: bytes, as: UTF8.self) == nil {
                return "TIPDB_DATABASE (\(visible(bytes))) is not valid UTF-8; tipdb reads file names as UTF-8: rename the file (for example with convmv)"
            }
        }
        return nil
    }

    /// The bytes of a C string, without its NUL.
    private static func bytes(_ pointer: UnsafeMutablePointer<CChar>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer))
    }

    /// The bytes as text, with every byte of an invalid sequence written as `\xFF`.
    private static func visible(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var text = ""
        var index = 0
        while index < bytes.count {
            var end = index + 1
            while end < bytes.count && end - index < 4 && bytes[end] & 0xC0 == 0x80 { end += 1 }
            if let scalar = String(validating: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self) {
                text += scalar
            } else {
                for byte in bytes[index..<end] { text += "\\x" + String(byte, radix: 16, uppercase: true) }
            }
            index = end
        }
        return text
    }
}
