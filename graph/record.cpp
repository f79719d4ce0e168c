#include "graph/record.hpp"

#include <array>
#include <utility>

namespace stancegraph {

namespace {
constexpr std::array<std::pair<Relation, std::string_view>, 30> kNames{{
    {Relation::kSupport, "support"},
    {Relation::kRecognize, "recognize"},
    {Relation::kPraise, "praise"},
    {Relation::kAlly, "ally"},
    {Relation::kCooperate, "cooperate"},
    {Relation::kAgree, "agree"},
    {Relation::kConsult, "consult"},
    {Relation::kMeet, "meet"},
    {Relation::kVisit, "visit"},
    {Relation::kAid, "aid"},
    {Relation::kMediate, "mediate"},
    {Relation::kEndorse, "endorse"},
    {Relation::kWithholdSupport, "withhold_support"},
    {Relation::kCriticize, "criticize"},
    {Relation::kCondemn, "condemn"},
    {Relation::kAccuse, "accuse"},
    {Relation::kReject, "reject"},
    {Relation::kDemand, "demand"},
    {Relation::kProtest, "protest"},
    {Relation::kThreaten, "threaten"},
    {Relation::kSanction, "sanction"},
    {Relation::kExpel, "expel"},
    {Relation::kBreakRelations, "break_relations"},
    {Relation::kMobilize, "mobilize"},
    {Relation::kCoerce, "coerce"},
    {Relation::kAttack, "attack"},
    {Relation::kInvade, "invade"},
    {Relation::kOppose, "oppose"},
    {Relation::kMemberOf, "member_of"},
    {Relation::kObserverOf, "observer_of"},
}};
}  // namespace

std::string_view to_string(Relation r) {
  for (const auto& [rel, name] : kNames)
    if (rel == r) return name;
  return "unknown";
}

std::optional<Relation> relation_from_string(std::string_view name) {
  for (const auto& [rel, n] : kNames)
    if (n == name) return rel;
  return std::nullopt;
}

}  // namespace stancegraph
