extension SubnationalPlace {
    /// A country whose parts the list names.
    struct Country: Sendable, Equatable {
        /// Its ISO 3166-1 alpha-3 code, as tipdb's places hold it.
        let code: String
        /// Its name as a sentence says it: "the United States".
        let name: String
    }

    /// The parts of countries people write as places, by country: the first-level subdivisions
    /// of ISO 3166-2 of the countries whose trafficking and forced-labour figures are most often
    /// published by state or province (the United States' states, Nigeria's, Brazil's rescues of
    /// workers in conditions analogous to slavery, India's and Pakistan's bonded labour, Mexico's,
    /// Canada's and Australia's), and the United Kingdom's nations, which the National Referral
    /// Mechanism and Scotland's and Northern Ireland's own statistics report by, with England and
    /// Wales and Great Britain (ISO 3166-2:GB's GB-EAW and GB-GBN), which statistics also use.
    ///
    /// `Distrito Federal` is Brazil's, and Mexico City's name until 2016, so it names both.
    ///
    /// Why these and not all of ISO 3166-2 (about 5,000 names): the list names the country in a
    /// refusal and checks a breakdown's `subdivision` against the figure's place, and a name of
    /// another country's part (Amazonas in Colombia) must not be refused as Brazil's. So a
    /// country is listed whole or not at all, and only a listed country's figures are checked.
    static let table: [(country: Country, names: [String])] = [
        (Country(code: "GBR", name: "the United Kingdom"), [
            "England", "Scotland", "Wales", "Northern Ireland", "England and Wales", "Great Britain",
        ]),
        (Country(code: "USA", name: "the United States"), [
            "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "District of Columbia",
            "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
            "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
            "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
            "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia",
            "Washington", "West Virginia", "Wisconsin", "Wyoming",
        ]),
        (Country(code: "CAN", name: "Canada"), [
            "Alberta", "British Columbia", "Manitoba", "New Brunswick", "Newfoundland and Labrador", "Northwest Territories",
            "Nova Scotia", "Nunavut", "Ontario", "Prince Edward Island", "Quebec", "Saskatchewan", "Yukon",
        ]),
        (Country(code: "AUS", name: "Australia"), [
            "Australian Capital Territory", "New South Wales", "Northern Territory", "Queensland", "South Australia", "Tasmania",
            "Victoria", "Western Australia",
        ]),
        (Country(code: "IND", name: "India"), [
            "Andaman and Nicobar Islands", "Andhra Pradesh", "Arunachal Pradesh", "Assam", "Bihar", "Chandigarh", "Chhattisgarh",
            "Dadra and Nagar Haveli and Daman and Diu", "Delhi", "Goa", "Gujarat", "Haryana", "Himachal Pradesh", "Jammu and Kashmir",
            "Jharkhand", "Karnataka", "Kerala", "Ladakh", "Lakshadweep", "Madhya Pradesh", "Maharashtra", "Manipur", "Meghalaya",
            "Mizoram", "Nagaland", "Odisha", "Puducherry", "Punjab", "Rajasthan", "Sikkim", "Tamil Nadu", "Telangana", "Tripura",
            "Uttar Pradesh", "Uttarakhand", "West Bengal",
        ]),
        (Country(code: "PAK", name: "Pakistan"), [
            "Azad Jammu and Kashmir", "Balochistan", "Gilgit-Baltistan", "Islamabad", "Khyber Pakhtunkhwa", "Punjab", "Sindh",
        ]),
        (Country(code: "NGA", name: "Nigeria"), [
            "Abia", "Adamawa", "Akwa Ibom", "Anambra", "Bauchi", "Bayelsa", "Benue", "Borno", "Cross River", "Delta", "Ebonyi", "Edo",
            "Ekiti", "Enugu", "Federal Capital Territory", "Gombe", "Imo", "Jigawa", "Kaduna", "Kano", "Katsina", "Kebbi", "Kogi",
            "Kwara", "Lagos", "Nasarawa", "Niger", "Ogun", "Ondo", "Osun", "Oyo", "Plateau", "Rivers", "Sokoto", "Taraba", "Yobe",
            "Zamfara",
        ]),
        (Country(code: "MEX", name: "Mexico"), [
            "Aguascalientes", "Baja California", "Baja California Sur", "Campeche", "Chiapas", "Chihuahua", "Ciudad de México",
            "Coahuila", "Colima", "Distrito Federal", "Durango", "Estado de México", "Guanajuato", "Guerrero", "Hidalgo", "Jalisco",
            "Michoacán", "Morelos", "Nayarit", "Nuevo León", "Oaxaca", "Puebla", "Querétaro", "Quintana Roo", "San Luis Potosí",
            "Sinaloa", "Sonora", "Tabasco", "Tamaulipas", "Tlaxcala", "Veracruz", "Yucatán", "Zacatecas",
        ]),
        (Country(code: "BRA", name: "Brazil"), [
            "Acre", "Alagoas", "Amapá", "Amazonas", "Bahia", "Ceará", "Distrito Federal", "Espírito Santo", "Goiás", "Maranhão",
            "Mato Grosso", "Mato Grosso do Sul", "Minas Gerais", "Pará", "Paraíba", "Paraná", "Pernambuco", "Piauí", "Rio de Janeiro",
            "Rio Grande do Norte", "Rio Grande do Sul", "Rondônia", "Roraima", "Santa Catarina", "São Paulo", "Sergipe", "Tocantins",
        ]),
    ]

    /// Other names of listed parts, by the name the list gives: what English texts and the
    /// subdivision's own statistics also call it.
    static let otherNames: [String: String] = [
        "Washington, D.C.": "District of Columbia", "Washington DC": "District of Columbia", "Washington D.C.": "District of Columbia",
        "Mexico City": "Ciudad de México", "State of Mexico": "Estado de México", "FCT": "Federal Capital Territory",
        "Abuja": "Federal Capital Territory", "Orissa": "Odisha", "Pondicherry": "Puducherry", "NCT of Delhi": "Delhi",
        "Baluchistan": "Balochistan", "Islamabad Capital Territory": "Islamabad", "NWFP": "Khyber Pakhtunkhwa",
        "North-West Frontier Province": "Khyber Pakhtunkhwa", "Mexico State": "Estado de México", "Coahuila de Zaragoza": "Coahuila",
        "Michoacán de Ocampo": "Michoacán", "Veracruz de Ignacio de la Llave": "Veracruz",
    ]
}
