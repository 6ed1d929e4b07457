extension String {
    /// Whether every byte is ASCII: per-figure text work can then replace bytes instead of
    /// characters (and count them, but for a CR LF pair, which is one character).
    var isASCII: Bool { utf8.allSatisfy { $0 < 0x80 } }
}
