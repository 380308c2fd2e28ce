//! The places on the map: a table of sentences written for it, each with its places'
//! expected country and GeoNames id. It covers the qualifiers ("Paris, Texas", "London,
//! Ontario", "Cambridge, Mass."), datelines, the article's other places, population
//! defaults, names shared by cities of different countries (Paris, London, Birmingham,
//! Cambridge, Valencia, Athens, Dublin, Newcastle, Manchester, Kingston, Alexandria,
//! Tripoli, San Jose, Toledo, Melbourne, Hyderabad, Windsor, Plymouth, Halifax) and names
//! of a country or state and a city (Georgia, New York, Washington, Wyoming, Oregon,
//! Delaware, Luxembourg, Singapore, Hong Kong, Monaco, Djibouti, Gibraltar, Mozambique).

use lede::{Analyzer, EntityType};

/// A sentence and its places on the map: text as written, country, GeoNames id.
type Row = (
    &'static str,
    &'static [(&'static str, Option<&'static str>, u32)],
);

const TABLE: &[Row] = &[
    (
        "Flood warnings were issued for Paris, Texas, after two days of rain.",
        &[
            ("Paris", Some("US"), 4717560),
            ("Texas", Some("US"), 4736286),
        ],
    ),
    (
        "The museum in Paris reopened its east wing on Monday.",
        &[("Paris", Some("FR"), 2988507)],
    ),
    (
        "Students in Cambridge, Mass., marched past the university gates.",
        &[
            ("Cambridge", Some("US"), 4931972),
            ("Mass.", Some("US"), 6254926),
        ],
    ),
    (
        "Rowing crews from Cambridge and Oxford trained on the river this week.",
        &[
            ("Cambridge", Some("GB"), 2653941),
            ("Oxford", Some("GB"), 2640729),
        ],
    ),
    (
        "A new stadium is planned for London, Ontario, the mayor said.",
        &[("London", Some("CA"), 6058560)],
    ),
    (
        "Commuters in London faced delays on the Underground.",
        &[("London", Some("GB"), 2643743)],
    ),
    (
        "The steel plant in Birmingham, Alabama, will hire 200 workers.",
        &[
            ("Birmingham", Some("US"), 4049979),
            ("Alabama", Some("US"), 4829764),
        ],
    ),
    (
        "Fans packed the arena in Birmingham, England, for the final.",
        &[
            ("Birmingham", Some("GB"), 2655603),
            ("England", Some("GB"), 6269131),
        ],
    ),
    (
        "The orange harvest around Valencia, Spain, was the worst in years.",
        &[
            ("Valencia", Some("ES"), 2509954),
            ("Spain", Some("ES"), 2510769),
        ],
    ),
    (
        "Protesters gathered in Valencia after the governor of Carabobo spoke.",
        &[("Valencia", Some("VE"), 3625549)],
    ),
    (
        "Farmers near Córdoba, Argentina, expect a record soybean crop.",
        &[
            ("Córdoba", Some("AR"), 3860259),
            ("Argentina", Some("AR"), 3865483),
        ],
    ),
    (
        "Tourists in Athens visited the Acropolis despite the heat.",
        &[("Athens", Some("GR"), 264371)],
    ),
    (
        "The University of Georgia in Athens, Georgia, raised its fees.",
        &[
            ("Athens", Some("US"), 4180386),
            ("Georgia", Some("US"), 4197000),
        ],
    ),
    (
        "The bank opened a branch in Dublin, Ireland, last spring.",
        &[
            ("Dublin", Some("IE"), 2964574),
            ("Ireland", Some("IE"), 2963597),
        ],
    ),
    (
        "Officials in Dublin, Ohio, approved the budget.",
        &[
            ("Dublin", Some("US"), 5152333),
            ("Ohio", Some("US"), 5165418),
        ],
    ),
    (
        "Police in Newcastle, Australia, closed the coastal road.",
        &[
            ("Newcastle", Some("AU"), 2155472),
            ("Australia", Some("AU"), 2077456),
        ],
    ),
    (
        "Supporters travelled from Newcastle to Sunderland for the derby.",
        &[
            ("Newcastle", Some("GB"), 2641673),
            ("Sunderland", Some("GB"), 2636531),
        ],
    ),
    (
        // The two states are listed divisions, without a GeoNames point of their own.
        "The mine near Perth employs workers from across Western Australia and Queensland.",
        &[("Perth", Some("AU"), 2063523)],
    ),
    (
        "Traffic in Manchester, New Hampshire, slowed after the snowfall.",
        &[
            ("Manchester", Some("US"), 5089178),
            ("New Hampshire", Some("US"), 5090174),
        ],
    ),
    (
        "Rain fell across Manchester and Liverpool on Saturday.",
        &[
            ("Manchester", Some("GB"), 2643123),
            ("Liverpool", Some("GB"), 2644210),
        ],
    ),
    (
        "The shipyard in Halifax, Nova Scotia, won a navy contract, Canada said.",
        &[
            ("Halifax", Some("CA"), 6324729),
            ("Canada", Some("CA"), 6251999),
        ],
    ),
    (
        "Officials in Kingston said Jamaica would welcome the visitors.",
        &[
            ("Kingston", Some("JM"), 3489854),
            ("Jamaica", Some("JM"), 3489940),
        ],
    ),
    (
        "Residents of Kingston, Ontario, voted on a new bridge.",
        &[("Kingston", Some("CA"), 5992500)],
    ),
    (
        "The port of Alexandria handled more grain for Egypt this year.",
        &[
            ("Alexandria", Some("EG"), 361058),
            ("Egypt", Some("EG"), 357994),
        ],
    ),
    (
        "Startups in Alexandria, Virginia, hired engineers from Washington.",
        &[
            ("Alexandria", Some("US"), 4744091),
            ("Virginia", Some("US"), 6254928),
            ("Washington", Some("US"), 4140963),
        ],
    ),
    (
        "Militias clashed near Tripoli as Libya prepared for talks.",
        &[
            ("Tripoli", Some("LY"), 2210247),
            ("Libya", Some("LY"), 2215636),
        ],
    ),
    (
        "Smoke rose over Tripoli, Lebanon, after the blast.",
        &[
            ("Tripoli", Some("LB"), 266826),
            ("Lebanon", Some("LB"), 272103),
        ],
    ),
    (
        "Coffee growers outside San Jose met Costa Rica's trade minister.",
        &[
            ("San Jose", Some("CR"), 3621849),
            ("Costa Rica", Some("CR"), 3624060),
        ],
    ),
    (
        "Tech firms in San Jose, California, reported higher sales.",
        &[
            ("San Jose", Some("US"), 5392171),
            ("California", Some("US"), 5332921),
        ],
    ),
    (
        "The Santiago stock exchange rose as Chile's copper exports grew.",
        &[
            ("Santiago", Some("CL"), 3871336),
            ("Chile", Some("CL"), 3895114),
        ],
    ),
    (
        "Miners marched through Santiago, Chile, on Monday.",
        &[
            ("Santiago", Some("CL"), 3871336),
            ("Chile", Some("CL"), 3895114),
        ],
    ),
    (
        "The Toledo Mud Hens won in Toledo, Ohio, on Friday night.",
        &[
            ("Toledo", Some("US"), 5174035),
            ("Ohio", Some("US"), 5165418),
        ],
    ),
    (
        "Tourists admired the sword makers of Toledo, Spain.",
        &[
            ("Toledo", Some("ES"), 2510409),
            ("Spain", Some("ES"), 2510769),
        ],
    ),
    (
        "The tennis open in Melbourne drew crowds from across Australia.",
        &[
            ("Melbourne", Some("AU"), 2158177),
            ("Australia", Some("AU"), 2077456),
        ],
    ),
    (
        "A rocket launch near Melbourne, Florida, was delayed.",
        &[
            ("Melbourne", Some("US"), 4163971),
            ("Florida", Some("US"), 4155751),
        ],
    ),
    (
        "Georgia's parliament in Tbilisi passed the law.",
        &[
            ("Georgia", Some("GE"), 614540),
            ("Tbilisi", Some("GE"), 611717),
        ],
    ),
    (
        "Voters in Georgia lined up in Atlanta and Savannah to cast ballots.",
        &[
            ("Georgia", Some("US"), 4197000),
            ("Atlanta", Some("US"), 4180439),
            ("Savannah", Some("US"), 4221552),
        ],
    ),
    (
        "Georgia held its runoff election, Georgian officials said.",
        &[("Georgia", Some("GE"), 614540)],
    ),
    (
        "New York state lawmakers met in Albany to pass the budget.",
        &[
            ("New York", Some("US"), 5128638),
            ("Albany", Some("US"), 5106834),
        ],
    ),
    (
        "The subway in New York carried record crowds.",
        &[("New York", Some("US"), 5128581)],
    ),
    (
        "Washington state farmers in Spokane and Seattle sold more apples.",
        &[
            ("Washington", Some("US"), 5815135),
            ("Spokane", Some("US"), 5811696),
            ("Seattle", Some("US"), 5809844),
        ],
    ),
    (
        "Talks in Washington ended without a deal, the White House said.",
        &[("Washington", Some("US"), 4140963)],
    ),
    (
        "Hikers crossed Wyoming on their way to Yellowstone.",
        &[("Wyoming", Some("US"), 5843591)],
    ),
    (
        "The governor of Oregon signed the bill in Salem.",
        &[
            ("Oregon", Some("US"), 5744337),
            ("Salem", Some("US"), 5750162),
        ],
    ),
    (
        "Delaware lawmakers met in Dover on Tuesday.",
        &[
            ("Delaware", Some("US"), 4142224),
            ("Dover", Some("US"), 4142290),
        ],
    ),
    (
        "Luxembourg agreed to the EU budget on Thursday.",
        &[("Luxembourg", Some("LU"), 2960313)],
    ),
    (
        "Singapore reported strong exports last quarter.",
        &[("Singapore", Some("SG"), 1880252)],
    ),
    (
        "Hong Kong police arrested two men.",
        &[("Hong Kong", Some("HK"), 1819729)],
    ),
    (
        "Monaco hosted the yacht show.",
        &[("Monaco", Some("MC"), 2993457)],
    ),
    (
        "Djibouti hosts a naval base used by several nations.",
        &[("Djibouti", Some("DJ"), 223816)],
    ),
    (
        "Gibraltar voted on the new tax rules.",
        &[("Gibraltar", Some("GI"), 2411586)],
    ),
    (
        "Mozambique signed a gas deal with Japan.",
        &[
            ("Mozambique", Some("MZ"), 1036973),
            ("Japan", Some("JP"), 1861060),
        ],
    ),
    (
        "The U.S. and the United States Congress approved the plan in America.",
        &[
            ("U.S.", Some("US"), 6252001),
            ("America", Some("US"), 6252001),
        ],
    ),
    (
        "The UK and Britain are the same country in this sentence.",
        &[
            ("UK", Some("GB"), 2635167),
            ("Britain", Some("GB"), 2635167),
        ],
    ),
    (
        "Scotland and Wales played in Edinburgh.",
        &[
            ("Scotland", Some("GB"), 2638360),
            ("Wales", Some("GB"), 2634895),
            ("Edinburgh", Some("GB"), 2650225),
        ],
    ),
    (
        "The president flew from Nairobi to Mombasa.",
        &[
            ("Nairobi", Some("KE"), 184745),
            ("Mombasa", Some("KE"), 186301),
        ],
    ),
    (
        "Workers in Hyderabad, Pakistan, went on strike.",
        &[
            ("Hyderabad", Some("PK"), 1176734),
            ("Pakistan", Some("PK"), 1168579),
        ],
    ),
    (
        "Software firms in Hyderabad expanded in India's south.",
        &[
            ("Hyderabad", Some("IN"), 1269843),
            ("India", Some("IN"), 1269750),
        ],
    ),
    (
        "Shoppers in Richmond, Virginia, braved the cold.",
        &[
            ("Richmond", Some("US"), 4781708),
            ("Virginia", Some("US"), 6254928),
        ],
    ),
    (
        "The bridge in Windsor, Ontario, links Canada with Detroit.",
        &[
            ("Windsor", Some("CA"), 6182962),
            ("Canada", Some("CA"), 6251999),
            ("Detroit", Some("US"), 4990729),
        ],
    ),
    (
        "Tourists visited the castle in Windsor, west of London, on a trip to England.",
        &[
            ("Windsor", Some("GB"), 2633842),
            ("London", Some("GB"), 2643743),
            ("England", Some("GB"), 6269131),
        ],
    ),
    (
        "Shoppers in Plymouth, Minnesota, cleared the snow.",
        &[
            ("Plymouth", Some("US"), 5041926),
            ("Minnesota", Some("US"), 5037779),
        ],
    ),
    (
        "The navy base in Plymouth sits on England's south coast.",
        &[
            ("Plymouth", Some("GB"), 2640194),
            ("England", Some("GB"), 6269131),
        ],
    ),
    (
        "Asia and Europe signed a trade pact.",
        &[("Asia", None, 6255147), ("Europe", None, 6255148)],
    ),
    (
        "ATLANTA (AP) — Students returned to classes in Athens on Monday.",
        &[
            ("ATLANTA", Some("US"), 4180439),
            ("Athens", Some("US"), 4180386),
        ],
    ),
    (
        "MADRID (Reuters) — Farmers near Valencia lost much of the orange crop.",
        &[
            ("MADRID", Some("ES"), 3117735),
            ("Valencia", Some("ES"), 2509954),
        ],
    ),
    (
        "SYDNEY (Reuters) — Police in Newcastle closed the coastal road.",
        &[
            ("SYDNEY", Some("AU"), 2147714),
            ("Newcastle", Some("AU"), 2155472),
        ],
    ),
    (
        "LONDON, Ontario (CP) — The city council met on Tuesday.",
        &[("LONDON", Some("CA"), 6058560)],
    ),
    (
        "SEATTLE (AP) — Apple growers across Washington had a record year.",
        &[
            ("SEATTLE", Some("US"), 5809844),
            ("Washington", Some("US"), 5815135),
        ],
    ),
    (
        "TBILISI (Reuters) — Georgia's government resigned on Friday.",
        &[
            ("TBILISI", Some("GE"), 611717),
            ("Georgia", Some("GE"), 614540),
        ],
    ),
    // An AP abbreviation after a dateline's city names its state, which decides the city.
    (
        "HARRISBURG, Pa. (AP) — The legislature passed the budget on Friday.",
        &[
            ("HARRISBURG", Some("US"), 5192726),
            ("Pa.", Some("US"), 6254927),
        ],
    ),
    (
        "SPRINGFIELD, Ill. — Lawmakers met on Tuesday to debate the tax plan.",
        &[
            ("SPRINGFIELD", Some("US"), 4250542),
            ("Ill.", Some("US"), 4896861),
        ],
    ),
    (
        "ALEXANDRIA, Va. — A federal judge ruled on Monday.",
        &[
            ("ALEXANDRIA", Some("US"), 4744091),
            ("Va.", Some("US"), 6254928),
        ],
    ),
    (
        "COLUMBIA, Mo. (AP) — The university raised its fees.",
        &[
            ("COLUMBIA", Some("US"), 4381982),
            ("Mo.", Some("US"), 4398678),
        ],
    ),
    // A demonym of one candidate's country, and of no other's: evidence when no place is.
    (
        "Spanish officials said the port of Valencia would reopen on Monday.",
        &[("Valencia", Some("ES"), 2509954)],
    ),
    (
        "Venezuelan officials said the port of Valencia would reopen on Monday.",
        &[("Valencia", Some("VE"), 3625549)],
    ),
    (
        "British fans travelled to Newcastle for the cup tie.",
        &[("Newcastle", Some("GB"), 2641673)],
    ),
    // "Latin American" is no American; the Americans near a capital are no evidence.
    (
        "Latin American delegates met in Geneva this week.",
        &[("Geneva", Some("CH"), 2660646)],
    ),
    (
        "The British quartet beat the Americans to win relay gold in Athens.",
        &[("Athens", Some("GR"), 264371)],
    ),
    // With no other place in the article, a demonym moves a place up to ten times smaller
    // than its namesake if it is a major city of its country (1% of its people): not a
    // small namesake ("Athens", Georgia; "London", Ontario; "Birmingham", Alabama), and
    // not where a place is evidence.
    (
        "Lebanese troops were deployed in Tripoli on Sunday.",
        &[("Tripoli", Some("LB"), 266826)],
    ),
    (
        "Venezuelan police patrolled Barcelona overnight.",
        &[("Barcelona", Some("VE"), 3648559)],
    ),
    (
        "American diplomats arrived in Athens for the talks.",
        &[("Athens", Some("GR"), 264371)],
    ),
    (
        "Canadian officials met in London on Monday.",
        &[("London", Some("GB"), 2643743)],
    ),
    (
        "American troops left Birmingham after the exercise.",
        &[("Birmingham", Some("GB"), 2655603)],
    ),
    (
        "Lebanese troops were deployed in Tripoli, officials in Libya said.",
        &[
            ("Tripoli", Some("LY"), 2210247),
            ("Libya", Some("LY"), 2215636),
        ],
    ),
    // Both countries' demonyms: no evidence either way, the population decides.
    (
        "Lebanese and Libyan envoys met in Tripoli.",
        &[("Tripoli", Some("LY"), 2210247)],
    ),
    // A division word where a US state is on the map: the state; where the name has no
    // subdivision of the type, the city stays.
    (
        "Voters in the state of Georgia queued before dawn.",
        &[("Georgia", Some("US"), 4197000)],
    ),
    (
        "Officials in New York State said the budget was late.",
        &[("New York State", Some("US"), 5128638)],
    ),
    (
        "Storms swept across the Paris region overnight.",
        &[("Paris", Some("FR"), 2988507)],
    ),
    // A region of the features list named in the article is evidence for its country
    // ("Costa Brava"), and for its first-order division where its admin1 code is known
    // (data/admin1.tsv: "Andalusia", "Castile and Leon", "Bihar").
    (
        "Hotels on the Costa Brava were full, and Valencia was busy too.",
        &[("Valencia", Some("ES"), 2509954)],
    ),
    (
        "Floods in Catalonia closed the port of Valencia on Monday.",
        &[("Valencia", Some("ES"), 2509954)],
    ),
    (
        "Heat records fell in Andalusia, and Córdoba reached 46C.",
        &[("Córdoba", Some("ES"), 2519240)],
    ),
    (
        "Snow closed roads across Castile and Leon, and León airport shut.",
        &[("León", Some("ES"), 3118532)],
    ),
    (
        "Floods hit Bihar, and schools in Aurangabad closed.",
        &[("Aurangabad", Some("IN"), 1278148)],
    ),
    (
        "Traders in Hyderabad, Sindh, shut their shops.",
        &[("Hyderabad", Some("PK"), 1176734)],
    ),
    // A region across borders is no evidence; nor is an island, too often part of a place
    // already counted.
    (
        "Farmers in Punjab said prices in Hyderabad had fallen.",
        &[("Hyderabad", Some("IN"), 1269843)],
    ),
    (
        "Runners set off from Staten Island in New York, weeks after the Athens marathon.",
        &[
            ("New York", Some("US"), 5128581),
            ("Athens", Some("GR"), 264371),
        ],
    ),
    // A namesake far smaller than the capital stays behind it ("American" is no evidence
    // for Paris, Texas).
    (
        "American diplomats arrived in Paris for the talks.",
        &[("Paris", Some("FR"), 2988507)],
    ),
];
/// A sentence and its places off the map (no coordinates): text as written, country.
type OffRow = (
    &'static str,
    &'static [(&'static str, Option<&'static str>)],
);

