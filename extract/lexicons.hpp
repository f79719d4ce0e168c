#pragma once
// Everything the extractor knows, loaded from data files embedded in the binary
// (data/*.json) and, optionally, from the user's own files.
//
//   const Lexicons& lex = Lexicons::builtin();          // shared, immutable
//   Lexicons mine = Lexicons::load_builtin();            // a copy to extend
//   mine.add_actors_file("my_actors.json");              // same schema as data/actors.json
//   mine.add_tabari_file("Phoenix.Countries.actors.txt");
//
// Every loader validates its input and throws stancegraph::Error naming the file,
// the line where it can, and what is wrong.

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/actor_lexicon.hpp"
#include "extract/cue_lexicon.hpp"
#include "graph/date.hpp"

namespace stancegraph::extract {

struct Membership {
  std::size_t member = 0;  // actor indices
  std::size_t bloc = 0;
  std::string status;  // "member", "observer", "associate"
  std::optional<Date> from;
  std::optional<Date> until;
  bool on(const std::optional<Date>& d) const {
    if (!d) return !until.has_value();
    return (!from || *from <= *d) && (!until || *d <= *until);
  }
};

struct CameoCode {
  std::string description;
  double goldstein = 0.0;
};

class Lexicons {
 public:
  // The embedded data, loaded once on first use (thread-safe).
  static const Lexicons& builtin();
  // A fresh copy of the embedded data.
  static Lexicons load_builtin();

  void add_actors_json(std::string_view json, const std::string& path);
  void add_officials_json(std::string_view json, const std::string& path);
  void add_memberships_json(std::string_view json, const std::string& path);
  void add_cameo_json(std::string_view json, const std::string& path);
  void add_cues_json(std::string_view json, const std::string& path);
  // TABARI/PETRARCH actor dictionary: "NAME_ [CODE]" entries, "+SYNONYM" lines and dated
  // codes "[RUSGOV >080507]". Codes map to our actors by their first three letters
  // (ISO3 for states) or by the IGO table; unknown codes become new actors.
  void add_tabari(std::string_view text, const std::string& path);

  void add_actors_file(const std::string& path);
  void add_tabari_file(const std::string& path);

  // Memberships on a date (nullopt: current ones), of one bloc, sorted by member id.
  std::vector<const Membership*> members_of(std::size_t bloc,
                                            const std::optional<Date>& date) const;
  const CameoCode* cameo(const std::string& code) const;

  ActorLexicon actors;
  CueLexicon cues;
  std::vector<Membership> memberships;

 private:
  std::unordered_map<std::string, CameoCode> cameo_;
};

// Reads a whole file; throws Error naming it when it cannot be read.
std::string read_file(const std::string& path);

}  // namespace stancegraph::extract
