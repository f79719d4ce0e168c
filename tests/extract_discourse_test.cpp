// Constructions beyond one clause: acts referred back to, judgements, demands, coordinated
// clauses, votes alongside an ally, founding members, forgiven misspellings. Written for
// this suite; same table form and expectations as extract_sentences_test.cpp.

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
  const char* date = "2014-03-20";
};

template <std::size_t N>
void run_table(const Case (&table)[N]) {
  stancegraph::testing::run_sentence_table(table);
}

const Case kActsReferredBack[] = {
    {"Russian forces invaded Ukraine at dawn. Poland condemned the invasion within hours.",
     "POL->RUS -1; RUS->UKR -1 invade"},
    {"Moscow recognised Crimea as a sovereign state on Monday. Canada called the move illegal.",
     "CAN->RUS -1; RUS->CRIMEA +1 recognize"},
    {"Austria imposed sanctions on Belarus. Lithuania welcomed the decision.",
     "AUT->BLR -1 sanction; LTU->AUT +1"},
    {"Poland condemned the invasion.", ""},
    {"Russian troops attacked Georgia. Britain condemned the attack by separatists.",
     "RUS->GEO -1 attack"},
};

const Case kJudgements[] = {
    {"Russia annexed Crimea in March. Sweden called the annexation illegal.",
     "RUS->CRIMEA -1; SWE->RUS -1"},
    {"The Turkish president called Russia's actions unacceptable.", "TUR->RUS -1"},
    {"Estonia described Moscow's behaviour as reckless.", "EST->RUS -1"},
    {"Finland called the talks with Norway constructive.", ""},
};

const Case kDemands[] = {
    {"Norway urged Russia to withdraw its troops from Ukraine.", "NOR->RUS -1 demand"},
    {"The Swiss president appealed to Moscow to stop the shelling.", "CHE->RUS -1 demand"},
    {"Kosovo urged Japan to recognise its independence.", ""},
    {"Denmark did not ask Russia to withdraw.", ""},
};

const Case kCoordinatedClauses[] = {
    {"Chile praised Brazil, and Peru denounced it.", "CHL->BRA +1; PER->BRA -1"},
    {"The United States and Canada imposed sanctions on Russian banks, and Australia announced "
     "similar measures.",
     "AUS->RUS -1 sanction; CAN->RUS -1 sanction; USA->RUS -1 sanction"},
    {"Ghana, Kenya, and Nigeria voiced support for Ethiopia.",
     "GHA->ETH +1; KEN->ETH +1; NGA->ETH +1"},
};

const Case kVotesAlongside[] = {
    {"Nicaragua and Syria voted against, alongside Russia itself.", "NIC->RUS +1; SYR->RUS +1"},
    {"Eritrea voted no, along with Belarus.", "ERI->BLR +1"},
    {"Mexico voted for the text alongside France.", ""},
};

const Case kMembershipStatements[] = {
    {"NATO met on Monday. The alliance was founded in 1949 by the United States, Canada and "
     "France.",
     "CAN->NATO member_of; FRA->NATO member_of; USA->NATO member_of", "1949-04-04"},
    {"The SCO held a summit. The group later admitted India and Pakistan.",
     "IND->SCO member_of; PAK->SCO member_of", "2017-06-09"},
    {"Armenia, which belongs to the CSTO, abstained.", "ARM->CSTO member_of"},
    {"The EU met in Brussels. Croatia became a full member in 2013.", "HRV->EU member_of",
     "2013-07-01"},
};

const Case kMisspellings[] = {
    {"Venezeula backed Cuba.", "VEN->CUB +1"},
    {"Kazakstan criticised Kyrgystan.", "KAZ->KGZ -1"},
    {"Americas summit leaders met.", ""},
};

}  // namespace

TEST_CASE("Definite acts refer back to whoever did them", "[extract][discourse]") {
  run_table(kActsReferredBack);
}
TEST_CASE("Calling an act illegal is a stance on its author", "[extract][judgement]") {
  run_table(kJudgements);
}
TEST_CASE("Urging a state to stop or withdraw is a demand on it", "[extract][demand]") {
  run_table(kDemands);
}
TEST_CASE("A coordinated clause has its own subject", "[extract][coordination]") {
  run_table(kCoordinatedClauses);
}
TEST_CASE("Voting alongside a state is siding with it", "[extract][votes]") {
  run_table(kVotesAlongside);
}
TEST_CASE("Founding, admission and belonging are memberships", "[extract][membership]") {
  run_table(kMembershipStatements);
}
TEST_CASE("Long names misspelt by one letter are forgiven", "[extract][actors]") {
  run_table(kMisspellings);
}

namespace {
const Case kMaterialAid[] = {
    {"Britain will send tanks to Ukraine, the defence minister said.", "GBR->UKR +1 aid",
     "2023-01-20"},
    {"The United States pledged military aid to Taiwan.", "USA->TWN +1 aid", "2023-01-20"},
    {"Russian missiles hit Kyiv on Monday.", "", "2023-01-20"},
    {"Russian tanks fired on Ukrainian positions.", "RUS->UKR -1 attack", "2023-01-20"},
};
}  // namespace

TEST_CASE("Weapons and aid count only when someone sends them", "[extract][aid]") {
  run_table(kMaterialAid);
}

namespace {
const Case kNounsUnderVerbs[] = {
    {"Lithuania and Latvia called for tougher sanctions on Moscow.", "LTU->RUS -1 demand; LVA->RUS -1 demand",
     "2022-03-03"},
    {"China opposed sanctions and accused the United States of fuelling the conflict.", "CHN->USA -1 accuse",
     "2022-03-03"},
    {"Astana would not recognise the separatist republics in eastern Ukraine.", "", "2022-03-03"},
    {"The G7 threatened Russia with tougher sanctions.", "G7->RUS -1 threaten", "2014-03-24"},
};
}  // namespace

TEST_CASE("A noun cue takes its stance from the verb that governs it", "[extract][governed]") {
  run_table(kNounsUnderVerbs);
}
