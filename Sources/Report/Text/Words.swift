import Storage

/// The field's vocabulary in plain English, for sentences in briefs.
enum Words {
    /// "A", "A and B", "A, B and C".
    static func list(_ items: [String]) -> String {
        EnglishList.joined(items)
    }

    /// A place name as a sentence names it after "in": "the United States", "the Philippines",
    /// "the world", "France", "Asia and the Pacific".
    ///
    /// Why a list and not a rule: English gives an article to plural names, unions and republics
    /// written in full, and the world, not to most others ("in Honduras", "in Cyprus" end in s too).
    /// Names written the ISO way, inverted after a comma so that tables sort them by their
    /// common word ("Korea, Republic of"), are turned the right way round, as the UN writes them
    /// in running text: "the Republic of Korea", "the Democratic Republic of the Congo", "the
    /// British Virgin Islands". Left inverted, a list read "in Congo, The Democratic Republic of
    /// the and Kenya". A name whose comma inverts nothing ("Bonaire, Sint Eustatius and Saba",
    /// "Taiwan, Province of China") stays as it is.
    static func place(_ name: String) -> String {
        if name == "World" { return "the world" }
        if let comma = name.range(of: ", ") {
            return uninverted(head: name[..<comma.lowerBound], tail: name[comma.upperBound...]) ?? name
        }
        let withArticle: Set<String> = [
            "Americas", "Arab States", "Bahamas", "Comoros", "Gambia", "Maldives", "Netherlands", "Philippines",
            "Seychelles", "Russian Federation", "French Southern Territories", "Holy See (Vatican City State)",
        ]
        // A name with a qualifier in brackets takes the article of the name before them:
        // "the Americas (ILO region)", as "the Americas"; a list read "Americas (ILO region), the Arab States".
        let base = withoutQualifier(name)
        if withArticle.contains(name) || withArticle.contains(String(base)) || base.hasPrefix("United ") || base.hasSuffix(" Islands")
            || base.hasSuffix(" Republic") {
            return "the " + name
        }
        return name
    }

    /// `name` without a qualifier in brackets at its end: "Americas (ILO region)" → "Americas";
    /// `name` itself without one.
    private static func withoutQualifier(_ name: String) -> Substring {
        guard name.hasSuffix(")"), let open = name.range(of: " (", options: .backwards) else { return Substring(name) }
        return name[..<open.lowerBound]
    }

    /// A place name after a comma in a sentence, as a caution starts ("Detected victims of
    /// trafficking, the Democratic Republic of the Congo: ..."): as a sentence names it
    /// (`place(_:)`), an ISO name inverted after a comma turned the right way round, since a list
    /// of comma-separated parts cannot hold a name with a comma of its own, and with its article
    /// ("the United States"), so that two cautions side by side do not read "the Republic of
    /// Korea" and "United States". The world stays "World", a label here, not "the world".
    static func aroundComma(_ name: String) -> String {
        name == "World" ? name : place(name)
    }

    /// "Korea" and "Republic of" → "the Republic of Korea"; "Congo" and "The Democratic Republic of
    /// the" → "the Democratic Republic of the Congo"; "Virgin Islands" and "British" → "the British
    /// Virgin Islands"; nil for a comma that inverts nothing.
    private static func uninverted(head: Substring, tail: Substring) -> String? {
        guard !head.contains(","), !tail.contains(",") else { return nil }
        if tail.hasSuffix(" of") || tail.hasSuffix(" of the") {
            let words = tail.hasPrefix("The ") ? tail.dropFirst(4) : tail
            return "the \(words) \(head)"
        }
        switch tail {
        case "British": return "the British \(head)"
        case "U.S.": return "the United States \(head)"
        default: return nil
        }
    }

    /// A label as it reads after the start of a sentence: `Privately imposed forced labour` →
    /// `privately imposed forced labour`, so that a list reads "Forced labour and privately
    /// imposed ...", not "... and Privately imposed ...". A label whose first word is an
    /// abbreviation or a name in capitals (`GLOTIP counts`, `ILO estimates`) keeps it.
    static func midSentence(_ label: String) -> String {
        guard let first = label.first, first.isUppercase else { return label }
        let second = label.dropFirst().first
        guard second.map({ $0.isLowercase || $0 == " " || $0 == "-" }) ?? true else { return label }
        return first.lowercased() + label.dropFirst()
    }

