#include "checker/util/error_reason.h"

#include <cctype>
#include <cstring>

namespace factlint::util {

std::string error_reason(int error) {
  std::string text = std::strerror(error);
  if (!text.empty()) text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
  return text;
}

}  // namespace factlint::util
