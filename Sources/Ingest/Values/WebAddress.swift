import Storage

/// What a source's `url` must be: a web address a reader can open, `http://` or `https://`, a
/// host, then anything a real address holds (a port, a path, a query string, a fragment, an
/// internationalised host name, percent escapes).
///
/// Why a rule of its own rather than a prefix test: a prefix let `https://` with no host through,
/// and refused `https://exa mple.org/x` as if it did not start with https://, when the space was
/// the problem. Each refusal here says which part is wrong and where (a character number counts
/// the characters of the value from 1), so that the user fixes that part instead of guessing.
/// `tipdb check` does not judge stored URLs: they are only checked here, when they are read.
enum WebAddress {
    /// The form every message shows.
    static let example = "https://www.ilo.org/global/publications"

    /// What is wrong with `url` as a web address, as a message naming the value; nil when it is one.
    static func problem(_ url: String) -> String? {
        let quoted = "\"\(url)\""
        let lower = url.lowercased()
        // What comes before `://` is a scheme only when it is one word (`see https://...` is not).
        guard let schemeEnd = lower.range(of: "://"), case let scheme = String(lower[..<schemeEnd.lowerBound]),
              scheme.first?.isLetter == true, scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { return withoutScheme(url, quoted: quoted) }
        guard scheme == "http" || scheme == "https" else {
            return "\(quoted) starts with \(scheme)://, which is no web address; expected a URL starting with https:// or http://, such as \(example)"
        }
        let characters = Array(url)
        let authorityStart = scheme.count + 3
        let rest = lower.dropFirst(authorityStart)
        if rest.hasPrefix("http:") || rest.hasPrefix("https:") {
            return "\(quoted) gives its scheme twice; expected \(scheme):// once, as in \(example)"
        }
        if rest.hasPrefix("/") {
            return "\(quoted) has three slashes after \(scheme):; expected two, then the host, as in \(example)"
        }
        let authorityEnd = characters[authorityStart...].firstIndex { "/?#".contains($0) } ?? characters.count
        if authorityEnd == authorityStart {
            return "\(quoted) has no host after \(scheme)://; expected a host name such as www.ilo.org, as in \(example)"
        }
        // A space or a control character anywhere: said first, at its place, since it also
        // breaks the host or the path it stands in.
        for (offset, character) in characters.enumerated() {
            guard let what = blank(character) else { continue }
            let inHost = offset >= authorityStart && offset < authorityEnd
            let expected = inHost
                ? "expected a host name without spaces, such as www.ilo.org"
                : "expected none in a URL: write a space in its path or query as %20"
            return "\(quoted) has \(what) at character \(offset + 1)\(inHost ? ", in its host name" : ""); \(expected)"
        }
        return authorityProblem(characters, from: authorityStart, to: authorityEnd, scheme: scheme, quoted: quoted)
    }

