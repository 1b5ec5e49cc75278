"""Sentences written for the rule tests (none from the seed article), with the relations they state.

Each row: an id, the text (one or a few sentences), the relations that must be extracted as
(type, source, target, status), and relations that must NOT appear with status "asserted".
Every relation type, active and passive voice, coordination, apposition, titles, nominal triggers,
reported speech, allegations, denials, negation and intention are covered.
"""
from __future__ import annotations

A, R, L, D, N = "asserted", "reported", "alleged", "denied", "negated"

ROWS = [
    # --- ATTENDED -------------------------------------------------------------------------------
    ("attend-active", "German Chancellor Olaf Scholz attended the NATO summit in Vilnius.",
     [("ATTENDED", "Olaf Scholz", "NATO summit", A), ("LEADER_OF", "Olaf Scholz", "Germany", A)], []),
    ("attend-passive", "The funeral was attended by Prince William and Emmanuel Macron.",
     [("ATTENDED", "Prince William", "funeral", A), ("ATTENDED", "Emmanuel Macron", "funeral", A)], []),
    ("attend-take-part", "A Chinese delegation led by Wang Yi took part in the peace conference.",
     [("ATTENDED", "Wang Yi", "peace conference", A)], [("ATTENDED", "China", "peace conference")]),
    ("attend-coordination", "Joe Biden and Fumio Kishida watched the naval parade on Sunday.",
     [("ATTENDED", "Joe Biden", "naval parade", A), ("ATTENDED", "Fumio Kishida", "naval parade", A)], []),
    ("attend-in-addition", "In addition to Narendra Modi, Cyril Ramaphosa also attended the summit.",
     [("ATTENDED", "Cyril Ramaphosa", "summit", A), ("ATTENDED", "Narendra Modi", "summit", A)], []),
    ("attend-negated", "Vladimir Putin did not attend the summit in Johannesburg.",
     [("ATTENDED", "Vladimir Putin", "summit", N)], [("ATTENDED", "Vladimir Putin", "summit")]),
    ("attend-refused", "Recep Tayyip Erdogan refused to attend the ceremony.",
     [("ATTENDED", "Recep Tayyip Erdogan", "ceremony", N)], [("ATTENDED", "Recep Tayyip Erdogan", "ceremony")]),
    ("attend-headline-plan", "Brazilian Navy to take part in naval exercises off Angola",
     [("ATTENDED", "Brazilian Navy", "naval exercises", N)], [("ATTENDED", "Brazilian Navy", "naval exercises")]),
    ("attend-reported", "Ebrahim Raisi attended the military parade, according to Iranian state television.",
     [("ATTENDED", "Ebrahim Raisi", "military parade", R)], []),
    ("attend-told-a-meeting", "Taoiseach Enda Kenny in February told a meeting of the party that he would decide soon.",
     [("ATTENDED", "Enda Kenny", "meeting", A)], []),
    ("attend-explained-at", "Dick Cheney explained Monday at the Global Business Summit in New Delhi that Russia meddled.",
     [("ATTENDED", "Dick Cheney", "Global Business Summit", A)], []),
    ("attend-during", "Arlene Foster and Michelle O'Neill aired their differences during the UTV Election Debate.",
     [("ATTENDED", "Arlene Foster", "UTV Election Debate", A), ("ATTENDED", "Michelle O'Neill", "UTV Election Debate", A)], []),
    ("attend-during-met", "Gordon said he had met with Sergey Kislyak during the Republican National Convention in Cleveland.",
     [("ATTENDED", "Gordon", "Republican National Convention", R)], []),
    ("attend-not-during-an-election", "Donald Trump said during the election that he would build a wall.",
     [], [("ATTENDED", "Donald Trump", "election")]),
    ("report-not-an-aside", "Judd Burstein said during a hearing today that his client received a subpoena. "
     "Fox News said in a statement that it had received none.",
     [("ATTENDED", "Judd Burstein", "hearing", A)], [("REPORTED", "Fox News", "hearing")]),
    ("report-a-topic-of-its-own", "Kim Jong Un attended the military parade on Monday. The military parade lasted two hours. "
     "The Korea Herald reported about the death of a soldier.",
     [("ATTENDED", "Kim Jong Un", "military parade", A)], [("REPORTED", "Korea Herald", "military parade")]),
    ("report-not-the-story", "North Korea's economy shrank last year. Exports fell sharply in December. "
     "Kim Jong Un watched the military parade on Monday. The military parade lasted two hours. "
     "Drones flew over the square, the state news agency KCNA reported.",
     [("ATTENDED", "Kim Jong Un", "military parade", A)], [("REPORTED", "KCNA", "military parade")]),
    ("report-the-story", "Kim Jong Un watched the military parade on Monday. The military parade lasted two hours. "
     "Drones flew over the square, the state news agency KCNA reported.",
     [("REPORTED", "KCNA", "military parade", A)], []),
    ("attend-not-negated-by-the-act", "Rex Tillerson did not respond to reporters' questions at his first three meetings in Bonn.",
     [], [("ATTENDED", "Rex Tillerson", "meetings")]),
    ("meet-said-to-be-needed", "A meeting between Xi Jinping and Joe Biden is necessary.",
     [], [("MET", "Xi Jinping", "Joe Biden")]),
    ("attend-ones-own-briefing", "Wu Yanhua said at a news conference in Beijing on Tuesday that the probe would launch.",
     [("ATTENDED", "Wu Yanhua", "news conference", A)], []),
    # --- VISITED --------------------------------------------------------------------------------
    ("visit-active", "Antony Blinken visited Israel and Jordan last week.",
     [("VISITED", "Antony Blinken", "Israel", A), ("VISITED", "Antony Blinken", "Jordan", A)], []),
    ("visit-arrive", "Xi Jinping arrived in Moscow on Monday for talks.",
     [("VISITED", "Xi Jinping", "Moscow", A)], []),
    ("visit-capital", "Xi Jinping arrived in Moscow on Monday. Russia welcomed the visit.",
     [("VISITED", "Xi Jinping", "Russia", A)], []),
    ("visit-noun", "Nancy Pelosi's visit to Taiwan angered Beijing.",
     [("VISITED", "Nancy Pelosi", "Taiwan", A)], []),
    ("visit-noun-of-visitor", "During a visit of Shinzo Abe to Washington at the weekend, Donald Trump dropped his criticism of Tokyo.",
     [("VISITED", "Shinzo Abe", "Washington", A)], [("VISITED", "Donald Trump", "Washington")]),
    ("visit-planned", "Olaf Scholz plans to visit China next month.",
     [("VISITED", "Olaf Scholz", "China", N)], [("VISITED", "Olaf Scholz", "China")]),
    # --- MET ----------------------------------------------------------------------------------
    ("meet-active", "Emmanuel Macron met Volodymyr Zelensky in Paris on Tuesday.",
     [("MET", "Emmanuel Macron", "Volodymyr Zelensky", A)], []),
    ("meet-with", "Rishi Sunak met with Joe Biden at the White House.",
     [("MET", "Rishi Sunak", "Joe Biden", A)], []),
    ("meet-reciprocal", "Luiz Inacio Lula da Silva and Alberto Fernandez met in Buenos Aires.",
     [("MET", "Lula da Silva", "Alberto Fernandez", A)], []),
    ("meet-talks", "Sergei Lavrov held talks with Hakan Fidan in Ankara.",
     [("MET", "Sergei Lavrov", "Hakan Fidan", A)], []),
    ("meet-at-meeting", "Ursula von der Leyen said at a meeting with Giorgia Meloni that migration was a European task.",
     [("MET", "Ursula von der Leyen", "Giorgia Meloni", A)], []),
    ("meet-future", "Joe Biden will meet Xi Jinping in San Francisco next week.",
     [("MET", "Joe Biden", "Xi Jinping", N)], [("MET", "Joe Biden", "Xi Jinping")]),
    ("meet-not-by-phone", "Narendra Modi spoke with Anthony Albanese by phone on Monday.",
     [], [("MET", "Narendra Modi", "Anthony Albanese")]),
    ("meet-not-a-phone-conversation", "The topics reflected those of the January 28 phone conversation between "
     "Emmanuel Macron and Olaf Scholz.", [], [("MET", "Emmanuel Macron", "Olaf Scholz")]),
    ("meet-not-a-call", "Justin Trudeau had a call with Joe Biden about tariffs.",
     [], [("MET", "Justin Trudeau", "Joe Biden")]),
    # --- ACCUSED / alleged / DENIED --------------------------------------------------------------
    ("accuse-of", "Ukraine accused Russia of shelling the Zaporizhzhia nuclear plant.",
     [("ACCUSED", "Ukraine", "Russia", A)], []),
    ("accuse-supply", "Washington has accused Iran of supplying drones to Russia.",
     [("ACCUSED", "United States", "Iran", A), ("SUPPLIED_ARMS_TO", "Iran", "Russia", L)],
     [("SUPPLIED_ARMS_TO", "Iran", "Russia")]),
    ("deny-allegation", "South Korea accused Pyongyang of sending weapons to Moscow. North Korea denied the accusations.",
     [("ACCUSED", "South Korea", "North Korea", A), ("DENIED", "North Korea", "South Korea", A),
      ("SUPPLIED_ARMS_TO", "North Korea", "Russia", L)], [("SUPPLIED_ARMS_TO", "North Korea", "Russia")]),
    ("deny-gerund", "Iran denied supplying weapons to the Houthi rebels.",
     [("SUPPLIED_ARMS_TO", "Iran", "Houthi", D)], [("SUPPLIED_ARMS_TO", "Iran", "Houthi")]),
    ("blame", "Israel blamed Hamas for the attack.",
     [("ACCUSED", "Israel", "Hamas", A)], []),
    # --- SUPPLIED_ARMS_TO ------------------------------------------------------------------------
    ("supply-active", "Germany delivered Leopard tanks to Ukraine in March.",
     [("SUPPLIED_ARMS_TO", "Germany", "Ukraine", A)], []),
    ("supply-with", "The United States supplied Taiwan with missiles and drones.",
     [("SUPPLIED_ARMS_TO", "United States", "Taiwan", A)], []),
    ("supply-reported", "Iran sent drones to Russia, Ukrainian officials said.",
     [("SUPPLIED_ARMS_TO", "Iran", "Russia", R)], []),
    # --- roles ---------------------------------------------------------------------------------
    ("title-minister", "Indian Foreign Minister Subrahmanyam Jaishankar spoke to reporters.",
     [("MINISTER_OF", "Subrahmanyam Jaishankar", "India", A)], []),
    ("title-possessive", "Britain's Foreign Secretary David Cameron arrived in Kyiv.",
     [("MINISTER_OF", "David Cameron", "United Kingdom", A), ("VISITED", "David Cameron", "Kyiv", A)], []),
    ("appos-member", "Wang Huning, a member of the Chinese Politburo, gave a speech.",
     [("MEMBER_OF", "Wang Huning", "Chinese Politburo", A)], []),
    ("appos-minister", "Annalena Baerbock, Germany's foreign minister, criticized the decision.",
     [("MINISTER_OF", "Annalena Baerbock", "Germany", A)], []),
    ("appos-leader-of", "Jens Stoltenberg, the secretary general of NATO, warned of new threats.",
     [("LEADER_OF", "Jens Stoltenberg", "NATO", A)], []),
    ("appos-one-of-several", "Omar Haddad, a senior Hamas commander, was killed in the strike on Tuesday.",
     [("MEMBER_OF", "Omar Haddad", "Hamas", A)], [("LEADER_OF", "Omar Haddad", "Hamas")]),
    ("copula-one-of-several", "Maria Santos is a co-founder of the Green Future Alliance.",
     [("MEMBER_OF", "Maria Santos", "Green Future Alliance", A)], [("LEADER_OF", "Maria Santos", "Green Future Alliance")]),
    ("inferred-minister-and-leader", "Finance Minister Ana Costa told Portugal's parliament on Monday that taxes would be cut. "
     "Portugal's economy grew last year. The plan was welcomed by President Rui Almeida, who faces an election next year.",
     [("MINISTER_OF", "Ana Costa", "Portugal", A), ("LEADER_OF", "Rui Almeida", "Portugal", A)], []),
    ("title-of-leader-prenominal", "Brazilian President Lula da Silva's foreign policy adviser Marcos Pereira "
     "travelled to Caracas on Friday.",
     [("MEMBER_OF", "Marcos Pereira", "Brazil", A)], []),
    ("title-of-leader-spokeswoman", "Chilean President Gabriel Boric's spokeswoman Camila Vallejo said the plan would go ahead.",
     [("MEMBER_OF", "Camila Vallejo", "Chile", A)], []),
    ("title-of-leader-apposition", "French President Emmanuel Macron's new interior minister, Gerald Darmanin, promised more "
     "police on Monday.",
     [("MINISTER_OF", "Gerald Darmanin", "France", A)], []),
    ("title-of-leader-private", "Italian Prime Minister Giorgia Meloni's lawyer Marco Rossi filed the complaint.",
     [("LEADER_OF", "Giorgia Meloni", "Italy", A)], [("MEMBER_OF", "Marco Rossi", "Italy")]),
    ("title-phrase-then-clause", "The senator asked about calls with the Chinese ambassador to Canada before Justin Trudeau "
     "took office.",
     [], [("MEMBER_OF", "Justin Trudeau", "China"), ("MEMBER_OF", "Justin Trudeau", "Canada")]),
    ("appos-unnamed-body", "The figures worried investors, Japan's central bank chief, Kazuo Ueda, told reporters on Friday.",
     [("MEMBER_OF", "Kazuo Ueda", "Japan", A)], [("LEADER_OF", "Kazuo Ueda", "Japan")]),
    ("title-exchequer", "British Chancellor of the Exchequer Rachel Reeves presented the budget on Wednesday.",
     [("MINISTER_OF", "Rachel Reeves", "United Kingdom", A)], [("LEADER_OF", "Rachel Reeves", "United Kingdom")]),
    ("copula-president", "Javier Milei is the president of Argentina.",
     [("LEADER_OF", "Javier Milei", "Argentina", A)], []),
    ("regime-of", "The regime of President Bashar al-Assad has ruled Syria for decades.",
     [("LEADER_OF", "Bashar al-Assad", "Syria", A)], []),
    ("lead-verb", "Mohammed bin Salman leads Saudi Arabia.",
     [("LEADER_OF", "Mohammed bin Salman", "Saudi Arabia", A)], []),
    ("former", "Former President Donald Trump spoke at the rally.",
     [], [("LEADER_OF", "Donald Trump", "United States")]),
    ("join-member", "Finland joined NATO in April.",
     [("MEMBER_OF", "Finland", "NATO", A)], []),
    ("join-planned", "Sweden will join NATO next year.",
     [("MEMBER_OF", "Sweden", "NATO", N)], [("MEMBER_OF", "Sweden", "NATO")]),
    # --- COOPERATES_WITH / ALLIED_WITH / RIVAL_OF / AT_WAR_WITH ------------------------------------
    ("cooperate-between", "The agreement deepens military cooperation between India and France.",
     [("COOPERATES_WITH", "India", "France", A)], []),
    ("cooperate-together", "Japan and the Philippines work closely together on maritime security.",
     [("COOPERATES_WITH", "Japan", "Philippines", A)], []),
    ("cooperate-planned", "Japan and the Philippines want to work closely together on maritime security.",
     [("COOPERATES_WITH", "Japan", "Philippines", N)], [("COOPERATES_WITH", "Japan", "Philippines")]),
    ("cooperate-planned-noun", "Rex Tillerson wants to forge cooperation with Japan against the nuclear threat.",
     [], [("COOPERATES_WITH", "Rex Tillerson", "Japan")]),
    ("support-received", "Melenchon, who has the backing of France's Communist Party, is running for president.",
     [("SUPPORTS", "Communist Party", "Melenchon", A)], [("SUPPORTS", "Melenchon", "Communist Party")]),
    ("support-backed-owned-government", "Khalifa Haftar opposes Libya's UN-backed government.",
     [("SUPPORTS", "UN", "Libya", A)], []),
    ("ties-with", "Saudi Arabia is trying to strengthen its ties with China.",
     [("COOPERATES_WITH", "Saudi Arabia", "China", A)], []),
    ("war-possessive", "Russia's war against Ukraine has lasted more than two years.",
     [("AT_WAR_WITH", "Russia", "Ukraine", A)], []),
    ("war-between", "The war between Armenia and Azerbaijan ended in 2020.",
     [("AT_WAR_WITH", "Armenia", "Azerbaijan", A)], []),
    ("ally-alongside", "Hezbollah fighters fought alongside the Syrian army.",
     [("ALLIED_WITH", "Hezbollah", "Syria", A)], []),
    ("ally-noun", "Japan, a close ally of the United States, hosted the meeting.",
     [("ALLIED_WITH", "Japan", "United States", A)], []),
    ("rivalry", "China's rivalry with the United States is growing.",
     [("RIVAL_OF", "China", "United States", A)], []),
    # --- ORGANIZED / PART_OF / SANCTIONED / ATTACKED / SIGNED / CRITICIZED / SUPPORTS ---------------
    ("organize", "Egypt hosted the climate conference in Sharm el-Sheikh.",
     [("ORGANIZED", "Egypt", "climate conference", A)], []),
    ("attend-at-event", "At the G20 summit in Osaka, Justin Trudeau said trade tensions were rising.",
     [("ATTENDED", "Justin Trudeau", "G20 summit", A)], []),
    ("organize-staged", "The Egyptian government staged a military parade in Cairo.",
     [("ORGANIZED", "Egypt", "military parade", A)], []),
    ("organize-passive", "The rally was organized by the Pakistan Tehreek-e-Insaf party.",
     [("ORGANIZED", "Pakistan Tehreek-e-Insaf", "rally", A)], []),
    ("part-of", "The Revolutionary Guard is part of Iran's armed forces.",
     [("PART_OF", "Revolutionary Guard", "Iran", A)], []),
    ("sanction-verb", "The European Union sanctioned Belarus over the election.",
     [("SANCTIONED", "European Union", "Belarus", A)], []),
    ("sanction-noun", "Canada imposed new sanctions on Iran on Friday.",
     [("SANCTIONED", "Canada", "Iran", A)], []),
    ("attack-verb", "Israel struck Hezbollah positions in southern Lebanon.",
     [("ATTACKED", "Israel", "Hezbollah", A)], []),
    ("attack-passive", "Ukraine was attacked by Russia in February 2022.",
     [("ATTACKED", "Russia", "Ukraine", A)], []),
    ("attack-noun", "The Russian invasion of Ukraine began in 2022.",
     [("ATTACKED", "Russia", "Ukraine", A)], []),
    ("sign-with", "Poland signed a defense agreement with South Korea.",
     [("SIGNED", "Poland", "South Korea", A)], []),
    ("criticize", "Amnesty International condemned Qatar over the treatment of workers.",
     [("CRITICIZED", "Amnesty International", "Qatar", A)], []),
    ("criticize-passive", "Viktor Orban was criticized by Ursula von der Leyen.",
     [("CRITICIZED", "Ursula von der Leyen", "Viktor Orban", A)], []),
    ("support", "Brazil supports Argentina's bid to join the BRICS group.",
     [("SUPPORTS", "Brazil", "Argentina", A)], []),
    ("support-noun", "Rex Tillerson reiterated US support for South Korea.",
     [("SUPPORTS", "United States", "South Korea", A)], []),
    ("deny-named-claimant", "Angela Merkel rejected Recep Tayyip Erdogan's accusations on Monday.",
     [("DENIED", "Angela Merkel", "Erdogan", A)], []),
    ("rival-race", "Marine Le Pen is running a tight race against Emmanuel Macron.",
     [("RIVAL_OF", "Marine Le Pen", "Emmanuel Macron", A)], []),
    ("elected-as", "Boris Johnson's election as prime minister of the United Kingdom was confirmed on Wednesday.",
     [("LEADER_OF", "Boris Johnson", "United Kingdom", A)], []),
    ("member-of-no-comma", "Growth will slow this year, said Maria Lopez of Goldman Sachs.",
     [("MEMBER_OF", "Maria Lopez", "Goldman Sachs", A)], []),
    ("member-possessed", "Olaf Scholz defended his Social Democratic Party against the criticism.",
     [("MEMBER_OF", "Olaf Scholz", "Social Democratic Party", A)], []),
    ("purpose-negated", "Turkey is not sending its soldiers to help the Syrian Democratic Forces, officials said.",
     [("SUPPORTS", "Turkey", "Syrian Democratic Forces", N)], [("SUPPORTS", "Turkey", "Syrian Democratic Forces")]),
    ("purpose-asserted", "Iran sent advisers to help Hezbollah in 2015.",
     [("SUPPORTS", "Iran", "Hezbollah", A)], []),
    ("media-not-the-state", "Chancellor Olaf Scholz criticized the German media on Friday.",
     [], [("CRITICIZED", "Olaf Scholz", "Germany")]),
    ("state-media-is-the-state", "Chinese state media criticized Japan over the fishing dispute.",
     [("CRITICIZED", "China", "Japan", A)], []),
    # --- sub-body scope: a leader's title that heads a part of its owner (roles._part_headed) --------
    ("role-sub-body-object", "Anna Weber, head of Siemens's planning department, said costs would rise.",
     [("MEMBER_OF", "Anna Weber", "Siemens", A)], [("LEADER_OF", "Anna Weber", "Siemens")]),
    ("role-sub-body-of-a-long-name", "Everard Meade, the director of the University of San Diego's research center, said the cycle continues.",
     [("MEMBER_OF", "Everard Meade", "University of San Diego", A)], [("LEADER_OF", "Everard Meade", "University of San Diego")]),
    ("role-named-sub-body", "Everard Meade, the director of the University of San Diego's Trans-Border Institute, said the cycle continues.",
     [("MEMBER_OF", "Everard Meade", "University of San Diego", A)], [("LEADER_OF", "Everard Meade", "University of San Diego")]),
    ("role-portfolio-adjective", "Sarah Warbelow, legal director at the Human Rights Campaign, said workers were not valued.",
     [("MEMBER_OF", "Sarah Warbelow", "Human Rights Campaign", A)], [("LEADER_OF", "Sarah Warbelow", "Human Rights Campaign")]),
    ("role-portfolio-for", "Thomas Maier, managing director for infrastructure at the European Bank for Reconstruction and Development, "
     "says China can play a role.",
     [("MEMBER_OF", "Thomas Maier", "European Bank for Reconstruction and Development", A)],
     [("LEADER_OF", "Thomas Maier", "European Bank for Reconstruction and Development")]),
    ("role-head-without-portfolio", "Kenneth Roth, executive director of Human Rights Watch, said the ban was cruel.",
     [("LEADER_OF", "Kenneth Roth", "Human Rights Watch", A)], []),
    ("role-acronym-tagged-adjective", "SDLP leader Colum Eastwood warned that the region would face lengthy negotiations.",
     [("LEADER_OF", "Colum Eastwood", "SDLP", A)], []),
    ("role-sub-body-organ", "Wolfgang Schaeuble, president of Germany's parliament, opened the session.",
     [("MEMBER_OF", "Wolfgang Schaeuble", "Germany", A)], [("LEADER_OF", "Wolfgang Schaeuble", "Germany")]),
    ("role-sub-body-compound", "Pakistan's army chief, Gen. Asim Munir, visited the border.",
     [("MEMBER_OF", "Asim Munir", "Pakistan", A)], [("LEADER_OF", "Asim Munir", "Pakistan")]),
    ("role-sub-body-not-an-organ", "Kenya's opposition leader, Raila Odinga, rejected the result.",
     [], [("LEADER_OF", "Raila Odinga", "Kenya"), ("MEMBER_OF", "Raila Odinga", "Kenya")]),
    ("role-sub-body-rebels", "Syrian rebel commander Abu Hamza, the leader of the rebels, said the talks had failed.",
     [], [("LEADER_OF", "Abu Hamza", "Syria")]),
    ("role-sub-body-title-before-name", "On Monday the speaker of Poland's parliament, Marek Kuchcinski, opened the session.",
     [("MEMBER_OF", "Marek Kuchcinski", "Poland", A)], [("LEADER_OF", "Marek Kuchcinski", "Poland")]),
    ("role-sub-body-named-organ", "The head of Russia's Duma, Vyacheslav Volodin, welcomed the delegation.",
     [("MEMBER_OF", "Vyacheslav Volodin", "Russia", A)], [("LEADER_OF", "Vyacheslav Volodin", "Russia")]),
    # --- accreditation: an ambassador serves the state that sends them, not the body they are sent to --
    ("role-accredited-possessive", "Working with its allies, Italy's UN ambassador, Sebastiano Cardi, told reporters the vote was close.",
     [("MEMBER_OF", "Sebastiano Cardi", "Italy", A)], [("MEMBER_OF", "Sebastiano Cardi", "UN")]),
    ("role-accredited-demonym", "Deputy Swedish UN Ambassador Carl Skau said the council would meet.",
     [("MEMBER_OF", "Carl Skau", "Sweden", A)], [("MEMBER_OF", "Carl Skau", "UN")]),
    ("role-accredited-host-named", "The ambassador to Kenya Robert Godec met the minister on Friday.",
     [], [("MEMBER_OF", "Robert Godec", "Kenya")]),
    ("role-accredited-by-a-body", "Former EU Ambassador to Turkey Marc Pierini said the deal would hold.",
     [("MEMBER_OF", "Marc Pierini", "EU", A)], [("MEMBER_OF", "Marc Pierini", "Turkey")]),
    ("role-diplomatic-rank", "Ri Song Chol, a minister at North Korea's embassy in Hanoi, said the claims were false.",
     [("MEMBER_OF", "Ri Song Chol", "North Korea", A)], [("MINISTER_OF", "Ri Song Chol", "North Korea")]),
    ("role-body-of-state", "Reserve Bank of Zimbabwe Governor John Mangudya opened the auction.",
     [("LEADER_OF", "John Mangudya", "Reserve Bank", A)], [("LEADER_OF", "John Mangudya", "Zimbabwe")]),
    ("role-acronym-owner", "European Central Bank (ECB) President Mario Draghi warned of risks.",
     [("LEADER_OF", "Mario Draghi", "European Central Bank", A)], []),
    # --- a meeting held by its parties; the modality of a nominal happening (claims._nominal_modality)
    ("meet-held-talks", "Narendra Modi and Fumio Kishida held talks in Tokyo on Monday.",
     [("MET", "Narendra Modi", "Fumio Kishida", A)], [("ORGANIZED", "Narendra Modi", "talks")]),
    ("meet-will-hold-talks", "Joe Biden and Xi Jinping will hold talks in Bali next week.",
     [("MET", "Joe Biden", "Xi Jinping", N)], [("MET", "Joe Biden", "Xi Jinping"), ("ORGANIZED", "Joe Biden", "talks")]),
    ("nominal-future-subject", "Emmanuel Macron's talks with Olaf Scholz will focus on trade.",
     [("MET", "Emmanuel Macron", "Olaf Scholz", N)], [("MET", "Emmanuel Macron", "Olaf Scholz")]),
    ("nominal-wanted", "Jim Mattis wants more talks with Sergei Shoigu on flight safety.",
     [("MET", "Jim Mattis", "Sergei Shoigu", N)], [("MET", "Jim Mattis", "Sergei Shoigu")]),
    ("nominal-prepared", "Olaf Scholz is preparing a visit to China.",
     [("VISITED", "Olaf Scholz", "China", N)], [("VISITED", "Olaf Scholz", "China")]),
    ("nominal-past-kept", "Olaf Scholz's visit to China ended on Friday.",
     [("VISITED", "Olaf Scholz", "China", A)], []),
    # --- name-span repair: a bracket closed inside a name; a former head -------------------------
    ("name-bracket", "Even the statements made by (US President Joe) Biden show that the policy failed.",
     [("LEADER_OF", "Joe Biden", "United States", A)], []),
    ("name-bracket-square", "It differs from the line of [Ukrainian President Volodymyr] Zelensky, he said.",
     [("LEADER_OF", "Volodymyr Zelensky", "Ukraine", A)], []),
    ("former-head-indefinite", "Christine Lagarde, a former chief of the International Monetary Fund (IMF), spoke.",
     [("LEADER_OF", "Christine Lagarde", "International Monetary Fund", A)], []),
    ("title-fragment-with-state", "Ukrainian Permanent Representative to the UN Sergiy Kyslytsya spoke on Monday.",
     [("MEMBER_OF", "Sergiy Kyslytsya", "Ukraine", A)], []),
    ("title-fragment-federal", "Then German Federal President Joachim Gauck toured the island.",
     [("LEADER_OF", "Joachim Gauck", "Germany", A)], []),
    ("title-fragment-sports-minister", "Russian Sports Minister Oleg Matytsin told reporters on Wednesday that the team was ready.",
     [("MINISTER_OF", "Oleg Matytsin", "Russia", A)], []),
    ("name-state-then-person", "He met the Russian ambassador to the U.S. Anatoly Antonov twice last year.",
     [("MEMBER_OF", "Anatoly Antonov", "Russia", A)], []),
    ("name-party-title-person", "Fine Gael TD Peter Mathews said the news was heartbreaking.",
     [("MEMBER_OF", "Peter Mathews", "Fine Gael", A)], []),
    ("title-honorific-name", "The committee relies on Senate Intelligence Chairman Sen. Richard Burr.",
     [("LEADER_OF", "Richard Burr", "Senate Intelligence", A)], []),
    ("politician-of-party", "Klaus Iohannis, a former National Liberal Party politician, said the decree was bad.",
     [("MEMBER_OF", "Klaus Iohannis", "National Liberal Party", A)], []),
    # --- stances towards someone's doing; rivals; conditional clauses ----------------------------
    ("stance-possessor", "Al-Shabab denounced Hassan Sheikh Mohamud's election on Wednesday.",
     [("CRITICIZED", "Al-Shabab", "Hassan Sheikh Mohamud", A)], []),
    ("stance-own-object", "Olaf Scholz reaffirmed Germany's strong support for Ukraine.",
     [("SUPPORTS", "Germany", "Ukraine", A)], [("SUPPORTS", "Olaf Scholz", "Germany")]),
    ("rival-appos", "Mark Rutte was taking on his main rival, the populist Geert Wilders, in a TV debate.",
     [("RIVAL_OF", "Mark Rutte", "Geert Wilders", A)], []),
    ("rival-defeat", "Emmanuel Macron defeated Marine Le Pen in the runoff.",
     [("RIVAL_OF", "Emmanuel Macron", "Marine Le Pen", A)], []),
    ("conditional-if", "If Russia attacks Lithuania, NATO will respond.",
     [("ATTACKED", "Russia", "Lithuania", N)], [("ATTACKED", "Russia", "Lithuania")]),
    ("conditional-whether", "Reporters asked whether Germany supports Ukraine's membership.",
     [], [("SUPPORTS", "Germany", "Ukraine")]),
    ("stance-speak-out-against", "Amnesty International spoke out against Egypt on Monday.",
     [("CRITICIZED", "Amnesty International", "Egypt", A)], []),
    ("stance-stand-behind", "The European Union stands behind Moldova.",
     [("SUPPORTS", "European Union", "Moldova", A)], []),
    ("stance-oppose", "Senator Patty Murray opposed Neil Gorsuch during the hearing.",
     [("CRITICIZED", "Patty Murray", "Neil Gorsuch", A)], []),
    ("stance-speak-at-is-no-criticism", "Donald Tusk spoke at the European Parliament on Tuesday.",
     [], [("CRITICIZED", "Donald Tusk", "European Parliament")]),
    # --- a body of a state is part of it (relations.state_organs) --------------------------------
    ("organ-demonym", "The Russian Foreign Ministry said on Monday that the talks had failed.",
     [("PART_OF", "Russian Foreign Ministry", "Russia", A)], []),
    ("organ-possessor", "China's Ministry of Commerce said investment would grow.",
     [("PART_OF", "Ministry of Commerce", "China", A)], []),
    ("organ-faction-is-not", "The Free Syrian Army said it had taken the town.",
     [], [("PART_OF", "Free Syrian Army", "Syria")]),
    ("organ-inside-name-is-not", "Elections to the Northern Ireland Assembly were held on Thursday.",
     [], [("PART_OF", "Northern Ireland Assembly", "Ireland")]),
    # --- a guessed state comes from the title's own clause, not from what the holder says or does --
    ("nearest-state-not-what-is-said", "Former Vice President Dick Cheney said in a speech that Russia attempted to sway the vote.",
     [], [("MEMBER_OF", "Dick Cheney", "Russia")]),
    ("chief-minister-heads", "Modi appointed Devendra Fadnavis as chief minister of Maharashtra.",
     [("LEADER_OF", "Devendra Fadnavis", "Maharashtra", A)], [("MEMBER_OF", "Devendra Fadnavis", "Maharashtra")]),
    ("nearest-state-not-in-the-object", "Senator Lindsey Graham described Georgia's bid as a test of Western resolve.",
     [], [("MEMBER_OF", "Lindsey Graham", "Georgia")]),
    ("nearest-state-not-for-a-possessed-title", "Delegates of Brazil's Senate and of the Andean Parliament and its "
     "President Gustavo Petro arrived in Quito on Monday.",
     [], [("LEADER_OF", "Gustavo Petro", "Brazil")]),
    ("nearest-state-not-the-object", "Vice President Kamala Harris visited Germany on Monday.",
     [("VISITED", "Kamala Harris", "Germany", A)], [("MEMBER_OF", "Kamala Harris", "Germany")]),
    ("banned-from-attending", "Mark Rutte banned two Turkish ministers from addressing rallies in the country.",
     [], [("ATTENDED", "Turkey", "rallies")]),
    # --- cleaning and demonyms: a hyphen for a lost space; people are not their state --------------
    ("lost-space-possessive", "Nawaz Sharif, Pakistan's-prime minister,-ordered a ban on Tuesday.",
     [("LEADER_OF", "Nawaz Sharif", "Pakistan", A)], []),
    ("plural-demonym-people", "Roughly 200 Australians have traveled to Syria to join Islamic State.",
     [], [("MEMBER_OF", "Australia", "Islamic State")]),
    ("appos-next-to-its-name", "At the vote, Gianni Infantino was defeated by Ahmad Ahmad (pictured above), head of the Madagascar Football Association.",
     [], [("LEADER_OF", "Gianni Infantino", "Madagascar Football Association")]),
    ("appos-hyphenated-title", "Megan Chapman, co-director of JEI, told Al Jazeera that police used live bullets.",
     [("LEADER_OF", "Megan Chapman", "JEI", A)], []),
    # --- ATTACKED: the place of a strike is not its target; an annexation is no attack ------------
    ("attack-place-not-target", "The second night of French airstrikes in Mali could mark an escalation.",
     [], [("ATTACKED", "France", "Mali")]),
    ("annexation-not-attack", "Canada condemned Russia's annexation of Crimea.",
     [], [("ATTACKED", "Russia", "Crimea")]),
    # --- named members of a body: a list or a title under a member noun (relations._named_instances)
    ("member-list-title", "Troops gathered near the border of NATO member Estonia on Friday.",
     [("MEMBER_OF", "Estonia", "NATO", A)], []),
    ("member-list-including", "Other EU states, including Austria and Croatia, have closed their borders.",
     [("MEMBER_OF", "Austria", "EU", A), ("MEMBER_OF", "Croatia", "EU", A)], []),
    ("member-list-such-as", "OPEC countries such as Venezuela and Nigeria depend on oil revenue.",
     [("MEMBER_OF", "Venezuela", "OPEC", A), ("MEMBER_OF", "Nigeria", "OPEC", A)], []),
    ("member-list-appos", "Poland, a NATO member since 1999, hosts American troops.",
     [("MEMBER_OF", "Poland", "NATO", A)], []),
    ("member-list-negated", "Finland is not a NATO member.",
     [("MEMBER_OF", "Finland", "NATO", N)], [("MEMBER_OF", "Finland", "NATO")]),
    # --- the agent of a nominal stance: "by Y", unless a possessor is the agent; stances "at" someone
    ("stance-noun-by-agent", "The condemnation of Viktor Orban by Donald Tusk was unusually sharp.",
     [("CRITICIZED", "Donald Tusk", "Viktor Orban", A)], []),
    ("stance-noun-by-agent-support", "The backing of Emmanuel Macron by Francois Bayrou surprised many voters.",
     [("SUPPORTS", "Francois Bayrou", "Emmanuel Macron", A)], []),
    ("stance-noun-possessor-is-agent", "Nicolas Sarkozy was criticized for his backing of Muammar Gaddafi by Amnesty International.",
     [("SUPPORTS", "Nicolas Sarkozy", "Muammar Gaddafi", A)], [("SUPPORTS", "Amnesty International", "Muammar Gaddafi")]),
    ("stance-scoff-at", "Bernie Sanders scoffed at Michael Bloomberg on Tuesday.",
     [("CRITICIZED", "Bernie Sanders", "Michael Bloomberg", A)], []),
    # --- a role's organization after "from"; a place after "from" is a home, not an employer --------
    ("role-from-organization", "Hu Jun, an analyst from Nomura, said prices would fall.",
     [("MEMBER_OF", "Hu Jun", "Nomura", A)], []),
    ("role-from-home-place", "Ryan Zinke, a former Navy SEAL commander from Montana, spoke on Friday.",
     [], [("MEMBER_OF", "Ryan Zinke", "Montana"), ("LEADER_OF", "Ryan Zinke", "Montana")]),
    # --- round 4: what a stance's object belongs to; words, not blows; fighters are not their state --
    ("stance-modifier-owner", "Iran condemned the new US sanctions on Monday.",
     [("CRITICIZED", "Iran", "United States", A)], []),
    ("stance-of-owner", "Amnesty International condemned the actions of the Hungarian government.",
     [("CRITICIZED", "Amnesty International", "Hungary", A)], []),
    ("stance-topic-is-no-owner", "Greenpeace supported the Syrian refugees in Lebanon.",
     [], [("SUPPORTS", "Greenpeace", "Syria")]),
    ("stance-claim-topic-is-no-owner", "Sergei Lavrov ridiculed the Flynn allegations on Friday.",
     [], [("CRITICIZED", "Sergei Lavrov", "Flynn")]),
    ("lead-appointed-to-lead", "Donald Trump tapped Tom Price to lead the Department of Health and Human Services.",
     [("LEADER_OF", "Tom Price", "Department of Health and Human Services", A)],
     [("LEADER_OF", "Donald Trump", "Department of Health and Human Services")]),
    ("lead-not-a-company-running-a-company", "CKE Restaurants runs the fast food chain Hardee's.",
     [], [("LEADER_OF", "CKE Restaurants", "Hardee")]),
    ("organize-claimed-an-attack", "The Taliban claimed responsibility for the January 10 attacks in Kabul.",
     [("ORGANIZED", "Taliban", "attacks", A)], []),
    ("criticize-an-attack", "The Coptic Church condemned the attack on Friday.",
     [("CRITICIZED", "Coptic Church", "attack", A)], []),
    ("organize-not-a-verdict", "Sean Spicer called the raid a huge success.",
     [], [("ORGANIZED", "Sean Spicer", "raid")]),
    ("organize-plotted", "Mohamed Jalloh plotted to carry out an attack in the United States.",
     [("ORGANIZED", "Mohamed Jalloh", "attack", N)], [("ORGANIZED", "Mohamed Jalloh", "attack")]),
    ("support-help-someone-do", "Russia tried to help Donald Trump win the election.",
     [("SUPPORTS", "Russia", "Donald Trump", A)], []),
    ("support-call-for", "Nicola Sturgeon called for a second independence referendum in Scotland.",
     [("SUPPORTS", "Nicola Sturgeon", "independence referendum", A)], []),
    ("cooperate-liaise", "The Irish Embassy is liaising closely with the British authorities.",
     [("COOPERATES_WITH", "Irish Embassy", "United Kingdom", A)], []),
    ("claim-of-a-happening", "The committee will investigate allegations of collusion between Donald Trump's campaign and Russia.",
     [("COOPERATES_WITH", "Donald Trump", "Russia", L)], [("COOPERATES_WITH", "Donald Trump", "Russia")]),
    ("claim-of-a-happening-denied", "Ukraine denied claims of Russian attacks on Crimea.",
     [("ATTACKED", "Russia", "Crimea", D)], [("ATTACKED", "Russia", "Crimea")]),
    ("organize-not-an-attack-on", "Donald Trump launched a ferocious attack on the media.",
     [], [("ORGANIZED", "Donald Trump", "attack")]),
    ("organize-claimed-an-attack-on", "The Taliban claimed responsibility for the attack on the army base.",
     [("ORGANIZED", "Taliban", "attack", A)], []),
    ("role-minister-of-state", "Independent Alliance Minister of State Finian McGrath is supportive of the policy.",
     [("MEMBER_OF", "Finian McGrath", "Independent Alliance", A)], [("MEMBER_OF", "Finian McGrath", "State")]),
    ("rival-diplomatic-battle", "The poisoning has unleashed a serious diplomatic battle between Malaysia and North Korea.",
     [("RIVAL_OF", "Malaysia", "North Korea", A)], [("AT_WAR_WITH", "Malaysia", "North Korea")]),
    ("war-not-figurative", "Russia's war with Ukraine entered its third year.",
     [("AT_WAR_WITH", "Russia", "Ukraine", A)], [("RIVAL_OF", "Russia", "Ukraine")]),
    ("criticize-verbal-attack", "Nancy Pelosi attacked Kevin McCarthy over the budget on Tuesday.",
     [("CRITICIZED", "Nancy Pelosi", "Kevin McCarthy", A)], [("ATTACKED", "Nancy Pelosi", "Kevin McCarthy")]),
    ("attack-irregular-group", "Russian jets attacked Syrian rebels in Idlib.",
     [], [("ATTACKED", "Russia", "Syria")]),
    # --- round 4: calling something a verdict (frame criticize.verdict) -----------------------------
    ("criticize-verdict", "China called the US missile deployment a provocation.",
     [("CRITICIZED", "China", "United States", A)], []),
    ("criticize-verdict-as", "Russia described the British sanctions as illegal.",
     [("CRITICIZED", "Russia", "United Kingdom", A)], []),
    ("criticize-verdict-of-a-thing", "Bashar Jafaari of Syria slammed the measure, calling it a flagrant interference.",
     [], [("CRITICIZED", "Bashar Jafaari", "Syria")]),
    ("criticize-verdict-needs-a-verdict", "Donald Trump called Theresa May a great friend.",
     [], [("CRITICIZED", "Donald Trump", "Theresa May")]),
    ("criticize-verdict-adjectives", "Chancellor Angela Merkel has described the NPD as an anti-democratic, xenophobic party.",
     [("CRITICIZED", "Angela Merkel", "NPD", A)], []),
    ("criticize-concern", "China expressed concern over Japan's military buildup on Monday.",
     [("CRITICIZED", "China", "Japan", A)], []),
    ("criticize-concern-needs-a-voice", "Concern over Japan's military buildup grew in China.",
     [], [("CRITICIZED", "China", "Japan")]),
    ("criticize-complain", "Senator Elizabeth Warren complained about Wells Fargo's treatment of its customers.",
     [("CRITICIZED", "Elizabeth Warren", "Wells Fargo", A)], []),
    ("coref-possessive-binds-to-subject", "Olaf Scholz met Emmanuel Macron in Paris. Later Joe Biden offered his support for Ukraine.",
     [("SUPPORTS", "Joe Biden", "Ukraine", A)], [("SUPPORTS", "Emmanuel Macron", "Ukraine")]),
    ("name-headline-persons-stay-apart", "Stephen Colbert Mocks Kellyanne Conway's Microwave Gaffe",
     [], [("CRITICIZED", "Stephen Colbert Mocks Kellyanne Conway", "Microwave Gaffe")]),
    # --- round 4: "the committee", "Ministry spokesman X": the article's one body of that name ------
    ("coref-body-head", "The UN Human Rights Committee met in Geneva. The committee criticised Bangladesh for the arrests.",
     [("CRITICIZED", "UN Human Rights Committee", "Bangladesh", A)], []),
    ("coref-body-head-title", "China's Ministry of Commerce reported growth. Ministry spokesman Gao Feng said exports rose.",
     [("MEMBER_OF", "Gao Feng", "Ministry of Commerce", A)], []),
    ("coref-body-head-ambiguous", "The Ministry of Defence and the Ministry of Finance disagreed. Ministry spokesman "
     "Gao Feng said talks continue.", [], [("MEMBER_OF", "Gao Feng", "Ministry of Defence"),
                                           ("MEMBER_OF", "Gao Feng", "Ministry of Finance")]),
    # --- round 4: occupations; a person's party; a counterpart's office; "PM" ------------------------
    ("member-occupation", "Reuters photographer Tom Blake was injured in Mosul.",
     [("MEMBER_OF", "Tom Blake", "Reuters", A)], []),
    ("member-occupation-is-no-nationality", "Australian pilot John Carter was released on Monday.",
     [], [("MEMBER_OF", "John Carter", "Australia")]),
    ("member-possessed-party", "The poll put Mr Sanchez's PSOE party in second place.",
     [("MEMBER_OF", "Sanchez", "PSOE", A)], []),
    ("role-party-leaves-office-to-guess", "Chancellor Angela Merkel's CDU party wants more money for Germany's broadcaster.",
     [("MEMBER_OF", "Angela Merkel", "CDU", A), ("LEADER_OF", "Angela Merkel", "Germany", A)], []),
    ("role-counterpart", "Japanese Foreign Minister Fumio Kishida met his Chinese counterpart Wang Yi in Bonn.",
     [("MINISTER_OF", "Wang Yi", "China", A), ("MINISTER_OF", "Fumio Kishida", "Japan", A)], []),
    ("role-counterpart-office-unstated", "Olaf Scholz met his Polish counterpart Donald Tusk in Warsaw.",
     [], [("LEADER_OF", "Donald Tusk", "Poland"), ("MINISTER_OF", "Donald Tusk", "Poland")]),
    ("role-pm", "Israeli PM Benjamin Netanyahu visited Washington.",
     [("LEADER_OF", "Benjamin Netanyahu", "Israel", A)], []),
    ("role-demonym-after-of", "He was accused of doing the bidding of Russian President Vladimir Putin.",
     [("LEADER_OF", "Vladimir Putin", "Russia", A)], []),
    ("role-nearest-state-other-office", "Serbian President Tomislav Nikolic visited Beijing. Prime Minister Aleksandar "
     "Vucic is placing his hopes on a direct flight between Beijing and Belgrade, Serbia's capital.",
     [("LEADER_OF", "Aleksandar Vucic", "Serbia", A), ("LEADER_OF", "Tomislav Nikolic", "Serbia", A)], []),
    ("role-its-owner", "NATO met in Brussels on Monday. Its Secretary General Jens Stoltenberg said the alliance was united.",
     [("LEADER_OF", "Jens Stoltenberg", "NATO", A)], []),
    ("role-relative-clause", "Valentina Tereshkova, who turned 80 last week and is an MP of the State Duma, spoke in London.",
     [("MEMBER_OF", "Valentina Tereshkova", "State Duma", A)], []),
    ("role-name-cut-at-and", "The Australian Competition and Consumer Commission warned on Monday. Its deputy chair "
     "Delia Rickard said scams rose.",
     [("MEMBER_OF", "Delia Rickard", "Australian Competition and Consumer Commission", A)], []),
    # --- round 4: "I" in a quotation is its speaker; a noun's agent through the object it qualifies --
    ("quote-first-person", '"Yesterday, I had a meeting with Syrian envoy Bashar Jaafari," Alexei Borodavkin said.',
     [("MET", "Alexei Borodavkin", "Bashar Jaafari", R)], []),
    ("quote-first-person-colon", 'Donald Trump tweeted: "I had a great meeting with German Chancellor Angela Merkel."',
     [("MET", "Donald Trump", "Angela Merkel", R)], []),
    ("quote-first-person-outside-a-quote", "I met Vladimir Putin in 2015, the columnist wrote.",
     [], [("MET", "columnist", "Vladimir Putin")]),
    ("cooperate-in-cooperation-with", "EU leaders adopted controversial measures in cooperation with Libya on Friday.",
     [("COOPERATES_WITH", "EU", "Libya", A)], []),
    ("support-backed", "Kurdish fighters of the US-backed Syrian Democratic Forces advanced on Raqqa.",
     [("SUPPORTS", "United States", "Syrian Democratic Forces", A)], []),
    ("support-backed-government", "Houthi rebels in Yemen drove out the Saudi-backed government, led by President "
     "Abdu Rabbu Mansour Hadi.", [("SUPPORTS", "Saudi Arabia", "Yemen", A)],
     [("LEADER_OF", "Abdu Rabbu Mansour Hadi", "Saudi Arabia")]),
    ("role-government-spokesman", "Uganda's police chief was shot on Friday in Kampala. He was gunned down as he left "
     "home, government spokesman Ofwono Opondo said.", [("MEMBER_OF", "Ofwono Opondo", "Uganda", A)], []),
    ("meet-not-two-states", "Sergey Shoigu spoke after the Russian-Japanese talks in Tokyo on Monday.",
     [], [("MET", "Russia", "Japan")]),
    ("role-owned-title-is-no-states", "On Saturday, the agency's spokeswoman in Yemen, Shabia Mantoo, told CNN that 39 "
     "people were injured.", [], [("MEMBER_OF", "Shabia Mantoo", "Yemen")]),
    ("role-subnational-title", "The ban is the same, state attorney general Doug Chin said. The United States defended it.",
     [], [("MINISTER_OF", "Doug Chin", "United States"), ("MEMBER_OF", "Doug Chin", "United States")]),
    ("role-people-title-is-no-states", "Scottish leader Nicola Sturgeon condemned Brexit. The European Union said it regretted the vote.",
     [], [("LEADER_OF", "Nicola Sturgeon", "European Union")]),
    ("role-possessed-title-after-of", "The deal will be signed during the visit of Iran's President Hassan Rouhani to Moscow.",
     [("LEADER_OF", "Hassan Rouhani", "Iran", A)], []),
    ("coref-object-pronoun-is-not-the-subject", "Sen. John McCain attacked Sen. Rand Paul on Wednesday, accusing him of "
     "doing the bidding of Moscow.", [("ACCUSED", "John McCain", "Rand Paul", A)], []),
    ("sanction-designate", "In 2005 Abdul Rahman was designated by the US Treasury Department as a terror supporter.",
     [("SANCTIONED", "US Treasury Department", "Abdul Rahman", A)], []),
    ("sanction-designate-needs-a-verdict", "The US Treasury designated Janet Yellen as its representative.",
     [], [("SANCTIONED", "US Treasury", "Janet Yellen")]),
    # --- round 4: parts of bodies (relations.state_organs, relations.possessed_bodies) ---------------
    ("part-bare-organ", "The Pakistan Army launched a new operation in the tribal areas.",
     [("PART_OF", "Pakistan Army", "Pakistan", A)], []),
    ("part-bare-organ-faction", "The Free Syrian Army fought the Syrian Army near Homs.",
     [], [("PART_OF", "Free Syrian Army", "Syria")]),
    ("part-air-force", "The Iraqi Air Force struck targets near Mosul.",
     [("PART_OF", "Iraqi Air Force", "Iraq", A)], []),
    ("part-possessed-body", "The European Parliament's EPP Group voted against the motion.",
     [("PART_OF", "EPP Group", "European Parliament", A)], []),
    ("part-possessed-company-is-no-organ", "Russia's Interfax news agency cited a source close to the project.",
     [], [("PART_OF", "Interfax", "Russia")]),
    # --- round 5: critics; coordinated appositions; a person's party word or tag; occupations -----------
    ("criticize-critic", "Vladimir Kara-Murza, an outspoken critic of Vladimir Putin, remains in hospital.",
     [("CRITICIZED", "Vladimir Kara-Murza", "Vladimir Putin", A)], []),
    ("criticize-critic-title", "Kremlin critic Alexei Navalny was detained in Moscow on Sunday.",
     [("CRITICIZED", "Alexei Navalny", "Kremlin", A)], []),
    ("criticize-critic-coordinated", "Boris Nemtsov, an opposition leader in Russia and longtime critic of "
     "Vladimir Putin, was shot dead.", [("CRITICIZED", "Boris Nemtsov", "Vladimir Putin", A)],
     [("LEADER_OF", "Boris Nemtsov", "Russia")]),
    ("role-appositive-coordinated", "Devin Nunes, a California congressman and the chairman of the House "
     "Intelligence Committee, spoke on Monday.", [("LEADER_OF", "Devin Nunes", "House Intelligence Committee", A)], []),
    ("party-label-before-title", "The Republican Party holds the Senate. Republican Sen. Rand Paul of Kentucky "
     "voted against the bill.", [("MEMBER_OF", "Rand Paul", "Republican Party", A)], []),
    ("party-label-appositive", "The Democratic Party lost the vote. Tim Kaine, a Democratic senator, said so.",
     [("MEMBER_OF", "Tim Kaine", "Democratic Party", A)], []),
    ("party-label-tag", "The GOP holds a majority. Rep. Mark Meadows, R-N.C., pushed for changes.",
     [("MEMBER_OF", "Mark Meadows", "GOP", A)], []),
    ("party-label-not-a-plural", "The Republican Party met. Upset with Republicans Debby Goodwin, a voter "
     "from Arkansas, said she was ashamed.", [], [("MEMBER_OF", "Debby Goodwin", "Republican Party")]),
    ("member-spy", "In 2006 a former Russian spy, Alexander Litvinenko, died after being poisoned in London.",
     [("MEMBER_OF", "Alexander Litvinenko", "Russia", A)], []),
    ("member-host", "Fox News host Bill O'Reilly asked Donald Trump about Vladimir Putin.",
     [("MEMBER_OF", "Bill O'Reilly", "Fox News", A)], []),
    ("member-charge-d-affaires", "The Dutch Embassy's charge d'affaires, Daan Feddo Huisinga, was summoned on Monday.",
     [("MEMBER_OF", "Feddo Huisinga", "Dutch Embassy", A)], []),
    ("accuse-blame-on", "The United States blamed the cyberattack on North Korea.",
     [("ACCUSED", "United States", "North Korea", A)], [("ATTACKED", "United States", "North Korea")]),
    ("attack-judged-is-not-done", "Russia condemned the attack on Syria.", [], [("ATTACKED", "Russia", "Syria")]),
    ("attack-judged-welcomed-is-not-done", "Saudi Arabia welcomed the US strikes on Syria.",
     [], [("ATTACKED", "Saudi Arabia", "Syria")]),
    ("capital-government-is-no-person", "Analysts said the move showed that Beijing was fed up with the Pyongyang regime.",
     [], [("LEADER_OF", "Pyongyang", "China")]),
    ("title-words-cut-from-a-name", "US Secretary of State Rex Tillerson has pledged to work with the Beijing government.",
     [("MINISTER_OF", "Rex Tillerson", "United States", A)], []),
    ("criticize-rhetorical-attack", "Turkey's rhetorical attacks against the Netherlands continued on Monday.",
     [("CRITICIZED", "Turkey", "Netherlands", A)], [("ATTACKED", "Turkey", "Netherlands")]),
    ("demonym-one-of-the-people", "Kim Jong-nam was killed at the airport by two women - an Indonesian and a Vietnamese.",
     [], [("ATTACKED", "Indonesia", "Kim Jong-nam")]),
    ("role-private-title-no-state", "Qatar Airways grew. Qatar CEO Akbar Al-Baker said it was too early to tell.",
     [], [("LEADER_OF", "Akbar Al-Baker", "Qatar")]),
    ("role-quit-as", "Emmanuel Macron quit as economy minister of France in August.",
     [("MINISTER_OF", "Emmanuel Macron", "France", A)], []),
    ("role-whose-title", "The talks were hosted by Japan, whose prime minister Shinzo Abe met the delegation.",
     [("LEADER_OF", "Shinzo Abe", "Japan", A)], []),
    ("role-whose-title-in-apposition", "The website Breitbart News, whose former executive chairman, Steve Bannon, "
     "is Trump's chief strategist, was excluded.", [("LEADER_OF", "Steve Bannon", "Breitbart News", A)], []),
    ("rival-competitor", "Airbus, a competitor of Boeing, won the order from Qatar Airways.",
     [("RIVAL_OF", "Airbus", "Boeing", A)], []),
    ("role-office-of-one-state", "Secretary of State Rex Tillerson said the option was on the table. "
     "The United States has 28,500 troops in South Korea.", [("MINISTER_OF", "Rex Tillerson", "United States", A)], []),
    ("role-office-needs-its-state-named", "Secretary of State Rex Tillerson arrived in Seoul on Friday.",
     [], [("MINISTER_OF", "Rex Tillerson", "South Korea")]),
    ("part-named-part", "The UN Human Rights Committee criticised the arrests of journalists. The UN said so.",
     [("PART_OF", "UN Human Rights Committee", "UN", A)], []),
    ("role-local-office", "Berlin Mayor Michael Muller told TASS he would travel to Moscow on Monday.",
     [("LEADER_OF", "Michael Muller", "Berlin", A)], []),
    ("congress-is-a-body", "Addressing Congress, Donald Trump stood by his plan to vet travellers from several countries.",
     [], [("ATTENDED", "Donald Trump", "Congress")]),
    ("role-head-of-state-title-needs-a-state", "Republicans control the Senate. The Senate's president will decide. "
     "That calls into question how the Senate would deal with misconduct by President Donald Trump.",
     [], [("LEADER_OF", "Donald Trump", "Senate")]),
    ("part-named-part-same-body", "Judges from the 9th Circuit Court of Appeals will hear arguments. The 9th Circuit ruled.",
     [], [("PART_OF", "9th Circuit Court of Appeals", "9th Circuit")]),
    ("role-from-organization-after-the-name", "Declan Geoghegan from the Irish Coast Guard said the accident had hit the rescue family hard.",
     [("MEMBER_OF", "Declan Geoghegan", "Irish Coast Guard", A)], []),
    ("role-portfolio-at-organization", "The bill passed, said Tiernan Sittenfeld, head of government affairs at the "
     "League of Conservation Voters.", [("MEMBER_OF", "Tiernan Sittenfeld", "League of Conservation Voters", A)],
     [("LEADER_OF", "Tiernan Sittenfeld", "League of Conservation Voters")]),
    ("role-head-of-a-unit-at-organization", "Li Na, the head of research at Goldman Sachs, said so.",
     [("MEMBER_OF", "Li Na", "Goldman Sachs", A)], [("LEADER_OF", "Li Na", "Goldman Sachs")]),
    ("role-title-phrase-stops-at-a-sentence-end", "He spoke of the upcoming visit of the Japanese prime minister "
     "to the United States. Donald Trump and Shinzo Abe will hold talks at the White House on Friday.",
     [], [("LEADER_OF", "Donald Trump", "United States")]),
    ("role-nearest-state-in-an-open-complement", "President Donald Trump made building a border along the entire US "
     "Southern border a centerpiece of his campaign.", [("LEADER_OF", "Donald Trump", "United States", A)], []),
    ("party-label-outsider", "The Democratic Party lost the vote. Democratic Party donor George Soros paid for the ads.",
     [], [("MEMBER_OF", "George Soros", "Democratic Party")]),
    # --- predicate adjectives ---------------------------------------------------------------------
    ("adjective-critical-of", "John McCain was critical of Donald Trump's comments on the judiciary.",
     [("CRITICIZED", "John McCain", "Donald Trump", A)], []),
    ("adjective-critical-to-is-no-criticism", "Turkey's support is critical to NATO.",
     [], [("CRITICIZED", "Turkey", "NATO")]),
    ("adjective-negated", "Sinn Fein was not critical of Arlene Foster.",
     [("CRITICIZED", "Sinn Fein", "Arlene Foster", N)], [("CRITICIZED", "Sinn Fein", "Arlene Foster")]),
    ("adjective-supportive", "Angela Merkel remained supportive of Emmanuel Macron throughout the campaign.",
     [("SUPPORTS", "Angela Merkel", "Emmanuel Macron", A)], []),
    ("adjective-stative-passive-relative", "Hezbollah, which is allied with Iran, sent fighters to Syria.",
     [("ALLIED_WITH", "Hezbollah", "Iran", A)], [("SUPPLIED_ARMS_TO", "Hezbollah", "Syria")]),
    # --- claim nouns, obligation, fighting sides ---------------------------------------------------
    ("claim-noun-content-alleged", "There is speculation that North Korea attacked South Korea last year.",
     [("ATTACKED", "North Korea", "South Korea", L)], [("ATTACKED", "North Korea", "South Korea")]),
    ("claim-noun-content-reported", "Reports that Donald Trump met Vladimir Putin surfaced on Monday.",
     [("MET", "Donald Trump", "Vladimir Putin", R)], [("MET", "Donald Trump", "Vladimir Putin")]),
    ("claim-noun-rejected-is-denied", "Moscow rejected allegations that Russia supplied weapons to the Taliban.",
     [("SUPPLIED_ARMS_TO", "Russia", "Taliban", D)], []),
    ("obligation-is-no-fact", "Donald Trump needs to meet Vladimir Putin, and Germany should cooperate with France.",
     [("MET", "Donald Trump", "Vladimir Putin", N)], [("MET", "Donald Trump", "Vladimir Putin"),
                                                      ("COOPERATES_WITH", "Germany", "France")]),
    ("obligation-have-to", "Donald Trump has to visit China.",
     [("VISITED", "Donald Trump", "China", N)], [("VISITED", "Donald Trump", "China")]),
    ("obligation-perfect-is-a-guess", "Donald Trump must have met Vladimir Putin.",
     [], [("MET", "Donald Trump", "Vladimir Putin")]),
    ("ally-fought-with-is-no-alliance", "Hezbollah fought a war with Israel in 2006 and is now fighting alongside Syria.",
     [("ALLIED_WITH", "Hezbollah", "Syria", A)], [("ALLIED_WITH", "Hezbollah", "Israel")]),
    # --- partners named in a modifier; a group's irregular compound; an inverted speaker's place ----
    ("ally-allied-modifier", "Iran-allied Hezbollah fighters seized the town, and the government of President Ali Hassan "
     "fled to the coast.", [("ALLIED_WITH", "Iran", "Hezbollah", A)], [("LEADER_OF", "Ali Hassan", "Iran")]),
    ("role-irregular-group-compound", "Ahmed Karim, head of the Libyan rebel delegation at the talks, told Reuters the "
     "meeting had failed.", [], [("MEMBER_OF", "Ahmed Karim", "Libya"), ("LEADER_OF", "Ahmed Karim", "Libya")]),
    ("attend-inverted-speaker", "Trade will grow, says Li Wei, chairman of Siemens, at the World Economic Forum in Davos.",
     [("ATTENDED", "Li Wei", "World Economic Forum", A), ("LEADER_OF", "Li Wei", "Siemens", A)], []),
    # --- quotation and speech scope --------------------------------------------------------------
    ("quote-runs-over-sentences", 'Petro Poroshenko spoke in Kiev on Friday. "Russia attacked Ukraine again last night. '
     'We will answer," he told reporters.', [("ATTACKED", "Russia", "Ukraine", R)], [("ATTACKED", "Russia", "Ukraine")]),
    ("quote-speaker-after", '"The United States criticized Germany for its trade surplus and that was wrong. We know better," '
     "Sigmar Gabriel said on Monday.", [("CRITICIZED", "United States", "Germany", R)], [("CRITICIZED", "United States", "Germany")]),
    ("quote-title-still-stands", 'Angela Merkel met Emmanuel Macron in Berlin. "Russian Foreign Minister Sergei Lavrov is '
     'welcome here," she said.', [("MINISTER_OF", "Sergei Lavrov", "Russia", A), ("MET", "Angela Merkel", "Emmanuel Macron", A)], []),
    ("speech-noun-is-what-is-said", "Zhang Ming acknowledged that some challenges hinder cooperation between China and France.",
     [("COOPERATES_WITH", "China", "France", R)], [("COOPERATES_WITH", "China", "France")]),
    ("speech-subject-presupposed", "Angela Merkel's talks with Vladimir Putin in Sochi were constructive, Steffen Seibert said.",
     [("MET", "Angela Merkel", "Vladimir Putin", A)], []),
    ("speech-participle-is-no-source", "Vladimir Putin met Recep Tayyip Erdogan in Moscow on Friday, announcing a new gas pipeline.",
     [("MET", "Vladimir Putin", "Recep Tayyip Erdogan", A)], []),
    ("speech-as-reported-by", "Kim Jong Un attended the parade, as reported by KCNA.",
     [("ATTENDED", "Kim Jong Un", "parade", R)], []),
    ("speech-fronted-participle-is-own-doing", "Speaking at the Arctic Forum, Finnish President Sauli Niinisto said "
     "the ice was melting.", [("ATTENDED", "Sauli Niinisto", "Arctic Forum", A)], []),
    ("intend-suggested", "Emmanuel Macron suggested convening a peace summit in Paris.",
     [("ORGANIZED", "Emmanuel Macron", "peace summit", N)], [("ORGANIZED", "Emmanuel Macron", "peace summit")]),
    ("visit-went-missing-is-no-journey", "Ali Reza, a blogger who went missing in Iran last month, was freed on Monday.",
     [], [("VISITED", "Ali Reza", "Iran")]),
    ("name-joint-inside-an-event-name", "China will host the Belt and Road Forum in Beijing in May.",
     [("ORGANIZED", "China", "Belt and Road Forum", N)], [("ORGANIZED", "China", "Road Forum")]),
    ("role-heads-of-a-school-or-agency", "Sanctions work, says Liu Ke, dean of the Institute of Energy Economics. "
     "Environmental Protection Agency Administrator Scott Pruitt disagreed.",
     [("LEADER_OF", "Liu Ke", "Institute of Energy Economics", A), ("LEADER_OF", "Scott Pruitt", "Environmental Protection Agency", A)], []),
    ("role-title-words-are-no-person", "Sun Mei is a professor of marketing and Associate Dean of the Wharton School.",
     [], [("MEMBER_OF", "Associate Dean", "Wharton School")]),
    ("accuse-alleging-an-attack", "Petro Poroshenko claimed that Russia attacked Kharkov on Sunday.",
     [("ATTACKED", "Russia", "Kharkov", L), ("ACCUSED", "Petro Poroshenko", "Russia", A)], []),
    ("accuse-a-report-accuses-no-one", "Afghan police said the Taliban attacked a checkpoint in Kunduz, Ashraf Ghani said.",
     [], [("ACCUSED", "Ashraf Ghani", "Taliban")]),
    ("status-belief-is-alleged", "Seoul believes that North Korea killed Kim Jong-nam in Kuala Lumpur.",
     [("ATTACKED", "North Korea", "Kim Jong-nam", L), ("ACCUSED", "South Korea", "North Korea", A)], []),
    ("attack-killing-by-an-agent", "The assassination of Benazir Bhutto by Al Qaeda shocked Pakistan. Police are "
     "investigating the murder of Boris Nemtsov.", [("ATTACKED", "Al Qaeda", "Benazir Bhutto", A)],
     [("ATTACKED", "Police", "Boris Nemtsov")]),
    ("attack-perpetrated", "Russia orchestrated the hacking of the Democratic National Committee, and Hamas ordered the "
     "killing of Mazen Faqha.", [("ATTACKED", "Russia", "Democratic National Committee", A),
                                 ("ATTACKED", "Hamas", "Mazen Faqha", A)], []),
    ("accuse-speaker-pronoun", "US officials said they believe North Korea killed Kim Jong-nam.",
     [("ACCUSED", "United States", "North Korea", A)], []),
    ("organize-claimed-responsibility", "The Taliban claimed responsibility for the bombing in Kabul. Al-Shabab said it "
     "was behind the raid.", [("ORGANIZED", "Taliban", "bombing", A), ("ORGANIZED", "Al-Shabab", "raid", R)], []),
    ("organize-launched", "Amazon launched its annual shopping festival in India on Monday.",
     [("ORGANIZED", "Amazon", "shopping festival", A)], []),
    ("support-reaffirming-a-resolve-is-no-support", "Christine Lagarde reaffirmed the IMF's resolve to continue its work.",
     [], [("SUPPORTS", "Christine Lagarde", "IMF")]),
    ("member-list-a-list-item-is-no-member-noun", "Among them are the EU states, Norway, the United States and Canada.",
     [], [("MEMBER_OF", "Norway", "EU"), ("MEMBER_OF", "United States", "EU")]),
    ("role-a-programme-is-nobody", "Ruth Davidson told the BBC's Andrew Marr Show that the vote was wrong.",
     [], [("MEMBER_OF", "Andrew Marr Show", "BBC")]),
    ("role-players-of-a-club", "Chelsea player Eden Hazard was injured. Midfielder N'Golo Kante signed a deal with Chelsea.",
     [("MEMBER_OF", "Eden Hazard", "Chelsea", A), ("SIGNED", "N'Golo Kante", "Chelsea", A)], []),
    ("role-title-and-portfolio-is-no-body", "Malaysia's Director General of Immigration, Seri Mustafar Ali, said so. "
     "Misheck Mutize, Lecturer of Finance, University of Cape Town, wrote it.",
     [("MEMBER_OF", "Seri Mustafar Ali", "Malaysia", A), ("MEMBER_OF", "Misheck Mutize", "University of Cape Town", A)],
     [("LEADER_OF", "Seri Mustafar Ali", "Malaysia"), ("MEMBER_OF", "Misheck Mutize", "Lecturer of Finance")]),
    ("part-unit-under-and-at", "Ivan Petrov of the Oriental Studies Institute under the Russian Academy of Sciences "
     "spoke. Ricardo Tapilatu, head of the Research Center for Marine Resources at the University of Papua, agreed.",
     [("PART_OF", "Oriental Studies Institute", "Russian Academy of Sciences", A),
      ("PART_OF", "Research Center for Marine Resources", "University of Papua", A)], []),
    ("part-a-body-at-a-place-is-no-part", "The Heritage Foundation at the White House presented a plan.",
     [], [("PART_OF", "Heritage Foundation", "White House")]),
    ("visit-no-one-visits-their-own-state", "German Chancellor Angela Merkel is in Germany, and US Secretary of State "
     "Rex Tillerson is in China.", [("VISITED", "Rex Tillerson", "China", A)], [("VISITED", "Angela Merkel", "Germany")]),
    ("pronoun-possessor-through-open-complements", "Donald Trump took to Twitter on Monday to call on the panel to "
     "investigate his former rival, Hillary Clinton.", [("RIVAL_OF", "Donald Trump", "Hillary Clinton", A)],
     [("RIVAL_OF", "Twitter", "Hillary Clinton")]),
    ("role-guess-skips-a-state-inside-a-name", "The diamond was taken by the East India Company and given to Queen Victoria.",
     [], [("LEADER_OF", "Victoria", "India")]),
    ("role-guess-skips-regional-governments", "Relations between Sturgeon's Scottish government and London have soured. "
     "People vanished under the administration of former Governor Javier Duarte, Winckler said in Mexico.",
     [], [("LEADER_OF", "Sturgeon", "United Kingdom"), ("LEADER_OF", "Javier Duarte", "Mexico")]),
    ("role-hyphenated-prime-minister", "Merkel held talks with Polish Prime-Minister Beata Szydlo.",
     [("LEADER_OF", "Beata Szydlo", "Poland", A)], [("MINISTER_OF", "Beata Szydlo", "Poland")]),
    ("ally-army-of-the-subjects-nationality-through-a-relative-clause", "In 2022 rockets went to the Russian Wagner "
     "mercenaries who fought alongside the regular army.", [("ALLIED_WITH", "Wagner", "Russia", A)], []),
    # --- round 8: coordination under an organization's possessive ----------------------------------
    ("role-possessive-list", "Reuters' Anna Petrova, Omar Haddad and Lena Fischer were detained in Cairo on Sunday.",
     [("MEMBER_OF", "Anna Petrova", "Reuters", A), ("MEMBER_OF", "Omar Haddad", "Reuters", A),
      ("MEMBER_OF", "Lena Fischer", "Reuters", A)], []),
    ("role-possessive-list-not-the-objects", "Reuters' Anna Petrova met Boris Johnson and Lena Fischer in Cairo. "
     "In an interview with CNN's Erin Burnett, Gina McCarthy and Christine Whitman warned of the cuts.",
     [("MEMBER_OF", "Anna Petrova", "Reuters", A), ("MEMBER_OF", "Erin Burnett", "CNN", A)],
     [("MEMBER_OF", "Boris Johnson", "Reuters"), ("MEMBER_OF", "Lena Fischer", "Reuters"),
      ("MEMBER_OF", "Gina McCarthy", "CNN"), ("MEMBER_OF", "Christine Whitman", "CNN")]),
    ("visit-is-to", "Rex Tillerson is to pay a visit to South Korea, and Olaf Scholz was to meet Joe Biden.",
     [("VISITED", "Rex Tillerson", "South Korea", N), ("MET", "Olaf Scholz", "Joe Biden", N)],
     [("VISITED", "Rex Tillerson", "South Korea"), ("MET", "Olaf Scholz", "Joe Biden")]),
    # --- round 9, undone in round 26: a US-style party-state tag is no membership of the country (the
    # annotators of every round leave it out) -----------------------------------------------------------
    ("role-party-state-tag-is-no-state-membership", "The United States will reply. Sen. Lisa Hartley, R-Okla., "
     "said the bill was dead, and Rep. Dan Ortiz (D-Texas) agreed with Maria Keller, D-Vt.",
     [], [("MEMBER_OF", "Lisa Hartley", "United States"), ("MEMBER_OF", "Dan Ortiz", "United States"),
          ("MEMBER_OF", "Maria Keller", "United States")]),
    ("role-chamber", "The Senate voted 90-8. The no votes came from Republican Senators Tom Akers and Jill Varga, "
     "and Sen. Ron Baez said he would not change.",
     [("MEMBER_OF", "Tom Akers", "Senate", A), ("MEMBER_OF", "Jill Varga", "Senate", A),
      ("MEMBER_OF", "Ron Baez", "Senate", A)], []),
    ("role-chamber-one-chamber-only", "Senator Tom Akers spoke. The Philippine Senate and the US Senate both voted.",
     [], [("MEMBER_OF", "Tom Akers", "Philippine Senate"), ("MEMBER_OF", "Tom Akers", "US Senate")]),
    # --- round 9: a state's leader named by title is the person who leads it, never the state ---------
    ("leader-title-of-a-state", "Brazilian President Luiz Lula spoke on Monday. The Brazilian president later met "
     "Javier Milei in Brasilia.", [("MET", "Luiz Lula", "Javier Milei", A)], [("MET", "Brazil", "Javier Milei")]),
    ("leader-title-of-a-state-not-another-states", "Cuban leader Miguel Diaz-Canel was at the parade. The Chilean "
     "leader met Gabriel Attal in Paris.", [], [("MET", "Miguel Diaz-Canel", "Gabriel Attal"),
                                                ("MET", "Chile", "Gabriel Attal")]),
    # --- round 8: stance prefixes; a victory over a rival; rows and rifts ----------------------------
    ("stance-prefix-anti", "The anti-EU Party for Freedom won seats in the Netherlands.",
     [("CRITICIZED", "Party for Freedom", "EU", A)], []),
    ("stance-prefix-pro-predicate", "Our sources are the Liberal Party and Amnesty International, which are both pro-NATO.",
     [("SUPPORTS", "Amnesty International", "NATO", A)], []),
    ("stance-prefix-is-no-name", "The pro-Kremlin newspaper Izvestia reported the plan.",
     [], [("SUPPORTS", "Izvestia", "pro-Kremlin")]),
    ("rival-victory-over", "Mark Rutte scored a resounding victory over Geert Wilders in the election.",
     [("RIVAL_OF", "Mark Rutte", "Geert Wilders", A)], []),
    ("rival-row-with", "Turkey's row with the Netherlands deepened. The rift between Qatar and Saudi Arabia grew.",
     [("RIVAL_OF", "Turkey", "Netherlands", A), ("RIVAL_OF", "Qatar", "Saudi Arabia", A)], []),
    ("stance-prefix-owner-keeps-its-party", "Geert Wilders' anti-EU Party for Freedom (PVV) led the polls. The "
     "anti-Semitic attacks in Paris were condemned.",
     [("MEMBER_OF", "Geert Wilders", "Party for Freedom", A), ("CRITICIZED", "Party for Freedom", "EU", A)],
     [("MEMBER_OF", "Geert Wilders", "EU")]),
    ("deny-the-happening", "Chris Christie denied a rift with Jared Kushner. Moscow denied any attack on Ukraine.",
     [("RIVAL_OF", "Chris Christie", "Jared Kushner", D), ("ATTACKED", "Russia", "Ukraine", D)],
     [("RIVAL_OF", "Chris Christie", "Jared Kushner"), ("ATTACKED", "Russia", "Ukraine")]),
    ("rival-someones-party-is-their-own", "The Federal Reserve raised rates. Mark Rutte's party won an election "
     "victory over Geert Wilders.", [], [("RIVAL_OF", "Federal Reserve", "Geert Wilders")]),
    ("relative-pronoun-object", "Erdogan urged voters to shun Geert Wilders, who he described as an extreme racist. "
     "Crowds gathered outside the rally, which Mitch McConnell attended.",
     [("CRITICIZED", "Erdogan", "Geert Wilders", A), ("ATTENDED", "Mitch McConnell", "rally", A)], []),
    ("role-posted-in-a-state", "The top US commander in Iraq Stephen Townsend said so. Charles Cleveland, a US "
     "military spokesman in Afghanistan, agreed.",
     [("MEMBER_OF", "Stephen Townsend", "United States", A), ("MEMBER_OF", "Charles Cleveland", "United States", A)],
     [("LEADER_OF", "Stephen Townsend", "Iraq"), ("MEMBER_OF", "Stephen Townsend", "Iraq"),
      ("MEMBER_OF", "Charles Cleveland", "Afghanistan")]),
    ("role-body-head-of-a-state-is-its-official", "The top French commander, Gen. Pierre de Villiers, said so.",
     [("MEMBER_OF", "Pierre de Villiers", "France", A)], [("LEADER_OF", "Pierre de Villiers", "France")]),
    ("name-given-name-left-out", "The Dutch Embassy's charge d'affaires, Daan Feddo Huisinga, was called on Monday. "
     "Lt-Gen Stephen Townsend, a US commander, added that the strike was under review.",
     [("MEMBER_OF", "Daan Feddo Huisinga", "Dutch Embassy", A), ("MEMBER_OF", "Stephen Townsend", "United States", A)],
     [("LEADER_OF", "Stephen Townsend", "United States")]),
    ("name-given-name-not-a-title", "Bishop Eamon Casey died on Monday. Netanyahu met with Bishop in Sydney.",
     [("MET", "Netanyahu", "Bishop", A)], []),
    ("support-praise", "Mitch McConnell praised Jeff Sessions as honest and fair. Jean-Claude Juncker "
     "congratulated Mark Rutte on his victory.",
     [("SUPPORTS", "Mitch McConnell", "Jeff Sessions", A), ("SUPPORTS", "Jean-Claude Juncker", "Mark Rutte", A)], []),
    ("stance-towards-a-relative-is-not-towards-whom", "Angela Merkel openly praised Donald Trump's predecessor.",
     [], [("SUPPORTS", "Angela Merkel", "Donald Trump")]),
    ("pronoun-gender", "Mr Rutte met Ms Foster on Monday. She criticized him. Leanna Taylor said that Justin "
     "Harris was innocent and that she still supports him.",
     [("CRITICIZED", "Foster", "Rutte", A), ("SUPPORTS", "Leanna Taylor", "Justin Harris", R)],
     [("CRITICIZED", "Rutte", "Foster"), ("SUPPORTS", "Justin Harris", "Leanna Taylor")]),
    ("state-agent-unnamed-envoy", "Officials slammed the Iranian ambassador in Baghdad who accused Iraq of hiding "
     "something. Michael Flynn met the Russian ambassador in December.",
     [("ACCUSED", "Iran", "Iraq", A)], [("MET", "Michael Flynn", "Russia")]),
    ("role-list-of-titled-names", "Rex Tillerson will meet China's Foreign Minister Wang Yi, Premier of the State "
     "Council Li Keqiang and State Councilor Yang Jiechi.",
     [("LEADER_OF", "Li Keqiang", "State Council", A)], [("LEADER_OF", "Wang Yi", "State Council")]),
    ("role-title-name-of-state", "Key participants include King Salman of Saudi Arabia and Jordan's foreign minister. "
     "Saudi Arabian King Salman landed in Beijing.",
     [("LEADER_OF", "Salman", "Saudi Arabia", A)], [("LEADER_OF", "Salman", "Jordan"), ("VISITED", "Arabian King Salman", "China")]),
    ("name-dateline-place", "Drills planned\n\nPSKOV, March 1. /TASS/. Russia's Airborne Force will take part in "
     "nine drills, Commander Andrei Serdyukov of the Airborne Force said.",
     [("MEMBER_OF", "Andrei Serdyukov", "Airborne Force", A)], [("ATTENDED", "PSKOV", "drills")]),
    ("role-envoy-to-a-leader", "Crimea's Permanent Representative to the Russian President, Georgy Muradov, told TASS.",
     [], [("LEADER_OF", "Georgy Muradov", "Russia")]),
    # --- round 11: a party word names its party where the article never writes the party's name -----
    ("role-party-word-before-title", "Labour MP Gisela Brandt said the deal was wrong, and Conservative MP "
     "Andrew Hale agreed with her.",
     [("MEMBER_OF", "Gisela Brandt", "Labour Party", A), ("MEMBER_OF", "Andrew Hale", "Conservative Party", A)], []),
    ("role-party-word-tag", "Rep. Tom Akers (R-Okla.) said the same on Friday, and Sen. Maria Keller, D-Vt., "
     "disagreed.",
     [("MEMBER_OF", "Tom Akers", "Republican Party", A), ("MEMBER_OF", "Maria Keller", "Democratic Party", A)], []),
    ("role-party-word-appositive", "Kevin Marsh, a Republican, said so. Dana Ruiz, a Democratic congresswoman "
     "from Ohio, disagreed.",
     [("MEMBER_OF", "Kevin Marsh", "Republican Party", A), ("MEMBER_OF", "Dana Ruiz", "Democratic Party", A)], []),
    ("role-party-word-not-what-the-title-leads", "Republican President Tom Hale signed the bill, and Senate "
     "Democratic Leader Ann Cole voted against it.",
     [("MEMBER_OF", "Tom Hale", "Republican Party", A), ("MEMBER_OF", "Ann Cole", "Democratic Party", A)],
     [("LEADER_OF", "Tom Hale", "Republican Party"), ("LEADER_OF", "Ann Cole", "Democratic Party")]),
    ("role-party-word-inside-a-longer-name", "Social Democrat joint leader Roisin Burke and Liberal Democrat leader "
     "Tim Fallon spoke.",
     [], [("MEMBER_OF", "Roisin Burke", "Democratic Party"), ("MEMBER_OF", "Tim Fallon", "Democratic Party")]),
    ("agent-of-the-frame-label", "Dan Hollis, an SPD lawmaker, spoke on Sunday. Hackers broke into the email "
     "accounts of senior members of the Democratic Party.",
     [("MEMBER_OF", "Dan Hollis", "SPD", A)], [("MEMBER_OF", "Dan Hollis", "Democratic Party")]),
    # --- round 11: winning a contest is taking part in it ------------------------------------------
    ("attend-win", "Roger Federer won the Australian Open on Sunday. The New England Patriots won the Super Bowl.",
     [("ATTENDED", "Roger Federer", "Australian Open", A), ("ATTENDED", "New England Patriots", "Super Bowl", A)], []),
    ("attend-winner-noun", "Anna Petrova is a silver medal winner of the 2012 Summer Olympics in London. Roger "
     "Federer is the three-time Wimbledon champion.",
     [("ATTENDED", "Anna Petrova", "2012 Summer Olympics", A), ("ATTENDED", "Roger Federer", "Wimbledon", A)], []),
    ("attend-win-not-an-election", "Emmanuel Macron won the presidential election, and his party won the vote.",
     [], [("ATTENDED", "Emmanuel Macron", "presidential election")]),
    # --- round 11: each pre-modifier of a joint noun names one party, its widest name ---------------
    ("cooperate-joint-one-name", "The vessel was gathering intelligence about U.S. Navy submarine operations near "
     "Georgia. The US-Japan joint exercises began on Monday.",
     [("COOPERATES_WITH", "United States", "Japan", A)],
     [("COOPERATES_WITH", "U.S. Navy", "United States"), ("COOPERATES_WITH", "United States", "U.S. Navy")]),
    ("cooperate-joint-one-name-gloss", "China may form a bloc built around RCEP (Regional Comprehensive Economic "
     "Partnership), an ASEAN (Association of Southeast Asian Nations) initiative. The French German \"SOS "
     "Mediterranee\" initiative picked up migrants.",
     [], [("COOPERATES_WITH", "RCEP", "ASEAN"), ("COOPERATES_WITH", "RCEP", "Association of Southeast Asian Nations"),
          ("COOPERATES_WITH", "Germany", "France")]),
    # --- round 11: an existential "there" has its own subject; the clause above is not asked ---------
    ("subject-existential-there", "Barack Obama spoke on Monday. \"He did that because there were two Iraqis who "
     "came here, got radicalized, joined ISIS and then planned the attack.\" There is Tom Akers, who joined the SPD.",
     [("MEMBER_OF", "Tom Akers", "SPD", A)], [("MEMBER_OF", "Barack Obama", "ISIS")]),
    # --- round 11: a name right after "the" and heading its phrase is no person's -----------------
    ("name-after-the", "The new coin is secure, said Adam Lawrence, chief executive of the Royal Mint. Lt. Tom "
     "Iverson of the North Dakota State Patrol said 33 arrests were made.",
     [("LEADER_OF", "Adam Lawrence", "Royal Mint", A), ("MEMBER_OF", "Tom Iverson", "North Dakota State Patrol", A)], []),
    # --- round 11: a leader's title that names a minister in some states; shadow offices -----------
    ("role-ministerial-title", "Chancellor Philip Hammond has defended the U-turn. Shadow chancellor John McDonnell "
     "called it chaos. The United Kingdom will leave the EU, and Britain's economy grew. German Chancellor Angela "
     "Merkel said so.",
     [("MINISTER_OF", "Philip Hammond", "United Kingdom", A), ("LEADER_OF", "Angela Merkel", "Germany", A)],
     [("LEADER_OF", "Philip Hammond", "United Kingdom"), ("MINISTER_OF", "John McDonnell", "United Kingdom"),
      ("LEADER_OF", "John McDonnell", "United Kingdom")]),
    # --- round 11: a title's noun that the owner's own name holds is the owner, no part of it -------
    ("role-part-is-the-owner-itself", "The Houston Police Department recovered the jersey. Houston police chief Art "
     "Acevedo said it was found in Mexico.",
     [("LEADER_OF", "Art Acevedo", "Houston Police Department", A)], [("MEMBER_OF", "Art Acevedo", "Houston Police Department")]),
    # --- round 11: an organization's span the NER ran on into a person's name after an acronym ------
    ("name-split-trailing-person-acronym", "Russia's envoy to the UN Vassily Nebenzia said so. Mr Flanagan was "
     "responding to comments by Labour MP Gisela Stuart, who co-chaired the Vote Leave campaign.",
     [("MEMBER_OF", "Vassily Nebenzia", "Russia", A), ("MEMBER_OF", "Gisela Stuart", "Labour", A)], []),
    # --- round 11: "on the sidelines of" an event is at it ---------------------------------------
    ("attend-on-the-sidelines", "Sergey Lavrov met Rex Tillerson on the sidelines of the G20 summit in Bonn. "
     "Denis Manturov said on the sidelines of the Gaidar Forum that Russia would sell the jets.",
     [("ATTENDED", "Sergey Lavrov", "G20 summit", A), ("ATTENDED", "Denis Manturov", "Gaidar Forum", A)], []),
    # --- round 12: a hyphen between two capitalised words is a name's own, not a lost space -------
    ("hyphen-in-a-name-kept", "At least eight people were injured, according to Interior Ministry spokesman "
     "Pierre-Henry Brandet. Matt Levatich, president and CEO of Harley-Davidson Inc., said so.",
     [("MEMBER_OF", "Pierre-Henry Brandet", "Interior Ministry", A), ("LEADER_OF", "Matt Levatich", "Harley-Davidson Inc", A)], []),
    ("hyphen-lost-space-before-a-name", "Hungarian-Prime Minister Viktor Orban spoke. Deputy Assistant Commissioner of "
     "the Metropolitan Police-Neil Basu told reporters so.",
     [("LEADER_OF", "Viktor Orban", "Hungary", A), ("MEMBER_OF", "Neil Basu", "Metropolitan Police", A)], []),
    ("hyphen-name-begun-before-it", "James Guillochon, a researcher at the Harvard-Smithsonian Center, said so.",
     [("MEMBER_OF", "James Guillochon", "Harvard-Smithsonian Center", A)], []),
    # --- round 12: past holders of an office are no rivals of its present holder ------------------
    ("role-past-holder-no-rival", "President Donald Trump spoke about jobs in the United States. The United States "
     "economy grew. Former President Barack Obama had warned of it, and so had then-President Bill Clinton.",
     [("LEADER_OF", "Donald Trump", "United States", A), ("LEADER_OF", "Barack Obama", "United States", A),
      ("LEADER_OF", "Bill Clinton", "United States", A)], []),
    # --- round 12: a portfolio word between an organization and its title is the title's ---------
    ("role-portfolio-word-in-title", "White House budget director Mick Mulvaney said so. CNN political analyst "
     "Mark Preston agreed.",
     [("MEMBER_OF", "Mick Mulvaney", "White House", A), ("MEMBER_OF", "Mark Preston", "CNN", A)],
     [("LEADER_OF", "Mick Mulvaney", "White House")]),
    ("role-portfolio-word-not-a-states", "Russian opposition leader Alexei Navalny was arrested. Senate democratic "
     "leader Chuck Schumer, D-New York, spoke.",
     [], [("LEADER_OF", "Alexei Navalny", "Russia"), ("MEMBER_OF", "Alexei Navalny", "Russia"),
          ("LEADER_OF", "Chuck Schumer", "Senate")]),
    # --- round 12: occupations of an organization's staff -----------------------------------------
    ("role-occupation-staff", "The red squirrel is spreading, according to Wildlife Trusts ecologist Dr Cathleen "
     "Thomas. Mathilde Tissier, a biologist at the University of Strasbourg, said so.",
     [("MEMBER_OF", "Cathleen Thomas", "Wildlife Trusts", A), ("MEMBER_OF", "Mathilde Tissier", "University of Strasbourg", A)],
     []),
    ("role-occupation-a-nationality", "French historian Pierre Nora said so.",
     [], [("MEMBER_OF", "Pierre Nora", "France")]),
    # --- round 12: an appositive title's organization that the parse hung on the name -------------
    ("role-appos-stranded-owner", "There is no boundary for design, says Tom Reed, vice-president for public "
     "affairs at Huawei. Prices will rise, says Maria Lopez, director for regional sales at Siemens.",
     [("MEMBER_OF", "Tom Reed", "Huawei", A), ("MEMBER_OF", "Maria Lopez", "Siemens", A)],
     [("LEADER_OF", "Maria Lopez", "Siemens")]),
    # --- round 12: the subject of an absolute "with" clause ---------------------------------------
    ("absolute-with-subject", "The ban drew a sharp rebuke from Ankara, with Foreign Minister Mevlut Cavusoglu on "
     "Friday accusing Germany of double standards. Police arrested Ali Demir in April, with five of his friends, "
     "accusing them of theft.",
     [("ACCUSED", "Mevlut Cavusoglu", "Germany", A)], []),
    # --- round 12: a named person's surname that the NER read as a date or missed -----------------
    ("surname-read-as-date", "Prime Minister Theresa May visited Edinburgh on Monday. May accused the Scottish "
     "National Party of sacrificing Scotland. Later, May met Nicola Sturgeon. The vote is in May.",
     [("ACCUSED", "Theresa May", "Scottish National Party", A), ("MET", "Theresa May", "Nicola Sturgeon", A)], []),
    ("surname-missed-by-ner", "Attorney General Jeff Sessions spoke on Monday. Sessions met Sergey Kislyak twice "
     "last year, in his Senate office.",
     [("MET", "Jeff Sessions", "Sergey Kislyak", A)], []),
    # --- round 12: a name right after a verb is the verb's, not the title phrase's before it -------
    ("role-phrase-title-verb-between", "Keith Cooper was arrested in 1996. A detective with the Elkhart Police "
     "Department connected Cooper to an armed robbery.",
     [], [("MEMBER_OF", "Keith Cooper", "Elkhart Police Department")]),
    # --- round 12: more organization name endings --------------------------------------------------
    ("org-name-endings-watch-trust", "Human Rights Watch criticizes Israel for severe restrictions. CEO of the "
     "Peter McVerry Trust Pat Doyle said so.",
     [("CRITICIZED", "Human Rights Watch", "Israel", A), ("LEADER_OF", "Pat Doyle", "Peter McVerry Trust", A)], []),
    ("given-name-missed-by-ner", "Theresa May spoke on Monday. She accused Russia of meddling in elections, and "
     "Mrs May said so again. Fortune Global said nothing.",
     [("ACCUSED", "Theresa May", "Russia", A)], []),
    # --- round 12: a lost space before a lower-case word; taking a swipe at someone ---------------
    ("lost-space-before-lower-case", "Rex Tillerson -on Friday visited the Demilitarised Zone.",
     [("VISITED", "Rex Tillerson", "Demilitarised Zone", A)], []),
    ("criticize-swipe-at", "Donald Trump took a swipe at China, saying the US had lost 60,000 factories.",
     [("CRITICIZED", "Donald Trump", "China", A)], []),
    # --- round 13: an event held side by side with someone; a person's appearance at an event -----
    ("attend-joint", "Rex Tillerson arrived in Seoul. The policy has ended, Tillerson said during his joint press "
     "conference with his South Korean counterpart Yun Byung-se.",
     [("ATTENDED", "Rex Tillerson", "joint press conference", A), ("ATTENDED", "Yun Byung-se", "joint press conference", A),
      ("MET", "Rex Tillerson", "Yun Byung-se", A)], []),
    ("attend-joint-not-talks", "Rex Tillerson said during the talks with Yun Byung-se that the policy had ended.",
     [("MET", "Rex Tillerson", "Yun Byung-se", A)],
     [("ATTENDED", "Rex Tillerson", "talks"), ("ATTENDED", "Yun Byung-se", "talks")]),
    ("attend-noun", "Scott Pruitt said during his appearance at the Conservative Political Action Conference that "
     "the agency would shrink. The presence of the United States and Jordan at the Astana talks helped.",
     [("ATTENDED", "Scott Pruitt", "Conservative Political Action Conference", A),
      ("ATTENDED", "United States", "Astana talks", A), ("ATTENDED", "Jordan", "Astana talks", A)], []),
    ("attend-noun-not-a-campaign", "Scott Pruitt repeated the claim in his speeches during the campaign.",
     [], [("ATTENDED", "Scott Pruitt", "campaign")]),
    # --- round 13: close ties, kept ties, joint work with someone, joined forces ------------------
    ("cooperate-ties-modified", "North Korea and Malaysia have maintained ties since the 1970s. Serbia has close ties "
     "to China. Relations between Hungary and Austria had been particularly warm.",
     [("COOPERATES_WITH", "North Korea", "Malaysia", A), ("COOPERATES_WITH", "Serbia", "China", A),
      ("COOPERATES_WITH", "Hungary", "Austria", A)], []),
    ("cooperate-ties-modified-not-soured", "Ties between Turkey and the Netherlands have soured. Relations between "
     "Hungary and Austria have not been warm. Poland has ties to Russia.",
     [], [("COOPERATES_WITH", "Turkey", "Netherlands"), ("COOPERATES_WITH", "Poland", "Russia")]),
    ("cooperate-joint-with", "The United States conducted a joint mission with Japan in the South China Sea. China "
     "joined forces with Russia to block the resolution.",
     [("COOPERATES_WITH", "United States", "Japan", A), ("COOPERATES_WITH", "China", "Russia", A)], []),
    # --- round 13: an accusation made in speech ---------------------------------------------------
    ("accuse-speech", "Senator Mark Dorsey said Russia sought to hijack the election. Tom Reyes claimed on "
     "Friday that Paul Landry wiretapped his office. Landry insisted that he was bugged by Iran. Spain "
     "was behind the leaks, Greta Olsen said.",
     [("ACCUSED", "Mark Dorsey", "Russia", A), ("ACCUSED", "Tom Reyes", "Paul Landry", A),
      ("ACCUSED", "Paul Landry", "Iran", A), ("ACCUSED", "Greta Olsen", "Spain", A)], []),
    ("accuse-speech-not", "Senator Mark Dorsey said Russia did not hack the election. Tom Reyes asked whether "
     "Iran hacked it. Greta Olsen said Spain could hack it. Taliban spokesman Zabihullah Mujahid said the group "
     "was responsible for the attack. Paul Landry did not say that Cuba was behind it.",
     [], [("ACCUSED", "Mark Dorsey", "Russia"), ("ACCUSED", "Tom Reyes", "Iran"), ("ACCUSED", "Greta Olsen", "Spain"),
          ("ACCUSED", "Zabihullah Mujahid", "Taliban"), ("ACCUSED", "Paul Landry", "Cuba")]),
    ("criticize-speech", "Senator Mark Dorsey said Russia was a threat. Greta Olsen warned that Spain's approach to "
     "democracy is deeply problematic. Tom Reyes said Paul Landry was a \"dangerous man\".",
     [("CRITICIZED", "Mark Dorsey", "Russia", A), ("CRITICIZED", "Greta Olsen", "Spain", A),
      ("CRITICIZED", "Tom Reyes", "Paul Landry", A)], []),
    ("criticize-speech-not", "Senator Mark Dorsey said Russia was not a threat. Greta Olsen said the European Union "
     "was an unprecedented model for peaceful cooperation. Tom Reyes asked whether Paul Landry was dangerous.",
     [], [("CRITICIZED", "Mark Dorsey", "Russia"), ("CRITICIZED", "Greta Olsen", "European Union"),
          ("CRITICIZED", "Tom Reyes", "Paul Landry")]),
    # --- round 13: a party's name of several words, without "Party", in front of a person's name ---
    ("party-label-several-words", "Ulster Unionist Mike Nesbitt said power-sharing had failed. The Ulster Unionist "
     "Party lost two seats, and Scottish Conservative leader Ruth Davidson blamed the Scottish Conservative Party.",
     [("MEMBER_OF", "Mike Nesbitt", "Ulster Unionist Party", A), ("MEMBER_OF", "Ruth Davidson", "Scottish Conservative Party", A)],
     []),
    # --- round 13: more portfolio adjectives on a head's title ----------------------------------------
    ("role-portfolio-adjective-humanitarian-military", "UN humanitarian chief Stephen O'Brien said 14 countries had "
     "pledged money. Curtis Scaparrotti, who is also NATO's top military commander, did not say more.",
     [("MEMBER_OF", "Stephen O'Brien", "UN", A), ("MEMBER_OF", "Curtis Scaparrotti", "NATO", A)],
     [("LEADER_OF", "Stephen O'Brien", "UN"), ("LEADER_OF", "Curtis Scaparrotti", "NATO")]),
    # --- round 13: a backer named by the one backed in front of the noun -----------------------------
    ("support-backer-compound", "Jeff Sessions, then a senator, was an early Donald Trump backer. George Soros, a "
     "major Democratic Party donor, spoke. John Terry, a Chelsea defender, scored. Anna Berg is a Wimbledon champion.",
     [("SUPPORTS", "Jeff Sessions", "Donald Trump", A), ("SUPPORTS", "George Soros", "Democratic Party", A)],
     [("SUPPORTS", "John Terry", "Chelsea"), ("SUPPORTS", "Anna Berg", "Wimbledon")]),
    # --- round 13: a reduced passive's agent is its subject; a passive relative's subject its head ---
    ("reduced-passive-agent", "Beijing Design Week is China's leading design festival, organized by the Ministry of "
     "Culture. He spoke at the Renminbi World Conference, which was organized by the Asian Banker. The Five Star "
     "Movement, led by comedian Beppe Grillo, gained.",
     [("ORGANIZED", "Ministry of Culture", "design festival", A), ("ORGANIZED", "Asian Banker", "Renminbi World Conference", A),
      ("LEADER_OF", "Beppe Grillo", "Five Star Movement", A)], []),
    # --- round 13: a body named beside the noun that says whose body it is ------------------------
    ("part-owned-body", "The EU statistics office, Eurostat, said growth slowed. The UN's refugee agency (UNHCR) said "
     "aid was needed. The EPA's research arm, the Office of Research and Development, could see a cut.",
     [("PART_OF", "Eurostat", "EU", A), ("PART_OF", "UNHCR", "UN", A),
      ("PART_OF", "Office of Research and Development", "EPA", A)], []),
    ("part-owned-body-not-across-a-dash", "Bosch set up a team for its businesses in China - subsidiaries Bosch "
     "Software Innovations and Bosch Sensortec.",
     [], [("PART_OF", "Bosch Software Innovations", "China"), ("PART_OF", "Bosch Sensortec", "China")]),
    # --- round 13: looking forward to something: it has not happened -----------------------------
    ("modality-look-forward", "Donald Trump looks forward to working with Xi Jinping. Olaf Scholz said he looked "
     "forward to meeting Joe Biden.",
     [("COOPERATES_WITH", "Donald Trump", "Xi Jinping", N), ("MET", "Olaf Scholz", "Joe Biden", N)],
     [("COOPERATES_WITH", "Donald Trump", "Xi Jinping"), ("MET", "Olaf Scholz", "Joe Biden")]),
    # --- round 14: a contributor line names the organization's people, however the list parses -----
    ("role-contributor-line", "Associated Press writers Anna Berg in Oslo and Tomas Weber in Vienna contributed to this "
     "report. ProPublica reporter Lena Fischer and research editor Omar Haddad contributed reporting.",
     [("MEMBER_OF", "Anna Berg", "Associated Press", A), ("MEMBER_OF", "Tomas Weber", "Associated Press", A),
      ("MEMBER_OF", "Lena Fischer", "ProPublica", A), ("MEMBER_OF", "Omar Haddad", "ProPublica", A)], []),
    ("role-contributor-line-not-a-clause", "ABC News said Anna Berg contributed to this report. The Associated Press "
     "contributed to this report.",
     [], [("MEMBER_OF", "Anna Berg", "ABC News")]),
    # --- round 14: a verdict on a small clause's subject ("called X's remarks demoralizing") ---------
    ("verdict-small-clause", "Judge Maria Lopez called President Joe Biden's remarks on the courts \"demoralizing\". "
     "Anna Berg called Olaf Scholz's remarks helpful.",
     [("CRITICIZED", "Maria Lopez", "Joe Biden", A)], [("CRITICIZED", "Anna Berg", "Olaf Scholz")]),
    # --- round 14: a portfolio of several words names no organization -------------------------------
    ("role-portfolio-coordinated", "Kenya's Agriculture, Forestry and Fisheries Minister Anna Berg said the crop "
     "failed. Oil Minister Tomas Weber of Norway spoke.",
     [("MINISTER_OF", "Anna Berg", "Kenya", A), ("MINISTER_OF", "Tomas Weber", "Norway", A)],
     [("MEMBER_OF", "Anna Berg", "Agriculture"), ("MEMBER_OF", "Tomas Weber", "Oil")]),
    ("role-portfolio-phrase", "Irish Minister for Health Lena Fischer said the bill would pass. The question was "
     "raised by the Minister for Health with the committee.",
     [("MINISTER_OF", "Lena Fischer", "Ireland", A)], [("MEMBER_OF", "Lena Fischer", "Minister for Health")]),
    # --- round 14: whoever speaks or acts at a gathering attended it ------------------------------
    ("attend-acting-at-event", "Olaf Scholz defended the budget at a news conference on Monday. Maria Lopez said "
     "at the daily briefing that the order stands.",
     [("ATTENDED", "Olaf Scholz", "news conference", A), ("ATTENDED", "Maria Lopez", "daily briefing", A)], []),
    # --- round 14: the speaker outside a quotation is not someone it names; a speaker goes on ---------
    ("pronoun-not-from-the-quote", 'Tomas Weber spoke in Oslo. "I expect Olaf Scholz to keep his promises," he said '
     'at a news conference on Monday.',
     [("ATTENDED", "Tomas Weber", "news conference", A)], [("ATTENDED", "Olaf Scholz", "news conference")]),
    ("pronoun-speaker-goes-on", 'Myron Ebell said President Joe Biden was determined. "He will keep his promises," '
     'he said at a news conference in London on Monday.',
     [("ATTENDED", "Myron Ebell", "news conference", A)], [("ATTENDED", "Joe Biden", "news conference")]),
    # --- round 14: whom a verb of telling addresses owns no title; a heritage names no state ----------
    ("role-not-the-one-told", "Anonymous sources told Reuters Justice Minister Anna Berg would resign. Officials "
     "told Russian Foreign Minister Sergei Lavrov the news. Tom Brady was seen telling Patriots owner Robert Kraft "
     "that the jersey was gone.",
     [("MINISTER_OF", "Sergei Lavrov", "Russia", A), ("LEADER_OF", "Robert Kraft", "Patriots", A)],
     [("MEMBER_OF", "Anna Berg", "Reuters")]),
    ("role-heritage-not-a-state", "Militants threatened the new Somali-American President Omar Haddad of Somalia. "
     "The Iranian-American journalist Lena Fischer was freed.",
     [("LEADER_OF", "Omar Haddad", "Somalia", A)],
     [("LEADER_OF", "Omar Haddad", "United States"), ("MEMBER_OF", "Lena Fischer", "United States")]),
    # --- round 14: the seat of a head of state the article names gives a bare title its state -------
    ("role-title-seat", "The US raid in Yemen killed civilians. Yemen said the raid was illegal. Yemen protested. "
     "The White House said President Joe Biden approved the raid.",
     [("LEADER_OF", "Joe Biden", "United States", A)], [("LEADER_OF", "Joe Biden", "Yemen")]),
    ("role-title-seat-unnamed-state", "Syria said the strike was illegal. Syria protested. Syria asked for a "
     "meeting. The White House said President Joe Biden approved the strike.",
     [], [("LEADER_OF", "Joe Biden", "Syria")]),
    ("role-title-seat-administration", "A US drone struck Syria. Syria said the strike was illegal. Syria protested. "
     "Syria asked for a meeting. Under the Obama administration, the White House kept control of such missions.",
     [("LEADER_OF", "Obama", "United States", A)], [("LEADER_OF", "Obama", "Syria")]),
    # --- round 14: who leads a body a state sends serves the state, and does not lead it -------------
    ("lead-detachment", "Oleg Petrov is leading a Russian delegation to the session in Vienna. General Omar Haddad "
     "led Syrian troops into Aleppo. Anna Berg leads the Norwegian Labour Party. The funds are run by Solamere "
     "Capital, an investment team headed by Tomas Weber.",
     [("MEMBER_OF", "Oleg Petrov", "Russia", A), ("MEMBER_OF", "Omar Haddad", "Syria", A),
      ("LEADER_OF", "Anna Berg", "Norwegian Labour Party", A), ("LEADER_OF", "Tomas Weber", "Solamere Capital", A)],
     [("LEADER_OF", "Oleg Petrov", "Russia"), ("LEADER_OF", "Omar Haddad", "Syria")]),
    # --- round 15: a capital stands for its state as a party, a government's seat or a diplomat's host ---
    ("capital-between-parties", "The standoff between Tokyo and Seoul deepened on Monday. Bilateral relations between "
     "Canberra and Jakarta have been cemented by common interests.",
     [("RIVAL_OF", "Japan", "South Korea", A), ("COOPERATES_WITH", "Australia", "Indonesia", A)], []),
    ("capital-between-places", "Flights between Cairo and Amman resumed. The government in Athens criticised the "
     "International Monetary Fund.",
     [("CRITICIZED", "Greece", "International Monetary Fund", A)],
     [("COOPERATES_WITH", "Egypt", "Jordan"), ("RIVAL_OF", "Egypt", "Jordan")]),
    # --- round 15: where a role is held names an organization, whatever the NER says -------------------
    ("name-employer", "Ivan Chuang, an economist at Morgan Stanley in Hong Kong, said growth would slow. Hu Xin, "
     "a senior consultant at Spring Professional, agreed.",
     [("MEMBER_OF", "Ivan Chuang", "Morgan Stanley", A), ("MEMBER_OF", "Hu Xin", "Spring Professional", A)], []),
    ("name-employer-not-a-colleague", "Tom Smith, who worked as a lawyer with Anna Berg for years, met Anna Berg "
     "in Paris. Haid Haid, an associate fellow with the Middle East and North Africa Programme at the London-based "
     "Chatham House, said so.",
     [("MET", "Tom Smith", "Anna Berg", A), ("MEMBER_OF", "Haid Haid", "Chatham House", A)],
     [("MEMBER_OF", "Tom Smith", "Anna Berg"), ("MEMBER_OF", "Haid Haid", "Middle East")]),
    # --- round 15: who heads or serves in a unit of an organization is a member of the organization ---
    ("role-unit-member", "Hu Kaihong, director of the State Council Information Office's Press Bureau, spoke. "
     "Zamir Kabulov, who is director of the Second Asian Department at the Russian Foreign Ministry, agreed.",
     [("MEMBER_OF", "Hu Kaihong", "State Council Information Office", A),
      ("MEMBER_OF", "Zamir Kabulov", "Russian Foreign Ministry", A)], []),
    ("role-unit-member-possessive", "Li Wei, director of Tsinghua University's School of Environment, said so. "
     "Anna Berg of the University of Limerick's Department of Physical Education led the study. He prayed at "
     "St Mary's Church near the Supreme People's Court.",
     [("MEMBER_OF", "Li Wei", "Tsinghua University", A), ("PART_OF", "School of Environment", "Tsinghua University", A),
      ("MEMBER_OF", "Anna Berg", "University of Limerick", A)], []),
    # --- round 15: a plural title shares its party label with the names it heads ----------------------
    ("role-party-label-plural-title", "Democratic Sens. Joe Manchin of West Virginia and Heidi Heitkamp of North "
     "Dakota, two of the party's more moderate members, backed the nominee. Republican senators Tom Smith and Anna "
     "Berg opposed him.",
     [("MEMBER_OF", "Joe Manchin", "Democratic Party", A), ("MEMBER_OF", "Heidi Heitkamp", "Democratic Party", A),
      ("MEMBER_OF", "Tom Smith", "Republican Party", A), ("MEMBER_OF", "Anna Berg", "Republican Party", A)], []),
    ("role-party-label-chamber", "The Democratic Party objected. Democratic House Minority Leader Nancy Pelosi accused "
     "Jeff Sessions of lying under oath.",
     [("MEMBER_OF", "Nancy Pelosi", "Democratic Party", A), ("ACCUSED", "Nancy Pelosi", "Jeff Sessions", A)], []),
    # --- round 15: a place the NER found stays a place when its first word opens place names -----------
    ("name-place-prefix", "Governor Anna Berg met Tom Smith and North Dakota in San Antonio on Monday.",
     [("MET", "Anna Berg", "Tom Smith", A)], [("MET", "Anna Berg", "North Dakota"), ("MET", "Anna Berg", "San Antonio")]),
    # --- round 15: a name an organization noun describes is an organization -------------------------
    ("name-described-organization", "Anna Berg, a spokeswoman for nursery product brand Silver Cross, said so. Tom "
     "Smith told Sueddeutsche Zeitung, a German daily newspaper, that he would resign. Lena Fischer joined "
     "supermarket chain Lidl as chief executive.",
     [("MEMBER_OF", "Anna Berg", "Silver Cross", A), ("MEMBER_OF", "Lena Fischer", "Lidl", A)],
     [("MEMBER_OF", "Tom Smith", "Sueddeutsche Zeitung")]),
    # --- round 15: a state's organ in lower case on a person's title names an organization of the state ---
    ("name-organ-lower-case", "Chinese foreign ministry spokesman Lu Kang said so. Afghan interior ministry "
     "spokesman Sediq Sediqqi confirmed the attack. The Russian foreign ministry denied the report.",
     [("MEMBER_OF", "Lu Kang", "Chinese foreign ministry", A), ("PART_OF", "Chinese foreign ministry", "China", A),
      ("MEMBER_OF", "Sediq Sediqqi", "Afghan interior ministry", A)], []),
    # --- round 15: a head's executive is led, not joined -------------------------------------------------
    ("role-possessed-executive", "At his press conference, President Tom Smith insisted there was zero chaos in his "
     "White House. President Anna Berg's Justice Department allowed states to forge their own way. Lena Fischer "
     "stacked her Cabinet with allies. Chancellor Olaf Scholz's Social Democratic Party won.",
     [("MEMBER_OF", "Olaf Scholz", "Social Democratic Party", A)],
     [("MEMBER_OF", "Tom Smith", "White House"), ("MEMBER_OF", "Anna Berg", "Justice Department"),
      ("MEMBER_OF", "Lena Fischer", "Cabinet")]),
    ("role-possessed-platform", "Governor Mike Pence communicated via his personal AOL account with top advisors. "
     "The aid was delivered, Ramzan Kadyrov wrote on his Instagram.",
     [], [("MEMBER_OF", "Mike Pence", "AOL"), ("MEMBER_OF", "Ramzan Kadyrov", "Instagram")]),
    # --- round 15: a gathering the parse hangs on the object's "of" phrase is where the subject acted -----
    ("attend-at-event-of-phrase", "Tom Smith defended the legality of the executive order at a White House news "
     "conference. Earlier, Anna Berg attacked the media again at her first solo press conference. Lena Fischer "
     "criticized the quality of the food at the hotel.",
     [("ATTENDED", "Tom Smith", "White House news conference", A), ("ATTENDED", "Anna Berg", "solo press conference", A)],
     [("ATTENDED", "Lena Fischer", "hotel")]),
    ("attend-delegation", "Oleg Petrov is leading a Russian delegation to the current session of the commission. "
     "Japan sent a delegation to the climate summit. Anna Berg led a delegation to Oslo.",
     [("ATTENDED", "Oleg Petrov", "current session", A), ("ATTENDED", "Japan", "climate summit", A)], []),
    # --- round 15: more occupations make a member of where they are practised ---------------------------
    ("role-occupation-at", "Din Mohammad, a doctor at the Lashkar Gah Hospital, confirmed the death toll. Anna Berg, "
     "a surgeon at Boston Children's Hospital, said so. Tom Smith, a Russian doctor, agreed.",
     [("MEMBER_OF", "Din Mohammad", "Lashkar Gah Hospital", A), ("MEMBER_OF", "Anna Berg", "Boston Children's Hospital", A)],
     [("MEMBER_OF", "Tom Smith", "Russia")]),
    # --- round 16: a gathering's verb of inclusion names who took part (inverse frame) ------------------
    ("attend-involving", "The regional talks featured Finland, Estonia and Latvia. The first session of a joint "
     "commission comprising representatives of Chile, Peru and the United Nations opened in Lima. The exercises, which "
     "involved Australian troops, ended on Friday.",
     [("ATTENDED", "Finland", "regional talks", A), ("ATTENDED", "Estonia", "regional talks", A),
      ("ATTENDED", "Latvia", "regional talks", A), ("ATTENDED", "Chile", "session", A), ("ATTENDED", "Peru", "session", A),
      ("ATTENDED", "United Nations", "session", A), ("ATTENDED", "Australia", "exercises", A)], []),
    ("attend-involving-not", "The talks in Geneva did not include Iran. The attack involved two gunmen from Syria. "
     "The election involved the Labour Party.",
     [], [("ATTENDED", "Iran", "talks"), ("ATTENDED", "Syria", "attack"), ("ATTENDED", "Labour Party", "election")]),
    # --- round 16: a plural group noun's "of" phrase lists all its owners ---------------------------------
    ("owners-plural-list", "The governments of France and Germany criticized Russia. The government of Japan and "
     "Canada Post welcomed the deal.",
     [("CRITICIZED", "France", "Russia", A), ("CRITICIZED", "Germany", "Russia", A)],
     [("SUPPORTS", "Canada", "deal")]),
    # --- round 16: a reciprocal pronoun makes the coordinated subjects each other's objects --------------
    ("reciprocal-object", "Afghanistan and Pakistan have long accused each other of failing to crack down on "
     "militants. Argentina and Chile have supported one another since 2016. Iran and Saudi Arabia are fighting "
     "against each other in Yemen.",
     [("ACCUSED", "Afghanistan", "Pakistan", A), ("ACCUSED", "Pakistan", "Afghanistan", A),
      ("SUPPORTS", "Argentina", "Chile", A), ("SUPPORTS", "Chile", "Argentina", A),
      ("AT_WAR_WITH", "Iran", "Saudi Arabia", A)], []),
    ("reciprocal-object-not", "Anna Berg and Tom Smith have known each other for years. India and Nepal border "
     "each other.",
     [], [("MET", "Anna Berg", "Tom Smith"), ("RIVAL_OF", "India", "Nepal")]),
    # --- round 16: an organization's national branch is one name; its country is no actor -------------
    ("org-national-branch", "Maria Lopez, the director of Human Rights Watch Mexico, told reporters the aid had "
     "stopped. Amnesty International UK criticized Britain.",
     [("LEADER_OF", "Maria Lopez", "Human Rights Watch Mexico", A),
      ("CRITICIZED", "Amnesty International UK", "United Kingdom", A)], []),
    # --- round 16: named gatherings by their last word, a bare "event", speaking to a gathering -----------
    ("event-names-and-audiences", "Addressing the annual Helsinki Energy Symposium on Monday, Anna Berg said prices "
     "would fall. Tom Smith announced the plan at a White House event. \"Should we wait?\" Jean Dupont asked a "
     "conference in the city of Leuven.",
     [("ATTENDED", "Anna Berg", "Helsinki Energy Symposium", A), ("ATTENDED", "Tom Smith", "White House event", A),
      ("ATTENDED", "Jean Dupont", "conference", A)], []),
    ("event-conditional-idiom", "In the event Tom Smith was not there, the army would find him. In the event of war, "
     "Anna Berg would stay. Jean Dupont took part in the event in Paris.",
     [("ATTENDED", "Jean Dupont", "event", A)],
     [("ATTENDED", "Tom Smith", "event"), ("ATTENDED", "Anna Berg", "event")]),
    # --- round 16: "the fight against X", "battled with X"; a named possessor is the noun's agent --------
    ("war-fight-noun", "Keeping Iraq on the list could hinder the U.S. fight against ISIS. Iraqi troops battled with "
     "Islamic State fighters in Mosul.",
     [("AT_WAR_WITH", "United States", "ISIS", A), ("AT_WAR_WITH", "Iraq", "Islamic State", A)], []),
    ("noun-agent-possessor", "France fought with Britain against Germany in 1914. Tom Smith's fight against Microsoft "
     "ended in court.",
     [("AT_WAR_WITH", "France", "Germany", A)],
     [("AT_WAR_WITH", "France", "Microsoft"), ("AT_WAR_WITH", "France", "United Kingdom")]),
    # --- round 16: a person's attack with a grievance is one of words -----------------------------------
    ("attack-for-a-reason", "Since Flynn's resignation, Tom Smith has attacked the CIA for the leaks. Anna Berg "
     "attacked the Pentagon over its Syria policy.",
     [("CRITICIZED", "Tom Smith", "CIA", A), ("CRITICIZED", "Anna Berg", "Pentagon", A)],
     [("ATTACKED", "Tom Smith", "CIA"), ("ATTACKED", "Anna Berg", "Pentagon")]),
    ("attack-for-a-reason-not", "Anis Amri attacked Germany for the second time. Russia attacked Ukraine over its "
     "NATO bid in 2014.",
     [("ATTACKED", "Anis Amri", "Germany", A), ("ATTACKED", "Russia", "Ukraine", A)],
     [("CRITICIZED", "Russia", "Ukraine")]),
    # --- round 16: coordinated possessions share their possessor ---------------------------------------
    ("pronoun-parallel-possessive", "Turkey celebrated a milestone in its mission into Syria, its war against ISIL.",
     [("AT_WAR_WITH", "Turkey", "ISIL", A)], [("AT_WAR_WITH", "Syria", "ISIL")]),
    # --- round 16: a "between" phrase the parse tangled names both parties ------------------------------
    ("between-titled-pair", "The first face-to-face meeting between US President Donald Trump and German Chancellor "
     "Angela Merkel started awkwardly yesterday.",
     [("MET", "Angela Merkel", "Donald Trump", A)], [("MET", "Donald Trump", "Germany"), ("MET", "Angela Merkel", "United States")]),
    ("meet-after-meeting", "After a meeting with German Chancellor Angela Merkel on Friday, Tom Smith said trade "
     "should be fairer. Following talks with Sergei Lavrov, Rex Tillerson flew home. After the attack on Anna Berg, "
     "Jean Dupont said the city was safe.",
     [("MET", "Tom Smith", "Angela Merkel", A), ("MET", "Rex Tillerson", "Sergei Lavrov", A)],
     [("ATTACKED", "Jean Dupont", "Anna Berg"), ("CRITICIZED", "Jean Dupont", "Anna Berg")]),
    # --- round 17: seated in a body, titles the NER read as names --------------------------------
    ("role-seated", "Maria Lopez was elected to the European Parliament in 2014. The governor appointed Tom Reyes to "
     "the board of Acme Corp last year. Trump nominated Neil Gorsuch to the Supreme Court.",
     [("MEMBER_OF", "Maria Lopez", "European Parliament", A), ("MEMBER_OF", "Tom Reyes", "Acme Corp", A)],
     [("MEMBER_OF", "Neil Gorsuch", "Supreme Court")]),
    ("name-split-trailing-person-place", "Greek Ambassador to the Republic of Cyprus Ioannis Pappas said so on Monday. "
     "Chairperson of the Bank of Russia Elvira Nabiullina spoke to TASS.",
     [("MEMBER_OF", "Ioannis Pappas", "Greece", A)], [("LEADER_OF", "Elvira Nabiullina", "Russia")]),
    ("name-title-not-organization", "Armenia's Special Representative for Relations with Turkey, Arman Kirakossian "
     "told reporters on Tuesday. European Energy Commissioner Miguel Arias Canete said the plan would work.",
     [("MEMBER_OF", "Arman Kirakossian", "Armenia", A)],
     [("MEMBER_OF", "Arman Kirakossian", "Turkey"), ("MEMBER_OF", "Miguel Arias Canete", "European Energy")]),
    ("name-strip-trailing-title-words", "UN Special Coordinator for Iraq Martin Griffiths said the talks would go on. "
     "Associated Press writer Jon Gambrell contributed to this report. Front National leader Marine Le Pen "
     "spoke in Lyon.",
     [("MEMBER_OF", "Martin Griffiths", "UN", A), ("MEMBER_OF", "Jon Gambrell", "Associated Press", A),
      ("LEADER_OF", "Marine Le Pen", "Front National", A)], [("MEMBER_OF", "Martin Griffiths", "Iraq")]),
    ("name-hyphenated-acronym", "Tendai Biti, a ZANU-PF lawmaker, spoke on Monday. INMO-HSE talks resume. The "
     "INMO said the HSE had failed.",
     [("MEMBER_OF", "Tendai Biti", "ZANU-PF", A)], [("MEMBER_OF", "Tendai Biti", "PF"), ("MET", "INMO", "HSE")]),
    ("role-party-label-not-owner", "Bill Smith, the Republican mayor of nearby Fort Lee, was angry.",
     [("MEMBER_OF", "Bill Smith", "Republican Party", A)], [("LEADER_OF", "Bill Smith", "Republican Party")]),
    ("role-rapporteur", "Philip Alston, the UN special rapporteur on extreme poverty, spoke in Geneva.",
     [("MEMBER_OF", "Philip Alston", "UN", A)], []),
    ("part-owned-by", "WhatsApp, which is owned by Facebook Inc, grew fast in India.",
     [("PART_OF", "WhatsApp", "Facebook Inc", A)], []),
    ("deny-verdict", "Estonia accused Russia of plotting a cyber attack. Moscow branded the accusation \"absurd.\" "
     "The US accused Iran of arming the rebels. Iran called the claims baseless. Spain called Catalonia's vote illegal.",
     [("DENIED", "Russia", "Estonia", A), ("DENIED", "Iran", "United States", A)],
     [("DENIED", "Spain", "Catalonia")]),
    ("accuse-hold-responsible", "Kiev holds Moscow accountable for the downing of the airliner. CNN holds the "
     "Egyptian authorities responsible for the reporter's safety. Sergei Lavrov held talks with Rex Tillerson on "
     "Friday.",
     [("ACCUSED", "Ukraine", "Russia", A), ("ACCUSED", "CNN", "Egypt", A), ("MET", "Sergei Lavrov", "Rex Tillerson", A)],
     [("ACCUSED", "Sergei Lavrov", "Rex Tillerson")]),
    ("role-apposition-hyphenated-title", "Maria Lopez, the co-founder of the Green Future Alliance, spoke on Monday. "
     "Anna Berg, the vice-president of the European Commission, spoke on Tuesday.",
     [("MEMBER_OF", "Maria Lopez", "Green Future Alliance", A), ("MEMBER_OF", "Anna Berg", "European Commission", A)],
     [("LEADER_OF", "Anna Berg", "European Commission")]),
    ("attend-involving-no-weapon-makers", "The exercises involve 2,000 troops and aircraft of the Indian Air Force, "
     "including Boeing Apache attack helicopters and Sukhoi Su-30 fighter jets.",
     [("ATTENDED", "Indian Air Force", "exercises", A)], [("ATTENDED", "Boeing Apache", "exercises")]),
    ("role-nearest-state-not-a-topic", "President Ann Lee outlined her Syria policy on Monday.",
     [], [("LEADER_OF", "Ann Lee", "Syria")]),
    ("role-nearest-state-owns-the-policy", "That, coupled with uncertainty surrounding US policy on Syria under "
     "President Tom Hale, has left the opposition weak.",
     [("LEADER_OF", "Tom Hale", "United States", A)], [("LEADER_OF", "Tom Hale", "Syria")]),
    ("name-nationality-run-into-name", "Last month, the Islamic State claimed responsibility for a suicide bombing "
     "in the capital that killed dozens of people. Russian Foreign Minister Sergei Lavrov met Rex Tillerson in the "
     "city on Monday to discuss the war.",
     [("ORGANIZED", "Islamic State", "suicide bombing", A), ("MINISTER_OF", "Sergei Lavrov", "Russia", A)],
     [("MEMBER_OF", "Sergei Lavrov", "Russian Foreign")]),
    ("attack-verbs-of-violence", "In August 2015 the militants of ISIS beheaded Khaled al-Asaad, a retired "
     "archaeologist. Boris Nemtsov was murdered by gunmen from Chechnya in 2015, and Anna Politkovskaya was "
     "poisoned by Russian agents, her family said.",
     [("ATTACKED", "ISIS", "Khaled al-Asaad", A), ("ATTACKED", "Russia", "Anna Politkovskaya", R)], []),
    ("party-label-plural-title-ends-at-the-next", "Other sponsors are Republican Senators Ted Young and Jim Risch, "
     "and Democrat Senators Amy Klobuchar and Jon Tester.",
     [("MEMBER_OF", "Jim Risch", "Republican Party", A), ("MEMBER_OF", "Jon Tester", "Democratic Party", A)],
     [("MEMBER_OF", "Amy Klobuchar", "Republican Party"), ("MEMBER_OF", "Jon Tester", "Republican Party")]),
    ("name-nationality-describing-a-noun", "Kazikov, who was also a deputy head of the Russian Olympic team's "
     "delegation at the 2012 Games in London, added a remark.",
     [("MEMBER_OF", "Kazikov", "Russia", A)], []),
    ("role-fronted-title", "Head of the right-wing Sweden Democrats party, Jimmie Akesson is currently the "
     "front-runner.",
     [("LEADER_OF", "Jimmie Akesson", "Sweden Democrats", A)], []),
    ("event-edition-year", "Chen Wei spoke at the Asia Fintech Forum 2016, which was organized by the Asian Banker. "
     "Lisbon will host the Web Summit 2017 in November, the organizers said.",
     [("ORGANIZED", "Asian Banker", "Asia Fintech Forum 2016", A), ("ATTENDED", "Chen Wei", "Asia Fintech Forum 2016", A),
      ("ORGANIZED", "Portugal", "Web Summit 2017", N)], []),
    # --- round 18: an event's name takes a hyphenated word whole; a part's phrase ------------------
    ("event-hyphenated-modifier", "Diplomats said Chile raised the issue during a closed-door UN meeting. Leaders of "
     "Peru and Bolivia attended the two-day summit in Lima. India attended the Indo-Pacific summit in Tokyo.",
     [("ATTENDED", "Chile", "closed-door UN meeting", R), ("ATTENDED", "Peru", "two-day summit", A),
      ("ATTENDED", "India", "Indo-Pacific summit", A)], []),
    ("role-subbody-working-group", "Anna Weber is the chairman of the SPD working group on migration and diversity.",
     [("MEMBER_OF", "Anna Weber", "SPD", A)], [("LEADER_OF", "Anna Weber", "SPD")]),
    ("role-title-dominant-minister", "Chile will raise its sales tax next year. The plan worries Chile's exporters. "
     "Finance Minister Ana Rojas said the economy was strong. Minister Tom Berg agreed. California Attorney General "
     "Jim Hale disagreed.",
     [("MINISTER_OF", "Ana Rojas", "Chile", A)],
     [("MINISTER_OF", "Tom Berg", "Chile"), ("MINISTER_OF", "Jim Hale", "Chile")]),
    # --- round 18: charges and convictions ----------------------------------------------------------
    ("accuse-passive-gerund", "Tom Smith was accused of murdering Anna Berg. Jan Kowalski is suspected of "
     "kidnapping Maria Lopez.",
     [("ATTACKED", "Tom Smith", "Anna Berg", L), ("ATTACKED", "Jan Kowalski", "Maria Lopez", L)],
     [("ATTACKED", "Tom Smith", "Anna Berg"), ("ATTACKED", "Jan Kowalski", "Maria Lopez")]),
    ("attack-charged-with", "Tom Smith has been charged with the murder of Anna Berg. Prosecutors charged Jan "
     "Kowalski with the killing of Maria Lopez. Omar Haddad was convicted of the murder of Ali Hassan.",
     [("ATTACKED", "Tom Smith", "Anna Berg", L), ("ATTACKED", "Jan Kowalski", "Maria Lopez", L),
      ("ATTACKED", "Omar Haddad", "Ali Hassan", A)],
     [("ATTACKED", "Tom Smith", "Anna Berg"), ("ATTACKED", "Jan Kowalski", "Maria Lopez")]),
    # --- round 18: an attack told by its weapons or by the ground taken back ------------------------
    ("attack-fire-at", "Chilean army helicopters are firing rockets at Hamas positions. Peru launched two missiles "
     "into the Sea of Japan. The president fired Tom Smith on Tuesday.",
     [("ATTACKED", "Chile", "Hamas", A)],
     [("ATTACKED", "Peru", "Sea of Japan"), ("ATTACKED", "Peru", "Japan")]),
    ("attack-open-fire", "Chilean police opened fire on Hamas positions in Gaza.",
     [("ATTACKED", "Chilean police", "Hamas", A)], []),   # the state's police act (row name-organ-acting)
    ("attack-retake-from", "Chilean security forces retook Tikrit from Hezbollah in April 2015.",
     [("ATTACKED", "Chile", "Hezbollah", A)], []),
    ("name-described-by-a-title", "Tunde Okafor, director of the think-tank Global Futures, said the figures were "
     "surprising.",
     [("LEADER_OF", "Tunde Okafor", "Global Futures", A)], []),
    ("role-title-description-not-a-place", "Tom Berg met with the Chilean leader in Santiago's Great Hall on Sunday. "
     "Hours before their meeting, Peru conducted a rocket test, with leader Ana Rojas declaring the new birth of its "
     "rocket industry. The mayor of Springfield spoke on Monday. Mayor Jan Kowalski said the budget was tight.",
     [("LEADER_OF", "Jan Kowalski", "Springfield", A)], [("LEADER_OF", "Ana Rojas", "Great Hall")]),
    ("lead-presupposed", "Latest opinion polls suggest the Liberal Party led by Tom Smith and the Green Party led by "
     "Anna Berg are in a tight race.",
     [("LEADER_OF", "Tom Smith", "Liberal Party", A), ("LEADER_OF", "Anna Berg", "Green Party", A)], []),
    ("role-remit-for-posted", "The UN chief is very pleased with the work of his Special Envoy for Chile Anna Berg. "
     "Peru's Special Envoy for Bolivia Tom Smith said talks would resume.",
     [("MEMBER_OF", "Tom Smith", "Peru", A)],
     [("MEMBER_OF", "Anna Berg", "Chile"), ("MEMBER_OF", "Tom Smith", "Bolivia")]),
    ("role-name-inside-a-title", "The EU's chief Brexit negotiator, Jan Kowalski, tweeted that his team was ready.",
     [("MEMBER_OF", "Jan Kowalski", "EU", A)], [("LEADER_OF", "Brexit", "EU")]),
    ("role-title-dominant-home-office", "Chile will raise its sales tax next year. The plan worries Chile's exporters. "
     "Vice President Ana Rojas said the economy was strong. Ambassador Tom Berg disagreed.",
     [("MEMBER_OF", "Ana Rojas", "Chile", A)], [("MEMBER_OF", "Tom Berg", "Chile")]),
    ("criticize-fire-back", "Senator Anna Berg has fired back at Tom Smith, saying he takes orders from the party. "
     "Police said Jan Kowalski fired at Omar Haddad from a car.",
     [("CRITICIZED", "Anna Berg", "Tom Smith", A)], [("CRITICIZED", "Jan Kowalski", "Omar Haddad")]),
    ("criticize-disagreement", "Chile expressed its disagreement with the policies of Tom Smith.",
     [("CRITICIZED", "Chile", "Tom Smith", A)], []),
    ("support-backer-named", "Labour Party donor Tom Smith said the vote was wrong.",
     [("SUPPORTS", "Tom Smith", "Labour Party", A)], []),
    ("support-backed-by-advisers", "Chilean forces, backed by Peruvian advisers and air support, cleared the town.",
     [("SUPPORTS", "Peru", "Chile", A)], []),
    ("role-heads-a-part", "Anna Berg, who heads the Paris office of Amnesty International, said the law was unfair. "
     "Tom Smith oversees Human Rights Watch's research and reporting.",
     [("MEMBER_OF", "Anna Berg", "Amnesty International", A), ("MEMBER_OF", "Tom Smith", "Human Rights Watch", A)],
     [("LEADER_OF", "Anna Berg", "Amnesty International"), ("LEADER_OF", "Tom Smith", "Human Rights Watch")]),
    ("role-relative-on-a-description", "The talks will fail, said Jan Kowalski, a former diplomat who is now a visiting "
     "professor at Ritsumeikan University in Kyoto.",
     [("MEMBER_OF", "Jan Kowalski", "Ritsumeikan University", A)], []),
    ("role-beat-before-title", "Tom Smith, a Reuters White House correspondent, asked a question. Reuters White House "
     "correspondent Anna Berg asked another.",
     [("MEMBER_OF", "Tom Smith", "Reuters", A), ("MEMBER_OF", "Anna Berg", "Reuters", A)],
     [("MEMBER_OF", "Tom Smith", "White House"), ("MEMBER_OF", "Anna Berg", "White House")]),
    ("owners-person-advisers", "Chilean advisers met Peruvian officials in Lima. Tom Smith, one of Anna Berg's closest "
     "advisers who met with Bolivian officials, will testify.",
     [("MET", "Chile", "Peru", A)], [("MET", "Anna Berg", "Bolivia")]),
    ("support-backer-named-not-a-nationality", "ATTACKERS: Chile-based Hezbollah supporters (Chilean) wounded two men.",
     [], [("SUPPORTS", "Chile", "Hezbollah")]),
    ("owners-people-of-no-state", "Raqqa is largely surrounded by US-backed Syrian Kurdish forces. Iraqi Shiite militias "
     "attacked Tikrit. Turkish troops shelled Afrin. The Dominican, Venezuelan and Trinidadian presidents appeared at "
     "the ceremonies.",
     [("ATTACKED", "Turkey", "Afrin", A), ("ATTENDED", "Venezuela", "ceremonies", A)],
     [("SUPPORTS", "United States", "Syria"), ("ATTACKED", "Iraq", "Tikrit")]),
    ("description-with-its-name", "Posters in Lima read: \"Islam will conquer Europe\". In his tweet, Tom Smith accused "
     "Jan Kowalski, who heads the pro-European, social-liberal D66 party, of lying.",
     [("LEADER_OF", "Jan Kowalski", "D66", A)], [("LEADER_OF", "Jan Kowalski", "Islam")]),
    ("role-title-ministry", "The Chilean Defense Ministry will get ten new fighters this year, First Deputy Defense "
     "Minister Tom Berg told the media. Peru and Bolivia will buy more. Finance Minister Ana Rojas disagreed.",
     [("MINISTER_OF", "Tom Berg", "Chile", A)], [("MINISTER_OF", "Ana Rojas", "Chile")]),
    ("part-named-programme", "The UN said aid would resume. Last month, the UN World Food Programme cut food rations "
     "by half.",
     [("PART_OF", "UN World Food Programme", "UN", A)], []),
    ("attend-where", "The plant closed after Chile's annual legislative sessions, where Premier Ana Rojas promised to "
     "cut coal use. Tom Smith visited the city where Jan Kowalski was born.",
     [("ATTENDED", "Ana Rojas", "legislative sessions", A)], []),
    ("role-described-antecedent", "On Sunday, Ana Rojas spoke to reporters in Lima. The Peruvian president accused Chile "
     "of spying.",
     [("LEADER_OF", "Ana Rojas", "Peru", A), ("ACCUSED", "Ana Rojas", "Chile", A)], []),
    ("role-described-antecedent-minister", "Tom Berg arrived in Geneva on Monday. Norway's foreign minister met Jan "
     "Kowalski there.",
     [("MINISTER_OF", "Tom Berg", "Norway", A), ("MET", "Tom Berg", "Jan Kowalski", A)], []),
    ("role-described-antecedent-two-people", "Tom Berg met Jan Kowalski in Oslo. The Polish president said the talks "
     "went well.",
     [("MET", "Tom Berg", "Jan Kowalski", A)], [("LEADER_OF", "Tom Berg", "Poland"), ("LEADER_OF", "Jan Kowalski", "Poland")]),
    ("role-described-antecedent-object", "Two women were charged with the murder of Jan Kowalski. Poland's prime "
     "minister said the case was closed.",
     [], [("LEADER_OF", "Jan Kowalski", "Poland")]),
    ("role-described-antecedent-relative", "Jan Kowalski died in Warsaw on Friday. He was the half-brother of Poland's "
     "president.",
     [], [("LEADER_OF", "Jan Kowalski", "Poland")]),
    ("attack-owned-asset", "Turkey downed a Russian jet near the Syrian border in 2015.",
     [("ATTACKED", "Turkey", "Russia", A)], [("ATTACKED", "Turkey", "Syria")]),
    ("attack-by-strikes", "US air strikes killed Abdi Warsame in Somalia on Tuesday.",
     [("ATTACKED", "United States", "Abdi Warsame", A)], [("ATTACKED", "Somalia", "Abdi Warsame")]),
    ("attack-militants-from-a-group", "Militants from Boko Haram attacked a Nigerian army base on Sunday.",
     [("ATTACKED", "Boko Haram", "Nigeria", A)], []),
    ("attack-rebels-from-a-state", "Rebels from Syria attacked a Turkish outpost on Sunday.",
     [], [("ATTACKED", "Syria", "Turkey")]),
    ("criticize-liken", "Ahmet Demir likened the Netherlands to a banana republic on Sunday.",
     [("CRITICIZED", "Ahmet Demir", "Netherlands", A)], []),
    ("criticize-liken-owned", "Ahmet Demir compared the German rally ban to Nazi practices.",
     [("CRITICIZED", "Ahmet Demir", "Germany", A)], []),
    ("criticize-liken-no-verdict", "Ahmet Demir compared the Dutch economy to Germany's.",
     [], [("CRITICIZED", "Ahmet Demir", "Netherlands"), ("CRITICIZED", "Ahmet Demir", "Germany")]),
    ("tokenizer-glued-quote", 'We are committed to driving this agenda forward."Germany\'s environment minister, Greta '
     'Lindqvist, warned Donald Trump that it would hurt the economy. "I don"t know," she said.',
     [("MINISTER_OF", "Greta Lindqvist", "Germany", A)], []),
    ("role-hyphened-deputy", "Park Ji-hoon, vice-chairman of Hyundai Motor Company, was arrested on Friday.",
     [("MEMBER_OF", "Park Ji-hoon", "Hyundai Motor Company", A)], [("LEADER_OF", "Park Ji-hoon", "Hyundai Motor Company")]),
    ("criticize-verdict-event", "A suicide bomber killed 75 people at the shrine on Thursday. Prime Minister Ana Rojas "
     "called the attack \"brutal.\" Tom Berg called the summit a success.",
     [("CRITICIZED", "Ana Rojas", "attack", A)], [("CRITICIZED", "Tom Berg", "summit")]),
    ("role-contributor-line-with-an-agency", "Protesters were detained in Moscow. ABC News' Ben Holt, Anna Lisowska, "
     "and The Associated Press contributed to this report.",
     [("MEMBER_OF", "Ben Holt", "ABC News", A), ("MEMBER_OF", "Anna Lisowska", "ABC News", A)],
     [("MEMBER_OF", "Ben Holt", "Associated Press")]),
    ("attend-address-to", "President Tom Berg's address to a joint session of Congress on Tuesday night drew praise.",
     [("ATTENDED", "Tom Berg", "joint session", A)], []),
    ("attend-said-after-a-quoted-future", '"The new order is going to be tailored to a very bad decision," said Tom Berg '
     'during a news conference in Oslo.',
     [("ATTENDED", "Tom Berg", "news conference", A)], []),
    ("accuse-but-clause", "The cause of the death has not yet been identified, but the United States and South Korea "
     "are blaming North Korea.",
     [("ACCUSED", "United States", "North Korea", A), ("ACCUSED", "South Korea", "North Korea", A)], []),
    ("attend-ahead-of-an-address", "President Tom Berg will sign the order one day before his first address to a joint "
     "session of Congress. Chancellor Ana Rojas is meeting her ministers ahead of her visit to China.",
     [("ATTENDED", "Tom Berg", "joint session", N), ("VISITED", "Ana Rojas", "China", N)],
     [("ATTENDED", "Tom Berg", "joint session"), ("VISITED", "Ana Rojas", "China")]),
    ("attend-before-an-address-past", "President Tom Berg signed the order one day before his first address to a joint "
     "session of Congress.",
     [("ATTENDED", "Tom Berg", "joint session", A)], []),
    ("platform-no-person", "The odd couple Twitter rant On Saturday Tom Berg took to Twitter to deny reports that his "
     "summit with Ana Rojas had gone badly.",
     [("MET", "Tom Berg", "Ana Rojas", A)], [("MET", "Twitter", "Ana Rojas")]),
    ("attend-where-were-to", "Relations soured after the authorities canceled several rallies where Chilean officials "
     "were to campaign.",
     [("ATTENDED", "Chile", "rallies", N)], [("ATTENDED", "Chile", "rallies")]),
    ("organize-not-a-meeting-with", "Mr Berg, both of whose parents were born in Chile, held a meeting with the Mr "
     "Kowalski at Oslo City Hall.",
     [], [("ORGANIZED", "Berg", "meeting")]),
    ("role-described-antecedent-victim", "Jan Kowalski was killed at the airport in Lima on Monday. The only suspect "
     "will be freed tomorrow, Peru's attorney general said.",
     [], [("MINISTER_OF", "Jan Kowalski", "Peru"), ("MEMBER_OF", "Jan Kowalski", "Peru")]),
    ("name-split-leading-state", "NATO representatives will be able to observe the drills, President of Belarus Anton "
     "Kowalski said on Monday.",
     [("LEADER_OF", "Anton Kowalski", "Belarus", A)], []),
    ("meet-held-talks-with-on-the-verb", "Chancellor Tom Berg held talks on Monday with Prime Minister Ana Rojas.",
     [("MET", "Tom Berg", "Ana Rojas", A)], []),
    # --- round 21: a name after a minister's portfolio phrase is the minister's -----------------------
    ("name-after-portfolio-phrase", "Ireland's government met on Monday. Ireland will vote. Meanwhile, Minister for "
     "Transport Shane Ross has again been criticised in Ireland. Mary Lou McDonald accused Mr Ross of presiding over chaos.",
     [("MINISTER_OF", "Shane Ross", "Ireland", A), ("ACCUSED", "Mary Lou McDonald", "Shane Ross", A)], []),
    ("name-after-portfolio-phrase-organization", "Ireland's government met on Monday. Ireland will vote. She told "
     "Minister for Education and Skills Richard Bruton that it was bad in Ireland. Mr Bruton defended Mr Ross.",
     [("MINISTER_OF", "Richard Bruton", "Ireland", A), ("SUPPORTS", "Richard Bruton", "Ross", A)], []),
    ("role-portfolio-phrase-bare", "Ireland's government met on Monday. Ireland will vote. Minister for Foreign "
     "Affairs Charlie Flanagan said the talks went well in Ireland.",
     [("MINISTER_OF", "Charlie Flanagan", "Ireland", A)], []),
    ("role-portfolio-phrase-no-body", "Ireland's budget passed on Monday. Ireland expects growth. Ireland's banks "
     "agreed. Minister for Social Protection Leo Varadkar said pensions would rise.",
     [("MINISTER_OF", "Leo Varadkar", "Ireland", A)], [("MEMBER_OF", "Leo Varadkar", "Social Protection")]),
    ("name-region-of-a-state", "He met Secretary of State for Northern Ireland James Brokenshire.",
     [], [("MINISTER_OF", "James Brokenshire", "Ireland")]),
    # --- round 21: an appositive title the parse hung on its owner's name --------------------------------
    ("role-appos-title-hung-on-owner", "Jens Stoltenberg, NATO secretary-general, said allies faced a more demanding "
     "environment.", [("LEADER_OF", "Jens Stoltenberg", "NATO", A)], []),
    # --- round 21: a speaker "with" an organization is its staff --------------------------------------------
    ("role-with-speaker", "Peter Jones with Caltrans said the road would reopen on Monday.",
     [("MEMBER_OF", "Peter Jones", "Caltrans", A)], []),
    ("role-with-speaker-not-an-actor", "Angela Merkel with the European Commission agreed on a deal.",
     [], [("MEMBER_OF", "Angela Merkel", "European Commission")]),
    # --- round 21: an opponent is a rival -------------------------------------------------------------
    ("rival-opponent-possessive", "Donald Trump won the election. His Democratic opponent, Hillary Clinton, conceded "
     "on Wednesday.", [("RIVAL_OF", "Donald Trump", "Hillary Clinton", A)], []),
    ("rival-opponents-of-no-one-named", "Opponents of the government protested in Caracas on Sunday.",
     [], [("RIVAL_OF", "Caracas", "government")]),
    # --- round 21: a happening denied by its own determiner -------------------------------------------
    ("meet-no-meetings", "Rex Tillerson said he had no meetings scheduled as of yet with Vladimir Putin.",
     [("MET", "Rex Tillerson", "Vladimir Putin", N)], [("MET", "Rex Tillerson", "Vladimir Putin")]),
    ("meet-no-meetings-existential", "There were no talks between Rex Tillerson and Sergey Lavrov.",
     [("MET", "Rex Tillerson", "Sergey Lavrov", N)], [("MET", "Rex Tillerson", "Sergey Lavrov")]),
    ("meet-no-meetings-another-noun", "Rex Tillerson held talks with Sergey Lavrov and no agreement was reached.",
     [("MET", "Rex Tillerson", "Sergey Lavrov", A)], []),
    # --- round 21: a state's head of state and head of government are both its leaders -------------------
    ("role-title-two-offices-one-state", "Romania's government faced protests on Sunday. Protesters in Romania filled "
     "the streets. Romania's parliament met. President Klaus Iohannis said the country was in crisis. Prime Minister "
     "Sorin Grindeanu said the decree would stand. Grindeanu said no more.",
     [("LEADER_OF", "Klaus Iohannis", "Romania", A), ("LEADER_OF", "Sorin Grindeanu", "Romania", A)], []),
    # --- round 21: a law or a plan has no members ---------------------------------------------------------
    ("name-plan-no-organization", "The order instructs the Environmental Protection Agency to review Barack Obama's "
     "Clean Power Plan.", [], [("MEMBER_OF", "Barack Obama", "Clean Power Plan")]),
    # --- round 21: an organization's leader named by its title is the one the article names ------------
    ("leader-title-of-an-organization", "OAS Secretary General Luis Almagro wrote a report. Venezuela's government "
     "has accused the OAS leader of overstepping his authority.",
     [("LEADER_OF", "Luis Almagro", "OAS", A), ("ACCUSED", "Venezuela", "Luis Almagro", A)],
     [("ACCUSED", "Venezuela", "OAS")]),
    ("leader-title-of-an-organization-two-named", "OAS Secretary General Luis Almagro met former OAS chairman Jose "
     "Insulza. Venezuela's government has accused the OAS leader of overstepping his authority.",
     [], [("ACCUSED", "Venezuela", "Jose Insulza")]),
    # --- round 21: a state's organ in lower case, acting, is an organization of the state ---------------
    ("name-organ-acting", "Egypt's interior ministry accused Al Jazeera of spreading false news.",
     [("PART_OF", "Egypt's interior ministry", "Egypt", A), ("ACCUSED", "Egypt's interior ministry", "Al Jazeera", A)], []),
    ("name-organ-acting-parliament", "Last week, the Israeli parliament adopted a law barring entry to foreigners.",
     [("PART_OF", "Israeli parliament", "Israel", A)], []),
    ("name-organ-acting-not-a-court", "A German court ruled against the company on Monday. Belgium's court of "
     "cassation referred the case.", [], [("PART_OF", "German court", "Germany"), ("PART_OF", "Belgium's court", "Belgium")]),
    ("name-organ-acting-not-in-the-sense-of-an-acronym", "According to the AP news agency, Afghan police arrested "
     "two men in Kabul.", [("PART_OF", "Afghan police", "Afghanistan", A)], [("PART_OF", "AP", "Afghanistan")]),
    # --- round 21: a name tagged a work of art, described as a person, is a person's ----------------------
    ("name-described-by-a-title-work-of-art", "\"We are working on it,\" Trish Grant, a spokeswoman for New "
     "Zealand's Department of Conservation, told CNN.",
     [("MEMBER_OF", "Trish Grant", "Department of Conservation", A)], []),
    # --- round 21: one person's attack on another with knives is blows, not words ------------------------
    ("attack-person-with-a-weapon", "John Crossley told the court Khalid Masood was armed with two knives and caused "
     "grave wounds when he attacked PC Keith Palmer.",
     [("ATTACKED", "Khalid Masood", "Keith Palmer", R)], [("CRITICIZED", "Khalid Masood", "Keith Palmer")]),
    # --- round 21: a clause of time is as sure as the clause it times ----------------------------------------
    ("visit-when-clause-future", "Donald Trump will meet Theresa May when he travels to Britain.",
     [("VISITED", "Donald Trump", "United Kingdom", N)], [("VISITED", "Donald Trump", "United Kingdom")]),
    ("visit-when-clause-past", "Donald Trump met Theresa May when he traveled to Britain.",
     [("VISITED", "Donald Trump", "United Kingdom", A)], []),
    # --- round 21: a happening under way is no plan -------------------------------------------------------
    ("visit-current-subject-of-future", "Dmitry Medvedev hopes the current visit to Russia by Iranian President "
     "Hassan Rouhani will open a new page in relations.", [("VISITED", "Hassan Rouhani", "Russia", A)], []),
    ("visit-next-subject-of-future", "Dmitry Medvedev hopes the next visit to Russia by Iranian President "
     "Hassan Rouhani will open a new page in relations.", [], [("VISITED", "Hassan Rouhani", "Russia")]),
    # --- round 21: fit to do something is not doing it ---------------------------------------------------
    ("lead-suited-to", "Mick Mulvaney has served in roles that make him well suited to lead the Congressional "
     "Budget Office.", [], [("LEADER_OF", "Mick Mulvaney", "Congressional Budget Office")]),
    # --- round 21: a body's name goes on through its "for" phrase -------------------------------------------
    ("name-body-for-a-field", "Xue Rongjiu, deputy director of the Beijing-based China Society for WTO Studies, warns "
     "that it will hurt.", [("MEMBER_OF", "Xue Rongjiu", "China Society for WTO Studies", A)],
     []),
    # --- round 21: "of" after an age is a home town -----------------------------------------------------
    ("role-of-home-after-age", "Judith Permar, 56, of Mount Carmel, went to a drop-off box in the town of Natalie. "
     "Mount Carmel Police said she was arrested.", [], [("MEMBER_OF", "Judith Permar", "Mount Carmel Police")]),
    ("role-of-home-after-age-a-body", "Kerry Brown, 45, of the China Studies Center, said the plan was bad.",
     [("MEMBER_OF", "Kerry Brown", "China Studies Center", A)], []),
    # --- round 21: a doing "made by" someone is theirs ---------------------------------------------------
    ("criticize-speech-made-by", "Dimitris Christopoulos said the claim made by the Thai government was ludicrous.",
     [("CRITICIZED", "Dimitris Christopoulos", "Thailand", A)], []),
    ("criticize-made-by", "The Russian Paralympic Committee criticized the decision taken by the International "
     "Paralympic Committee.", [("CRITICIZED", "Russian Paralympic Committee", "International Paralympic Committee", A)], []),
    # --- round 22: a past holder does not stand in the way of the current one -------------------------
    ("role-title-description-past-holder", "Protests greeted President Tomas Halvorsen's decree. It undoes laws "
     "passed under former President Erik Lund. Asian and African leaders were firm. India objected and Kenya "
     "objected. The Norwegian president's aides defended the decree.",
     [("LEADER_OF", "Tomas Halvorsen", "Norway", A)], []),
    # --- round 22: a verdict the small parse misreads --------------------------------------------------
    ("criticize-verdict-after-object", "Senator Ruth Abbott called Kevin Marsh's answers deeply troubling.",
     [("CRITICIZED", "Ruth Abbott", "Kevin Marsh", A)], []),
    ("criticize-verdict-after-participle", 'Ted Okafor called Dan Reilly a "stark, raving racist" on Monday.',
     [("CRITICIZED", "Ted Okafor", "Dan Reilly", A)], []),
    # --- round 22: a stance towards some of a whole ---------------------------------------------------
    ("criticize-partitive-object", "Helga Braun has denounced many of Viktor Orban's asylum proposals.",
     [("CRITICIZED", "Helga Braun", "Viktor Orban", A)], []),
    # --- round 22: staff of a body's head serve the body -------------------------------------------
    ("role-staff-of-a-body-head", "Lena Ortiz, spokeswoman for the UN secretary-general, said the envoy would stay.",
     [("MEMBER_OF", "Lena Ortiz", "UN", A)], []),
    ("role-staff-of-a-state-head", "Karim Nasser, an adviser to the Egyptian president, said the deal was signed.",
     [("MEMBER_OF", "Karim Nasser", "Egypt", A)], []),
    # --- round 22: a noun before the owner's name is none of its parts ------------------------------
    ("role-part-before-the-owner", "Crooks sold Google data on the dark web Google CEO Sundar Pichai publicly thanked "
     "the FBI on Friday.", [("LEADER_OF", "Sundar Pichai", "Google", A)], [("MEMBER_OF", "Sundar Pichai", "Google")]),
    # --- round 22: holders named after their role ------------------------------------------------------
    ("role-identified-as", "The spokesman for the Interior Ministry was identified as Samir Haddad.",
     [("MEMBER_OF", "Samir Haddad", "Interior Ministry", A)], []),
    ("role-identified-as-plural", "The officers of the FSB were identified as Oleg Petrov, 41, and Ivan Sorokin, 37.",
     [("MEMBER_OF", "Oleg Petrov", "FSB", A), ("MEMBER_OF", "Ivan Sorokin", "FSB", A)], []),
    # --- round 22: a demonym quoted on its own is a unit's name -------------------------------------
    ("name-quoted-demonym", 'Arsen Pavlov headed the "Sparta" battalion and later led the "Somali" battalion.',
     [], [("MEMBER_OF", "Arsen Pavlov", "Somalia"), ("LEADER_OF", "Arsen Pavlov", "Somalia")]),
    # --- round 22: a gerund of means is done by the clause's subject -----------------------------------
    ("subject-of-a-means-gerund", "Mark Rutte angered voters by criticizing Geert Wilders on television.",
     [("CRITICIZED", "Mark Rutte", "Geert Wilders", A)], []),
    ("subject-of-a-means-gerund-object", "Recep Tayyip Erdogan continued his attacks on Monday by accusing Angela "
     "Merkel of supporting terrorists.", [("ACCUSED", "Recep Tayyip Erdogan", "Angela Merkel", A)], []),
    # --- round 22: one of several ------------------------------------------------------------------
    ("support-one-of-several", "Jeff Sessions was one of the earliest supporters of Donald Trump.",
     [("SUPPORTS", "Jeff Sessions", "Donald Trump", A)], []),
    ("criticize-one-of-several-appos", "Lindsey Graham, one of the fiercest critics of Donald Trump, spoke first.",
     [("CRITICIZED", "Lindsey Graham", "Donald Trump", A)], []),
    ("member-one-of-several", "Sweden is one of the members of the European Union.",
     [("MEMBER_OF", "Sweden", "European Union", A)], []),
    # --- round 22: whose backer by a possessive -----------------------------------------------------
    ("support-backer-possessive", "Iran, Hezbollah's main backer, sent more advisers.",
     [("SUPPORTS", "Iran", "Hezbollah", A)], []),
    ("support-backer-possessive-one-of", "Devin Nunes was one of Donald Trump's earliest political supporters.",
     [("SUPPORTS", "Devin Nunes", "Donald Trump", A)], []),
    ("support-champion-is-a-title", "Maria Sharapova is the three-time Internazionali BNL D'Italia champion.",
     [], [("SUPPORTS", "Maria Sharapova", "Internazionali BNL D'Italia")]),
    # --- round 22: confidence voiced or kept in someone -------------------------------------------------
    ("support-confidence-in", "Enda Kenny has restated that he retains confidence in Commissioner Noirin O'Sullivan.",
     [("SUPPORTS", "Enda Kenny", "Noirin O'Sullivan", A)], []),
    ("support-confidence-in-none", "Leo Varadkar has no confidence in Simon Coveney.",
     [("SUPPORTS", "Leo Varadkar", "Simon Coveney", N)], [("SUPPORTS", "Leo Varadkar", "Simon Coveney")]),
    # --- round 22: a demand for redress criticises --------------------------------------------------
    ("criticize-demand-call-on", "The State Department criticized the arrests, calling on Russia to immediately "
     "release all the demonstrators.", [("CRITICIZED", "State Department", "Russia", A)], []),
    ("criticize-demand-that", "Al Jazeera has demanded that Egypt unconditionally release Mahmoud Hussein.",
     [("CRITICIZED", "Al Jazeera", "Egypt", A)], []),
    ("criticize-demand-urge", "Nancy Pelosi urged Jeff Sessions to resign.",
     [("CRITICIZED", "Nancy Pelosi", "Jeff Sessions", A)], []),
    ("criticize-demand-not-a-redress", "Angela Merkel called on Russia to help end the war. Nancy Pelosi urged Jeff "
     "Sessions not to resign. Free Speech for People called on Eric Schneiderman to revoke the Trump Organization's "
     "charter.", [], [("CRITICIZED", "Angela Merkel", "Russia"), ("CRITICIZED", "Nancy Pelosi", "Jeff Sessions"),
                      ("CRITICIZED", "Free Speech for People", "Eric Schneiderman")]),
    # --- round 22: strikes carried out on a target the parse hangs on the verb -------------------------
    ("attack-carried-out-strikes-on", "Russia carried out air strikes on ISIL in January.",
     [("ATTACKED", "Russia", "ISIL", A)], []),
    ("attack-launched-attacks-against-targets", "The US launched drone attacks against al-Shabab targets.",
     [("ATTACKED", "United States", "al-Shabab", A)], []),
    # --- round 22: an organization in brackets after a person's name ---------------------------------
    ("role-bracketed-body", "The motion was backed by Nicola Sturgeon (SNP) and opposed by Ruth Davidson.",
     [("MEMBER_OF", "Nicola Sturgeon", "SNP", A)], []),
    ("role-bracketed-party-state-tag", "Rep. Barbara Lee (D-CA) tweeted that the wall is a waste of money.",
     [], [("MEMBER_OF", "Barbara Lee", "D-CA")]),
    ("role-bracketed-state-is-a-nationality", "Martin Fourcade (France) won the sprint ahead of Anton Shipulin (Russia).",
     [], [("MEMBER_OF", "Martin Fourcade", "France"), ("MEMBER_OF", "Anton Shipulin", "Russia")]),
    # --- round 22: a party word after a place, or on a person's appositive noun ------------------------
    ("role-party-word-after-a-place", "Senators praised him, including Jon Tester, a Montana Democrat.",
     [("MEMBER_OF", "Jon Tester", "Democratic Party", A)], []),
    ("role-party-word-on-an-appositive", "The GOP met on Monday. McCain, the 2008 GOP presidential nominee, spoke.",
     [("MEMBER_OF", "McCain", "GOP", A)], []),
    ("role-party-word-not-another-party", "Vince Cable, a Liberal Democrat, spoke.",
     [], [("MEMBER_OF", "Vince Cable", "Democratic Party")]),
    # --- round 22: a name after a title inside another title's phrase holds the outer title -------------
    ("role-appos-outer-title", "Deputy Spokesman for the UN Secretary-General, Farhan Haq, told TASS on Monday.",
     [("MEMBER_OF", "Farhan Haq", "UN", A)], [("LEADER_OF", "Farhan Haq", "UN")]),
    # --- round 22: a stance prefix before a demonym is no owner of the title --------------------------
    ("role-stance-prefix-not-owner", "Officials tied to former pro-Russian President Viktor Yanukovych lost their posts.",
     [], [("LEADER_OF", "Viktor Yanukovych", "Russia")]),
    # --- round 22: the other side of a dealing owns no government ----------------------------------
    ("role-governance-partner-not-owner", "Barack Obama left office in January. His administration's efforts to "
     "smooth over the tension with the United Kingdom were spotty.", [],
     [("LEADER_OF", "Barack Obama", "United Kingdom")]),
    # --- round 22: more events people attend -------------------------------------------------------
    ("attend-at-a-roundtable", "Sergey Ryabkov said at a roundtable in the lower house of parliament that ties were poor.",
     [("ATTENDED", "Sergey Ryabkov", "roundtable", A)], []),
    # --- round 22: an organization named in the plural is a "they" of its own ---------------------------
    ("war-their-plural-group", "The Syrian Democratic Forces are fighting to seize the town as part of their battle "
     "against ISIL.", [("AT_WAR_WITH", "Syrian Democratic Forces", "ISIL", A)], []),
    # --- round 22: an agreement made with someone; a hope is no fact --------------------------------
    ("cooperate-agreement-with", "Russia signed an agreement with China on gas supplies.",
     [("COOPERATES_WITH", "Russia", "China", A)], []),
    ("cooperate-agreement-hoped-for", "Britain hopes to reach a trade deal with the European Union.",
     [], [("COOPERATES_WITH", "United Kingdom", "European Union"), ("SIGNED", "United Kingdom", "European Union")]),
    ("meet-hopes-to", "Kevin Rudd hopes to meet Angela Merkel in March.",
     [("MET", "Kevin Rudd", "Angela Merkel", N)], [("MET", "Kevin Rudd", "Angela Merkel")]),
    # --- round 23: a party's leader by a leader's title after the party word ---------------------------
    ("role-party-leader", "Labour leader Jeremy Corbyn said the passage of the act was a historic step.",
     [("LEADER_OF", "Jeremy Corbyn", "Labour Party", A)], [("MEMBER_OF", "Jeremy Corbyn", "Labour Party")]),
    # --- round 23: a clause of time is no intention of the verb above it ----------------------------
    ("meet-after-meeting-not-a-plan", "Emily Thornberry called the deal a disaster after meeting Rex Tillerson.",
     [("MET", "Emily Thornberry", "Rex Tillerson", A)], []),
    ("meet-after-meeting-of-a-plan", "Angela Merkel wants to visit Warsaw after meeting Emmanuel Macron.",
     [("MET", "Angela Merkel", "Emmanuel Macron", N)], [("MET", "Angela Merkel", "Emmanuel Macron")]),
    # --- round 23: a name in a list holds the title set right before it -------------------------------
    ("role-appos-own-title-in-a-list", "The Senate Intelligence Committee's chairman, Sen. Richard Burr, and vice "
     "chair, Sen. Mark Warner, vowed to get to the bottom of it.",
     [("LEADER_OF", "Richard Burr", "Senate Intelligence Committee", A)],
     [("LEADER_OF", "Mark Warner", "Senate Intelligence Committee")]),
    # --- round 23: voting against someone opposes them --------------------------------------------
    ("criticize-vote-against", "Senator Tom Udall voted against Neil Gorsuch on Monday.",
     [("CRITICIZED", "Tom Udall", "Neil Gorsuch", A)], []),
    ("member-led-body", "The Saudi-led coalition bombed a market in Sanaa. Amnesty International criticised the U.S.-led coalition.",
     [("MEMBER_OF", "Saudi Arabia", "Saudi-led coalition", A), ("MEMBER_OF", "United States", "U.S.-led coalition", A),
      ("CRITICIZED", "Amnesty International", "U.S.-led coalition", A)], []),
    ("member-led-body-not-an-organization", "The NATO-led mission in Afghanistan ended in 2014, NATO said.",
     [], [("MEMBER_OF", "NATO", "NATO-led mission"), ("PART_OF", "NATO-led mission", "NATO")]),
    ("criticize-speech-comparisons-with", "Chancellor Angela Merkel said Erdogan's comparisons with the Nazis were unacceptable.",
     [("CRITICIZED", "Angela Merkel", "Erdogan", A)], []),
    ("criticize-verdict-coordinated", "Rex Tillerson called China's actions \"unnecessary and troubling\".",
     [("CRITICIZED", "Rex Tillerson", "China", A)], []),
    ("criticize-verdict-as-on-object", "Dutch Prime Minister Mark Rutte described Erdogan's remarks as inflammatory.",
     [("CRITICIZED", "Mark Rutte", "Erdogan", A)], []),
    ("criticize-speech-coordinated", "Government spokesman Steffen Seibert said Erdogan's remarks were unnecessary and troubling.",
     [("CRITICIZED", "Steffen Seibert", "Erdogan", A)], []),
    ("role-governance-sentence-state-stated-leader", "Russian President Vladimir Putin praised the plan on Monday. "
     "Questions over the relationship between the Trump administration and Moscow continue to mount.",
     [("LEADER_OF", "Vladimir Putin", "Russia", A)], [("LEADER_OF", "Trump", "Russia")]),
    ("member-named-members", "The bans were imposed in fellow EU states Germany and Austria, but not France. "
     "The president accused NATO ally Netherlands of acting like the Nazis.",
     [("MEMBER_OF", "Germany", "EU", A), ("MEMBER_OF", "Austria", "EU", A), ("MEMBER_OF", "Netherlands", "NATO", A)],
     [("MEMBER_OF", "France", "EU")]),
    ("member-named-members-other", "Committed democrats in France, Germany and other EU states can breathe a sigh of relief.",
     [("MEMBER_OF", "France", "EU", A), ("MEMBER_OF", "Germany", "EU", A)], []),
    ("member-named-members-would-be", "Ukraine, a would-be NATO member, objected to the plan.",
     [], [("MEMBER_OF", "Ukraine", "NATO")]),
    ("state-agent-unnamed-minister", "The Turkish foreign minister criticized the Netherlands on Sunday.",
     [("CRITICIZED", "Turkey", "Netherlands", A)], []),
    ("state-agent-minister-named-elsewhere", "Russian Foreign Minister Sergei Lavrov met Japanese Foreign Minister Fumio Kishida "
     "on Monday. The Russian foreign minister also criticized Shinzo Abe.",
     [], [("CRITICIZED", "Russia", "Shinzo Abe")]),
    ("body-head-coalition", "Airstrikes by the US-led coalition killed 20 civilians in Mosul. Amnesty International criticised the coalition.",
     [("CRITICIZED", "Amnesty International", "US-led coalition", A)], []),
    ("support-favor", "The Kremlin appeared to favor Donald Trump in the 2016 presidential election.",
     [("SUPPORTS", "Kremlin", "Donald Trump", A)], []),
    ("support-preference-for", "Vladimir Putin and the Russian government also developed a clear preference for Donald Trump.",
     [("SUPPORTS", "Vladimir Putin", "Donald Trump", A), ("SUPPORTS", "Russia", "Donald Trump", A)], []),
    ("body-head-other-modifier", "Airstrikes by the US-led coalition killed 20 civilians in Mosul. "
     "The exiled opposition coalition is taking part in UN-mediated talks in Geneva.",
     [], [("ATTENDED", "US-led coalition", "talks")]),
    ("object-name-read-as-preposition", "Donald Trump accused Barack Obama of spying. Barack Obama has denied the allegations through a spokesman.",
     [("ACCUSED", "Donald Trump", "Barack Obama", A), ("DENIED", "Barack Obama", "Donald Trump", A)], []),
    ("support-no-longer", "Alan Farrell said he no longer had confidence in Enda Kenny. Mary Lou McDonald no longer supports Enda Kenny.",
     [("SUPPORTS", "Mary Lou McDonald", "Enda Kenny", N)], [("SUPPORTS", "Alan Farrell", "Enda Kenny"), ("SUPPORTS", "Mary Lou McDonald", "Enda Kenny")]),
    ("attend-held-briefing", "Donald Trump and Shinzo Abe held a news conference on the missile launch shortly afterward.",
     [("ATTENDED", "Donald Trump", "news conference", A), ("ATTENDED", "Shinzo Abe", "news conference", A)],
     [("ORGANIZED", "Donald Trump", "news conference")]),
    ("role-nearest-state-not-a-place", "In late December, the two countries brokered a ceasefire for Syria and in January they "
     "sponsored peace talks in Astana, Kazakhstan, attended by Syrian rebels and President Bashar Assad's government.",
     [], [("LEADER_OF", "Bashar Assad", "Kazakhstan")]),
    ("role-nearest-state-object-list", "Questions have swirled over what the Trump administration would do this week after a "
     "three-judge panel on the Ninth Circuit refused to lift a federal judge's temporary restraining order on Trump's executive "
     "order barring foreign nationals from Iran, Sudan, Libya, Somalia, Syria, Iraq and Yemen from entering the country.",
     [], [("LEADER_OF", "Trump", "Sudan"), ("LEADER_OF", "Trump", "Libya")]),
    ("role-nearest-state-between", "The latest tensions between Washington and Caracas come after Nicolas Maduro's government "
     "said it would stop CNN's Spanish affiliate from broadcasting.",
     [("LEADER_OF", "Nicolas Maduro", "Venezuela", A)], []),
    ("role-governance-object-state", "The White House congratulated the EU on its 60th birthday, in a notable shift in tone for "
     "President Donald Trump's administration, whose deep scepticism about the bloc has alarmed Brussels.",
     [], [("LEADER_OF", "Donald Trump", "Belgium")]),
    ("role-party-state-tag-no-guess", "Russia denied any contacts. Al Franken, D-Minn., asked about them, and "
     "Senator Franken said Russia had lied.", [], [("MEMBER_OF", "Al Franken", "Russia")]),
    # --- round 26: a title's "for" or "to" phrase naming a leader makes the holder that leader's staff --
    ("role-title-of-leader-phrase", "Oleg Varin, spokesman for Russian President Ivan Petrov, said talks went on, "
     "and Jane Roe, an adviser to US President Tom Akers, agreed.",
     [("MEMBER_OF", "Oleg Varin", "Russia", A), ("MEMBER_OF", "Jane Roe", "United States", A)], []),
    ("role-title-of-leader-phrase-leader-stated", "Oleg Varin, spokesman for President Ivan Petrov, said Russia "
     "would reply.", [], [("MEMBER_OF", "Oleg Varin", "Russia")]),
    # --- round 26: a state word inside the name of a law or agreement stands for no one's state -------
    ("role-nearest-state-inside-a-law", "Senators today introduced legislation, The Russia Sanctions Review Act "
     "of 2017, and Senator Lisa Hartley backed it.", [], [("MEMBER_OF", "Lisa Hartley", "Russia")]),
    # --- round 26: "the government in <capital>" is its state's, wherever the parse hangs "in" ------------
    ("capital-government-in", "Russia criticized the government in Kiev.",
     [("CRITICIZED", "Russia", "Ukraine", A)], []),
    ("capital-government-in-a-place", "Russia criticized the plan at a meeting in Kiev.",
     [], [("CRITICIZED", "Russia", "Ukraine")]),
    ("role-title-extent-headline", "Germany Schools President Donald Trump On What 'Security' Really Means\n\n"
     "President Donald Trump claims his plan is done in the name of security. German Foreign Minister "
     "Sigmar Gabriel says no.", [], [("LEADER_OF", "Donald Trump", "Germany")]),
    # --- round 27: after a visit, the clause's subject is the one who made it -----------------------------
    ("visit-after-a-visit", "Enda Kenny returned to Ireland after a successful visit to the US.",
     [("VISITED", "Enda Kenny", "United States", A)], []),
    ("visit-after-a-visit-by-others", "After a visit to Moscow by Chinese officials, Ivan Petrov said ties were strong.",
     [], [("VISITED", "Ivan Petrov", "Moscow")]),
    # --- round 27: a body that includes states or people has them as members -----------------------------
    ("member-body-includes", "Founded in 2001, the Shanghai Cooperation Organization includes Russia, China and Kazakhstan.",
     [("MEMBER_OF", "Russia", "Shanghai Cooperation Organization", A), ("MEMBER_OF", "China", "Shanghai Cooperation Organization", A),
      ("MEMBER_OF", "Kazakhstan", "Shanghai Cooperation Organization", A)], []),
    ("member-body-includes-not-its-plan", "NATO's plan includes Turkey.", [], [("MEMBER_OF", "Turkey", "NATO")]),
    # --- round 27: those an event's attendee noun includes attended it -----------------------------------
    ("attend-attendees-included", "The mourners at the funeral included Sean Patel, and participants in the Munich "
     "Security Conference included Mike Pence.",
     [("ATTENDED", "Sean Patel", "funeral", A), ("ATTENDED", "Mike Pence", "Munich Security Conference", A)], []),
    ("attend-attendees-included-no-event", "Guests included Theresa May, and the mourners included Jane Roe.",
     [], [("ATTENDED", "Theresa May", "Guests")]),
    # --- round 27: one-state offices named with their department or process ---------------------------
    ("role-title-office-department", "The US will not deport them, Homeland Security Secretary John Kelly assured "
     "Mexican officials, and Brexit minister David Davis said the UK would leave.",
     [("MINISTER_OF", "John Kelly", "United States", A), ("MINISTER_OF", "David Davis", "United Kingdom", A)],
     [("MEMBER_OF", "David Davis", "Brexit")]),
    # --- round 28: "the state of X" naming a region is no country's ------------------------------------------
    ("role-state-of-a-region", "Braulio Guerra, a congressman from the state of Queretaro, tweeted photos of the US "
     "border fence.", [], [("MEMBER_OF", "Braulio Guerra", "United States")]),
    ("meet-bodies-in-talks", "GM is in talks with PSA about Opel, and Britain's negotiations with the European Union "
     "began in June. Chilean advisers met Peruvian officials in Lima.",
     [("MET", "Chile", "Peru", A)], [("MET", "GM", "PSA"), ("MET", "United Kingdom", "European Union")]),
    # --- REPORTED ----------------------------------------------------------------------------------
    ("report-agency", "Thousands marched in the independence parade in Havana, the state news agency Prensa Latina reported.",
     [("REPORTED", "Prensa Latina", "independence parade", A)], []),
]
