import ArgumentParser

extension TipDB.SQLCommand {
    /// `arguments` with the SQL moved after a `--` when it begins with a `--` comment, so that
    /// ArgumentParser reads it as the SQL argument; other command lines as they are.
    ///
    /// Why: ArgumentParser reads every word that starts with `--` as an option, so
    /// `tipdb sql "-- How many figures?<newline>SELECT ..."` (the way every file in
    /// `Fixtures/queries` begins) was an "Unknown option" echoing the query. No option name holds
    /// a space or a line break, so a word whose name part (before any `=`) has one cannot be an
    /// option. A word in an option's value place (`--param "-- a b"`) is left to that option.
    static func readingCommentedSQL(_ arguments: [String]) -> [String] {
        let (command, rest) = TipDB.commandNamed(by: arguments)
        guard command == Self.self else { return arguments }
        let options = CommandOptions(of: Self.self)
        var kept: [String] = []
        var sql: [String] = []
        var terminator: Int?
        for (index, word) in rest.enumerated() {
            if word == "--" {
                terminator = kept.count
                kept += rest[index...]
                break
            }
            let inValuePlace = index > 0 && options.option(spelled: rest[index - 1]) != nil
            if !inValuePlace && isCommentedSQL(word) { sql.append(word) } else { kept.append(word) }
        }
        guard !sql.isEmpty else { return arguments }
        if let terminator {
            kept.insert(contentsOf: sql, at: terminator + 1)
        } else {
            kept += ["--"] + sql
        }
        return Array(arguments.prefix(arguments.count - rest.count)) + kept
    }

    /// Whether `word` starts with `--` and has a space, a tab or a line break before any `=`:
    /// SQL that begins with a comment, never an option (`--format=csv`, `--param=a=b c` are options).
    static func isCommentedSQL(_ word: String) -> Bool {
        guard word.hasPrefix("--") else { return false }
        return word.prefix { $0 != "=" }.contains { $0.isWhitespace }
    }
}