/// Regions, islands and subdivisions, which have a country (where they lie in one) and no
/// place on the map.
const OFF_THE_MAP: &[OffRow] = &[
    // A region or island of one country: its country; across borders or a sea: none.
    (
        "Floods cut roads across Bavaria and Saxony on Tuesday.",
        &[("Bavaria", Some("DE")), ("Saxony", Some("DE"))],
    ),
    (
        "Ferries to Sicily were cancelled because of the storm.",
        &[("Sicily", Some("IT"))],
    ),
    (
        "Aid reached Aceh two weeks after the earthquake.",
        &[("Aceh", Some("ID"))],
    ),
    (
        "Hikers in Tasmania were warned about the heat.",
        &[("Tasmania", Some("AU"))],
    ),
    (
        "Mining in Ontario slowed last year.",
        &[("Ontario", Some("CA"))],
    ),
    (
        "Wildfires spread through Catalonia and Provence.",
        &[("Catalonia", Some("ES")), ("Provence", Some("FR"))],
    ),
    (
        "Troops patrolled the mountains of Kashmir.",
        &[("Kashmir", None)],
    ),
    (
        "Tankers crossed the Mediterranean Sea in calm weather.",
        &[("Mediterranean Sea", None)],
    ),
    // Hand-written countries override a subdivision of another country of that name.
    (
        "The ferry from Long Island was delayed by fog.",
        &[("Long Island", Some("US"))],
    ),
    (
        "Tourists flocked to the Canaries this winter.",
        &[("Canaries", Some("ES"))],
    ),
    // A division word asks for the subdivision of that type: in the country the rest of
    // the evidence chose (the most populous namesake's without any), else the only one of
    // the type, else the one in the country the article names.
    (
        "Farmers in Córdoba province expect a record soybean crop.",
        &[("Córdoba", Some("AR"))],
    ),
    (
        "Córdoba Province reported its first frost of the year.",
        &[("Córdoba Province", Some("AR"))],
    ),
    (
        "Olive growers in the province of Córdoba, Spain, fear a drought.",
        &[("Córdoba", Some("ES"))],
    ),
    (
        "Floods hit Córdoba department in the north of Colombia.",
        &[("Córdoba", Some("CO"))],
    ),
    (
        "Police in Brazil raided illegal mines in Amazonas state.",
        &[("Amazonas", Some("BR"))],
    ),
    (
        "Landslides in Amazonas department cut roads in Colombia.",
        &[("Amazonas", Some("CO"))],
    ),
    // Several states of the name and no country named: none.
    (
        "Farmers in Amazonas state are waiting for rain.",
        &[("Amazonas", None)],
    ),
    (
        "Rescuers reached the Valparaíso region after the fires.",
        &[("Valparaíso", Some("CL"))],
    ),
    (
        "Police in Nakuru county arrested two men on Friday.",
        &[("Nakuru", Some("KE"))],
    ),
    (
        "Rice farmers in Fukushima prefecture welcomed the rain.",
        &[("Fukushima", Some("JP"))],
    ),
    (
        "Hotels in Aswan governorate reopened to tourists.",
        &[("Aswan", Some("EG"))],
    ),
    (
        "Shelling continued in Idlib province on Sunday.",
        &[("Idlib", Some("SY"))],
    ),
];

