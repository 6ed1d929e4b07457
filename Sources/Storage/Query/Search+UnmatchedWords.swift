import Foundation

extension Search {
    /// The note for a query of plain words that found nothing: which of its words no row holds,
    /// and a search with fewer words, or with a word the database spells otherwise, that finds
    /// something, when there is one; nil for a query in FTS5 syntax, of more than
    /// `maximumHintWords` words, or one place's or measure's name alone (whose own note says why).
    /// One word gets the note too: `slaves`, `traficking`, `NRM` and `England` printed a bare
    /// "(0 results)", against what `search --help` says (parliamentary review of session 51).
    ///
    /// Why: every word must match, as README says, so `how many people forced labour 2021` and
    /// `human trafficking Nigeria` printed "(0 results)" where `forced labour 2021` and
    /// `trafficking Nigeria` find figures, and a journalist read it as tipdb holding no such figure
    /// (review of session 47). The rule stays; the note says which words stood in the way. Each
    /// word is tried alone, as a search would read it (text, or the name of a place or measure,
    /// or a year some figure's period includes); this runs only when nothing was found.
    func unmatchedWordsNote(_ query: String, kind: String?) throws -> String? {
        let typed = query.split(whereSeparator: \.isWhitespace).map(String.init)
        let syntax = CharacterSet(charactersIn: ":*()^{}+\"")
        // Punctuation alone has its own note.
        guard typed.count <= Self.maximumHintWords, query.rangeOfCharacter(from: syntax) == nil,
              query.contains(where: { $0.isLetter || $0.isNumber }),
              !typed.contains(where: { ["OR", "AND", "NOT", "NEAR"].contains($0) || $0.hasPrefix("-") })
        else { return nil }
        let none = ["sources": "no source", "studies": "no study", "figures": "no figure"][kind ?? ""] ?? "no source, study or figure"
        let scopes = try namedScopes(query)
        // A question's words (`how many slaves`) narrow nothing (`QuestionWords`): not named as unheld.
        let asked = typed.filter { !QuestionWords.asks($0) }
        // A number of two words or three (`27.6 million`, `5.3 per 1,000`) is one word, as for names.
        let number = scopes.lazy.compactMap(\.number).first?.words
        let numberRun = number.map { [$0.split(separator: " ").map(String.init)] } ?? []
        let words = Self.joiningNames(asked.isEmpty ? typed : asked, runs: scopes.flatMap(\.nameRuns) + numberRun.filter { $0.count >= 2 })
        // One name alone (`United Kingdom`, `philippines`) has the note on a place without figures.
        guard words.count > 1 || !scopes.contains(where: { $0.place != nil || !$0.measures.isEmpty }) else { return nil }
        var unheld: [String] = []
        for word in words where try !holds(word, kind: kind) { unheld.append(word) }
        let rest = words.filter { !unheld.contains($0) }
        let quoted = unheld.map { "\"\($0)\"" }.joined(separator: ", ")
        let unheldText = unheld.count == 1 ? "the word \(quoted)" : "the words \(quoted)"
        // The number looked for is what the query is about: no suggestion drops it (a supply-chain
        // analyst was told `fewer words find some: tipdb search per 1,000`, review of session 53).
        if let number, unheld.contains(number) {
            let said = "no figure's number, nor an earlier number its source revised, rounds to \(number), and \(none) has it in its text"
            let others = rest.filter { $0 != number }
            guard !others.isEmpty, try finds(others, kind: kind) else { return said }
            return said + "; the other words alone find some, to compare: " + Self.command(others, kind: kind)
        }
        // A word the database holds in another spelling or form (`traficking`, `slaves`), or a part of a country.
        if let offer = try offer(for: unheld, in: words, kind: kind) { return "\(none) has \(unheldText); " + offer }
        if words.count == 1 { return "\(none) has \(unheldText)" }
        if !unheld.isEmpty, !rest.isEmpty, try finds(rest, kind: kind) {
            return "\(none) has \(unheldText), and every word must match; search without \(unheld.count == 1 ? "it" : "them"): "
                + Self.command(rest, kind: kind)
        }
        // One word fewer than the rest, the first that finds something; a word naming a measure or
        // place is dropped last, so that the topic asked about is kept (`modern slavery detected`:
        // `modern slavery`, not `detected`, which leads to another concept's figures).
        let names = try rest.filter { try namesPlaceOrMeasure($0) }
        let order = rest.indices.filter { !names.contains(rest[$0]) && rest[$0] != number } + rest.indices.filter { names.contains(rest[$0]) }
        let fewer = rest.count < 2 ? nil : try order.lazy.map { index in rest.enumerated().filter { $0.offset != index }.map(\.element) }
            .first { try finds($0, kind: kind) }
        let suggestion = fewer.map { "; fewer words find some: " + Self.command($0, kind: kind) } ?? ""
        if unheld.isEmpty {
            return "\(none) has all of these words, though each is in some (every word must match)" + suggestion
        }
        let others = rest.isEmpty ? "" : rest.count == 1 ? ", nor with the other word" : ", nor all of the other words"
        return "\(none) has \(unheldText)\(others) (every word must match)" + suggestion
    }

