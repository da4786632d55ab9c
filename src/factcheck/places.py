"""U.S. states and parties in the forms writers use: "North Dakota", "N.D.", "ND", "D-N.D."."""

from __future__ import annotations

# name: (postal code, AP-style abbreviation)
STATES = {
    "Alabama": ("AL", "Ala."), "Alaska": ("AK", "Alaska"), "Arizona": ("AZ", "Ariz."), "Arkansas": ("AR", "Ark."),
    "California": ("CA", "Calif."), "Colorado": ("CO", "Colo."), "Connecticut": ("CT", "Conn."), "Delaware": ("DE", "Del."),
    "Florida": ("FL", "Fla."), "Georgia": ("GA", "Ga."), "Hawaii": ("HI", "Hawaii"), "Idaho": ("ID", "Idaho"),
    "Illinois": ("IL", "Ill."), "Indiana": ("IN", "Ind."), "Iowa": ("IA", "Iowa"), "Kansas": ("KS", "Kan."),
    "Kentucky": ("KY", "Ky."), "Louisiana": ("LA", "La."), "Maine": ("ME", "Maine"), "Maryland": ("MD", "Md."),
    "Massachusetts": ("MA", "Mass."), "Michigan": ("MI", "Mich."), "Minnesota": ("MN", "Minn."), "Mississippi": ("MS", "Miss."),
    "Missouri": ("MO", "Mo."), "Montana": ("MT", "Mont."), "Nebraska": ("NE", "Neb."), "Nevada": ("NV", "Nev."),
    "New Hampshire": ("NH", "N.H."), "New Jersey": ("NJ", "N.J."), "New Mexico": ("NM", "N.M."), "New York": ("NY", "N.Y."),
    "North Carolina": ("NC", "N.C."), "North Dakota": ("ND", "N.D."), "Ohio": ("OH", "Ohio"), "Oklahoma": ("OK", "Okla."),
    "Oregon": ("OR", "Ore."), "Pennsylvania": ("PA", "Pa."), "Rhode Island": ("RI", "R.I."), "South Carolina": ("SC", "S.C."),
    "South Dakota": ("SD", "S.D."), "Tennessee": ("TN", "Tenn."), "Texas": ("TX", "Texas"), "Utah": ("UT", "Utah"),
    "Vermont": ("VT", "Vt."), "Virginia": ("VA", "Va."), "Washington": ("WA", "Wash."), "West Virginia": ("WV", "W.Va."),
    "Wisconsin": ("WI", "Wis."), "Wyoming": ("WY", "Wyo."), "District of Columbia": ("DC", "D.C."),
}
PARTIES = {"D": "Democratic", "R": "Republican", "I": "Independent"}
PARTY_WORDS = {"democrat": "Democratic", "democratic": "Democratic", "republican": "Republican", "independent": "Independent", "gop": "Republican"}


def _key(text: str) -> str:
    return text.replace(".", "").replace(" ", "").lower()


_BY_KEY: dict[str, str] = {}
for _name, (_postal, _ap) in STATES.items():
    for _form in (_name, _postal, _ap):
        _BY_KEY[_key(_form)] = _name
_BY_KEY[_key("Minn")] = "Minnesota"


def state_name(text: str) -> str | None:
    """'N.D.' / 'ND' / 'North Dakota' / 'Minn.' -> 'North Dakota'; None when not a state."""
    return _BY_KEY.get(_key(text.strip(" ,()")))


def party_name(text: str) -> str | None:
    text = text.strip()
    return PARTIES.get(text.upper()) if len(text) == 1 else PARTY_WORDS.get(text.lower())


# The state in a party tag ("D-N.D.", "R-Ariz.", "D-New Hampshire"): one state, never the next word's name
# ("Sen. Heidi Heitkamp, D-N.D. Cindy McCain ..." is North Dakota, then Cindy McCain).
TAG_STATE = r"[A-Z][A-Za-z.]*(?:\s(?:Dakota|Hampshire|Jersey|Mexico|York|Carolina|Virginia|Island)\b)?"
STATE_PATTERN = "|".join(sorted((__import__("re").escape(n) for n in STATES), key=len, reverse=True))

# Sovereign states by their usual English short names: "in Guatemala" is a place claim even when
# the registry has never heard of Guatemala, while "in Persons" (a title) is not.
COUNTRIES = frozenset("""
Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan Bahamas Bahrain
Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Botswana Brazil Brunei Bulgaria Burundi
Cambodia Cameroon Canada Chad Chile China Colombia Comoros Congo Croatia Cuba Cyprus Czechia Denmark Djibouti
Dominica Ecuador Egypt Eritrea Estonia Eswatini Ethiopia Fiji Finland France Gabon Gambia Georgia Germany Ghana
Greece Grenada Guatemala Guinea Guyana Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel
Italy Jamaica Japan Jordan Kazakhstan Kenya Kiribati Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia
Libya Liechtenstein Lithuania Luxembourg Madagascar Malawi Malaysia Maldives Mali Malta Mauritania Mauritius
Mexico Micronesia Moldova Monaco Mongolia Montenegro Morocco Mozambique Myanmar Burma Namibia Nauru Nepal
Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Palau Panama Paraguay Peru Philippines Poland Portugal
Qatar Romania Russia Rwanda Samoa Senegal Serbia Seychelles Singapore Slovakia Slovenia Somalia Spain Sudan
Suriname Sweden Switzerland Syria Taiwan Tajikistan Tanzania Thailand Togo Tonga Tunisia Turkey Turkmenistan
Tuvalu Uganda Ukraine Uruguay Uzbekistan Vanuatu Venezuela Vietnam Yemen Zambia Zimbabwe
""".split()) | {
    "Antigua and Barbuda", "Bosnia and Herzegovina", "Burkina Faso", "Cabo Verde", "Cape Verde", "Central African Republic",
    "Costa Rica", "Dominican Republic", "East Timor", "El Salvador", "Equatorial Guinea", "Guinea-Bissau", "Ivory Coast",
    "Marshall Islands", "New Zealand", "North Korea", "North Macedonia", "Papua New Guinea", "Saint Lucia", "San Marino",
    "Saudi Arabia", "Sierra Leone", "Solomon Islands", "South Africa", "South Korea", "South Sudan", "Sri Lanka",
    "Trinidad and Tobago", "United Arab Emirates", "United Kingdom", "United States", "Great Britain", "England",
    "Scotland", "Wales", "Northern Ireland", "Puerto Rico", "Guam", "Vatican City",
}


def is_place_name(text: str) -> bool:
    """A U.S. state or a country, as written out: the places a draft can name that no registry lists."""
    return text in COUNTRIES or text in STATES
