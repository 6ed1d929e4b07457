import Foundation
import Testing

/// `tipdb help COMMAND WORD...`: the words after a command without subcommands are its arguments
/// (README), so one that cannot be an argument is named instead of ignored.
@Suite("tipdb help names a word that cannot be an argument of the command (built binary)")
struct HelpWordTests {
    @Test("a word a command cannot take is a usage error naming it and what the command takes", arguments: [
        (["export", "nosuch"], "tipdb: error: no argument \"nosuch\" for tipdb export; expected one of datasette-metadata\n"),
        (["export", "datasette"], "tipdb: error: no argument \"datasette\" for tipdb export; did you mean \"datasette-metadata\"? Expected one of datasette-metadata\n"),
        (["export", "datasette-metadata", "extra"],
         "tipdb: error: no argument \"extra\" for tipdb export, which takes one (<what>); expected tipdb help export, or its argument in quotes\n"),
        (["sql", "extra", "words"],
         "tipdb: error: no argument \"words\" for tipdb sql, which takes one (<sql>); expected tipdb help sql, or its argument in quotes\n"),
        (["status", "extra"], "tipdb: error: no argument \"extra\" for tipdb status, which takes no argument, only options; expected tipdb help status\n"),
        (["report", "brief", "x"], "tipdb: error: no argument \"x\" for tipdb report brief, which takes no argument, only options; expected tipdb help report brief\n"),
        (["derive", "cdtc"], "tipdb: error: no command \"cdtc\" to show help for; did you mean \"ctdc\"? Expected one of ctdc\n"),
    ])
    func refused(words: [String], stderr: String) throws {
        try withTemporaryDirectory { dir in
            let result = try Tipdb.run(["help"] + words, in: dir)
            #expect(result.status == 64, "\(words)")
            #expect(result.stderr == stderr, "\(words)")
            #expect(result.stdout.isEmpty, "\(words)")
        }
    }

    @Test("words that can be the command's arguments still show its help, exit 0", arguments: [
        ["export", "datasette-metadata"], ["sql", "select 1"], ["schema", "figures"], ["search", "forced", "labour"],
        ["ingest", "a.csv", "b.csv"], ["report", "lineage", "some-key"], ["backup", "copy.sqlite"],
    ])
    func accepted(words: [String]) throws {
        try withTemporaryDirectory { dir in
            let result = try Tipdb.run(["help"] + words, in: dir)
            #expect(result.status == 0, "\(words): \(result.stderr)")
            #expect(result.stderr.isEmpty, "\(words): \(result.stderr)")
            #expect(result.stdout.hasPrefix("OVERVIEW: "), "\(words)")
        }
    }
}
