package rules

import "strings"

// countryTable lists countries as "Name|other names|demonyms|capitals".
// Capitals stand for their government in news text ("Moscow said"), so a
// capital used as an actor resolves to its country. It is general world
// knowledge, not tuned to any article.
const countryTable = `
United States|U.S.,US,USA,U.S.A.,America,United States of America|American,U.S.|Washington
Russia|Russian Federation|Russian|Moscow
Soviet Union|USSR,U.S.S.R.|Soviet|
Ukraine||Ukrainian|Kyiv,Kiev
China|People's Republic of China,PRC|Chinese|Beijing
United Kingdom|UK,U.K.,Britain,Great Britain|British|London
France||French|Paris
Germany||German|Berlin
Italy||Italian|Rome
Spain||Spanish|Madrid
Portugal||Portuguese|Lisbon
Netherlands|Holland|Dutch|Amsterdam,The Hague
Belgium||Belgian|
Poland||Polish|Warsaw
Hungary||Hungarian|Budapest
Romania||Romanian|Bucharest
Bulgaria||Bulgarian|Sofia
Greece||Greek|Athens
Turkey|Turkiye,Türkiye|Turkish|Ankara
Austria||Austrian|Vienna
Switzerland||Swiss|Bern
Sweden||Swedish|Stockholm
Norway||Norwegian|Oslo
Denmark||Danish|Copenhagen
Finland||Finnish|Helsinki
Ireland||Irish|Dublin
Czech Republic|Czechia|Czech|Prague
Slovakia||Slovak|Bratislava
Serbia||Serbian|Belgrade
Croatia||Croatian|Zagreb
Bosnia and Herzegovina|Bosnia|Bosnian|Sarajevo
Kosovo||Kosovar|Pristina
Albania||Albanian|Tirana
Lithuania||Lithuanian|Vilnius
Latvia||Latvian|Riga
Estonia||Estonian|Tallinn
Belarus||Belarusian|Minsk
Moldova||Moldovan|Chisinau
Georgia||Georgian|Tbilisi
Armenia||Armenian|Yerevan
Azerbaijan||Azerbaijani|Baku
Kazakhstan||Kazakh|Astana
Uzbekistan||Uzbek|Tashkent
Kyrgyzstan||Kyrgyz|Bishkek
Tajikistan||Tajik|Dushanbe
Turkmenistan||Turkmen|Ashgabat
Iran||Iranian|Tehran
Iraq||Iraqi|Baghdad
Syria||Syrian|Damascus
Lebanon||Lebanese|Beirut
Israel||Israeli|
Jordan||Jordanian|Amman
Saudi Arabia||Saudi|Riyadh
Qatar||Qatari|Doha
United Arab Emirates|UAE|Emirati|Abu Dhabi
Kuwait||Kuwaiti|
Oman||Omani|Muscat
Yemen||Yemeni|Sanaa
Egypt||Egyptian|Cairo
Libya||Libyan|Tripoli
Tunisia||Tunisian|Tunis
Algeria||Algerian|Algiers
Morocco||Moroccan|Rabat
Sudan||Sudanese|Khartoum
South Sudan||South Sudanese|Juba
Ethiopia||Ethiopian|Addis Ababa
Eritrea||Eritrean|Asmara
Somalia||Somali|Mogadishu
Kenya||Kenyan|Nairobi
Uganda||Ugandan|Kampala
Tanzania||Tanzanian|Dodoma
Rwanda||Rwandan|Kigali
Democratic Republic of Congo|DRC,DR Congo,Democratic Republic of the Congo|Congolese|Kinshasa
Nigeria||Nigerian|Abuja
Ghana||Ghanaian|Accra
Senegal||Senegalese|Dakar
Mali||Malian|Bamako
Niger||Nigerien|Niamey
Burkina Faso||Burkinabe|Ouagadougou
Chad||Chadian|N'Djamena
Cameroon||Cameroonian|Yaounde
Ivory Coast|Cote d'Ivoire,Côte d'Ivoire|Ivorian|Abidjan
South Africa||South African|Pretoria
Zimbabwe||Zimbabwean|Harare
Zambia||Zambian|Lusaka
Mozambique||Mozambican|Maputo
Angola||Angolan|Luanda
Namibia||Namibian|Windhoek
Botswana||Botswanan|Gaborone
India||Indian|New Delhi
Pakistan||Pakistani|Islamabad
Afghanistan||Afghan|Kabul
Bangladesh||Bangladeshi|Dhaka
Sri Lanka||Sri Lankan|Colombo
Nepal||Nepali,Nepalese|Kathmandu
Myanmar|Burma|Myanmar,Burmese|Naypyidaw
Thailand||Thai|Bangkok
Vietnam|Viet Nam|Vietnamese|Hanoi
Cambodia||Cambodian|Phnom Penh
Laos||Lao,Laotian|Vientiane
Malaysia||Malaysian|Kuala Lumpur
Singapore||Singaporean|
Indonesia||Indonesian|Jakarta
Philippines||Philippine,Filipino|Manila
Japan||Japanese|Tokyo
South Korea|Republic of Korea|South Korean|Seoul
North Korea|DPRK|North Korean|Pyongyang
Taiwan||Taiwanese|Taipei
Greenland||Greenlandic|Nuuk
Mongolia||Mongolian|Ulaanbaatar
Australia||Australian|Canberra
New Zealand||New Zealand|Wellington
Canada||Canadian|Ottawa
Mexico||Mexican|Mexico City
Papua New Guinea|PNG|Papua New Guinean|Port Moresby
Guatemala||Guatemalan|
Honduras||Honduran|Tegucigalpa
El Salvador||Salvadoran|San Salvador
Nicaragua||Nicaraguan|Managua
Costa Rica||Costa Rican|San Jose
Panama||Panamanian|
Cuba||Cuban|Havana
Haiti||Haitian|Port-au-Prince
Dominican Republic||Dominican|Santo Domingo
Venezuela||Venezuelan|Caracas
Colombia||Colombian|Bogota
Ecuador||Ecuadorian|Quito
Peru||Peruvian|Lima
Bolivia||Bolivian|La Paz
Chile||Chilean|Santiago
Argentina||Argentine,Argentinian|Buenos Aires
Uruguay||Uruguayan|Montevideo
Paraguay||Paraguayan|Asuncion
Brazil||Brazilian|Brasilia
Vatican|Holy See|Vatican|
Palestine|Palestinian Territories|Palestinian|Ramallah
Cyprus||Cypriot|Nicosia
Malta||Maltese|Valletta
Iceland||Icelandic|Reykjavik
Slovenia||Slovenian|Ljubljana
North Macedonia|Macedonia|Macedonian|Skopje
Montenegro||Montenegrin|Podgorica
Luxembourg||Luxembourgish|
West Germany|Federal Republic of Germany|West German|Bonn
East Germany|German Democratic Republic,GDR|East German|East Berlin
Yugoslavia||Yugoslav|
Czechoslovakia||Czechoslovak|
`

