"""A small gazetteer of countries: name, demonyms and capital (general world knowledge).

Used to tell places from people, to turn "Russian" or "Moscow" (as a subject) into the
country "Russia", and to find where an event happened.
"""

from __future__ import annotations

# Country | demonyms (comma-separated) | capital and other major cities (comma-separated)
_TABLE = """
Afghanistan|Afghan|Kabul
Albania|Albanian|Tirana
Algeria|Algerian|Algiers
Angola|Angolan|Luanda
Argentina|Argentine,Argentinian|Buenos Aires
Armenia|Armenian|Yerevan
Australia|Australian|Canberra,Sydney,Melbourne
Austria|Austrian|Vienna
Azerbaijan|Azerbaijani,Azeri|Baku
Bahrain|Bahraini|Manama
Bangladesh|Bangladeshi|Dhaka
Belarus|Belarusian|Minsk
Belgium|Belgian|Brussels
Bolivia|Bolivian|La Paz
Bosnia|Bosnian|Sarajevo
Brazil|Brazilian|Brasilia,Rio de Janeiro,Sao Paulo
Brunei|Bruneian|Bandar Seri Begawan
Bulgaria|Bulgarian|Sofia
Burkina Faso|Burkinabe|Ouagadougou
Cambodia|Cambodian|Phnom Penh
Cameroon|Cameroonian|Yaounde
Canada|Canadian|Ottawa,Toronto
Chile|Chilean|Santiago
China|Chinese|Beijing,Shanghai
Colombia|Colombian|Bogota
Croatia|Croatian|Zagreb
Cuba|Cuban|Havana
Cyprus|Cypriot|Nicosia
Czech Republic|Czech|Prague
Denmark|Danish|Copenhagen
Djibouti|Djiboutian|
Ecuador|Ecuadorian|Quito
Egypt|Egyptian|Cairo
Eritrea|Eritrean|Asmara
Estonia|Estonian|Tallinn
Ethiopia|Ethiopian|Addis Ababa
Finland|Finnish|Helsinki
France|French|Paris
Georgia|Georgian|Tbilisi
Germany|German|Berlin
Ghana|Ghanaian|Accra
Greece|Greek|Athens
Guatemala|Guatemalan|
Hungary|Hungarian|Budapest
Iceland|Icelandic|Reykjavik
India|Indian|New Delhi,Delhi,Mumbai
Indonesia|Indonesian|Jakarta
Iran|Iranian|Tehran,Isfahan,Bandar Abbas,Bushehr
Iraq|Iraqi|Baghdad,Basra
Ireland|Irish|Dublin
Israel|Israeli|Jerusalem,Tel Aviv
Italy|Italian|Rome,Milan
Japan|Japanese|Tokyo
Jordan|Jordanian|Amman
Kazakhstan|Kazakh|Astana,Almaty,Nur-Sultan
Kenya|Kenyan|Nairobi
Kosovo|Kosovar|Pristina
Kuwait|Kuwaiti|Kuwait City
Kyrgyzstan|Kyrgyz|Bishkek
Laos|Lao,Laotian|Vientiane
Latvia|Latvian|Riga
Lebanon|Lebanese|Beirut
Libya|Libyan|Tripoli
Lithuania|Lithuanian|Vilnius
Luxembourg|Luxembourgish|
Malaysia|Malaysian|Kuala Lumpur
Mali|Malian|Bamako
Malta|Maltese|Valletta
Mexico|Mexican|Mexico City
Moldova|Moldovan|Chisinau
Mongolia|Mongolian|Ulaanbaatar
Montenegro|Montenegrin|Podgorica
Morocco|Moroccan|Rabat
Mozambique|Mozambican|Maputo
Myanmar|Burmese|Naypyidaw,Yangon
Nepal|Nepali,Nepalese|Kathmandu
Netherlands|Dutch|Amsterdam,The Hague
New Zealand|New Zealander|Wellington
Nicaragua|Nicaraguan|Managua
Niger|Nigerien|Niamey
Nigeria|Nigerian|Abuja,Lagos
North Korea|North Korean|Pyongyang
North Macedonia|Macedonian|Skopje
Norway|Norwegian|Oslo
Oman|Omani|Muscat
Pakistan|Pakistani|Islamabad,Karachi
Palestine|Palestinian|Ramallah,Gaza
Panama|Panamanian|
Peru|Peruvian|Lima
Philippines|Filipino,Philippine|Manila
Poland|Polish|Warsaw
Portugal|Portuguese|Lisbon
Qatar|Qatari|Doha
Romania|Romanian|Bucharest
Russia|Russian|Moscow,St. Petersburg,Saint Petersburg,Sochi,Kaliningrad,Vladivostok
Rwanda|Rwandan|Kigali
Saudi Arabia|Saudi|Riyadh,Jeddah
Senegal|Senegalese|Dakar
Serbia|Serbian|Belgrade
Singapore|Singaporean|Singapore
Slovakia|Slovak|Bratislava
Slovenia|Slovenian,Slovene|Ljubljana
Somalia|Somali|Mogadishu
South Africa|South African|Pretoria,Johannesburg,Cape Town
South Korea|South Korean,Korean|Seoul
Spain|Spanish|Madrid
Sri Lanka|Sri Lankan|Colombo
Sudan|Sudanese|Khartoum
Sweden|Swedish|Stockholm
Switzerland|Swiss|Bern,Geneva,Zurich
Syria|Syrian|Damascus,Aleppo,Latakia,Tartus,Homs
Taiwan|Taiwanese|Taipei
Tajikistan|Tajik|Dushanbe
Tanzania|Tanzanian|Dodoma,Dar es Salaam
Thailand|Thai|Bangkok
Tunisia|Tunisian|Tunis
Turkey|Turkish|Ankara,Istanbul
Turkmenistan|Turkmen|Ashgabat
Uganda|Ugandan|Kampala
Ukraine|Ukrainian|Kyiv,Kiev,Kharkiv,Odesa,Odessa
United Arab Emirates|Emirati|Abu Dhabi,Dubai
United Kingdom|British|London
United States|American|Washington
Uruguay|Uruguayan|Montevideo
Uzbekistan|Uzbek|Tashkent
Venezuela|Venezuelan|Caracas
Vietnam|Vietnamese|Hanoi
Yemen|Yemeni|Sanaa,Aden
Zambia|Zambian|Lusaka
Zimbabwe|Zimbabwean|Harare
"""

