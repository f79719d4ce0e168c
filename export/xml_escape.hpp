#pragma once
// Text made safe for the formats that hold it.
//
//   valid_utf8("C\xF4te")        -> "C\uFFFDte"     (invalid bytes replaced)
//   xml_escape("Q&A <\"x\">")     -> "Q&amp;A &lt;&quot;x&quot;&gt;"
//   xml_escape("a\x01b")          -> "ab"            (not a character in XML 1.0)
//
// Names and sentences come from news text and JSONL written by anyone, so any byte may
// turn up; an export must stay well formed whatever they hold.

#include <string>
#include <string_view>

namespace stancegraph::io {

// `text` with every byte sequence that is not valid UTF-8 (overlong forms, surrogates,
// code points above U+10FFFF, truncated sequences) replaced by U+FFFD.
std::string valid_utf8(std::string_view text);

// `text` as valid UTF-8 and safe in XML 1.0 element content and in attribute values
// quoted with either quote: & < > " ' become entities; tab, newline and carriage
// return become character references (so attribute values keep them); other control
// characters, U+FFFE and U+FFFF, which XML 1.0 forbids even as references, are dropped.
std::string xml_escape(std::string_view text);

}  // namespace stancegraph::io