// orgTable lists well-known organisations as "Name|other names|kind|class".
// The class is the common noun news text uses for it ("the alliance", "the
// bloc"), so that such a phrase can be resolved to the organisation.
const orgTable = `
NATO|North Atlantic Treaty Organization,Nato|ORGANIZATION|alliance
European Union|EU,E.U.|ORGANIZATION|bloc
European Community|EC,E.C.,EEC,European Economic Community|ORGANIZATION|
Comecon|CMEA,Council for Mutual Economic Assistance|ORGANIZATION|
United Nations|UN,U.N.|ORGANIZATION|world body
UN General Assembly|United Nations General Assembly,U.N. General Assembly,UNGA|ORGANIZATION|assembly
UN Security Council|United Nations Security Council,U.N. Security Council,Security Council|ORGANIZATION|council
UN Human Rights Council|United Nations Human Rights Council,Human Rights Council|ORGANIZATION|council
European Commission||ORGANIZATION|commission
European Parliament||ORGANIZATION|parliament
European Council||ORGANIZATION|council
European Central Bank|ECB|ORGANIZATION|bank
Council of Europe||ORGANIZATION|council
African Union|AU|ORGANIZATION|bloc
ASEAN|Association of Southeast Asian Nations|ORGANIZATION|bloc
ECOWAS|Economic Community of West African States|ORGANIZATION|bloc
Arab League|League of Arab States|ORGANIZATION|bloc
Gulf Cooperation Council|GCC|ORGANIZATION|bloc
Organization of American States|OAS|ORGANIZATION|bloc
Mercosur||ORGANIZATION|bloc
OSCE|Organization for Security and Co-operation in Europe|ORGANIZATION|organization
OPEC|OPEC+|ORGANIZATION|cartel
G7|Group of Seven|GROUP|group
G8|Group of Eight|GROUP|group
G20|Group of 20,Group of Twenty|GROUP|group
BRICS||GROUP|group
Shanghai Cooperation Organisation|Shanghai Cooperation Organization,SCO|ORGANIZATION|bloc
World Health Organization|WHO|ORGANIZATION|agency
World Trade Organization|WTO|ORGANIZATION|organization
International Monetary Fund|IMF|ORGANIZATION|fund
World Bank||ORGANIZATION|bank
International Atomic Energy Agency|IAEA|ORGANIZATION|agency
International Criminal Court|ICC|ORGANIZATION|court
International Court of Justice|ICJ|ORGANIZATION|court
International Committee of the Red Cross|ICRC,Red Cross|ORGANIZATION|organization
UNICEF||ORGANIZATION|agency
UNESCO||ORGANIZATION|agency
UNHCR|UN refugee agency|ORGANIZATION|agency
Amnesty International||ORGANIZATION|group
Human Rights Watch||ORGANIZATION|group
Interpol||ORGANIZATION|agency
Kremlin||ORGANIZATION|
Pentagon||ORGANIZATION|
U.S. State Department|State Department,US State Department|ORGANIZATION|department
U.S. Congress|Congress|ORGANIZATION|
U.S. Senate|Senate|ORGANIZATION|
Federal Reserve|Fed|ORGANIZATION|bank
Hamas||GROUP|group
Hezbollah||GROUP|group
Taliban||GROUP|group
Houthis|Houthi rebels|GROUP|rebels
Islamic State|ISIS,ISIL|GROUP|group
al-Qaeda|Al-Qaeda,al Qaeda|GROUP|group
Wagner Group|Wagner|GROUP|group
Europe||GROUP|
the West||GROUP|
White House||ORGANIZATION|
Downing Street|No 10,Number 10|ORGANIZATION|
Conservative Party|Conservatives,Tories,Tory,Tory Party|ORGANIZATION|party
Labour Party|Labour|ORGANIZATION|party
Liberal Democrats|Lib Dems,Lib Dem,Liberal Democrat|ORGANIZATION|party
Scottish National Party|SNP|ORGANIZATION|party
Plaid Cymru||ORGANIZATION|party
UK Independence Party|UKIP|ORGANIZATION|party
Fianna Fáil|Fianna Fail|ORGANIZATION|party
Fine Gael||ORGANIZATION|party
Sinn Féin|Sinn Fein|ORGANIZATION|party
`