# Other names people use for the same country.
ALIASES = {
    "US": "United States", "U.S.": "United States", "USA": "United States",
    "U.S.A.": "United States", "America": "United States", "UK": "United Kingdom",
    "U.K.": "United Kingdom", "Britain": "United Kingdom", "Great Britain": "United Kingdom",
    "UAE": "United Arab Emirates", "Russian Federation": "Russia",
    "Islamic Republic of Iran": "Iran", "Islamic Republic": "Iran", "DPRK": "North Korea",
    "Turkiye": "Turkey", "Türkiye": "Turkey", "Burma": "Myanmar", "Holland": "Netherlands",
}
# Regions and seas: places, never actors.
REGIONS = (
    "Middle East", "Near East", "Persian Gulf", "Gulf of Oman", "Strait of Hormuz",
    "Caspian Sea", "Black Sea", "Mediterranean", "Red Sea", "Arabian Sea", "Indian Ocean",
    "Caucasus", "South Caucasus", "Trans-Caucasus", "Central Asia", "Europe", "Asia", "Africa",
    "Latin America", "Balkans", "Arctic", "Baltic Sea", "Crimea", "Donbas", "Gaza Strip",
    "Pacific Ocean", "Atlantic Ocean", "South China Sea", "East China Sea", "Sea of Japan",
    "Yellow Sea", "Bering Sea", "Sea of Okhotsk", "Philippine Sea", "Taiwan Strait",
    "Strait of Malacca", "Andaman Sea", "Bay of Bengal", "Gulf of Aden", "Gulf of Guinea",
    "North Sea", "Norwegian Sea", "Barents Sea", "Adriatic Sea", "Aegean Sea", "Sea of Azov",
)


def _load() -> tuple[dict[str, str], dict[str, str], dict[str, str], set[str]]:
    capitals: set[str] = set()
    countries: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    cities: dict[str, str] = {}
    for row in _TABLE.strip().splitlines():
        name, adjectives, towns = row.split("|")
        countries[name] = name
        demonyms.update({a: name for a in adjectives.split(",") if a})
        cities.update({c: name for c in towns.split(",") if c})
        if towns:
            capitals.add(towns.split(",")[0])
    countries.update(ALIASES)
    return countries, demonyms, cities, capitals


COUNTRIES, DEMONYMS, CITIES, CAPITALS = _load()


def country_of(name: str) -> str | None:
    """The country a country name, alias or demonym stands for ("Iranian" -> "Iran")."""
    return COUNTRIES.get(name) or DEMONYMS.get(name)


def is_place(name: str) -> bool:
    """True for a country, city or region name in the gazetteer."""
    return name in COUNTRIES or name in CITIES or name in REGIONS