    /// "1 figure", "2 figures".
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(NumberText.decimal(Double(n), digits: 0)) \(n == 1 ? singular : (plural ?? singular + "s"))"
    }

    /// "no studies", "1 study", "2 studies": as `count`, but "no" for none, which reads as a
    /// sentence where "0 studies" reads as a table cell.
    static func countOrNo(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        n == 0 ? "no " + (plural ?? singular + "s") : count(n, singular, plural)
    }

    /// What a measure counts, in words.
    static func counts(_ counts: String) -> String {
        switch counts {
        case "prevalence-estimate": "prevalence estimate"
        case "detected-count": "count of detected victims"
        case "criminal-justice-count": "criminal-justice count"
        case "money": "amount of money"
        case "rate": "rate"
        case "index": "index score"
        default: counts
        }
    }

    /// A concept as a reader knows it.
    static func concept(_ concept: String) -> String {
        switch concept {
        case "trafficking": "trafficking in persons"
        case "forced-labour": "forced labour"
        case "forced-marriage": "forced marriage"
        case "modern-slavery": "modern slavery"
        case "child-labour": "child labour"
        default: concept.replacingOccurrences(of: "-", with: " ")
        }
    }

    /// What defines a concept, for the comparability section, as a phrase that follows the
    /// concept's name after a comma: "forced labour, defined as work exacted ...".
    ///
    /// Why each phrase carries its own verb: modern slavery is the one concept no law defines, so
    /// a shared "defined by" in front read "defined by an umbrella term not defined in law".
    static func conceptBasis(_ concept: String) -> String {
        switch concept {
        case "trafficking": "defined in the Palermo Protocol of 2000 by an act, a means and a purpose of exploitation"
        case "forced-labour": "defined in ILO Convention No. 29 of 1930 as work exacted under the menace of a penalty"
        case "forced-marriage": "defined as a marriage without consent"
        case "modern-slavery": "an umbrella term that no law defines, which the global estimates take as forced labour plus forced marriage"
        case "child-labour": "defined as work by children below the minimum age or harmful to them"
        default: "a concept of its own"
        }
    }

    /// The kind of quantity a unit's dimension (`units.dimension`) gives, with its article: "a
    /// count", "a share", "a rate", "a change", "an amount of money", "an index score".
    static func quantityKind(_ dimension: String) -> String {
        switch dimension {
        case "count": "a count"
        case "share": "a share"
        case "rate": "a rate"
        case "change": "a change"
        case "money": "an amount of money"
        case "index": "an index score"
        default: "a quantity in " + dimension
        }
    }

    /// Whether a unit counts an amount per person (`USD-per-person`) rather than a total: the
    /// units table gives both the dimension `money`, and only the code tells them apart.
    static func isPerPerson(_ unit: String) -> Bool { unit.hasSuffix("-per-person") }

    /// A study method as a reader knows it.
    static func studyMethod(_ method: String) -> String {
        switch method {
        case "multiple-systems-estimation": "multiple systems estimation"
        case "administrative-records": "administrative records"
        case "case-records": "case records"
        case "hotline-records": "hotline records"
        case "model-extrapolation": "model extrapolation"
        case "mixed": "mixed methods"
        default: method.replacingOccurrences(of: "-", with: " ")
        }
    }

    /// The unknown age group and form as a subgroup names them: "female, age unknown", where
    /// "female, unknown" did not say which part of the subgroup was unknown.
    static let unknownAge = "age unknown"
    static let unknownForm = "form unknown"

    /// The subgroup of a figure: "all", or "female, children, sexual exploitation"; breakdowns
    /// (`breakdown`) follow after a semicolon each: "female; citizenship: Nigeria", or alone
    /// "citizenship: Nationals".
    ///
    /// Why semicolons: a breakdown's category may be a place name with a comma in it
    /// ("citizenship: Korea, Republic of"), and "all" must never stand for a count of one
    /// citizenship, which is no total.
    static func subgroup(sex: String, ageGroup: String, form: String?, breakdowns: [String] = []) -> String {
        if sex == "total" && ageGroup == "total" && form == nil {
            return breakdowns.isEmpty ? "all" : breakdowns.joined(separator: "; ")
        }
        // Built without an array of parts: this runs once per figure of a brief.
        var text = ""
        var parts = 0
        func add(_ part: String) {
            text += parts == 0 ? part : ", " + part
            parts += 1
        }
        if sex != "total" { add(sex) }
        if ageGroup != "total" { add(ageGroup == AgeGroup.unknown ? unknownAge : ageGroup) }
        if let form {
            if form == ExploitationForm.unknown {
                add(unknownForm)
            } else if !form.utf8.contains(UInt8(ascii: "-")) {
                add(form)
            } else if form.isASCII {
                add(String(decoding: form.utf8.map { $0 == UInt8(ascii: "-") ? UInt8(ascii: " ") : $0 }, as: UTF8.self))
            } else {
                // Foundation keeps a hyphen that a combining mark follows: so do we.
                add(form.replacingOccurrences(of: "-", with: " "))
            }
        }
        for breakdown in breakdowns { text += "; " + breakdown }
        return text
    }

    /// A breakdown in words: "citizenship: Nationals", "repatriated from: Abroad",
    /// "exploited in: Ukraine", "means of control: debt bondage", "gender: not recorded".
    ///
    /// - Parameters:
    ///   - dimension: the `figure_breakdowns` dimension (`country-of-repatriation`).
    ///   - category: the category as a reader should see it: a place's name where it names one,
    ///     otherwise the stored category; a code (`debt-bondage`, `not-recorded`: lower case,
    ///     digits and hyphens) reads with spaces, published text (`Nationals`) as published.
    static func breakdown(dimension: String, category: String) -> String {
        let name: String =
            switch dimension {
            case "country-of-repatriation": "repatriated from"
            case "country-of-exploitation": "exploited in"
            default: dimension.replacingOccurrences(of: "-", with: " ")
            }
        let isCode = category.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == UInt8(ascii: "-") }
        return name + ": " + (isCode ? category.replacingOccurrences(of: "-", with: " ") : category)
    }
}
