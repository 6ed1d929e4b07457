import Foundation
import Testing

/// An empty output name is a usage error, as an empty `--db` is: `tipdb backup ""` said ": cannot
/// write the copy there (No such file or directory)" and exited 1, the exit code for what the user
/// can clear on disk (a review of session 43).
@Suite("an empty output file name is a usage error (built binary)")
struct EmptyOutputNameTests {
    static let message = "the output file name is empty; expected the name of a file"

    @Test("backup, report sources, report brief and export with an empty name exit 64 and say so", arguments: [
        ["backup", ""], ["report", "sources", "-o", ""], ["report", "brief", "-o", ""], ["export", "datasette-metadata", "-o", ""],
    ])
    func empty(arguments: [String]) throws {
        try withTemporaryDirectory { dir in
            #expect(try Tipdb.run(["init"], in: dir).status == 0)
            let result = try Tipdb.run(arguments, in: dir)
            #expect(result.status == 64, "\(result.stderr)")
            #expect(result.stderr.contains(Self.message), "\(result.stderr)")
        }
    }
}
