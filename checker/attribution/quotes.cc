#include "checker/attribution/quotes.h"

#include <algorithm>
#include <cstring>
#include <optional>

namespace factlint::attribution {

namespace {

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

class Pairing {
 public:
  explicit Pairing(std::string_view text) : text_(text) {}

  void paragraph(const text::Paragraph& p) {
    std::size_t from = p.begin;
    if (open_) {
      if (p.begin < p.end && text_[p.begin] == '"') {
        from = p.begin + 1;  // the quote carries on into this paragraph
      } else {
        end_unclosed(previous_end_);
      }
    }
    // Quote marks (curly ones are straight by now, text/normalize.cc), found
    // by memchr rather than a look at every byte.
    for (std::size_t i = from; i < p.end; ++i) {
      const void* mark = std::memchr(text_.data() + i, '"', p.end - i);
      if (mark == nullptr) break;
      i = static_cast<std::size_t>(static_cast<const char*>(mark) - text_.data());
      quote_mark(i, p);
    }
    previous_end_ = p.end;
  }

  std::vector<Quotation> finish() {
    if (open_) end_unclosed(previous_end_);
    return std::move(quotes_);
  }

 private:
  void quote_mark(std::size_t i, const text::Paragraph& p) {
    const bool space_before = i == p.begin || is_space(text_[i - 1]) || text_[i - 1] == '(' ||
                              text_[i - 1] == '[';
    const bool space_after = i + 1 >= p.end || is_space(text_[i + 1]);
    const bool can_open = space_before && !space_after;
    const bool can_close = !space_before;
    if (!open_) {
      if (can_close && !can_open && space_after) return;  // a stray closing mark
      open_ = i;
      return;
    }
    if (can_open && !can_close) {
      end_unclosed(i);
      open_ = i;
      return;
    }
    quotes_.push_back({*open_, i, true});
    open_.reset();
  }

  void end_unclosed(std::size_t at) {
    if (at > *open_ + 1) quotes_.push_back({*open_, at, false});
    open_.reset();
  }

  std::string_view text_;
  std::optional<std::size_t> open_;
  std::size_t previous_end_ = 0;
  std::vector<Quotation> quotes_;
};

}  // namespace

std::vector<Quotation> find_quotations(std::string_view text,
                                       const std::vector<text::Sentence>& sentences) {
  Pairing pairing(text);
  for (const text::Paragraph& p : paragraphs_of(sentences)) pairing.paragraph(p);
  return pairing.finish();
}

const Quotation* quotation_at(const std::vector<Quotation>& quotes, std::size_t offset) {
  auto it = std::upper_bound(quotes.begin(), quotes.end(), offset,
                             [](std::size_t o, const Quotation& q) { return o < q.open; });
  if (it == quotes.begin()) return nullptr;
  --it;
  return it->contains(offset) ? &*it : nullptr;
}

}  // namespace factlint::attribution