    /// What to search instead when `unheld` are words no row holds: for a part of a country
    /// (`England`), the country; for a word the database holds in another form or spelling
    /// (`spelling(of:kind:)`), the query with it, when that finds something. Nil for none.
    private func offer(for unheld: [String], in words: [String], kind: String?) throws -> String? {
        guard let first = unheld.first else { return nil }
        // The whole query naming a part (`Lagos State`, `New York`), or its one unheld word.
        let whole = SubnationalPlace.named(words.joined(separator: " "))
        // Not for a country's name (`Georgia`): the note on a place without figures names the part too.
        let country = try unheld.count == 1 && whole == nil && namesPlaceOrMeasure(first)
        let alone = unheld.count == 1 && whole == nil && !country ? SubnationalPlace.named(first) : nil
        if let part = whole ?? alone {
            // Its figures are the country's, with the part as their breakdown, which the search
            // read (`NamedScope.part`): none matches, and a search of the country lists its figures.
            let commands = try part.countries.map { country in
                let name = try db.rows("SELECT name FROM places WHERE code = ?", [country.code]).first?.string("name") ?? country.code
                return Self.command(whole == nil ? words.map { $0 == first ? name : $0 } : [name], kind: kind)
            }
            let countries = part.countries.count == 1 ? "the country's" : "the countries'"
            return "\(part.noSmallerPlace): a figure of \(part.name) is filed under \(part.codes) with breakdown "
                + "\(SubnationalPlace.dimension): \(part.name), and none matches; " + commands.joined(separator: " or ") + " lists \(countries) figures"
        }
        var spelled = words
        var offered: [String] = []
        for word in unheld {
            guard let found = try spelling(of: word, kind: kind), let index = spelled.firstIndex(of: word) else { return nil }
            spelled[index] = found
            offered.append("\"\(found)\"")
        }
        guard try finds(spelled, kind: kind) else { return nil }
        let question = offered.count == 1 ? offered[0] : EnglishList.joined(offered)
        return "did you mean \(question)? " + Self.command(spelled, kind: kind)
    }

    /// Whether `word` (a word or a run `joiningNames` joined) names a place or a measure whole.
    private func namesPlaceOrMeasure(_ word: String) throws -> Bool {
        try namedScopes(word).contains { $0.place != nil || !$0.places.isEmpty || !$0.measures.isEmpty }
    }

