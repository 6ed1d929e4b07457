import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The ingest's progress bar is for a person at a terminal: it appears on stderr only when stderr
/// is a terminal and the file takes more than a moment, and never in a pipe or a log.
@Suite("Ingest progress bar (built binary)")
struct ProgressBarTests {
    /// A pseudo-terminal: `terminal` is what the child writes to, `output` collects what it wrote.
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

    @Test("on a terminal a long ingest shows rows, rows/s and percent, then says it rebuilds the indexes; through a pipe nothing")
    func terminalOnly() throws {
        try withTemporaryDirectory { dir in
            try LargeFile.sources(at: dir.appendingPathComponent("sources.csv"))
            try LargeFile.figures(at: dir.appendingPathComponent("big.csv"), rows: 200_000, prefix: "big")
            for name in ["tty.sqlite", "pipe.sqlite"] {
                #expect(try Tipdb.run(["init", "--db", name], in: dir).status == 0)
                #expect(try Tipdb.run(["ingest", "--db", name, "--quiet", "sources.csv"], in: dir).status == 0)
            }

            let pty = try PseudoTerminal()
            let started = Date()
            let process: Process
            do {
                process = try Tipdb.start(["ingest", "--db", "tty.sqlite", "big.csv"], in: dir, stderr: pty.terminal)
            } catch {
                _ = pty.output()  // stops the reading thread and closes both ends
                throw error
            }
            process.waitUntilExit()
            let duration = Date().timeIntervalSince(started)
            let shown = pty.output()
            #expect(process.terminationStatus == 0, "\(shown)")
            // The bar waits a second before it shows: a machine that loads 200,000 rows faster than
            // that has nothing to show, and this test nothing to check (here it takes 2-3 s).
            guard duration > 1.5 else {
                print("progress bar test: the ingest took \(duration) s, too fast for the bar; not checked")
                return
            }
            #expect(shown.contains("\rbig.csv: "), "the bar rewrites one line: \(shown.suffix(300))")
            #expect(shown.contains(" rows/s, "))
            #expect(shown.contains("200000 rows, "), "the last update counts every row")
            #expect(shown.contains("100%, rebuilding indexes..."), "a load into an empty table rebuilds its indexes")

            let piped = try Tipdb.run(["ingest", "--db", "pipe.sqlite", "big.csv"], in: dir)
            #expect(piped.status == 0)
            #expect(!piped.stderr.contains("\r") && !piped.stderr.contains("rows/s"), "no bar in a pipe: \(piped.stderr)")
            #expect(piped.stderr.contains("kind figures from the header"), "the notes still go to stderr")
        }
    }
}
