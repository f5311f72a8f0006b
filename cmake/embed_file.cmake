# Writes a C++ fragment holding a file's text as a string_view constant, for
# files factlint ships inside its binary (the JSON Schemas `factlint init` writes).
# Usage: cmake -DIN=<file> -DOUT=<fragment.inc> -DNAME=<constant name> -P embed_file.cmake
file(READ "${IN}" text)
string(FIND "${text}" ")embedded\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${IN} holds the raw-string delimiter )embedded\"")
endif()
file(WRITE "${OUT}.tmp" "// Generated from ${IN} by cmake/embed_file.cmake.\nconstexpr std::string_view ${NAME} = R\"embedded(${text})embedded\";\n")
file(RENAME "${OUT}.tmp" "${OUT}")