    /// `words` with each run of them that names a place or a measure (`runs`, as `namedScopes`
    /// reads them: `United Kingdom`) made one word, as a search reads it.
    ///
    /// Why: `United Kingdom 12,000` was answered "no source, study or figure has the words
    /// "United", "Kingdom", "12,000"", since neither word alone names the United Kingdom, and with
    /// the Fixtures loaded it suggested `tipdb search United`, which finds only the United Nations;
    /// a programme officer read it as tipdb holding nothing on the UK (review of session 48).
    /// A run is matched to the words as typed by their letters and digits (`namedScopes` trims quotes and commas).
    static func joiningNames(_ words: [String], runs: [[String]]) -> [String] {
        guard !runs.isEmpty else { return words }
        func bare(_ word: String) -> String { Suggestions.foldedWords(word).joined(separator: " ") }
        var joined = words
        for run in runs.sorted(by: { $0.count > $1.count }) {
            let wanted = run.map(bare)
            guard wanted.count <= joined.count else { continue }
            for start in 0...(joined.count - wanted.count) where joined[start..<(start + wanted.count)].map(bare) == wanted {
                joined.replaceSubrange(start..<(start + wanted.count), with: [joined[start..<(start + wanted.count)].joined(separator: " ")])
                break
            }
        }
        return joined
    }

    /// The most words a query may have for `unmatchedWordsNote` to try each alone: a pasted
    /// paragraph would take a search per word.
    static let maximumHintWords = 12

    /// Whether `words`, as one query, find anything, as `run` would (text matches, then figures by name).
    private func finds(_ words: [String], kind: String?) throws -> Bool {
        let query = words.joined(separator: " ")
        if try !textMatches(query, kind: kind, limit: 1).hits.isEmpty { return true }
        guard kind == nil || kind == "figures" else { return false }
        return try !withNamedFigures([], query: query, limit: 1, notes: false).hits.isEmpty
    }

    /// Whether `word` alone finds anything, or, as a year, some figure's period includes it, or
    /// it is a word of the name of a place some figure is for, or it names a subgroup some
    /// figure is of (`SubgroupWords`: `children`).
    ///
    /// Why the place's name: `Asia`, read as M49's Asia, finds nothing where the only figure is
    /// UNODC's East Asia and the Pacific, and the note said no figure had the word; a word of a
    /// measure's name (`state`) is read as one, and no place's figures are found by it alone.
    private func holds(_ word: String, kind: String?) throws -> Bool {
        if let years = Self.years(of: word), kind == nil || kind == "figures" {
            let sql = "SELECT EXISTS (SELECT 1 FROM figures WHERE substr(period_start, 1, 4) <= ?2 AND substr(period_end, 1, 4) >= ?1)"
            if try db.integer(sql, [years.first, years.last]) != 0 { return true }
        }
        if try finds([word], kind: kind) { return true }
        guard kind == nil || kind == "figures" else { return false }
        // A subgroup's word (`children`) is held by the figures of that subgroup (`SubgroupWords`).
        if let subgroup = SubgroupWords.condition(for: word),
           try db.integer("SELECT EXISTS (SELECT 1 FROM figures f WHERE \(subgroup))") != 0 {  // sql-constant: SubgroupWords' fixed conditions
            return true
        }
        let places = try placeNameWords().places(holding: [word]).map(\.code)
        guard !places.isEmpty else { return false }
        return try db.integer("SELECT EXISTS (SELECT 1 FROM figures WHERE place IN (SELECT value FROM json_each(?1)))", [JSONString.array(places)]) != 0
    }

    /// `tipdb search WORDS` as a user would type it again: a word with a character a shell reads
    /// otherwise in single quotes.
    static func command(_ words: [String], kind: String?) -> String {
        let plain = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: ",.-_%/"))
        // A place's or measure's name read as one word (`joiningNames`) is typed as its words.
        let typed = words.flatMap { $0.split(separator: " ").map(String.init) }.map { word in
            word.unicodeScalars.allSatisfy(plain.contains) ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
        }
        return "tipdb search " + (kind.map { "--kind \($0) " } ?? "") + typed.joined(separator: " ")
    }
}
