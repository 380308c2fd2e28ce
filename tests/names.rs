//! The name recognizers as a table that documents them: each row is a passage written for
//! this project and every person, place and organization `lede` must find in it, in text
//! order, as `type:span` — nothing more and nothing less.

use lede::{Analyzer, EntityType, Options};

#[rustfmt::skip]
const NAMES: &[(&str, &[&str])] = &[
    // --- Honorifics stay outside the span, with or without their dot ---
    ("Ms Fiona Galbraith spoke. Ms Galbraith later left.", &["person:Fiona Galbraith", "person:Galbraith"]),
    ("Mr Pillai said the plan was wrong, and Dr Okafor agreed.", &["person:Pillai", "person:Okafor"]),
    ("Mr. Forden declined to comment.", &["person:Forden"]),
    ("It was the view of Chancellor Brown on UK growth.", &["person:Brown", "place:UK"]),
    ("Neil Kinnock said Mr Blair and Mr Brown could only deal with it.", &["person:Neil Kinnock", "person:Blair", "person:Brown"]),
    // --- An appositive that calls a name an organization; products joined by "and" ---
    ("The data came from Harborline Security, a threat-intelligence firm in Austin.", &["organization:Harborline Security", "place:Austin"]),
    ("Investors cited Timberlake Analytics, an Oslo-based research company, on Monday.", &["organization:Timberlake Analytics", "place:Oslo"]),
    ("Tom Ridley, a firm believer in the plan, spoke first.", &["person:Tom Ridley"]),
    ("The update fixed flaws in Windows and Office.", &[]),
    ("Oil traders will watch the OPEC+ meeting on Sunday.", &["organization:OPEC+"]),
    ("The pilots of Prairie Sky Airlines Flight 2217 landed safely.", &["organization:Prairie Sky Airlines"]),
    ("Aid trucks enter through the Rafah and Kerem Shalom crossings.", &["place:Rafah", "place:Kerem Shalom"]),
    ("Smith streets ahead of his rivals again.", &[]),
    ("He is being held at the Montgomery County Jail on a bond.", &["place:Montgomery County Jail"]),
    ("The company said it would appeal to the General Court in Luxembourg.", &["organization:General Court", "place:Luxembourg"]),
    ("\"We expect growth,\" managing director and CEO Arvind Raghunathan told reporters.", &["person:Arvind Raghunathan"]),
    ("Richard Pellegrino, the former CEO of Austin-based Solvara Medical Inc., was found guilty.", &["person:Richard Pellegrino", "place:Austin", "organization:Solvara Medical Inc."]),
    ("The Foreign and Commonwealth Office said it was aware.", &["organization:Foreign and Commonwealth Office"]),
    // --- A hall after a cue or a name; a given name and a common surname stay a person ---
    ("A hearing is set for 6 p.m. at City Hall.", &["place:City Hall"]),
    ("They met at Stockport Town Hall. The concert at Carnegie Hall sold out.", &["place:Stockport Town Hall", "place:Carnegie Hall"]),
    ("Stuart Hall said he was pleased.", &["person:Stuart Hall"]),
    // --- Two names each complete by its shape, joined by "and", are two ---
    ("He played the Newport Jazz Festival and Carnegie Hall.", &["place:Carnegie Hall"]),
    // --- A bearing before a place's tail is part of the place ---
    ("He lives in the Western Isles.", &["place:Western Isles"]),
    // --- A bearing and "of" before an unlisted name make it a place ---
    ("The wells lie some 85 km northwest of Hammerfest.", &["place:Hammerfest"]),
    // --- Acronyms of things, not of organizations; a fund firm by its tail ---
    ("Bitcoin tops $70,000 as ETF inflows surge. The ETFs drew cash, data from Farside Investors showed.", &["organization:Farside Investors"]),
    // --- A common word that opens a sentence before a role names no organization ---
    ("Head coach Alasdair Fenwick kept the side.", &["person:Alasdair Fenwick"]),
    ("Harbor officials said the pier was safe.", &[]),
    // --- unless the article writes it capitalised inside a sentence too ---
    ("He joined Forest last year. Forest fans cheered.", &["organization:Forest", "organization:Forest"]),
    ("Forest fans cheered.", &[]),
    // --- A name after "the" and before a facility's noun is the facility's, a place ---
    ("Water broke into the Kalulu Hill mine. The firm runs Kalulu Hill.", &["place:Kalulu Hill", "place:Kalulu Hill"]),
    // --- A title and the "of" part of its office before a person's name ---
    ("In a statement, Governor of Washington Chris Gregoire said the museum had won.", &["place:Washington", "person:Chris Gregoire"]),
    ("Chairman of the Environmental Audit Committee Peter Ainsworth MP said so.", &["organization:Environmental Audit Committee", "person:Peter Ainsworth"]),
    ("It was signed by Secretary of State James A. Baker III on Friday.", &["person:James A. Baker III"]),
    // --- A speaker's surname confirms the full name written before it ---
    ("Tiger Woods shot 67 in his professional debut. Woods said he was happy.", &["person:Tiger Woods", "person:Woods"]),
    ("Singer Sizzla was refused a visa. Whilst Angels is a song, Angels said nothing.", &["person:Sizzla"]),
    // --- A capitalised particle and its hyphen stay in the name, a listed word after them or not ---
    ("His father Mohamed El-Hassan Mohamed said he would go.", &["person:Mohamed El-Hassan Mohamed"]),
    // --- A cue noun before "known as" or "called"; a camp's noun before "at" ---
    ("Rebels attacked allied militias known as Wazalendo near a camp at Kanyaruchinya.", &["organization:Wazalendo", "place:Kanyaruchinya"]),
    ("Mr Raskin founded a company called Information Appliance.", &["person:Raskin", "organization:Information Appliance"]),
    // --- A given name and a demonym that is also a common surname: a person ---
    ("Union leader Peter Zulu said the pumps failed; Dawn French agreed.", &["person:Peter Zulu", "person:Dawn French"]),
    ("Roman Catholic bishops met South Korean envoys.", &[]),
    // --- An "and" in the "of" part of a name joins its words, not two names ---
    ("The Department of Health and Human Services paid the claims.", &["organization:Department of Health and Human Services"]),
    ("The Association of Payment and Clearing Services said so.", &["organization:Association of Payment and Clearing Services"]),
    ("The Bank of England and Standard Trust Bank met.", &["organization:Bank of England", "organization:Standard Trust Bank"]),
    // --- A party's member before a name is a role; an event after a title is no name ---
    ("Democrat John Kerry met Tory Liam Fox before the Republican National Convention.", &["person:John Kerry", "person:Liam Fox"]),
    // --- British police and military ranks, abbreviated without a dot ---
    ("Det Insp Sarah Whitcombe and Ch Supt Paul Rowe spoke, as did Lt Col Tim Collins.", &["person:Sarah Whitcombe", "person:Paul Rowe", "person:Tim Collins"]),
    // --- A facility named after a titled person is a place, its title inside ---
    ("He was taken to the Queen Elizabeth Hospital in Birmingham.", &["place:Queen Elizabeth Hospital", "place:Birmingham"]),
    // --- A title word between a name and a facility's last word is part of its name ---
    ("Dr Ann Ray of Massachusetts General Hospital and a nurse at Leeds General Infirmary spoke.", &["person:Ann Ray", "place:Massachusetts General Hospital", "place:Leeds General Infirmary"]),
    // --- An organization named after a place: the place's first word alone is not it ---
    ("The Glanmorfa Canal Trust restored the Glanmorfa Canal. Glanmorfa said nothing.", &["organization:Glanmorfa Canal Trust", "place:Glanmorfa Canal"]),
    // --- The name an organization is known by ---
    ("The Ghana Cocoa Board, known as Cocobod, said it would pay. Cocobod did not say when.", &["organization:Ghana Cocoa Board", "organization:Cocobod", "organization:Cocobod"]),
    ("Shares in MCI, which was formerly known as Worldcom, rose. Worldcom said it was fine.", &["organization:MCI", "organization:Worldcom", "organization:Worldcom"]),
    // --- A family name first that is also a demonym, before a hyphenated given name ---
    ("Opposition leader Han Dong-hoon criticised the trip, as Han Chinese groups did.", &["person:Han Dong-hoon"]),
    // --- A company named by its trade ---
    ("Houston-based Artemis Robotics and Lumen Biosciences signed the deal.", &["place:Houston", "organization:Artemis Robotics", "organization:Lumen Biosciences"]),
    // --- A broadcaster's nations are organizations of their own ---
    ("BBC Wales and BBC Radio Scotland carried the story.", &["organization:BBC Wales", "organization:BBC Radio Scotland"]),
    // --- A byline's role is no person; the agency opening it is an organization ---
    ("Shot cuts migraine days\n\nBy Celia Arkwright, AP Medical Writer\n\nBOSTON (AP) — A shot cut migraine days, researchers said.", &["person:Celia Arkwright", "organization:AP", "place:BOSTON", "organization:AP"]),
    ("Today in History\n\nBy The Associated Press\n\nToday is Thursday, March 12.", &["organization:The Associated Press"]),
    ("Quake relief\n\nBy Reuters\n\nAid arrived on Thursday.", &["organization:Reuters"]),
    // --- A place or its people's word between two titles is no part of the name ---
    ("One year ago: Former Philippine President Rodrigo Duterte was flown to The Hague.", &["person:Rodrigo Duterte", "place:The Hague"]),
    ("Yes: Former U.S. President Jimmy Carter said no.", &["place:U.S.", "person:Jimmy Carter"]),
    // --- A compound role before a name stays outside it ---
    ("Singer-songwriter James Taylor is 78.", &["person:James Taylor"]),
    // --- A transcript's speaker labels: the people, not their roles ---
    ("ANNA REYES, HOST: Good evening.\n\nMARCUS BELL, REPORTER: It burns.\n\nBELL: Anna, the smoke is thick.\n\nCALL: 11/1/05 @ 101", &["person:ANNA REYES", "person:MARCUS BELL", "person:BELL", "person:Anna"]),
    // --- The houses of Parliament by their short names ---
    ("The bill passed the Commons and goes to the Lords, where the Law Lords sit.", &["organization:Commons", "organization:Lords", "organization:Law Lords"]),
    // --- A car by its make and model is a product, no entity; the maker's company is ---
    ("He fled in a silver Vauxhall Corsa and a Ford Focus, Ford Motor Company said.", &["organization:Ford Motor Company"]),
    ("Airlines ordered 30 Airbus A320 planes and a Boeing 737-800, Boeing said.", &["organization:Boeing"]),
    // --- A weekday after a name is the day of wire copy, not part of the name ---
    ("President Bill Clinton Saturday vowed to act.", &["person:Bill Clinton"]),
    ("The Sunday Times said Mike Friday would play.", &["organization:The Sunday Times", "person:Mike Friday"]),
    ("They fought for years. Years of war left scars in Gaza.", &["place:Gaza"]),
    // --- Initials open a name, even a letter that is a word ---
    ("Glamorgan 207 (A. Dale 69, I. Fletcher 4-37).", &["person:A. Dale", "person:I. Fletcher"]),
    // --- Evidence before a guess: ordinary phrases are no people ---
    ("The judges met at the Science Fair in Ohio.", &["place:Ohio"]),
    ("Her novel Monsoon Ledger sold well in Kenya.", &["place:Kenya"]),
    ("Many new phones have OLED screens and HD cameras.", &[]),
    ("Mike Leigh's film Vera Drake won, and the novel Monsoon Ledger sold well.", &["person:Mike Leigh"]),
    ("The Shuttle landed in Ohio, and later Shuttle said it was on time.", &["place:Ohio"]),
    ("She was nominated for a Golden Globe before the General Election.", &[]),
    ("He missed the rest of the 2005 Six Nations with a broken hand.", &[]),
    ("Lawmakers Leung Che-cheung and Yau Wai-ching were elected.", &["person:Leung Che-cheung", "person:Yau Wai-ching"]),
    // --- Particles and compound surnames, and the later mention by the particle form ---
    ("Joost van der Meulen won. Van der Meulen was delighted.", &["person:Joost van der Meulen", "person:Van der Meulen"]),
    ("Álvaro de la Fuente won. Later De la Fuente said he was tired.", &["person:Álvaro de la Fuente", "person:De la Fuente"]),
    ("The fund is run by Khalid al-Mansouri, a former adviser. Al-Mansouri said no.", &["person:Khalid al-Mansouri", "person:Al-Mansouri"]),
    ("Pieter ter Horst signed it. Ter Horst said it was fair.", &["person:Pieter ter Horst", "person:Ter Horst"]),
    ("The chief, João Pedro dos Santos, said talks were slow. Dos Santos left.", &["person:João Pedro dos Santos", "person:Dos Santos"]),
    // --- A headline in capitals: a name the article gives in full, by its surname ---
    ("GOLF - HENKE TAKES LEAD IN MILWAUKEE.\n\nNolan Henke shot a 64 on Thursday.", &["person:HENKE", "place:MILWAUKEE", "person:Nolan Henke"]),
    ("SOCCER - SHEARER NAMED AS CAPTAIN.\n\nThe captain was named on Friday.", &[]),
    // --- Words in capitals inside a line: places by name, ordinary words no acronyms ---
    ("Markets: JAPAN and NEW YORK led, CRUDE OIL fell, and DAB won two seats.", &["place:JAPAN", "place:NEW YORK", "organization:DAB"]),
    // --- A listed place in capitals beside lower-case words is an acronym, not the place ---
    ("The drug was turned down by NICE last week, and doctors in Nice were surprised.", &["organization:NICE", "place:Nice"]),
    ("NICE, which advises the health service, said the price was too high.", &["organization:NICE"]),
    ("Scores on Monday:\nMinnesota 6 MILWAUKEE 1\nATLANTA 5 Houston 3", &["place:Minnesota", "place:MILWAUKEE", "place:ATLANTA", "place:Houston"]),
    ("Markets on Friday.\nITALY - Bond futures held to easier levels.", &["place:ITALY"]),
    // --- In a sport story without scores, a town with a team's role or a plural verb is a club ---
    ("Newcastle boss Ian Marsh said the striker would stay after the match, and Leeds have offered a new deal to the midfielder who scored the winning goal.", &["organization:Newcastle", "person:Ian Marsh", "organization:Leeds"]),
    ("The striker grew up in Leeds and joined the squad as a midfielder; the coach praised his goal.", &["place:Leeds"]),
    ("Newcastle officials said the bridge would reopen, and Leeds have new parking rules.", &["place:Newcastle", "place:Leeds"]),
    // --- A guessed name after "the" with no noun after it is no person ---
    ("She was treated at the Royal Marsden in London.", &["place:London"]),
    ("The plan was modelled on the Marshall Plan, officials said.", &[]),
    ("Critics praised the Mike Leigh film, and Leigh thanked them.", &["person:Mike Leigh", "person:Leigh"]),
    // --- A guessed name the article shows to be a work's (a show's star, a series) is no person ---
    ("Readers know her from Molly Brannock. The Molly Brannock star Ada Quist waved.", &["person:Ada Quist"]),
    ("Fans know Molly Brannock, and the Molly Brannock series sold well.", &[]),
    // --- A lone word after a preposition is no speaker; after "town of", "residents of", a place ---
    ("A spokesman for Crossrail said it was late.", &[]),
    ("Residents of Quillmarsh say the road floods.", &["place:Quillmarsh"]),
    ("Fighting resumed in the town of Bou Qarvela on Monday.", &["place:Bou Qarvela"]),
    // --- A lone name right after a relative or a child is a person's ---
    ("Their daughter, Tamsyn, was unhurt.", &["person:Tamsyn"]),
    // --- A title after a place's name is the place's officer: the place alone ---
    ("The Ohio Governor signed it, and the San Diego Mayor's office agreed.", &["place:Ohio", "place:San Diego"]),
    ("The Harlan County Sheriff said so, as did Jefferson Parish Sheriff Ron Pitre.", &["place:Harlan County", "place:Jefferson Parish", "person:Ron Pitre"]),
    ("Jordan King said he would run.", &["person:Jordan King"]),
    ("The Department of Justice sued.", &["organization:Department of Justice"]),
    // --- Hyphenated ranks and compound titles stay outside the name ---
    ("Major-General Ivo Kandel and Lieutenant-Colonel Rhea Storm flew in.", &["person:Ivo Kandel", "person:Rhea Storm"]),
    ("Hong Kong Financial Secretary Dora Lam spoke.", &["place:Hong Kong", "person:Dora Lam"]),
    // --- A caption's label before its colon ends the name before it ---
    ("Ines Bravo Photo: Kai Lund.", &["person:Ines Bravo", "person:Kai Lund"]),
    // --- "River" before a name, British style ---
    ("Rain pushed the River Wendle over its banks.", &["place:River Wendle"]),
    // --- A listed name that opens with a demonym keeps it before an "and" ---
    ("Storms hit Western Australia and Queensland.", &["place:Western Australia", "place:Queensland"]),
    // --- An unlisted name after a locative preposition is a place ---
    ("Fighting broke out near Tavildara, and a bomb went off in Arbil.", &["place:Tavildara", "place:Arbil"]),
    ("The talks in Geneva stalled in private.", &["place:Geneva"]),
    // --- US states by their AP abbreviation after a city ---
    ("She moved from Fresno, Calif., in 2015 and later to Hoosick Falls, N.Y., to teach.", &["place:Fresno", "place:Calif.", "place:Hoosick Falls", "place:N.Y."]),
    ("He attended Mass. Then he left for Wilmington, Del., by train.", &["place:Wilmington", "place:Del."]),
    // --- Rows of results and lists of names are no title-case headlines ---
    ("Men's high jump\n1. Gianmarco Tessari (Italy) 2.31\n2. Ruslan Abdykadyrov (Kyrgyzstan) 2.28", &["person:Gianmarco Tessari", "place:Italy", "person:Ruslan Abdykadyrov", "place:Kyrgyzstan"]),
    ("Kenyan Holds Off Late Charge To Win In Oslo", &["place:Oslo"]),
    // --- Teams in results, ordinary words among them ---
    ("Results of league matches on Saturday:\nBuducnost 1 Red Star 3\nPartizan 6 Becej 0\nBorac 1 Vojvodina 2", &["organization:Buducnost", "organization:Red Star", "organization:Partizan", "organization:Becej", "organization:Borac", "organization:Vojvodina"]),
    ("English league standings after Saturday:\nIpswich 4 1 2 1 9 7 5\nBristol City 4 1 0 3 7 8 3\nNotts County 3 1 1 1 2 2 4", &["organization:Ipswich", "organization:Bristol City", "organization:Notts County"]),
    // --- Clubs by a club word beside a town or a name, not beside an ordinary word ---
    ("Sheffield United came from behind to beat Bristol Rovers 3-2 at Bramall Lane, and Land Rovers were parked outside.", &["organization:Sheffield United", "organization:Bristol Rovers", "place:Bramall Lane"]),
    ("Sporting Braga drew 1-1 with Olympique Lyon, while the film Racing Stripes opened.", &["organization:Sporting Braga", "organization:Olympique Lyon"]),
    ("SOCCER - LATE GOALS LIFT SHEFFIELD UNITED.\n\nThe match ended 3-2.", &["organization:SHEFFIELD UNITED"]),
    // --- A team's nickname alone is the team in an article of scores ---
    ("The Cubs beat the Brewers 3-1, and the Mariners shut out the Royals 4-0 in Kansas City to stay top of the league, a playoff place in sight late in the season.", &["organization:Cubs", "organization:Brewers", "organization:Mariners", "organization:Royals", "place:Kansas City"]),
    ("The Royals attended the gala, and the Cardinals met in Rome.", &["place:Rome"]),
    // --- Companies by their tail, and by their name without it ---
    ("Van Dijk Lines agreed a deal. Shares of Van Dijk rose.", &["organization:Van Dijk Lines", "organization:Van Dijk"]),
    ("The film was made by Harbour Lights Pictures in Accra.", &["organization:Harbour Lights Pictures", "place:Accra"]),
    ("A study by the Pew Internet and American Life Project found it.", &["organization:Pew Internet and American Life Project"]),
    ("Warner Bros released it, and Deutsche Boerse listed Grupo Televisa.", &["organization:Warner Bros", "organization:Deutsche Boerse", "organization:Grupo Televisa"]),
    ("Douglas & Lomason shares rose, and Morgan Stanley and Barrow & Finch advised.", &["organization:Douglas & Lomason", "organization:Morgan Stanley", "organization:Barrow & Finch"]),
    ("The homelessness charity Shelter said so, and the Booker-shortlisted Colm Daly agreed.", &["organization:Shelter", "person:Colm Daly"]),
    ("Officials in Fell Township met at the Lagos Lagoon ferry.", &["place:Fell Township", "place:Lagos Lagoon"]),
    ("The sketch show by Matt Lucas & David Walliams returned.", &["person:Matt Lucas", "person:David Walliams"]),
    // --- A town that names a company in the article is the company, but "in" the town ---
    ("Magna International Inc agreed a deal. Magna will keep its managers, and the plant in Magna stays open.", &["organization:Magna International Inc", "organization:Magna", "place:Magna"]),
    ("Contact the Bucharest Newsroom or the New York Energy Desk.", &["organization:Bucharest Newsroom", "organization:New York Energy Desk"]),
    ("The Treasury said the All Blacks and the Springboks would meet.", &["organization:Treasury", "organization:All Blacks", "organization:Springboks"]),
    ("Randall Cunningham thanked the Philadelphia Eagles on Friday. The Eagles released him in June.", &["person:Randall Cunningham", "organization:Philadelphia Eagles", "organization:Eagles"]),
    // --- Named facilities are places; a centre of research or policy is an organization ---
    ("Visitors at the Kennedy Space Center read a Pew Research Center study, then prayed at the Grand Mosque.", &["place:Kennedy Space Center", "organization:Pew Research Center", "place:Grand Mosque"]),
    ("They met at the Science Museum and the Natural History Museum in London.", &["place:Science Museum", "place:Natural History Museum", "place:London"]),
    // --- One entity per article: evidence of an organization outweighs a guess ---
    ("Scientology officials declined to comment. Scientology called the claims false, and members of the Sea Org left.", &["organization:Scientology", "organization:Scientology", "organization:Sea Org"]),
    ("Museum officials said so, and Halvard officials agreed.", &["organization:Halvard"]),
    ("Whitmore told LA Weekly and the Saudi Gazette that he would appeal.", &["person:Whitmore", "organization:LA Weekly", "organization:Saudi Gazette"]),
    // --- A person right after a complete organization's name is no part of it ---
    ("The director of the Council on American-Islamic Relations Alia Salem said so.", &["organization:Council on American-Islamic Relations", "person:Alia Salem"]),
    ("A grant from the American Association for the Advancement of Science helped.", &["organization:American Association for the Advancement of Science"]),
    ("They met at the Kennedy Space Center (KSC) in Florida. Many KSC employees came.", &["place:Kennedy Space Center", "place:KSC", "place:Florida", "place:KSC"]),
    ("The Church of Scientology sued. Critics of Scientology met in the House of Lords, and the Lords agreed.", &["organization:Church of Scientology", "organization:Scientology", "organization:House of Lords", "organization:Lords"]),
    ("Andy Warhol took the pictures. The Warhol Polaroids were donated, and the Polaroids went on show.", &["person:Andy Warhol", "person:Warhol"]),
    ("Zorvex reporters attended the opening, and Zorvex observed the crowd.", &["organization:Zorvex", "organization:Zorvex"]),
    // --- A capitalized preposition ends a name; a place tail ends one place, not two ---
    ("Later Regina Ip In the Hong Kong Island constituency won, as did Gary Fan of the Neo Democrats. A polling station in Taikoo of the Hong Kong Island constituency closed.", &["person:Regina Ip", "place:Hong Kong Island", "person:Gary Fan", "organization:Neo Democrats", "place:Taikoo", "place:Hong Kong Island"]),
    // --- An appositive about a person makes a person, a listed place among the words or not ---
    ("Valeska Paris, an Australian woman and former member, has claimed she was held. Paris was born in Switzerland.", &["person:Valeska Paris", "person:Paris", "place:Switzerland"]),
    ("\"It was a good week,\" said Lena Park, senior media analyst for Comscore.", &["person:Lena Park", "organization:Comscore"]),
    ("Grace Hill, the bank's chief economist, expects a cut.", &["person:Grace Hill"]),
    ("Protesters gathered in Victoria Park, where police watched.", &["place:Victoria Park"]),
    // --- Church titles outside the name; a saint's possessive inside a place's ---
    ("They met Patriarch Bechara Boutros al-Rahi in Beirut.", &["person:Bechara Boutros al-Rahi", "place:Beirut"]),
    ("Pilgrims filled St. Peter's Square for the Angelus.", &["place:St. Peter's Square"]),
    ("Mass was said at St Patrick's Cathedral for the victims.", &["place:St Patrick's Cathedral"]),
    ("Mass is held at St. Anne's Church on Sundays.", &["place:St. Anne's Church"]),
    ("L Deacon and B Kay were picked again.", &["person:L Deacon", "person:B Kay"]),
    // --- A plural title before names joined by "and"; the parties of a case's name ---
    ("The dissent was joined by Justices Sonia Sotomayor and Ketanji Brown Jackson.", &["person:Sonia Sotomayor", "person:Ketanji Brown Jackson"]),
    ("The case, Hartley v. Environmental Protection Agency, began in Boise.", &["place:Boise"]),
    ("The court's ruling in Sackett v. EPA narrowed the law.", &[]),
    // --- An ordinal in digits opens the name of a numbered unit ---
    ("The 9th U.S. Circuit Court of Appeals upheld the ruling.", &["organization:9th U.S. Circuit Court of Appeals"]),
    ("Troops of the 82nd Airborne Division arrived in Kabul.", &["organization:82nd Airborne Division", "place:Kabul"]),
    ("It was his 20th Premier League goal.", &["organization:Premier League"]),
    ("Crowds spilled onto 42nd Street. Smoke reached West 125th Street.", &["place:42nd Street", "place:West 125th Street"]),
    ("Officers from the 28th Precinct closed the road.", &["organization:28th Precinct"]),
    // --- A lone unlisted word joined by "and" to a listed place after "in" is a place ---
    ("Dikes failed in Bulacan and Pampanga, officials said.", &["place:Bulacan", "place:Pampanga"]),
    ("Makers like Lenovo in China and Aquarius in Russia gained.", &["organization:Lenovo", "place:China", "place:Russia"]),
    // --- One unlisted name before a lower-case noun for a place ---
    ("At Dawanau market in Kano, prices rose.", &["place:Dawanau", "place:Kano"]),
    ("Thousands fled to the Zamzam camp near El Fasher.", &["place:Zamzam", "place:El Fasher"]),
    ("Aides in the Trump camp said no.", &[]),
    ("Athletes were tested at the Olympic village.", &[]),
    // --- A name in a title's quotation marks that no list knows is no entity ---
    ("Lionsgate's horror sequel \"Hollow Creek 2,\" earned $11.3 million.", &["organization:Lionsgate"]),
    ("4. \"Marigold Lane,\" $7.2 million.", &[]),
    ("The report, \"Britain in 2030,\" came out in May.", &["place:Britain"]),
    // --- Designations, numerals and words in capitals are no organizations ---
    ("The shuttle flew STS-135 in July, after part XVII of the series, UNLESS the crew objected.", &[]),
    ("Later Pan-democrat Gary Fan lost, and the G8 met.", &["person:Gary Fan", "organization:G8"]),
    // --- A vehicle's name is no entity, though a place has it ---
    ("Space Shuttle Columbia lifted off from Florida, and the tanker Kota Sejati docked in Oslo.", &["place:Florida", "place:Oslo"]),
    ("The submarine Kursk sank, and P&O Ferry Services cut fares.", &["organization:P&O Ferry Services"]),
    // --- An unlisted name after a noun and a preposition that introduce an organization ---
    ("Shares of Time Warner fell, and analysts at Merrill Lynch cut their forecast.", &["organization:Time Warner", "organization:Merrill Lynch"]),
    ("He bought a stake in China and met analysts at Tony Blair's office.", &["place:China", "person:Tony Blair"]),
    // --- A demonym is part of an organization's name, unless the rest is complete alone ---
    ("Leaders of the Indonesian Democratic Party met officials of the Greek Ministry of Culture and the Iraqi News Agency.", &["organization:Indonesian Democratic Party", "organization:Ministry of Culture", "organization:Iraqi News Agency"]),
    // --- A word that opens the sentence is no part of the organization after it ---
    ("Representatives of First Bank Inc met on Monday.", &["organization:First Bank Inc"]),
    ("Economist Joel Naroff of First Union Corp said rates would rise.", &["person:Joel Naroff", "organization:First Union Corp"]),
    // --- A name before a comma and a US state is its town, even a given name or a word ---
    ("The firm moved to Irving, Texas, and later to Marion, Ohio.", &["place:Irving", "place:Texas", "place:Marion", "place:Ohio"]),
    ("It is based in Purchase, N.Y. and runs a plant in Orange, Calif.", &["place:Purchase", "place:N.Y.", "place:Orange", "place:Calif."]),
    ("However, Texas has no plan.", &["place:Texas"]),
    // --- Ordinary words before a surname, with no given name, make a phrase ---
    ("Asymmetric Digital Subscriber Line technology reached the village.", &[]),
    // --- An acronym after "a" or "an" and before no noun is a common noun ---
    ("She was made an MBE in 2021 and an OBE in 2024; the MBE pleased her.", &[]),
    ("A DUP spokesman said the DUP would vote.", &["organization:DUP", "organization:DUP"]),
    ("They backed a UFJ-MTFG merger.", &["organization:UFJ", "organization:MTFG"]),
    // --- A name a cue shows to be an organization's is one at its other mentions ---
    ("Harbour Lights top the chart. Indie outfit Harbour Lights sold 9,800 copies.", &["organization:Harbour Lights", "organization:Harbour Lights"]),
    // --- The country's initials with or without dots, one listed ---
    ("The U.S. Geological Survey and the US Geological Survey agree.", &["organization:U.S. Geological Survey", "organization:US Geological Survey"]),
    // --- Local offices are titles, outside the span ---
    ("Ward 3 Alderman Rosa Delgado voted no. District 4 Supervisor Ken Muir agreed.", &["person:Rosa Delgado", "person:Ken Muir"]),
    // --- A number continues a station's name, or is a team's nickname ---
    ("She told BBC Radio 4's Today programme, and Channel 4 News ran it.", &["organization:BBC Radio 4", "organization:Channel 4 News"]),
    ("The San Francisco 49ers beat the Los Angeles Rams.", &["organization:San Francisco 49ers", "organization:Los Angeles Rams"]),
    // --- A team named in full, then by its nickname alone ---
    ("The Denver Broncos won again, and the Broncos lead the division.", &["organization:Denver Broncos", "organization:Broncos"]),
    // --- Agencies named for their country, and "The" of an agency's name ---
    ("Statistics Canada said prices rose, the minister told The Canadian Press.", &["organization:Statistics Canada", "organization:The Canadian Press"]),
    // --- An acronym defined after lower-case words is a common noun's, everywhere ---
    ("Cases of RSV rose. Respiratory syncytial virus (RSV) hits babies; RSV tests rose.", &[]),
    ("Imports of liquefied natural gas (LNG) rose, said the World Health Organization (WHO).", &["organization:World Health Organization", "organization:WHO"]),
    // --- A date after a name is no part of it ---
    ("Mr. Schwarz will succeed Daniel P. Davison Feb. 1.", &["person:Schwarz", "person:Daniel P. Davison"]),
    ("Shares will resume trading in Paris Tuesday.", &["place:Paris"]),
    ("He offered to invest in Sheffield Wednesday.", &["organization:Sheffield Wednesday"]),
    // --- A title with its country stays outside the name; a town after an age ---
    ("U.S. District Judge Susan Brnovich ordered Ramon Delgado, 41, of Tolleson, to pay.", &["person:Susan Brnovich", "person:Ramon Delgado", "place:Tolleson"]),
    ("HMRC said TfL and Police Scotland would act, and Unison agreed.", &["organization:HMRC", "organization:TfL", "organization:Police Scotland", "organization:Unison"]),
    ("The U.S. Marshals Service and the Coast Guard helped, and Planned Parenthood sued.", &["organization:U.S. Marshals Service", "organization:Coast Guard", "organization:Planned Parenthood"]),
    // --- A saint's possessive stays inside what is named after the saint ---
    ("The funeral is at St Mary's Church, and the wake at St Cuthbert's Park.", &["place:St Mary's Church", "place:St Cuthbert's Park"]),
    ("He was treated at St Thomas' Hospital in London.", &["place:St Thomas' Hospital", "place:London"]),
    // --- A relative's name after "of N years" ---
    ("He is survived by his wife of 64 years, Margaret, and two sons.", &["person:Margaret"]),
    // --- A stock index is no entity, the newspaper, exchange or company of its name is ---
    ("The Nikkei average fell, and the Dow Jones industrial average rose.", &[]),
    ("The Nasdaq composite index slipped. The Nasdaq said it would list the firm.", &["organization:Nasdaq"]),
    // --- A named storm is an event, and so is its name alone later ---
    ("Hurricane Katrina hit New Orleans. Katrina killed hundreds.", &["place:New Orleans"]),
    ("Forecasters said Storm Dara would bring gusts. Dara weakened.", &[]),
    ("Tropical Storm Fay moved north, and Katrina Smith left.", &["person:Katrina Smith"]),
    ("Sen. Carl Brandt, Texas Republican, spoke.", &["person:Carl Brandt", "place:Texas"]),
    // --- A fairground, a racecourse: facilities ---
    ("Horses were moved to the Antelope Valley Fairgrounds.", &["place:Antelope Valley Fairgrounds"]),
    // --- Australian states abbreviated, a party by its one word, a place named by a creek ---
    ("The NSW government and Qld Premier Tom Haldane met after Labor won near Badgerys Creek.", &["place:NSW", "place:Qld", "person:Tom Haldane", "organization:Labor", "place:Badgerys Creek"]),
    // --- A press release: the legal form after a comma, an exchange and its ticker, the defined "Company", GAAP ---
    ("Tallgrass Analytics, Inc. (NASDAQ: TGRA) (the \"Company\") reported a GAAP net loss. The Company said costs rose.", &["organization:Tallgrass Analytics, Inc.", "organization:NASDAQ"]),
    ("Northgate Minerals Corp. (TSX: NGX; NYSE: NGM) said output rose.", &["organization:Northgate Minerals Corp.", "organization:TSX", "organization:NYSE"]),
    ("Halvard Systems Inc. and Bellrock Partners, LLC agreed terms.", &["organization:Halvard Systems Inc.", "organization:Bellrock Partners, LLC"]),
    // --- The sign-off line of a press release, and a headline's short name written in full ---
    ("Tallgrass Analytics Reports Record Revenue\n\nTallgrass Analytics said sales rose.\n\nSOURCE Tallgrass Analytics, Inc.", &["organization:Tallgrass Analytics", "organization:Tallgrass Analytics", "organization:Tallgrass Analytics, Inc"]),
];

