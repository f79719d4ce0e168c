# Script mode: writes OUT, a C++ file holding IN's text as a raw string literal named SYMBOL.
file(READ "${IN}" content)
string(FIND "${content}" ")sgembed\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${IN} contains the raw-string delimiter )sgembed\"")
endif()
file(WRITE "${OUT}.tmp" "// Generated from ${IN}; do not edit.\n#include <cstddef>\nextern const char ${SYMBOL}[];\nextern const std::size_t ${SYMBOL}_size;\nconst char ${SYMBOL}[] = R\"sgembed(${content})sgembed\";\nconst std::size_t ${SYMBOL}_size = sizeof(${SYMBOL}) - 1;\n")
file(RENAME "${OUT}.tmp" "${OUT}")
