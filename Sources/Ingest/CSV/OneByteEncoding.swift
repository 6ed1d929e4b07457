/// The one-byte encodings a spreadsheet saves a CSV file in when it is not told UTF-8, and what a
/// byte from 0x80 up is in each: Windows-1252 (Excel's plain "CSV" on Windows), Mac OS Roman
/// (Excel for Mac's "CSV (Macintosh)") and the DOS code pages 850 and 437 (Excel's "CSV (MS-DOS)",
/// 850 in Western Europe, 437 in the United States).
///
/// Why all of them: one byte does not tell its encoding. A student's `Côte` saved from a Mac is
/// the byte 0x99, which Windows-1252 reads as `™`, and from "CSV (MS-DOS)" 0x93, which it reads
/// as `“`: the message named a symbol the sheet did not hold, and sent the student looking for it
/// (a review of students' exports, session 49). Each reading is given with the file type that
/// writes it; the cell at the error's position shows which one the student typed.
enum OneByteEncoding: CaseIterable {
    case windows1252
    case macRoman
    case codePage850
    case codePage437

    /// The message's words for the reading of `byte` (0x80 or above) in every encoding: `™ in
    /// Windows-1252 (Excel's "CSV"), ô in Mac OS Roman ("CSV (Macintosh)") or Ö in DOS code page
    /// 850 ("CSV (MS-DOS)")`, code page 437 named only where it reads the byte otherwise than 850.
    static func readings(of byte: UInt8) -> String {
        func shown(_ encoding: OneByteEncoding) -> String {
            encoding.character(byte).map { CSVUTF8Validator.visible($0) } ?? "no character"
        }
        let dos = codePage437.character(byte) == codePage850.character(byte) ? "" : " (\(shown(.codePage437)) in code page 437)"
        return "\(shown(.windows1252)) in Windows-1252 (Excel's \"CSV\"), \(shown(.macRoman)) in Mac OS Roman (\"CSV (Macintosh)\") "
            + "or \(shown(.codePage850)) in DOS code page 850 (\"CSV (MS-DOS)\")\(dos)"
    }

    /// The character `byte` is in this encoding; nil below 0x80 (ASCII in all of them) and for
    /// the five bytes Windows-1252 leaves out.
    func character(_ byte: UInt8) -> Character? {
        guard byte >= 0x80 else { return nil }
        let index = Int(byte - 0x80)
        switch self {
        case .windows1252:
            // Latin-1 but for 0x80-0x9F, where Windows puts curly quotes, dashes and the euro sign.
            guard byte < 0xA0 else { return Character(Unicode.Scalar(byte)) }
            return Self.windows[index]
        case .macRoman: return Character(Self.macRomanScalars[index])
        case .codePage850: return Character(Self.codePage850Scalars[index])
        case .codePage437: return Character(Self.codePage437Scalars[index])
        }
    }

    private static let windows: [Character?] = [
        "€", nil, "‚", "ƒ", "„", "…", "†", "‡", "ˆ", "‰", "Š", "‹", "Œ", nil, "Ž", nil,
        nil, "‘", "’", "“", "”", "•", "–", "—", "˜", "™", "š", "›", "œ", nil, "ž", "Ÿ",
    ]

    /// 0x80-0xFF of each table, sixteen a line, one scalar each (none combines with another).
    private static let macRomanScalars = Array((
        "ÄÅÇÉÑÖÜáàâäãåçéè" + "êëíìîïñóòôöõúùûü" + "†°¢£§•¶ß®©™´¨≠ÆØ" + "∞±≤≥¥µ∂∑∏π∫ªºΩæø"
            + "¿¡¬√ƒ≈∆«»…\u{A0}ÀÃÕŒœ" + "–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ" + "‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ" + "\u{F8FF}ÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ").unicodeScalars)
    private static let codePage850Scalars = Array((
        "ÇüéâäàåçêëèïîìÄÅ" + "ÉæÆôöòûùÿÖÜø£Ø×ƒ" + "áíóúñÑªº¿®¬½¼¡«»" + "░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐"
            + "└┴┬├─┼ãÃ╚╔╩╦╠═╬¤" + "ðÐÊËÈıÍÎÏ┘┌█▄¦Ì▀" + "ÓßÔÒõÕµþÞÚÛÙýÝ¯´" + "\u{AD}±‗¾¶§÷¸°¨·¹³²■\u{A0}").unicodeScalars)
    private static let codePage437Scalars = Array((
        "ÇüéâäàåçêëèïîìÄÅ" + "ÉæÆôöòûùÿÖÜ¢£¥₧ƒ" + "áíóúñÑªº¿⌐¬½¼¡«»" + "░▒▓│┤╡╢╖╕╣║╗╝╜╛┐"
            + "└┴┬├─┼╞╟╚╔╩╦╠═╬╧" + "╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀" + "αßΓπΣσµτΦΘΩδ∞φε∩" + "≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u{A0}").unicodeScalars)
}