#[test]
fn places_off_the_map_have_their_country() {
    let analyzer = Analyzer::default();
    let mut wrong = Vec::new();
    for (sentence, expected) in OFF_THE_MAP {
        let a = analyzer.analyze(sentence);
        let got: Vec<(String, Option<&str>)> = a
            .entities
            .iter()
            .filter(|e| e.ty == EntityType::Place && e.geo.is_none())
            .map(|e| (e.text.clone(), e.country))
            .collect();
        let want: Vec<(String, Option<&str>)> =
            expected.iter().map(|&(t, c)| (t.to_string(), c)).collect();
        if got != want {
            wrong.push(format!("{sentence}\n  want {want:?}\n  got  {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_place_has_its_country_and_geonames_id() {
    assert!(TABLE.len() >= 60);
    let analyzer = Analyzer::default();
    let mut wrong = Vec::new();
    for (sentence, expected) in TABLE {
        let a = analyzer.analyze(sentence);
        let got: Vec<(String, Option<&str>, u32)> = a
            .entities
            .iter()
            .filter(|e| e.ty == EntityType::Place)
            .filter_map(|e| Some((e.text.clone(), e.country, e.geo?.geonames_id)))
            .collect();
        let want: Vec<(String, Option<&str>, u32)> = expected
            .iter()
            .map(|&(t, c, id)| (t.to_string(), c, id))
            .collect();
        if got != want {
            wrong.push(format!("{sentence}\n  want {want:?}\n  got  {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn aliases_share_the_place_id() {
    let analyzer = Analyzer::default();
    let a = analyzer.analyze("The US, the U.S., the United States and America agreed.");
    let ids: Vec<u32> = a
        .entities
        .iter()
        .filter_map(|e| Some(e.geo?.geonames_id))
        .collect();
    assert_eq!(ids, [6252001; 4]);
}

#[test]
fn explain_names_the_evidence() {
    let analyzer = Analyzer::new(lede::Options {
        explain: true,
        ..Default::default()
    });
    let a = analyzer.analyze("Officials in Dublin, Ohio, approved the budget.");
    let rule = a.entities[0].rule.as_deref().unwrap();
    assert!(rule.ends_with("(geo: qualifier)"), "{rule}");
}
