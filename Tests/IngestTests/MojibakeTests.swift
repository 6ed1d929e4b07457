@testable import Ingest
import Storage
import Testing

/// UTF-8 text garbled by a Windows-1252 round trip is told apart from text that only looks like
/// it: names with Ã, Â, â, Å and the like in them are never taken for garbled.
@Suite("Mojibake: garbled UTF-8 and what it was")
struct MojibakeTests {
    @Test("garbled text decodes to what it was", arguments: [
        ("CÃ´te dâ€™Ivoire", "Côte d’Ivoire"),
        ("MÃ¼ller, JÃ¼rgen", "Müller, Jürgen"),
        ("SÃ£o TomÃ©", "São Tomé"),
        ("TÃ¼rkiye", "Türkiye"),
        ("Ä°stanbul", "İstanbul"),
        ("Å\u{81}Ã³dÅº", "Łódź"),
        ("DvoÅ™Ã¡k", "Dvořák"),
        ("BucureÈ™ti", "București"),
        ("Ð\u{A0}Ð¾Ñ\u{81}Ñ\u{81}Ð¸Ñ\u{8F}", "Россия"),
        ("2016â€“2018", "2016–2018"),
        ("1Â\u{A0}200 victims", "1\u{A0}200 victims"),
        ("â‚¬5 million", "€5 million"),
        ("Ã\u{81}frica", "África"),
        // Garbled twice: decoded twice.
        ("CÃƒÂ´te", "Côte"),
    ])
    func garbled(_ text: String, _ original: String) {
        #expect(Mojibake.original(of: text) == original)
    }

    @Test("text with the lead characters that is what it says is not garbled", arguments: [
        "São Tomé and Príncipe", "João Silva", "SÃO TOMÉ", "CÂBLE", "ROMÂNIA", "Âge", "Ãbo", "Åland", "Ñandú", "ÑANDÚ",
        "CAFÉ’S GUIDE", "Łódź", "București", "Россия", "Côte d’Ivoire", "naïve", "Ärzte", "Èze", "Ðakovo", "â", "Ã", "ÃO",
        "À propos", "ÂÂ", "IRMÃ DE", "Dvořák", "Ελλάδα", "中国", "2016–2018", "1\u{A0}200", "plain ASCII text",
        // A garbled word beside a real accented letter (edited by hand since): not all of it decodes, so it is let through.
        "Côte dâ€™Ivoire",
    ])
    func notGarbled(_ text: String) {
        #expect(Mojibake.original(of: text) == nil)
    }

    @Test("a garbled word beside real accented letters is found as a word, with what it was")
    func garbledWord() {
        let found = Mojibake.garbledWord(in: "Côte dâ€™Ivoire")
        #expect(found?.word == "dâ€™Ivoire" && found?.original == "d’Ivoire")
        #expect(Mojibake.garbledWord(in: "São Tomé, João and CAFÉ’S") == nil)
    }

    @Test("a long cell is quoted by the words around its first garbled one")
    func excerpt() {
        let quote = "Selon le rapport publiÃ© en 2020 par le ministÃ¨re, les victimes de la traite sont nombreuses en CÃ´te dâ€™Ivoire."
        let original = Mojibake.original(of: quote) ?? ""
        let told = Mojibake.excerpt(of: quote, original: original)
        #expect(told.garbled == "…le rapport publiÃ© en 2020 par le ministÃ¨re, les victimes…")
        #expect(told.original == "…le rapport publié en 2020 par le ministère, les victimes…")
        let short = Mojibake.excerpt(of: "CÃ´te", original: "Côte")
        #expect(short.garbled == "CÃ´te" && short.original == "Côte")
    }
}