// seats are bodies named after the building they sit in: the body when
// they act ("the White House said"), a place after a preposition ("at the
// White House").
var seats = map[string]bool{"White House": true, "Downing Street": true}

// placeNames are places that are never actors: cities that are not
// capitals (capitals are handled with their countries) and famous buildings.
var placeNames = []string{
	"New York", "New York City", "Los Angeles", "San Francisco", "Chicago", "Geneva", "Davos",
	"Brussels", "Istanbul", "St. Petersburg", "Saint Petersburg", "Shanghai", "Hong Kong",
	"Mumbai", "Dubai", "Jeddah", "Sochi", "Munich", "Frankfurt", "Milan", "Barcelona",
	"Sydney", "Toronto", "Montreal", "Sao Paulo", "Rio de Janeiro", "Johannesburg", "Lagos",
	"Gaza", "Gaza Strip", "West Bank", "Jerusalem", "Tel Aviv", "Crimea", "Donbas", "Donbass",
	"Kharkiv", "Odesa", "Odessa", "Lviv", "Mariupol", "Zaporizhzhia", "Kherson", "Donetsk", "Luhansk",
	"Elysee Palace", "Élysée Palace", "Capitol Hill", "Mar-a-Lago",
	"Camp David", "Oval Office", "Alaska", "Anchorage", "Texas", "California", "Florida", "New Mexico",
	"Middle East", "Asia", "Africa", "Latin America", "Balkans", "Caucasus", "Arctic", "Pacific",
	"Atlantic", "Black Sea", "Red Sea", "South China Sea", "Baltic Sea", "Strait of Hormuz",
	"Sahel", "Horn of Africa", "Indo-Pacific", "Kashmir", "Tibet", "Xinjiang", "Darfur",
}

// occasionPlaces maps recurring occasions to where they are held, so a
// meeting "on the sidelines of the UN General Assembly" is placed.
var occasionPlaces = map[string]string{
	"UN General Assembly":        "New York",
	"UN Security Council":        "New York",
	"World Economic Forum":       "Davos",
	"UN Human Rights Council":    "Geneva",
	"Munich Security Conference": "Munich",
}

// country is one row of countryTable.
type country struct {
	name     string
	others   []string
	demonyms []string
	capitals []string
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}

func parseCountries() []country {
	var out []country
	for _, line := range strings.Split(strings.TrimSpace(countryTable), "\n") {
		f := strings.Split(line, "|")
		out = append(out, country{name: f[0], others: splitList(f[1]), demonyms: splitList(f[2]), capitals: splitList(f[3])})
	}
	return out
}
