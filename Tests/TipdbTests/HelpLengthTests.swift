import Foundation
import Testing

/// Every command's `--help` fits in under 80 lines, so that it can be read without scrolling
/// back; detail goes to README or a page of its own (`ingest --help-details`). `derive ctdc
/// --help` had grown to 89 lines, `sql` to 94 and `check` to 98, with no test to say so.
@Suite("every command's --help is under 80 lines (built binary)")
struct HelpLengthTests {
    /// The commands `help` lists under SUBCOMMANDS, by name.
    private func subcommands(in help: String) -> [String] {
        guard let start = help.range(of: "\nSUBCOMMANDS:\n") else { return [] }
        return help[start.upperBound...].split(separator: "\n").compactMap { line in
            // A name starts its line after two spaces; its abstract's further lines are indented more.
            guard line.hasPrefix("  "), !line.hasPrefix("   ") else { return nil }
            let name = line.dropFirst(2).prefix { !$0.isWhitespace }
            return !name.isEmpty && name.allSatisfy({ $0.isLowercase || $0 == "-" }) ? String(name) : nil
        }
    }

    @Test("tipdb --help and the --help of every command it lists, subcommands too: fewer than 80 lines")
    func everyPage() throws {
        try withTemporaryDirectory { dir in
            var toRead: [[String]] = [[]]
            var read: [[String]] = []
            while let command = toRead.popLast() {
                let help = try Tipdb.run(command + ["--help"], in: dir)
                #expect(help.status == 0, "\(command): \(help.stderr)")
                let lines = help.stdout.filter { $0 == "\n" }.count
                #expect(lines < 80, "tipdb \(command.joined(separator: " ")) --help is \(lines) lines")
                read.append(command)
                toRead += subcommands(in: help.stdout).map { command + [$0] }
            }
            // Found by reading the pages: the commands the pages list were all read.
            for command in [["ingest"], ["sql"], ["check"], ["search"], ["derive", "ctdc"], ["report", "brief"]] {
                #expect(read.contains(command), "\(command) not found in \(read)")
            }
        }
    }

    /// `ingest --help-datasets` is a page of its own, shown by a flag, not a command: it had grown
    /// to 118 lines (session 39). `--help-details` is the long reference page and is not held to this.
    @Test("tipdb ingest --help-datasets: fewer than 80 lines")
    func datasetsPage() throws {
        try withTemporaryDirectory { dir in
            let page = try Tipdb.run(["ingest", "--help-datasets"], in: dir)
            #expect(page.status == 0, "\(page.stderr)")
            let lines = page.stdout.filter { $0 == "\n" }.count
            #expect(lines < 80, "tipdb ingest --help-datasets is \(lines) lines")
        }
    }
}