    /// The problem of the host and port between `start` and `end` (user information before an
    /// `@` is skipped), or nil.
    private static func authorityProblem(_ characters: [Character], from start: Int, to end: Int, scheme: String, quoted: String) -> String? {
        let hostStart = (characters[start..<end].lastIndex(of: "@") ?? start - 1) + 1
        var hostEnd = end
        var portStart: Int?
        if characters[hostStart..<end].first == "[" {
            // An IPv6 address, `[2001:db8::1]`: its colons are no port.
            guard let close = characters[hostStart..<end].firstIndex(of: "]") else {
                return "\(quoted) opens an IPv6 address with [ at character \(hostStart + 1) and never closes it; expected ] after the address"
            }
            hostEnd = close + 1
            if hostEnd < end {
                guard characters[hostEnd] == ":" else {
                    return "\(quoted) has \"\(characters[hostEnd])\" after its IPv6 address, at character \(hostEnd + 1); expected a port (:8080) or the path (/...)"
                }
                portStart = hostEnd + 1
            }
        } else if let colon = characters[hostStart..<end].firstIndex(of: ":") {
            hostEnd = colon
            portStart = colon + 1
        }
        let host = String(characters[hostStart..<hostEnd])
        if host.isEmpty {
            return "\(quoted) has no host after \(scheme)://; expected a host name such as www.ilo.org, as in \(example)"
        }
        if let portStart {
            let port = String(characters[portStart..<end])
            // An empty port (`https://example.org:/x`) is the default one.
            if !port.isEmpty && !(port.allSatisfy { $0.isASCII && $0.isNumber } && port.count <= 5 && (Int(port) ?? 0) <= 65535) {
                return "\(quoted) has port \"\(port)\" after its host; expected a number from 0 to 65535 (https://example.org:8080/), or no colon"
            }
        }
        guard !host.hasPrefix("[") else { return nil }
        if let bad = host.firstIndex(where: { !($0.isLetter || $0.isNumber || "-._%".contains($0)) }) {
            let offset = hostStart + host.distance(from: host.startIndex, to: bad)
            return "\(quoted) has \"\(host[bad])\" in its host name \(host), at character \(offset + 1); expected letters, digits, hyphens and dots, as in www.ilo.org"
        }
        if host.hasPrefix(".") || host.contains("..") {
            return "\(quoted) has an empty name between the dots of its host name \(host); expected names separated by single dots, as in www.ilo.org"
        }
        return nil
    }

    /// The problem of a value that does not start with a scheme and `://`: a scheme with a slash
    /// or a colon missing, an address written without its scheme, a DOI, words before the
    /// address, or no address at all.
    private static func withoutScheme(_ url: String, quoted: String) -> String {
        let lower = url.lowercased()
        for scheme in ["https", "http"] {
            if lower.hasPrefix("\(scheme):/") {
                return "\(quoted) has one slash after \(scheme):; expected two, as in \(scheme)://\(url.dropFirst(scheme.count + 2))"
            }
            if lower.hasPrefix("\(scheme):") {
                return "\(quoted) has no slashes after \(scheme):; expected two, as in \(scheme)://\(url.dropFirst(scheme.count + 1))"
            }
            if lower.hasPrefix("\(scheme)//") || lower.hasPrefix("\(scheme)/") {
                let path = url.dropFirst(scheme.count).drop { $0 == "/" }
                return "\(quoted) has no colon after \(scheme); expected \(scheme)://, as in \(scheme)://\(path)"
            }
        }
        if lower.hasPrefix("doi:") || lower.hasPrefix("10.") {
            return "\(quoted) is a DOI, not a web address; expected it in doi, and a URL starting with https:// or http:// in url"
        }
        let host = url.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if host.contains("."), !host.contains(where: { blank($0) != nil || $0 == "@" || $0 == ":" }), host.first?.isLetter == true {
            return "\(quoted) has no scheme; expected https:// (or http://) before it, as in https://\(url)"
        }
        if let start = lower.range(of: "https://") ?? lower.range(of: "http://") {
            let before = url.distance(from: url.startIndex, to: start.lowerBound)
            return "\(quoted) has text before its \(lower[start].prefix { $0 != ":" })://, at characters 1 to \(before); expected the address alone, starting with https:// or http://"
        }
        return "\(quoted) is not a web address; expected a URL starting with https:// or http://, such as \(example)"
    }

    /// How a message names `character` when a URL cannot hold it as written (a space, another
    /// white space or a control character), or nil.
    private static func blank(_ character: Character) -> String? {
        if character == " " { return "a space" }
        guard let scalar = character.unicodeScalars.first else { return nil }
        if scalar.value == 0xA0 || scalar.value == 0x202F { return "a no-break space" }
        if VisibleText.isControl(scalar) { return "a control character (\(VisibleText.escaping(String(character))))" }
        if scalar.properties.isWhitespace || VisibleText.isInvisible(scalar) {
            return "an invisible character (U+\(String(scalar.value, radix: 16, uppercase: true)))"
        }
        return nil
    }
}
