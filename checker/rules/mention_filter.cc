#include "checker/rules/mention_filter.h"

#include <re2/filtered_re2.h>
#include <re2/re2.h>

#ifdef FACTLINT_HAVE_HYPERSCAN
#include <hs.h>
#endif

#include <algorithm>
#include <cstring>
#include <limits>

#include "checker/rules/compiled_pattern.h"
#include "checker/text/front_matter.h"

namespace factlint::rules {
namespace {

// Shorter pieces occur in nearly every article: an atom that gives none is
// taken as present.
constexpr std::size_t kLeastPiece = 3;

bool is_word_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

bool is_html_path(std::string_view path) {
  const auto ends_with = [&](std::string_view suffix) {
    if (path.size() < suffix.size()) return false;
    const std::string_view tail = path.substr(path.size() - suffix.size());
    return std::equal(tail.begin(), tail.end(), suffix.begin(), [](char a, char b) {
      return (a >= 'A' && a <= 'Z' ? static_cast<char>(a - 'A' + 'a') : a) == b;
    });
  };
  return ends_with(".html") || ends_with(".htm");
}

}  // namespace

std::string atom_piece(std::string_view atom) {
  std::string_view best;
  for (std::size_t i = 0; i < atom.size();) {
    if (!is_word_byte(atom[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < atom.size() && is_word_byte(atom[end])) ++end;
    if (end - i > best.size()) best = atom.substr(i, end - i);
    i = end;
  }
  return best.size() >= kLeastPiece ? std::string(best) : std::string();
}

namespace {

// The characters that make or join letters when the bytes become text (the
// list in the header), by their UTF-8 bytes.
constexpr std::string_view kHidden[] = {
    "\xE2\x80\x8B",  // U+200B ZERO WIDTH SPACE
    "\xE2\x80\x8C",  // U+200C ZERO WIDTH NON-JOINER
    "\xE2\x80\x8D",  // U+200D ZERO WIDTH JOINER
    "\xE2\x84\xAA",  // U+212A KELVIN SIGN, matched as 'k'
    "\xC5\xBF",      // U+017F LATIN SMALL LETTER LONG S, matched as 's'
    "\xC4\xB0",      // U+0130 LATIN CAPITAL LETTER I WITH DOT ABOVE, lower case 'i'
};
// U+FEFF: a byte-order mark at the start is not text; anywhere else it is
// deleted like the zero-width characters.
constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool escapes_in_front_matter(std::string_view raw) {
  return std::memchr(raw.data(), '\\', text::body_begin(raw)) != nullptr;
}

}  // namespace

bool bytes_may_hide_words(std::string_view raw) {
  for (std::string_view hidden : kHidden)
    if (raw.find(hidden) != std::string_view::npos) return true;
  return raw.find(kBom, 1) != std::string_view::npos || escapes_in_front_matter(raw);
}

struct MentionFilter::Compiled {
#ifdef FACTLINT_HAVE_HYPERSCAN
  hs_database_t* hyperscan = nullptr;
  ~Compiled() { hs_free_database(hyperscan); }
#endif
  std::unique_ptr<re2::RE2> re2;  // when Hyperscan is not built in, or cannot be used here
};

namespace {

#ifdef FACTLINT_HAVE_HYPERSCAN
// Each piece ignoring ASCII case (the characters that fold otherwise are
// among the hidden ones), each hidden character as its bytes. Null when this
// machine cannot run Hyperscan (it needs SSSE3) or it refuses the set.
hs_database_t* compile_hyperscan(const std::vector<std::string>& pieces) {
  if (hs_valid_platform() != HS_SUCCESS) return nullptr;
  std::vector<std::string_view> literals(pieces.begin(), pieces.end());
  std::vector<unsigned> flags(pieces.size(), HS_FLAG_CASELESS);
  for (std::string_view hidden : kHidden) literals.push_back(hidden);
  literals.push_back(kBom);
  flags.resize(literals.size(), 0);
  std::vector<const char*> expressions;
  std::vector<std::size_t> lengths;
  std::vector<unsigned> ids;
  for (std::size_t i = 0; i < literals.size(); ++i) {
    expressions.push_back(literals[i].data());
    lengths.push_back(literals[i].size());
    ids.push_back(static_cast<unsigned>(i));
  }
  hs_database_t* db = nullptr;
  hs_compile_error_t* error = nullptr;
  if (hs_compile_lit_multi(expressions.data(), flags.data(), ids.data(), lengths.data(),
                           static_cast<unsigned>(literals.size()), HS_MODE_BLOCK, nullptr, &db,
                           &error) != HS_SUCCESS) {
    hs_free_compile_error(error);
    return nullptr;
  }
  return db;
}

// This thread's scratch space for `db` (Hyperscan's scratch serves one scan
// at a time).
hs_scratch_t* scratch_for(const hs_database_t* db) {
  struct Held {
    hs_scratch_t* scratch = nullptr;
    const hs_database_t* db = nullptr;
    ~Held() { hs_free_scratch(scratch); }
  };
  thread_local Held held;
  if (held.db != db) {
    if (hs_alloc_scratch(db, &held.scratch) != HS_SUCCESS) return nullptr;
    held.db = db;
  }
  return held.scratch;
}

struct Scan {
  unsigned bom_id;
};

// Stops the scan at anything found, but a byte-order mark opening the file.
int on_found(unsigned id, unsigned long long /*from*/, unsigned long long to, unsigned /*flags*/, void* context) {
  const Scan& scan = *static_cast<const Scan*>(context);
  return id == scan.bom_id && to == kBom.size() ? 0 : 1;
}
#endif

// One alternation: the pieces ignoring case, the hidden characters as
// written, U+FEFF after some byte.
std::unique_ptr<re2::RE2> compile_re2(const std::vector<std::string>& pieces) {
  std::string any = "(?i:";
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    if (i > 0) any += '|';
    any += quote_meta(pieces[i]);
  }
  any += ')';
  for (std::string_view hidden : kHidden) any += '|' + quote_meta(hidden);
  any += "|\\C" + quote_meta(kBom);  // \C: any byte, a valid character or not
  re2::RE2::Options options = re2_options({.ignore_case = false});
  options.set_max_mem(64 << 20);
  auto re = std::make_unique<re2::RE2>(any, options);
  return re->ok() ? std::move(re) : nullptr;
}

}  // namespace

std::unique_ptr<const MentionFilter> MentionFilter::build(const std::vector<std::string>& mentions, Engine engine) {
  if (mentions.empty()) return nullptr;
  re2::FilteredRE2 filtered(static_cast<int>(kLeastPiece));
  for (const std::string& mention : mentions) {
    int id = 0;
    if (filtered.Add(mention, re2_options({}), &id) != re2::RE2::NoError) return nullptr;
  }
  std::vector<std::string> atoms;
  filtered.Compile(&atoms);
  std::vector<std::string> pieces;
  std::vector<int> present;  // atoms with no piece to look for: taken as found
  for (std::size_t a = 0; a < atoms.size(); ++a) {
    std::string piece = atom_piece(atoms[a]);
    if (piece.empty()) {
      present.push_back(static_cast<int>(a));
    } else {
      pieces.push_back(std::move(piece));
    }
  }
  // A pattern that may match with no piece in the bytes cannot be ruled out.
  std::vector<int> potential;
  filtered.AllPotentials(present, &potential);
  if (!potential.empty() || pieces.empty()) return nullptr;
  std::sort(pieces.begin(), pieces.end());
  pieces.erase(std::unique(pieces.begin(), pieces.end()), pieces.end());
  return std::unique_ptr<const MentionFilter>(new MentionFilter(std::move(pieces), engine));
}

MentionFilter::MentionFilter(std::vector<std::string> pieces, Engine engine)
    : pieces_(std::move(pieces)), engine_(engine) {}

MentionFilter::~MentionFilter() = default;

const MentionFilter::Compiled& MentionFilter::compiled() const {
  std::call_once(once_, [this] {
    compiled_ = std::make_unique<Compiled>();
#ifdef FACTLINT_HAVE_HYPERSCAN
    if (engine_ == Engine::kBest) compiled_->hyperscan = compile_hyperscan(pieces_);
    if (compiled_->hyperscan) return;
#endif
    compiled_->re2 = compile_re2(pieces_);
  });
  return *compiled_;
}

std::string_view MentionFilter::engine() const {
#ifdef FACTLINT_HAVE_HYPERSCAN
  if (compiled().hyperscan) return "hyperscan";
#endif
  return "re2";
}

bool MentionFilter::rules_out(std::string_view path, std::string_view raw) const {
  if (is_html_path(path) || escapes_in_front_matter(raw)) return false;
  const Compiled& engine = compiled();
#ifdef FACTLINT_HAVE_HYPERSCAN
  if (engine.hyperscan) {
    hs_scratch_t* scratch = scratch_for(engine.hyperscan);
    if (!scratch || raw.size() > std::numeric_limits<unsigned>::max()) return false;
    Scan scan{static_cast<unsigned>(pieces_.size() + std::size(kHidden))};
    return hs_scan(engine.hyperscan, raw.data(), static_cast<unsigned>(raw.size()), 0, scratch, on_found, &scan) ==
           HS_SUCCESS;  // HS_SCAN_TERMINATED: something was found
  }
#endif
  return engine.re2 && !re2::RE2::PartialMatch(raw, *engine.re2);
}

}  // namespace factlint::rules
