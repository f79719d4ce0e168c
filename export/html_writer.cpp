#include "export/html_writer.hpp"

#include <string>

#include "export/json_writer.hpp"

namespace stancegraph::io {

void write_html(std::ostream& out, const ExportModel& m, const ExportOptions& opt) {
  std::string data = json_text(m, opt);
  out << data;
}

}  // namespace stancegraph::io
