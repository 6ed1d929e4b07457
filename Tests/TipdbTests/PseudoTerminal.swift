import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A pseudo-terminal for a child process: `terminal` is what the child writes to, `output`
/// collects what it wrote. For what tipdb does only for a person at a terminal (the ingest's
/// progress bar, `tipdb sql`'s cut of long values).
final class PseudoTerminal: @unchecked Sendable {
    let terminal: FileHandle
    private let controller: Int32
    private var bytes = Data()
    private let lock = NSLock()
    private let done = DispatchSemaphore(value: 0)

    /// A C library function the Glibc module does not import (it needs `_XOPEN_SOURCE`).
    private static func libc<T>(_ name: String, as type: T.Type) throws -> T {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), name) else { throw CocoaError(.featureUnsupported) }
        return unsafeBitCast(symbol, to: type)
    }

    init() throws {
        typealias OpenFunction = @convention(c) (Int32) -> Int32
        typealias NameFunction = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?
        controller = try Self.libc("posix_openpt", as: OpenFunction.self)(O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard controller >= 0,
              try Self.libc("grantpt", as: OpenFunction.self)(controller) == 0,
              try Self.libc("unlockpt", as: OpenFunction.self)(controller) == 0,
              let name = try Self.libc("ptsname", as: NameFunction.self)(controller)
        else { throw CocoaError(.fileReadUnknown) }
        let device = open(name, O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard device >= 0 else { throw CocoaError(.fileReadUnknown) }
        terminal = FileHandle(fileDescriptor: device, closeOnDealloc: true)
        // Drained on a thread, so a chatty child never blocks on a full terminal buffer.
        Thread.detachNewThread { [self] in
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = read(controller, &buffer, buffer.count)
                if count <= 0 { break }  // EIO once no process has the terminal open
                lock.lock()
                bytes.append(contentsOf: buffer[0..<count])
                lock.unlock()
            }
            done.signal()
        }
    }

    /// Everything written, once the child has exited: closes this side's terminal first.
    func output() -> String {
        try? terminal.close()
        _ = done.wait(timeout: .now() + 60)
        close(controller)
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
