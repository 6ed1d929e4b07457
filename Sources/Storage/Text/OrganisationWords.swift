import Foundation

/// The words that tell an organisation's name from a person's `Family, Given` in French, Spanish
/// and Portuguese (and their English namesakes), where the small English words of
/// `Source.organisationWords` (`of`, `for`, `the`) are missing.
///
/// Why: `Ministère de la Femme, de la Famille et de l’Enfance` holds a comma and none of those
/// small words, so it was cited as a person, `Ministère de la Femme 2020`, BibTeX wrote it without
/// the braces that keep it whole and CSL-JSON split it into a family `Ministère de la Femme` and a
/// given `de la Famille et de l’Enfance` (review of session 47, an NGO whose data is in French);
/// `Ministry of Women, Family and Children` was cited whole. Read case- and accent-insensitively
/// (`MINISTERE`, `Ministère`, `Ministerio`), as such names are typed in capitals or without accents.
public enum OrganisationWords {
    /// Whether `name`, with a comma, reads as an organisation's name by its words: one of its
    /// comma-separated parts, leading particles aside (`Le Bureau` is a family name), holds two or
    /// more words and one of `words` (`Ministère de la Justice`, `Nations Unies`); or the part after
    /// the first comma, where a person's given names stand, begins with a particle and article
    /// (`de la Famille`, `del Trabajo`, `des Droits`) or a particle and one of `words` (`de Comité`).
    ///
    /// A person's name keeps reading as one: `de la Cruz, María`, `van der Berg, Jan`, `Ndiaye,
    /// Awa`, `Bureau, Jacques` (one word, which a family name may be).
    public static func markOrganisation(_ name: String) -> Bool {
        let parts = name.split(separator: ",", omittingEmptySubsequences: false).map(folded)
        for part in parts {
            let named = part.drop { particles.contains($0) }
            if named.count >= 2, named.contains(where: words.contains) { return true }
        }
        return parts.count >= 2 && givenLeadsAsOrganisation(name)
    }

    /// Whether the part after the first comma begins as no given name does: a lower-case particle
    /// followed by an article (`de la`, `de l’`, `de los`) or a contracted one (`del`, `des`, `du`,
    /// `au`, `da`), or by one of `words`.
    private static func givenLeadsAsOrganisation(_ name: String) -> Bool {
        guard let comma = name.firstIndex(of: ",") else { return false }
        let given = name[name.index(after: comma)...].drop(while: \.isWhitespace)
        guard given.first?.isLowercase == true else { return false }
        let written = folded(given)
        guard written.count >= 2 else { return false }
        if contracted.contains(written[0]) { return true }
        return ["de", "d", "di"].contains(written[0]) && (articles.contains(written[1]) || words.contains(written[1]))
    }

    /// `text` folded (lower case, without accents) and split into words at anything that is not a
    /// letter or digit: `d’Ivoire` is `d` and `ivoire`, `Haut-Commissariat` two words.
    ///
    /// ASCII text (most names) is only lower-cased: labels are made for every source at each
    /// ingest (`Database.staleSourceLabels()`), and Foundation's folding costs more than the rest.
    public static func folded(_ text: Substring) -> [String] {
        let plain = text.utf8.allSatisfy { $0 < 0x80 }
            ? text.lowercased() : text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return plain.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    /// Particles a family name may begin with (`Le Bureau`, `van der Berg`, `de la Cruz`), folded.
    static let particles: Set<String> = [
        "le", "la", "les", "l", "de", "del", "della", "des", "du", "d", "da", "do", "dos", "das", "di",
        "van", "von", "der", "den", "ter", "ten", "el", "al",
    ]

    /// A particle with its article in one word, which no given name begins with: `del Trabajo`,
    /// `des Droits`, `du Travail`, `au Développement`, `da Mulher`, `dos Direitos`.
    private static let contracted: Set<String> = ["del", "des", "du", "au", "aux", "da", "do", "dos", "das", "della"]

    /// Articles after `de`: `de la Famille`, `de l’Enfance`, `de los Derechos`.
    private static let articles: Set<String> = ["la", "las", "los", "l", "le", "les", "lo"]

    /// Words of organisations' names, folded (`ministère` is `ministere`): ministries, directorates,
    /// agencies, offices, commissions, institutes and the rest, in French, Spanish and Portuguese,
    /// and the English words that are spelled alike or that name such bodies.
    public static let words: Set<String> = [
        // French
        "ministere", "direction", "organisation", "institut", "observatoire", "comite", "commission", "agence",
        "bureau", "office", "fondation", "association", "secretariat", "republique", "gouvernement", "conseil",
        "universite", "programme", "fonds", "union", "unies", "cellule", "commissariat", "delegation", "federation",
        "confederation", "syndicat", "coalition", "reseau", "plateforme", "centre", "service", "departement",
        "prefecture", "ambassade", "gendarmerie", "police", "tribunal", "assemblee", "mairie", "ligue", "collectif",
        "mouvement", "alliance", "autorite", "nations",
        // Spanish
        "ministerio", "direccion", "organizacion", "instituto", "observatorio", "comision", "agencia", "oficina",
        "fundacion", "asociacion", "secretaria", "republica", "gobierno", "consejo", "universidad", "programa",
        "fondo", "unidas", "unidos", "procuraduria", "fiscalia", "defensoria", "federacion", "confederacion",
        "sindicato", "coalicion", "plataforma", "centro", "servicio", "departamento", "embajada", "policia",
        "asamblea", "alcaldia", "municipalidad", "autoridad", "movimiento", "naciones",
        // Portuguese
        "direcao", "organizacao", "comissao", "escritorio", "fundacao", "associacao", "governo", "conselho",
        "universidade", "fundo", "uniao", "federacao", "servico", "embaixada", "assembleia", "prefeitura",
        "autoridade", "movimento", "nacoes",
        // English
        "ministry", "department", "agency", "council", "government", "university", "foundation", "organization",
        "institute", "committee", "republic", "center",
    ]
}
