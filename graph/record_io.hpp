#pragma once
// Stance records as JSONL, the contract of DESIGN.md: one JSON object per line.
//
//   std::string line = to_jsonl(record);          // no trailing newline
//   for_each_record(in, "records.jsonl", [](StanceRecord&& r) { ... });
//
// Field order is fixed and numbers are rounded the same way every time, so the same
// records give the same bytes.

#include <functional>
#include <istream>
#include <string>

#include "graph/record.hpp"

namespace stancegraph {

std::string to_jsonl(const StanceRecord& record);

// Reads records one line at a time; blank lines are skipped. Throws Error naming
// path and line when a line is not JSON, is not an object, or lacks source, target,
// relation or sign (or holds them with the wrong type). Unknown fields are ignored.
void for_each_record(std::istream& in, const std::string& path,
                     const std::function<void(StanceRecord&&)>& fn);

}  // namespace stancegraph
