#pragma once
// A stance record: one statement in one document, "source takes a stance to target".
// Records are the log the graph is built from; they are never merged away.
//
//   StanceRecord r;
//   r.source = "CSTO"; r.target = "RUS";
//   r.relation = Relation::kWithholdSupport; r.sign = -1;
//   std::string line = to_jsonl(r);      // graph/record_io.hpp
//
// Membership ("member_of", "observer_of") is a record too, kept apart in the graph.

#include <optional>
#include <string>
#include <string_view>

#include "graph/date.hpp"

namespace stancegraph {

// Kinds of statement. Values are stable: they may be stored by users.
enum class Relation : int {
  kSupport = 1,           // backs, supports, sides with, follows X's lead
  kRecognize = 2,         // recognises a state or its independence
  kPraise = 3,            // praises, welcomes, thanks
  kAlly = 4,              // is an ally of, allies with
  kCooperate = 5,         // cooperates, builds ties, signs a deal with
  kAgree = 6,             // agrees with, reaches agreement with
  kConsult = 7,           // consults, talks with, telephones
  kMeet = 8,              // meets (contact; weakly positive)
  kVisit = 9,             // visits, hosts
  kAid = 10,              // gives aid, arms, loans
  kMediate = 11,          // mediates between
  kEndorse = 12,          // endorses, approves of
  kWithholdSupport = 20,  // declines to back, stops short of, fails to win backing from
  kCriticize = 21,        // criticises, expresses concern about
  kCondemn = 22,          // condemns, denounces
  kAccuse = 23,           // accuses, blames
  kReject = 24,           // rejects, dismisses
  kDemand = 25,           // demands, urges, presses
  kProtest = 26,          // protests, summons an ambassador
  kThreaten = 27,         // threatens, warns
  kSanction = 28,         // imposes or joins sanctions, embargoes
  kExpel = 29,            // expels diplomats
  kBreakRelations = 30,   // breaks or suspends relations
  kMobilize = 31,         // mobilises or masses troops against
  kCoerce = 32,           // blockades, seizes, coerces
  kAttack = 33,           // attacks, shells, bombs
  kInvade = 34,           // invades, sends troops into
  kOppose = 35,           // opposes, is against
  kMemberOf = 40,         // member of a bloc (source = member, target = bloc)
  kObserverOf = 41,       // observer in a bloc
};

// "support", "withhold_support", "member_of", ...; from_string is the inverse and
// returns nullopt for an unknown name.
std::string_view to_string(Relation r);
std::optional<Relation> relation_from_string(std::string_view name);
// Membership relations are structure, not stances.
inline bool is_membership(Relation r) {
  return r == Relation::kMemberOf || r == Relation::kObserverOf;
}

struct StanceRecord {
  std::string doc;           // text file base name, or the JSONL document's id
  std::optional<Date> date;  // event date, else document date, else none
  std::string source;        // node id: ISO3, bloc id, territory id
  std::string source_name;   // the node's display name
  std::string source_kind;   // "state", "bloc", "territory"
  std::string target;
  std::string target_name;
  std::string target_kind;
  Relation relation = Relation::kSupport;
  int sign = 0;                // +1, -1, or 0 for contact without a stance
  double weight = 0.0;         // strength in (0, 1]; the sign is separate
  std::string sentence;        // the evidence
  std::size_t span_begin = 0;  // byte offsets of the sentence in the document
  std::size_t span_end = 0;
  std::string cue;          // the words that carried the stance
  double confidence = 0.0;  // in [0, 1]
  std::string cameo;        // CAMEO event code, "" when none
  std::optional<double> goldstein;
  std::string source_via;  // how the source was reached: "name", "office holder: ..."
  std::string target_via;
};

}  // namespace stancegraph
