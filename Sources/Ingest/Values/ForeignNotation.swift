/// Signs in a value that tipdb reads but does not store: a currency other than the US dollar
/// (`€150`, `£2.3 million`, `150 EUR`, `A$5 billion`) and per mille (`3.2‰`).
///
/// Money is stored in US dollars (unit USD) and rates per 1,000 or per 100,000, so these values
/// are refused. The generic "not a number" would send the analyst looking for a typo; this says
/// what the sign means and what to write instead. Only on the way to an error: a value that
/// reads as a number never gets here.
enum ForeignNotation {
    /// Currency signs, with the currency's name in a message.
    private static let symbols: [(sign: String, name: String)] = [
        ("€", "euros"), ("£", "pounds sterling"), ("¥", "yen or yuan"), ("₹", "Indian rupees"),
        ("₽", "roubles"), ("₩", "won"), ("₺", "Turkish lira"), ("₦", "naira"), ("₱", "Philippine pesos"),
        ("₫", "dong"), ("₪", "shekels"), ("฿", "baht"), ("₴", "hryvnias"), ("₸", "tenge"), ("₵", "cedis"),
    ]

    /// Dollars and reais that are not US dollars, written with `$` after a country's letters.
    private static let otherDollars: [(sign: String, name: String)] = [
        ("AU$", "Australian dollars"), ("A$", "Australian dollars"), ("CA$", "Canadian dollars"),
        ("C$", "Canadian dollars"), ("NZ$", "New Zealand dollars"), ("HK$", "Hong Kong dollars"),
        ("SG$", "Singapore dollars"), ("S$", "Singapore dollars"), ("NT$", "New Taiwan dollars"),
        ("MX$", "Mexican pesos"), ("R$", "Brazilian reais"),
    ]

    /// ISO 4217 codes of the currencies figures are most often published in, besides USD.
    private static let codes: [String: String] = [
        "EUR": "euros", "GBP": "pounds sterling", "JPY": "yen", "CNY": "yuan", "RMB": "yuan",
        "INR": "Indian rupees", "CHF": "Swiss francs", "CAD": "Canadian dollars", "AUD": "Australian dollars",
        "NZD": "New Zealand dollars", "HKD": "Hong Kong dollars", "SGD": "Singapore dollars",
        "BRL": "Brazilian reais", "MXN": "Mexican pesos", "ZAR": "rand", "RUB": "roubles", "KRW": "won",
        "TRY": "Turkish lira", "NGN": "naira", "PHP": "Philippine pesos", "THB": "baht", "IDR": "rupiah",
        "SEK": "Swedish kronor", "NOK": "Norwegian kroner", "DKK": "Danish kroner", "PLN": "złoty",
    ]

    /// The message refusing `text`, or nil when it holds none of these signs.
    static func refusal(for text: String) -> String? {
        if text.unicodeScalars.contains("‰") {
            let number = text.replacingOccurrences(of: "‰", with: "").trimmingWhitespace()
            return "\"\(text)\" is per mille (‰), which tipdb does not write in a value; expected the number alone with unit per-1000 (value \(number), unit per-1000)"
        }
        if let (number, unit) = rateInWords(text) {
            let how = unit == "percent" ? " (or \(number)%)" : ""
            return "\"\(text)\" writes its unit in words; expected the number alone with unit \(unit): value \(number), unit \(unit)\(how)"
        }
        if text.unicodeScalars.contains("‱") {
            return "\"\(text)\" is per ten thousand (‱), a unit tipdb does not have; expected the rate per 100,000 (ten times the number) with unit per-100000"
        }
        guard let (sign, name) = currency(in: text) else { return nil }
        let what = name.map { "in \($0) (\(sign))" } ?? "in a currency other than the US dollar (\(sign))"
        return "\"\(text)\" is \(what); tipdb stores money in US dollars (unit USD): expected the value converted to US dollars, with the exchange rate and its date in notes"
    }

    /// A share or rate written as reports print it (`12 percent`, `12 per cent`, `3.2 per 1,000`,
    /// `3.4 per thousand people`, `3 per 100,000 population`): the number, and the unit to give it instead.
    private static func rateInWords(_ text: String) -> (number: String, unit: String)? {
        // "3.5 per 1,000 people" as "3.5 per 1,000": whom a rate is per is the figure's subgroup.
        let lower = RatePopulationWords.dropped(from: text.lowercased().trimmingWhitespace())
        let units: [(words: [String], unit: String)] = [
            (["percent", "per cent", "per hundred", "pct"], "percent"),
            (["per 1,000", "per 1000", "per thousand", "per 1 000"], "per-1000"),
            (["per 100,000", "per 100000", "per hundred thousand", "per 100 000"], "per-100000"),
        ]
        for (words, unit) in units {
            for word in words where lower.hasSuffix(word) {
                let number = String(lower.dropLast(word.count)).trimmingWhitespace()
                let digits = number.hasPrefix("-") || number.hasPrefix("+") ? number.dropFirst() : Substring(number)
                guard !digits.isEmpty, digits.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," }) else { continue }
                return (number, unit)
            }
        }
        return nil
    }

    /// The currency sign or code `text` is written with, and the currency's name when known.
    private static func currency(in text: String) -> (sign: String, name: String?)? {
        if let found = symbols.first(where: { text.contains($0.sign) }) { return (found.sign, found.name) }
        let upper = text.uppercased()
        for (sign, name) in otherDollars {
            // `S$` inside `US$` is the US dollar: the country's letters start a word.
            var searched = upper[...]
            while let range = searched.range(of: sign) {
                if range.lowerBound == upper.startIndex || !upper[upper.index(before: range.lowerBound)].isLetter {
                    return (sign, name)
                }
                searched = upper[range.upperBound...]
            }
        }
        for word in upper.split(whereSeparator: { !$0.isLetter }) {
            if let name = codes[String(word)] { return (String(word), name) }
        }
        // Any other currency sign; `$` alone is the US dollar, read before this.
        if let other = text.first(where: { $0 != "$" && $0.unicodeScalars.first?.properties.generalCategory == .currencySymbol }) {
            return (String(other), nil)
        }
        return nil
    }
}
