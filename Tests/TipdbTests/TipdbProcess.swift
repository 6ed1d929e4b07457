import Foundation
import Testing

/// What one run of the built `tipdb` binary printed and returned.
struct ProcessResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs the real `tipdb` executable built next to the test bundle: no mocks between the test and the user.
enum Tipdb {
    /// The binary under test: `$TIPDB_TEST_BINARY` when set (`make test` points it at the release
    /// build, so that the crash tests' 200,000-row ingests take seconds), else the debug build.
    static let executable: URL = {
        if let given = ProcessInfo.processInfo.environment["TIPDB_TEST_BINARY"], !given.isEmpty {
            return URL(fileURLWithPath: given)
        }
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("tipdb"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("tipdb"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("tipdb"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }()

    /// Runs `tipdb arguments...` in `directory` with `environment` added, feeding `input` on stdin.
    /// Starts `tipdb arguments...` without waiting, output discarded (for crash and concurrency
    /// tests) unless `stdout` or `stderr` says where it goes (a `PseudoTerminal`).
    static func start(_ arguments: [String], in directory: URL, stdout: FileHandle? = nil, stderr: FileHandle? = nil) throws -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "TIPDB_DATABASE")
        process.environment = env
        process.standardOutput = stdout ?? FileHandle.nullDevice
        process.standardError = stderr ?? FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    @discardableResult
    static func run(
        _ arguments: [String], in directory: URL, environment: [String: String] = [:], input: Data? = nil
    ) throws -> ProcessResult {
        try runProcess(executable, arguments, in: directory, environment: environment, input: input)
    }

    /// Runs `program arguments...` in `directory` without `TIPDB_DATABASE` (plus `environment`),
    /// feeding `input` on stdin, and collects what it printed.
    static func runProcess(
        _ program: URL, _ arguments: [String], in directory: URL, environment: [String: String] = [:], input: Data? = nil
    ) throws -> ProcessResult {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "TIPDB_DATABASE")
        env.merge(environment) { $1 }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        let inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        try process.run()
        if let input { inPipe.fileHandleForWriting.write(input) }
        try inPipe.fileHandleForWriting.close()
        // Read both pipes before waiting, so a large output cannot fill a pipe and deadlock.
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return ProcessResult(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}

extension Tipdb {
    /// Runs `script` with `/bin/sh -c` in `directory`, `$0` the binary under test and `$@` the
    /// `arguments`: for what a Swift string cannot pass (bytes that are not UTF-8) and limits only
    /// the shell sets (`ulimit -f`). Standard input is empty.
    static func runInShell(_ script: String, _ arguments: [String] = [], in directory: URL) throws -> ProcessResult {
        try runProcess(URL(fileURLWithPath: "/bin/sh"), ["-c", script, executable.path] + arguments, in: directory)
    }
}

/// A unique scratch directory for one test, removed afterwards.
func withTemporaryDirectory<T>(_ body: (URL) throws -> T) throws -> T {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("tipdb-cli-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: url) }
    return try body(url)
}