#[test]
fn name_table() {
    let analyzer = Analyzer::new(Options::default());
    let mut failures = Vec::new();
    for &(text, want) in NAMES {
        let a = analyzer.analyze(text);
        let got: Vec<String> = a
            .entities
            .iter()
            .filter(|e| {
                matches!(
                    e.ty,
                    EntityType::Person | EntityType::Place | EntityType::Organization
                )
            })
            .map(|e| format!("{}:{}", e.ty.name(), e.text))
            .collect();
        if got != want {
            failures.push(format!("{text:?}\n  expected {want:?}\n  found    {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A country's other names share its canonical name; the UK's constituent countries keep
/// their own.
#[test]
fn countries_share_one_canonical_name() {
    let a = Analyzer::new(Options::default())
        .analyze("The US and America, the U.S. and the United States, the UK and Britain, England and Wales met.");
    let canonical: Vec<(String, Option<String>)> = a
        .entities
        .iter()
        .map(|e| (e.text.clone(), e.canonical.clone()))
        .collect();
    let us = Some("United States".to_string());
    let uk = Some("United Kingdom".to_string());
    for (text, want) in [
        ("US", &us),
        ("America", &us),
        ("U.S.", &us),
        ("UK", &uk),
        ("Britain", &uk),
    ] {
        assert!(
            canonical.contains(&(text.to_string(), want.clone())),
            "{text}: {canonical:?}"
        );
    }
    assert!(
        !canonical.iter().any(|(t, c)| t == "England" && c == &uk),
        "{canonical:?}"
    );
}

/// An acronym the article defines names what the article says, not a list's expansion of
/// the same letters.
#[test]
fn defined_acronym_beats_the_list() {
    let a = Analyzer::new(Options::default()).analyze(
        "The Council for the Development of Cambodia (CDC) approved the port. The CDC said \
         work would start in May. India's Central Bureau of Investigation raided the firm, \
         and the CBI said more searches would follow.",
    );
    let canonical = |text: &str| {
        a.entities
            .iter()
            .filter(|e| e.text == text)
            .map(|e| e.canonical.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        canonical("CDC"),
        vec![Some("Council for the Development of Cambodia".to_string()); 2]
    );
    assert_eq!(
        canonical("CBI"),
        vec![Some("Central Bureau of Investigation".to_string())]
    );
}
