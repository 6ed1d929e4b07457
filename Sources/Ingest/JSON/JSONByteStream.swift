import Foundation

/// The bytes of a file, or of an array in memory, handed out a chunk at a time to the JSON readers
/// that must not hold a whole file (`NDJSONReader`, `JSONArrayReader`).
///
/// Bytes in memory are handed out in chunks exactly as a file's would be, so that tests can put a
/// chunk boundary anywhere (inside an escape, a number, a multi-byte character) without a file.
struct JSONByteStream {
    private enum Origin {
        case file(FileHandle, path: String)
        case memory([UInt8], next: Int)
    }

    private var origin: Origin
    let chunkSize: Int

    /// Opens a file.
    ///
    /// - Throws: a ``JSONError`` with `line` 0 (no position in the text) that names the path and
    ///   the reason.
    init(path: String, chunkSize: Int) throws(JSONError) {
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        } catch {
            throw JSONError(line: 0, column: 0, byteOffset: 0, message: "cannot open '\(path)': \(Self.reason(error))")
        }
        origin = .file(handle, path: path)
        self.chunkSize = max(chunkSize, 1)
    }

    /// Hands out `bytes` from `next` on (a reader that took the first part itself passes its end).
    init(bytes: [UInt8], chunkSize: Int, next: Int = 0) {
        origin = .memory(bytes, next: next)
        self.chunkSize = max(chunkSize, 1)
    }

    /// Appends the next chunk to `buffer`.
    ///
    /// - Returns: false once the input is known to have no more bytes: bytes in memory say so with
    ///   their last chunk, a file with a read that finds nothing.
    /// - Throws: a ``JSONError`` with `line` 0 when the file cannot be read.
    mutating func append(to buffer: inout [UInt8]) throws(JSONError) -> Bool {
        switch origin {
        case .memory(let bytes, let next):
            let chunkEnd = min(next + chunkSize, bytes.count)
            buffer.append(contentsOf: bytes[next..<chunkEnd])
            origin = .memory(bytes, next: chunkEnd)
            return chunkEnd < bytes.count
        case .file(let handle, let path):
            let data: Data?
            do {
                data = try handle.read(upToCount: chunkSize)
            } catch {
                throw JSONError(line: 0, column: 0, byteOffset: 0, message: "cannot read '\(path)': \(Self.reason(error))")
            }
            guard let data, !data.isEmpty else { return false }
            buffer.append(contentsOf: data)
            return true
        }
    }

    /// The most specific description Foundation gives of an I/O error.
    private static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
            let code = POSIXErrorCode(rawValue: Int32(underlying.code))
        {
            return String(cString: strerror(code.rawValue))
        }
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        return nsError.localizedDescription
    }
}
