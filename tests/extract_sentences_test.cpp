// The sentence suite: what a careful reader extracts from one sentence (or a short text,
// for references back), grouped by the construction under test so that a failure names it.
//
// Every sentence here was written for this suite in the style of wire news. Expectations
// follow DESIGN.md: "SRC->TGT +1" / "SRC->TGT -1", sorted, joined by "; ". The relation is
// spelt out only when it is the point of the row (withhold_support, recognize, sanction,
// member_of, observer_of); otherwise any relation with that pair and sign matches. ""
// expects nothing at all. A row carries a date when an office holder or an event needs
// one; the default is the day of the 2008 CSTO meeting.

#include <cstddef>
#include <string>

#include <catch2/catch.hpp>

#include "tests/test_support.hpp"

namespace {

using stancegraph::testing::same_stances;
using stancegraph::testing::stances;

struct Case {
  const char* text;
  const char* expected;
  const char* date = "2008-09-04";
};

template <std::size_t N>
void run_table(const Case (&table)[N]) {
  stancegraph::testing::run_sentence_table(table);
}

// ---------------------------------------------------------------------------------------
// Basic support verbs, active voice, one actor on each side.

const Case kSupport[] = {
    {"Belarus backed Russia over the fighting in the Caucasus.", "BLR->RUS +1"},
    {"Venezuela voiced strong support for Moscow on Thursday.", "VEN->RUS +1"},
    {"Armenia sided with the Kremlin in the dispute.", "ARM->RUS +1"},
    {"Cuba praised Russia for its handling of the crisis.", "CUB->RUS +1"},
    {"Kazakhstan endorsed the Russian position at the meeting.", "KAZ->RUS +1"},
    {"Syria offered its full backing to Moscow.", "SYR->RUS +1"},
    {"Georgia welcomed the statement issued by the European Union.", "GEO->EU +1"},
    {"The United States stood firmly behind Georgia throughout the war.", "USA->GEO +1"},
    {"Ukraine expressed solidarity with Tbilisi on Monday.", "UKR->GEO +1"},
    {"Tajikistan supports Beijing's position on the dispute.", "TJK->CHN +1"},
    {"Washington sent planeloads of humanitarian aid to Georgia.", "USA->GEO +1"},
    {"Nicaragua followed the Kremlin's lead on Wednesday.", "NIC->RUS +1"},
    {"Lithuania championed Kyiv's cause in Brussels.", "LTU->UKR +1", "2022-03-10"},
    {"Pakistan lent its support to China at the forum.", "PAK->CHN +1"},
    // Must yield nothing: no second actor, or no actor at all.
    {"Russia said on Thursday that the talks would continue.", ""},
    {"Support among voters for the ruling party has fallen sharply.", ""},
    {"The Georgian president backed a plan to rebuild the port of Poti.", ""},
    {"Kyrgyzstan hosted the meeting in a resort near Bishkek.", ""},
};

TEST_CASE("Support verbs give a +1 record from the subject to the object", "[extract][support]") {
  run_table(kSupport);
}

// ---------------------------------------------------------------------------------------
// Opposition: condemn, criticise, accuse X of, reject, denounce, blame, protest, and
// acts of force or pressure.

const Case kOpposition[] = {
    {"Western governments condemned Moscow on Tuesday.", "WEST->RUS -1"},
    {"Britain criticised Russia's conduct in the war.", "GBR->RUS -1"},
    {"Tbilisi accused Moscow of planning the operation for months.", "GEO->RUS -1 accuse"},
    {"Poland denounced the Russian military build-up near its border.", "POL->RUS -1"},
    {"Moscow blamed Georgia for starting the war.", "RUS->GEO -1"},
    {"Ukraine protested to Russia over the movements of its Black Sea Fleet.", "UKR->RUS -1"},
    {"China rejected the Taiwanese leader's proposal for talks.", "CHN->TWN -1"},
    {"Lithuania lashed out at Moscow over the gas cut-off.", "LTU->RUS -1"},
    {"Canada expelled two Russian diplomats on Friday.", "CAN->RUS -1 expel"},
    {"Georgia cut diplomatic ties with Russia.", "GEO->RUS -1 break_relations"},
    {"Russia threatened Ukraine with a cut in gas supplies.", "RUS->UKR -1 threaten", "2009-01-02"},
    {"NATO demanded an immediate Russian withdrawal.", "NATO->RUS -1"},
    {"Sweden warned Moscow against any further escalation.", "SWE->RUS -1"},
    {"Estonia summoned the Russian ambassador to protest against the annexation.", "EST->RUS -1",
     "2014-03-19"},
    {"Belgrade slammed the decision by Washington.", "SRB->USA -1"},
    {"Russian warplanes bombed the Georgian town of Gori.", "RUS->GEO -1 attack"},
    // Must yield nothing: no target, or the cue word is not a stance here.
    {"The condemnation was read out in Brussels.", ""},
    {"The Kremlin criticised the decision on Monday.", ""},
    {"Critics of the plan gathered outside parliament in Tbilisi.", ""},
    {"Protesters marched through the centre of Kiev.", "", "2014-02-18"},
};

TEST_CASE("Opposition verbs give a -1 record from the subject to the object",
          "[extract][opposition]") {
  run_table(kOpposition);
}

// ---------------------------------------------------------------------------------------
// Withheld support: a refusal or a failure to back is a -1 withhold_support record, and
// never the support it names.

const Case kWithheld[] = {
    {"Kazakhstan declined to back Moscow's move.", "KAZ->RUS -1 withhold_support"},
    {"Leaders of the Shanghai Cooperation Organisation stopped short of endorsing Russia's "
     "position.",
     "SCO->RUS -1 withhold_support"},
    {"Uzbekistan failed to back Russia at the summit.", "UZB->RUS -1 withhold_support"},
    {"Belarus did not follow Moscow's lead.", "BLR->RUS -1 withhold_support"},
    {"Armenia held back from endorsing the Kremlin's decision.", "ARM->RUS -1 withhold_support"},
    {"Kyrgyzstan has not yet endorsed Russia's stance.", "KGZ->RUS -1 withhold_support"},
    {"Tajikistan refused to support the Russian position.", "TJK->RUS -1 withhold_support"},
    {"Turkmenistan withheld its support for the Russian plan.", "TKM->RUS -1 withhold_support"},
    {"The Kremlin tried to win the backing of India, but the effort failed.",
     "IND->RUS -1 withhold_support"},
    {"Brazil's bid to win support from Argentina fell through.", "ARG->BRA -1 withhold_support"},
    {"China has yet to back Russia over the two regions.", "CHN->RUS -1 withhold_support"},
    {"Beijing has not come out in favour of Moscow's position.", "CHN->RUS -1 withhold_support"},
    {"Mongolia refrained from siding with Russia.", "MNG->RUS -1 withhold_support"},
    {"Germany failed to lend Georgia its backing at the summit.", "DEU->GEO -1 withhold_support"},
    // Must yield nothing: the refused thing is not support for an actor.
    {"Kazakhstan declined to comment on the report.", ""},
    {"Armenia declined to back the proposal.", ""},
    {"China stopped short of criticising Russia.", ""},
    {"Belarus refused to join the boycott of the games.", ""},
};

TEST_CASE("Declining, failing or refusing to back is withheld support, never support",
          "[extract][withheld]") {
  run_table(kWithheld);
}

// ---------------------------------------------------------------------------------------
// Negation and its scope.

const Case kNegation[] = {
    // One negation covers both coordinated verbs: no recognition record survives.
    {"Tajikistan did not follow the Russian lead and recognise Abkhazia.",
     "TJK->RUS -1 withhold_support"},
    {"Kazakhstan did not follow Russia's lead or recognise the Abkhaz government.",
     "KAZ->RUS -1 withhold_support"},
    {"Armenia did not follow Moscow in recognising South Ossetia and Abkhazia.",
     "ARM->RUS -1 withhold_support"},
    // Negated opposition is no record at all, not support.
    {"China did not condemn Russia.", ""},
    {"Kazakhstan never accused Moscow of aggression.", ""},
    {"Neither China nor India criticised Russia over the war.", ""},
    // India's part is negated; the Western criticism it names is a fact the sentence presupposes.
    {"India did not join the Western criticism of Russia.", "WEST->RUS -1"},
    {"Brazil did not vote against Russia.", "", "2014-03-27"},
    {"It is not true that Armenia backed Azerbaijan.", ""},
    // The negation stops at "but": the second clause stands.
    {"Belarus did not back Russia, but it did condemn Georgia.",
     "BLR->GEO -1; BLR->RUS -1 withhold_support"},
    {"Kazakhstan did not criticise Russia but urged restraint on all sides.", ""},
    // "not only ... but also" is not a negation.
    {"Not only did Venezuela back Russia, it also recognised Abkhazia.",
     "VEN->ABKHAZIA +1 recognize; VEN->RUS +1", "2009-09-10"},
    {"Nicaragua not only praised Moscow but also recognised South Ossetia.",
     "NIC->RUS +1; NIC->SOUTH_OSSETIA +1 recognize"},
    // A negation elsewhere in the sentence does not reach the stance.
    {"Washington's backing for Tbilisi was never in doubt.", "USA->GEO +1"},
    {"Poland, which has no troops in the region, condemned Russia.", "POL->RUS -1"},
};

TEST_CASE("Negation cancels the stance it scopes over, and only that one", "[extract][negation]") {
  run_table(kNegation);
}

// ---------------------------------------------------------------------------------------
// Modality: sought, hoped-for, planned, possible, requested and denied stances are not
// stances. An announced decision is.

const Case kModality[] = {
    {"Russia is seeking support from China for its policy in the Caucasus.", ""},
    {"Moscow wants recognition from its partners in the region.", ""},
    {"Abkhazia hopes to win recognition from Venezuela.", ""},
    {"Belarus plans to recognise South Ossetia next month.", ""},
    {"Minsk will consider recognising Abkhazia.", ""},
    {"Kazakhstan may back Russia at the summit.", ""},
    {"Mr. Medvedev appealed to foreign governments to recognise Abkhazia.", ""},
    {"Russia urged Belarus to recognise South Ossetia.", ""},
    {"That does not mean Beijing is turning its back on Moscow.", ""},
    {"Georgia is trying to win support from the United States for its bid.", ""},
    {"Analysts expect Iran to side with Moscow.", ""},
    {"Abkhaz leaders would welcome recognition by Belarus.", ""},
    {"Moscow could impose sanctions on Tbilisi if the fighting resumes.", ""},
    {"Russia asked Kazakhstan to back the declaration.", ""},
    {"If Ukraine joined NATO, Russia would treat it as a threat.", "", "2014-04-01"},
    {"Tbilisi fears that Washington may abandon it.", ""},
    // A decision announced by a leader is a stance.
    {"President Lukashenko announced that Belarus has decided to recognise Abkhazia.",
     "BLR->ABKHAZIA +1 recognize"},
};

TEST_CASE("Sought, planned and possible stances are not stances", "[extract][modality]") {
  run_table(kModality);
}

// ---------------------------------------------------------------------------------------
// Reported speech: the speaker's state takes the stance of the clause it says.

const Case kReportedSpeech[] = {
    {"Foreign Minister Sergei Lavrov said NATO's eastward expansion was to blame.", "RUS->NATO -1"},
    {"The Kremlin said on Friday that it fully supports the Abkhaz leadership.",
     "RUS->ABKHAZIA +1"},
    {"\"We stand with the people of Georgia,\" President Bush told reporters.", "USA->GEO +1"},
    {"Georgia's actions were reckless, the Russian foreign ministry said in a statement.",
     "RUS->GEO -1"},
    {"A Chinese foreign ministry spokesman said Beijing opposed any move toward Taiwanese "
     "independence.",
     "CHN->TWN -1"},
    {"Foreign Secretary William Hague said Britain stood firmly behind Ukraine.", "GBR->UKR +1",
     "2014-03-03"},
    {"Russia's behaviour is unacceptable, German Chancellor Angela Merkel told parliament.",
     "DEU->RUS -1", "2014-03-13"},
    {"Prime Minister Fumio Kishida told lawmakers that Tokyo condemned Russia's invasion of "
     "Ukraine.",
     "JPN->RUS -1; RUS->UKR -1", "2022-02-25"},
    {"In a statement, the alliance's secretary general said NATO stood with Ukraine.",
     "NATO->UKR +1", "2022-02-24"},
    {"Mr. Lavrov countered that Western criticism of Moscow was hypocritical.",
     "RUS->WEST -1; WEST->RUS -1"},
    {"According to a statement from Minsk, Belarus backs Russia's position.", "BLR->RUS +1"},
    {"The Kazakh foreign ministry told reporters that Astana sided with Moscow.", "KAZ->RUS +1"},
    // Must yield nothing: the speaker takes no stance on an actor.
    {"Beijing hopes all sides will show restraint, a foreign ministry spokeswoman said.", ""},
    {"A spokeswoman for Mr. Medvedev said the president was disappointed with the decision.", ""},
    {"Ukraine's foreign ministry said it welcomed the new measures.", "", "2022-03-01"},
};

TEST_CASE("Reported speech gives the speaker's state the stance it reports", "[extract][speech]") {
  run_table(kReportedSpeech);
}

// ---------------------------------------------------------------------------------------
// Nominalisations and possessives: the stance is a noun, its holder a possessive or an
// adjective, its object an "of"/"for"/"against" phrase.

const Case kNominal[] = {
    {"Russia's recognition of Abkhazia came two weeks after the war.",
     "RUS->ABKHAZIA +1 recognize"},
    {"Moscow's decision brought swift condemnation from Western capitals, among them "
     "Washington.",
     "USA->RUS -1; WEST->RUS -1"},
    {"Germany's criticism of Moscow grew sharper after the vote.", "DEU->RUS -1"},
    {"The statement was seen as a clear sign of Chinese support for Russia.", "CHN->RUS +1"},
    {"Poland reaffirmed its support for Georgia's territorial integrity.", "POL->GEO +1"},
    {"Japan's sanctions against Russia took effect on Monday.", "JPN->RUS -1 sanction",
     "2022-03-01"},
    {"Beijing's opposition to Taiwanese independence is long-standing.", "CHN->TWN -1"},
    {"The G7 communique denounced Russian aggression against Ukraine.", "G7->RUS -1; RUS->UKR -1",
     "2022-06-28"},
    {"Armenia's support for the Russian stance surprised few diplomats.", "ARM->RUS +1"},
    {"Serbia's rejection of Kosovo's independence was expected.", "SRB->KOSOVO -1", "2008-02-18"},
    {"The EU's condemnation of Crimea's referendum was unanimous.", "EU->CRIMEA -1", "2014-03-17"},
    {"Russian backing for the Abkhaz separatists has grown.", "RUS->ABKHAZIA +1"},
    // Must yield nothing: the nominal has no actor on one side, or is negated.
    {"There was no sign of Chinese backing for Moscow.", ""},
    {"The criticism of the plan came from opposition lawmakers.", ""},
};

TEST_CASE("Stance nouns with possessive holders and of/for objects are stances",
          "[extract][nominal]") {
  run_table(kNominal);
}

// ---------------------------------------------------------------------------------------
// Passives: the by-agent or from-phrase is the source.

const Case kPassive[] = {
    {"Russia was condemned by the European Union.", "EU->RUS -1"},
    {"Georgia was backed by the United States throughout the crisis.", "USA->GEO +1"},
    {"Moscow's move drew criticism from Japan.", "JPN->RUS -1"},
    {"The Russian operation was denounced by Sweden and Finland.", "FIN->RUS -1; SWE->RUS -1"},
    {"Abkhazia was recognised by Nicaragua on Wednesday.", "NIC->ABKHAZIA +1 recognize",
     "2008-09-03"},
    {"Belarus was criticised by the EU for its conduct of the election.", "EU->BLR -1"},
    {"Russia has been sanctioned by Australia.", "AUS->RUS -1 sanction", "2022-03-08"},
    {"Tbilisi was accused by Moscow of provoking the conflict.", "RUS->GEO -1 accuse"},
    {"Serbia's position was endorsed by Russia.", "RUS->SRB +1"},
    {"Georgian positions were shelled by Russian artillery.", "RUS->GEO -1"},
    {"Kyiv was praised by Warsaw for its resilience.", "POL->UKR +1", "2022-04-01"},
    // Must yield nothing.
    {"Taiwan has been recognised by only a handful of states.", ""},
    {"The plan was rejected by the Kremlin.", ""},
    {"Moscow was not criticised by Beijing.", ""},
};

TEST_CASE("Passives take the agent as the source", "[extract][passive]") { run_table(kPassive); }

// ---------------------------------------------------------------------------------------
// Lists and compounds: one record per listed actor.

const Case kLists[] = {
    {"Eritrea, Mali and Laos sided with Moscow in the vote.",
     "ERI->RUS +1; LAO->RUS +1; MLI->RUS +1", "2022-03-02"},
    {"Russia and China blocked a Security Council resolution condemning Syria.",
     "CHN->SYR +1; RUS->SYR +1", "2012-02-04"},
    {"Washington and its European allies condemned Moscow.", "USA->RUS -1"},
    {"Britain, France and Germany criticised Russia over Crimea.",
     "DEU->RUS -1; FRA->RUS -1; GBR->RUS -1", "2014-03-18"},
    {"Russia backed Abkhazia and South Ossetia.", "RUS->ABKHAZIA +1; RUS->SOUTH_OSSETIA +1"},
    {"Armenia, Belarus, and Kyrgyzstan voiced support for Moscow, while Kazakhstan stayed "
     "silent.",
     "ARM->RUS +1; BLR->RUS +1; KGZ->RUS +1"},
    {"Georgia and Ukraine accused Russia of meddling.", "GEO->RUS -1; UKR->RUS -1"},
    {"The United States condemned both Russia and Belarus.", "USA->BLR -1; USA->RUS -1",
     "2022-02-24"},
    {"Venezuela, along with Nicaragua, backed the Russian position.", "NIC->RUS +1; VEN->RUS +1"},
    {"Poland, Lithuania and Latvia demanded tougher measures against Moscow.",
     "LTU->RUS -1; LVA->RUS -1; POL->RUS -1", "2014-03-20"},
    {"Syria and Iran praised Moscow, and Georgia denounced it.",
     "GEO->RUS -1; IRN->RUS +1; SYR->RUS +1"},
    {"Japan as well as South Korea imposed sanctions on Russia.",
     "JPN->RUS -1 sanction; KOR->RUS -1 sanction", "2022-02-28"},
    // Must yield nothing: a negated compound.
    {"Neither Kazakhstan nor Uzbekistan recognised the regions.", ""},
};

TEST_CASE("Coordinated actors each get their own record", "[extract][lists]") { run_table(kLists); }

// ---------------------------------------------------------------------------------------
// Actors reached by capital, seat of government, demonym, office holder or misspelling;
// and capitals that are only places.

const Case kActors[] = {
    {"Moscow denounced Tbilisi on Friday.", "RUS->GEO -1"},
    {"The Kremlin accused Kiev of provoking the crisis.", "RUS->UKR -1", "2014-04-14"},
    {"The White House criticised Beijing over Tibet.", "USA->CHN -1"},
    {"Russian troops shelled Georgian positions near Tskhinvali.", "RUS->GEO -1"},
    {"Georgian forces attacked South Ossetian militias.", "GEO->SOUTH_OSSETIA -1"},
    {"Ukrainian officials denounced the Russian blockade.", "UKR->RUS -1", "2014-03-05"},
    {"Western leaders criticised the Kremlin.", "WEST->RUS -1"},
    {"President Bush criticised Russia on Friday.", "USA->RUS -1"},
    {"Secretary of State Condoleezza Rice rebuked Moscow.", "USA->RUS -1"},
    {"Mr. Lavrov rejected the American proposal.", "RUS->USA -1"},
    {"Mr. Medvedev praised Armenia's restraint.", "RUS->ARM +1"},
    {"Prime Minister Vladimir Putin accused Washington of stirring up the conflict.",
     "RUS->USA -1"},
    {"Mr. Saakashvili praised Kiev.", "GEO->UKR +1"},
    {"Chancellor Angela Merkel criticised Moscow.", "DEU->RUS -1", "2014-03-10"},
    {"President Obama announced new sanctions against Russia.", "USA->RUS -1 sanction",
     "2014-03-17"},
    {"British Foreign Secretary David Miliband accused Russia of bullying its neighbour.",
     "GBR->RUS -1"},
    {"Britian criticised Moscow's actions.", "GBR->RUS -1"},
    {"Uzbekstan backed the Russian position.", "UZB->RUS +1"},
    {"Presdient Bush condemned Russia's actions.", "USA->RUS -1"},
    {"Speaking in Moscow, the Belarusian leader praised Russia.", "BLR->RUS +1"},
    {"Beijing voiced support for Islamabad.", "CHN->PAK +1"},
    // Must yield nothing: the capital is a place, not an actor.
    {"Talks in Moscow ended without agreement.", ""},
    {"Thousands rallied in Tbilisi against the war.", ""},
    {"The delegation flew from Beijing to Washington on Sunday.", ""},
};

TEST_CASE("Capitals, seats, demonyms and office holders reach their state", "[extract][actors]") {
  run_table(kActors);
}

// ---------------------------------------------------------------------------------------
// References back: "the group", "the organisation", "the alliance", "the ministers",
// "it", "they", and people the text itself introduces. Each row is a short text.

const Case kReferences[] = {
    {"The Collective Security Treaty Organisation convened its defence chiefs on Thursday. The "
     "ministers criticised Georgia.",
     "CSTO->GEO -1"},
    {"The Shanghai Cooperation Organisation held its summit in Dushanbe. The group voiced "
     "support for Russia.",
     "SCO->RUS +1"},
    {"NATO foreign ministers gathered in Brussels. The alliance condemned Moscow's decision.",
     "NATO->RUS -1"},
    {"The European Union agreed on a new aid package. The organisation also criticised "
     "Belarus.",
     "EU->BLR -1"},
    {"David Miliband, the British foreign secretary, arrived in Kiev on Wednesday. Mr. "
     "Miliband criticised Russia.",
     "GBR->RUS -1"},
    {"Venezuelan President Hugo Chavez spoke on state television. He praised Russia's stance.",
     "VEN->RUS +1"},
    {"China and India have separatist movements of their own. They declined to back Russia.",
     "CHN->RUS -1 withhold_support; IND->RUS -1 withhold_support"},
    {"The Arab League met in Cairo on Sunday. It condemned Israel.", "ARAB_LEAGUE->ISR -1"},
    {"Kazakhstan's foreign minister, Marat Tazhin, arrived on Thursday. Mr. Tazhin praised "
     "Russia.",
     "KAZ->RUS +1"},
    {"Officials of the Russia-led CSTO gathered in Yerevan. The bloc voiced support for "
     "Armenia.",
     "CSTO->ARM +1; RUS->CSTO member_of", "2021-11-01"},
    {"Nicaragua recognised Abkhazia on Wednesday. Its president also praised Moscow.",
     "NIC->ABKHAZIA +1 recognize; NIC->RUS +1", "2008-09-03"},
    {"Kremlin spokesman Dmitry Peskov spoke to reporters. Mr. Peskov accused Kiev of "
     "sabotage.",
     "RUS->UKR -1", "2022-06-01"},
    // Must yield nothing: the referent takes no stance on an actor.
    {"The OSCE sent observers to the region. The organisation said the situation was calm.", ""},
};

TEST_CASE("References back resolve to the actor last named in that role", "[extract][references]") {
  run_table(kReferences);
}

// ---------------------------------------------------------------------------------------
// Votes and sanctions: a vote against a condemnation is support; joining sanctions is
// opposition; refusing to join them is nothing.

const Case kVotesSanctions[] = {
    {"Belarus, Syria and North Korea voted against the resolution condemning Russia.",
     "BLR->RUS +1; PRK->RUS +1; SYR->RUS +1", "2022-03-02"},
    {"Ukraine voted for a resolution condemning Russia.", "UKR->RUS -1", "2022-03-02"},
    {"Armenia voted with Russia against the resolution.", "ARM->RUS +1", "2014-03-27"},
    {"Bolivia sided with Russia in the General Assembly vote.", "BOL->RUS +1", "2014-03-27"},
    {"Zimbabwe voted against the resolution on Ukraine's territorial integrity.", "ZWE->UKR -1",
     "2014-03-27"},
    {"Japan joined the sanctions against Russia.", "JPN->RUS -1 sanction", "2022-02-27"},
    {"The European Union imposed sanctions on Belarus.", "EU->BLR -1 sanction", "2021-06-24"},
    {"Washington slapped new sanctions on Russian banks.", "USA->RUS -1 sanction", "2022-02-24"},
    {"Switzerland adopted the EU sanctions against Russia.",
     "CHE->RUS -1 sanction; EU->RUS -1 sanction", "2022-02-28"},
    {"Canada froze the assets of Russian officials.", "CAN->RUS -1 sanction", "2014-03-17"},
    {"Serbia declined to join the EU's sanctions on Russia.", "EU->RUS -1 sanction", "2022-03-15"},
    // Must yield nothing: refusals, abstentions, votes without a named object.
    {"Turkey refused to join sanctions against Moscow.", "", "2022-03-01"},
    {"Israel has not joined the sanctions on Russia.", "", "2022-03-01"},
    {"India abstained in the vote on Crimea.", "", "2014-03-27"},
    {"China abstained, while 100 countries voted in favour.", "", "2014-03-27"},
    {"Eritrea voted against the resolution.", "", "2022-03-02"},
};

TEST_CASE("Votes and sanctions give the stance a reader infers", "[extract][votes]") {
  run_table(kVotesSanctions);
}

// ---------------------------------------------------------------------------------------
// Membership statements: member_of / observer_of, never a stance.

const Case kMembership[] = {
    {"The CSTO held a summit on Friday. The bloc also includes Armenia, Belarus and "
     "Kazakhstan.",
     "ARM->CSTO member_of; BLR->CSTO member_of; KAZ->CSTO member_of"},
    {"India and Pakistan have observer status in the SCO.",
     "IND->SCO observer_of; PAK->SCO observer_of"},
    {"Albania and Croatia joined NATO in 2009.", "ALB->NATO member_of; HRV->NATO member_of",
     "2010-01-15"},
    {"Leaders of the Russia-led CSTO will gather in Yerevan next month.", "RUS->CSTO member_of",
     "2013-09-01"},
    {"The Shanghai Cooperation Organisation groups China, Russia, Kazakhstan, Kyrgyzstan, "
     "Tajikistan and Uzbekistan.",
     "CHN->SCO member_of; KAZ->SCO member_of; KGZ->SCO member_of; RUS->SCO member_of; "
     "TJK->SCO member_of; UZB->SCO member_of"},
    {"Mongolia and Iran are observers in the Shanghai grouping.",
     "IRN->SCO observer_of; MNG->SCO observer_of"},
    {"BRICS comprises Brazil, Russia, India, China and South Africa.",
     "BRA->BRICS member_of; CHN->BRICS member_of; IND->BRICS member_of; RUS->BRICS member_of; "
     "ZAF->BRICS member_of",
     "2014-07-15"},
    {"Finland became NATO's 31st member in April.", "FIN->NATO member_of", "2023-05-02"},
    {"The G7 consists of Britain, Canada, France, Germany, Italy, Japan and the United States.",
     "CAN->G7 member_of; DEU->G7 member_of; FRA->G7 member_of; GBR->G7 member_of; "
     "ITA->G7 member_of; JPN->G7 member_of; USA->G7 member_of",
     "2014-03-24"},
    {"Kyrgyzstan is a member of both the CSTO and the SCO.",
     "KGZ->CSTO member_of; KGZ->SCO member_of"},
    {"Belarus holds observer status at the Shanghai Cooperation Organisation.",
     "BLR->SCO observer_of", "2016-06-24"},
    {"Turkey, a NATO member, voted for the resolution.", "TUR->NATO member_of", "2022-03-02"},
    // Must yield nothing: negated, hoped-for or applied-for membership.
    {"Georgia is not a member of NATO.", ""},
    {"Ukraine hopes to join the European Union one day.", ""},
    {"Sweden applied for NATO membership.", "", "2022-05-18"},
};

TEST_CASE("Membership statements give member_of and observer_of records", "[extract][membership]") {
  run_table(kMembership);
}

// ---------------------------------------------------------------------------------------
// Recognition of states and territories. An active refusal to recognise is withheld
// support; a bare "has not recognised" is nothing.

const Case kRecognition[] = {
    {"Nicaragua recognised South Ossetia and Abkhazia as sovereign nations.",
     "NIC->ABKHAZIA +1 recognize; NIC->SOUTH_OSSETIA +1 recognize", "2008-09-05"},
    {"The United States recognised Kosovo on Monday.", "USA->KOSOVO +1 recognize", "2008-02-18"},
    {"Russia recognised Crimea as a sovereign state.", "RUS->CRIMEA +1 recognize", "2014-03-17"},
    {"Venezuela became the third country to recognise Abkhazia.", "VEN->ABKHAZIA +1 recognize",
     "2009-09-10"},
    {"Moscow recognised the Donetsk and Luhansk people's republics on Monday.",
     "RUS->DONETSK_PR +1 recognize; RUS->LUHANSK_PR +1 recognize", "2022-02-21"},
    {"Syria recognised the Luhansk People's Republic.", "SYR->LUHANSK_PR +1 recognize",
     "2022-06-29"},
    {"Turkey is the only country that recognises Northern Cyprus.",
     "TUR->NORTHERN_CYPRUS +1 recognize"},
    {"Nauru established diplomatic relations with Abkhazia.", "NRU->ABKHAZIA +1", "2009-12-16"},
    {"Serbia refuses to recognise Kosovo.", "SRB->KOSOVO -1 withhold_support", "2008-02-20"},
    {"Spain declined to recognise Kosovo's independence.", "ESP->KOSOVO -1 withhold_support",
     "2008-02-19"},
    {"Morocco rejects the independence claim of Western Sahara.", "MAR->ESH -1"},
    // Must yield nothing: negated, expected or hoped-for recognition.
    {"Belarus has not recognised South Ossetia.", ""},
    {"Russia does not recognise Kosovo as a state.", ""},
    {"Belarus is expected to recognise South Ossetia soon.", ""},
    {"No Central Asian state has recognised Abkhazia.", ""},
    {"Abkhazia is seeking recognition from Belarus.", ""},
};

TEST_CASE("Recognition is a +1 recognize record, and negated recognition is not",
          "[extract][recognition]") {
  run_table(kRecognition);
}

// ---------------------------------------------------------------------------------------
// Scraped-page noise: menus, banners, CSS class lists, footers and bylines, even when they
// name countries, yield nothing; a real sentence among them still counts.

const Case kNoise[] = {
    {"  \u2022 wide-browser-and-larger", ""},
    {"  \u2022 topic-russia-ukraine-war", ""},
    {"  \u2022 ad-slot-georgia-top\n  \u2022 tablet-landscape-up\n  \u2022 nav-menu-collapsed", ""},
    {"We use cookies to improve your experience. Accept all | Manage preferences", ""},
    {"Continued use of this website means you accept our cookie and data rules", ""},
    {"Sign in | Register | Subscribe", ""},
    {"Home | World | Europe | Russia | Ukraine | Business | Sport", ""},
    {"Georgia | Russia | Ukraine | Moldova", ""},
    {"Related topics: Russia, Georgia, NATO", ""},
    {"\u00a9 2023 Caspian Wire Service. All rights reserved.", ""},
    {"(c) 2008 Tbilisi Morning Herald. All rights reserved.", ""},
    {"Reporting by Anna Petrova; Editing by Mark Heinrich", ""},
    {"Additional reporting by Olzhas Auyezov in Almaty and Margarita Antidze in Tbilisi", ""},
    {"Share this article on Facebook Twitter Email", ""},
    {"Advertisement", ""},
    {"Photo: Russian tanks near Gori, Georgia (AFP)", ""},
    {"Sign in\n\n  \u2022 above-phone-russia\nBelarus backed Russia on Friday.\n\u00a9 2008 "
     "Minsk Daily. All rights reserved.",
     "BLR->RUS +1"},
};

TEST_CASE("Web-page noise yields nothing", "[extract][noise]") { run_table(kNoise); }

// ---------------------------------------------------------------------------------------
// Words that look like actors but are not: first names, birds, porcelain, US states,
// places. Each has a control row where the same word is the state.

const Case kFalseActors[] = {
    {"Michael Jordan praised the coach after the game.", ""},
    {"Jordan Peterson criticised the university.", ""},
    {"The family ate turkey on Thanksgiving.", ""},
    {"Turkey and stuffing were served at the embassy dinner.", ""},
    {"She collected fine china and antique silver.", ""},
    {"A china cabinet was sold at auction.", ""},
    {"Chad Johnson criticised the referee.", ""},
    {"Paris Hilton praised the designer.", ""},
    {"The summit was held in Moscow.", ""},
    {"Atlanta, Georgia, hosted the conference.", ""},
    {"Reporters in Tbilisi said the shelling had stopped.", ""},
    // Controls: the same words as states.
    {"Jordan condemned Israel's decision.", "JOR->ISR -1"},
    {"Turkey backed Azerbaijan in the dispute.", "TUR->AZE +1"},
    {"China criticised Japan.", "CHN->JPN -1"},
    {"Chad backed France at the talks.", "TCD->FRA +1", "2013-01-20"},
};

TEST_CASE("Names, birds and porcelain are not states", "[extract][actors][false]") {
  run_table(kFalseActors);
}

}  // namespace
