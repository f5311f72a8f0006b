# Turns Debian's word list (wamerican: /usr/share/dict/american-english) into
# a C++ source holding its lower-case words, one per line, in one string.
# Capitalised entries are names (Holmes, Porter's) and are left out: factlint
# asks the list whether a capitalised word in an article is also an everyday
# word ("Homes were destroyed"), never whether it is a name.
# Usage: cmake -DIN=<word list> -DOUT=<common_words.inc> -P common_words.cmake
file(STRINGS "${IN}" lines REGEX "^[a-z]+$")
list(REMOVE_DUPLICATES lines)
list(SORT lines)
list(LENGTH lines count)
list(JOIN lines "\n" joined)
# A raw string literal per 4,000 words keeps each literal short for any compiler;
# the "sv" suffix gives each its length, so no compiler counts it at compile time
# (clang stops a constant expression after a million steps).
set(out "// Generated from ${IN} by cmake/common_words.cmake: ${count} words.\n")
string(APPEND out "constexpr std::string_view kCommonWordChunks[] = {\n")
set(chunk "")
set(n 0)
foreach(word IN LISTS lines)
  string(APPEND chunk "${word}\n")
  math(EXPR n "${n} + 1")
  if(n EQUAL 4000)
    string(APPEND out "R\"words(${chunk})words\"sv,\n")
    set(chunk "")
    set(n 0)
  endif()
endforeach()
string(APPEND out "R\"words(${chunk})words\"sv,\n};\n")
file(WRITE "${OUT}.tmp" "${out}")
file(RENAME "${OUT}.tmp" "${OUT}")
